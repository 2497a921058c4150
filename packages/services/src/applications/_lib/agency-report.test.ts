import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { makeAppKit, submittedStay } from '../../../test/applications-kit.js';
import type { AgencyStatus } from '../agency-gateway.js';
import { applicationMachine } from '../application-machine.js';
import { AGENCY_EVENT, AGENCY_REPORTED } from './agency-report.js';

const REPORTED: readonly AgencyStatus[] = ['under_review', 'info_required', 'approved', 'rejected'];

describe('applications: the action a report of the authority is journaled under (AUD-1)', () => {
  test.prop([fc.constantFrom(...applicationMachine.states), fc.constantFrom(...REPORTED)])(
    'SVC-1: a reported status’s event moves any state to that status or is refused, so the applied report names its own status',
    (from, status) => {
      const moved = applicationMachine.transition(from, AGENCY_EVENT[status]);
      expect(moved.success ? moved.data : status).toBe(status);
    },
  );

  it.each(REPORTED)(
    'AUD-1: a passed application’s report `%s` is journaled as application.<status> with the report',
    async (status) => {
      const k = makeAppKit();
      const id = await submittedStay(k);
      k.agency.script(id, [{ status }]);
      const [report] = k.agency.drain(id);
      const got = await k.service.handleAgencyCallback(report!);
      expect(got.success && got.data).toMatchObject({ outcome: 'applied' });
      const entry = k.journal.findLast((e) => e.action === AGENCY_REPORTED[status]);
      expect(entry?.action).toBe(`application.${status}`);
      expect(entry?.payload).toMatchObject({ applicationId: id, status });
      expect(Object.keys(entry?.payload ?? {}).sort()).toEqual(
        ['applicationId', 'caseRef', 'eventId', 'sequence', 'status'].sort(),
      );
    },
  );
});
