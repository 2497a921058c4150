import {
  KabinetError,
  fail,
  hmacSha256,
  issue,
  readInput,
  timingSafeEqualStrings,
  type Clock,
  type Random,
  UnavailableError,
} from '@kabinet/core';
import type {
  AgencyGateway,
  AgencyStatus,
  AgencySubmission,
  AgencySupplement,
  AgencyUpdate,
} from './agency-gateway.js';
import { agencyUpdateSchema } from './agency-update-schema.js';

/**
 * One step of a simulated case: the status the authority reports, with its details.
 *
 * @example
 * ```ts
 * const step: SimulatedStep = { status: 'info_required', items: ['lease_contract'] };
 * ```
 */
export interface SimulatedStep {
  /** The status the step reports. */
  readonly status: AgencyStatus;
  /** For `rejected`: the reason codes. */
  readonly reasons?: readonly string[];
  /** For `info_required`: the attachment kinds asked for. */
  readonly items?: readonly string[];
  /** For `info_required`: the authority's note. */
  readonly note?: string;
}

/**
 * A report the simulated authority sent: the update and its signed HTTP form.
 *
 * @example
 * ```ts
 * const sent: SimulatedCallback = agency.next('app_1')!;
 * await applications.handleAgencyCallback({ body: sent.body, headers: sent.headers });
 * ```
 */
export interface SimulatedCallback {
  /** The report. */
  readonly update: AgencyUpdate;
  /** Its JSON body, as the authority POSTs it. */
  readonly body: string;
  /** Its headers, with the `x-agency-signature` HMAC of the body. */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * What the simulator knows of a case.
 *
 * @example
 * ```ts
 * agency.caseOf('app_1')?.caseRef; // 'MVD-000001'
 * ```
 */
export interface SimulatedCase {
  /** The case reference the simulator gave. */
  readonly caseRef: string;
  /** What the service submitted. */
  readonly submission: AgencySubmission;
  /** The steps the case reports, in order. */
  readonly steps: readonly SimulatedStep[];
  /** Steps reported so far. */
  readonly reported: number;
  /** The user's answers received, in order. */
  readonly supplements: readonly AgencySupplement[];
}

/**
 * The simulated authority, plus the handles that move its cases.
 *
 * @example
 * ```ts
 * agency.script('app_1', [{ status: 'under_review' }, { status: 'approved' }]);
 * const all = agency.drain('app_1'); // both reports, signed
 * ```
 */
export interface SimulatedAgency extends AgencyGateway {
  /** Sets the steps a case will report (before or after its submit). */
  script(applicationId: string, steps: readonly SimulatedStep[]): void;
  /** Makes the next `count` submits and supplements fail with `ERR_UNAVAILABLE`. */
  failNext(count: number): void;
  /** Reports the case's next step, or `undefined` when none is left (or the case is unknown). */
  next(applicationId: string): SimulatedCallback | undefined;
  /** Reports every step left. */
  drain(applicationId: string): SimulatedCallback[];
  /** Signs an update as the authority would. */
  sign(update: AgencyUpdate): SimulatedCallback;
  /** The case of an application. */
  caseOf(applicationId: string): SimulatedCase | undefined;
}

/** Options of {@link createSimulatedAgency}. */
export interface SimulatedAgencyOptions {
  /** Time source (the reports' `at`). */
  readonly clock: Clock;
  /** Picks the default script of each case (seeded in tests, so runs repeat). */
  readonly random: Random;
  /** The HMAC secret of the `x-agency-signature` header. */
  readonly secret: string;
  /** Whether an approval comes with a document (default `true`). */
  readonly documents?: boolean;
}

const PATHS: readonly (readonly SimulatedStep[])[] = [
  [{ status: 'under_review' }, { status: 'approved' }],
  [
    { status: 'under_review' },
    { status: 'info_required', items: ['passport_scan'], note: 'scan_unreadable' },
    { status: 'under_review' },
    { status: 'approved' },
  ],
  [{ status: 'under_review' }, { status: 'rejected', reasons: ['documents_invalid'] }],
];

// A minimal valid PDF: the document of an approval.
const pdf = (title: string): Uint8Array =>
  new TextEncoder().encode(
    `%PDF-1.4\n% ${title.replace(/[^\x20-\x7e]/g, '?')}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`,
  );

/**
 * An in-process authority for demos and tests: `submit` opens a case (the same application
 * id gives the same case), each case follows a script (set with `script`, or drawn with the
 * seeded `random`: approved; info requested, then approved; or rejected), and `next`/`drain`
 * produce its reports as signed callbacks (HMAC-SHA256 of the body in `x-agency-signature`)
 * that the caller delivers — in order, shuffled, or twice. `parseCallback` checks the
 * signature in constant time.
 *
 * @param options - clock, random, secret
 * @returns the gateway with its handles
 * @throws KabinetError `ERR_CONFIG` for a secret shorter than 16 characters
 * @example
 * ```ts
 * const agency = createSimulatedAgency({ clock, random: createSeededRandom(7), secret: 'agency-secret-0123' });
 * const applications = createApplicationsService(deps, { agency, duties });
 * ```
 */
export function createSimulatedAgency(options: SimulatedAgencyOptions): SimulatedAgency {
  if (typeof options.secret !== 'string' || options.secret.length < 16)
    throw new KabinetError(
      'ERR_CONFIG',
      'simulated agency: the secret must have at least 16 characters',
    );
  const cases = new Map<
    string,
    {
      caseRef: string;
      submission: AgencySubmission;
      steps: SimulatedStep[];
      reported: number;
      supplements: AgencySupplement[];
    }
  >();
  const scripts = new Map<string, SimulatedStep[]>();
  let failures = 0;
  let counter = 0;
  let events = 0;
  const unavailable = () => {
    if (failures <= 0) return;
    failures--;
    throw new UnavailableError('simulated agency: unavailable');
  };
  const sign = (update: AgencyUpdate): SimulatedCallback => {
    const body = JSON.stringify(update);
    return {
      update,
      body,
      headers: {
        'content-type': 'application/json',
        'x-agency-signature': hmacSha256(options.secret, body, 'hex'),
      },
    };
  };
  const next = (applicationId: string): SimulatedCallback | undefined => {
    const found = cases.get(applicationId);
    if (found === undefined || found.reported >= found.steps.length) return undefined;
    const s = found.steps[found.reported]!;
    found.reported++;
    events++;
    const update: AgencyUpdate = {
      eventId: `evt_${String(events).padStart(6, '0')}`,
      applicationId,
      caseRef: found.caseRef,
      sequence: found.reported,
      status: s.status,
      at: options.clock.now(),
      ...(s.reasons === undefined ? {} : { reasons: s.reasons }),
      ...(s.status === 'info_required'
        ? {
            infoRequest: {
              items: s.items ?? [],
              ...(s.note === undefined ? {} : { note: s.note }),
            },
          }
        : {}),
      ...(s.status === 'approved' && options.documents !== false
        ? {
            document: {
              id: `doc_${found.caseRef}`,
              title: `Решение по заявлению ${found.submission.number}`,
            },
          }
        : {}),
    };
    return sign(update);
  };
  return {
    async submit(submission) {
      unavailable();
      const existing = cases.get(submission.applicationId);
      if (existing !== undefined) return { caseRef: existing.caseRef };
      counter++;
      const caseRef = `MVD-${String(counter).padStart(6, '0')}`;
      const steps = scripts.get(submission.applicationId) ?? [
        ...PATHS[options.random.int(PATHS.length)]!,
      ];
      cases.set(submission.applicationId, {
        caseRef,
        submission,
        steps: [...steps],
        reported: 0,
        supplements: [],
      });
      return { caseRef };
    },
    async supplement(caseRef, answer) {
      unavailable();
      const found = cases.get(answer.applicationId);
      if (found === undefined || found.caseRef !== caseRef)
        throw new KabinetError('ERR_NOT_FOUND', 'simulated agency: no such case');
      if (!found.supplements.some((s) => s.answeredAt === answer.answeredAt))
        found.supplements.push(answer);
    },
    async parseCallback({ body, headers }) {
      const signature = headers['x-agency-signature'];
      if (
        typeof signature !== 'string' ||
        !timingSafeEqualStrings(hmacSha256(options.secret, body, 'hex'), signature.toLowerCase())
      ) {
        return fail(issue('application.callback.signature', []));
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return fail(issue('application.callback.malformed', []));
      }
      const read = readInput(agencyUpdateSchema, json);
      return read.success ? read : fail(issue('application.callback.malformed', []));
    },
    async fetchDocument(caseRef, documentId) {
      const found = [...cases.values()].find((c) => c.caseRef === caseRef);
      if (found === undefined || documentId !== `doc_${caseRef}`)
        throw new KabinetError('ERR_NOT_FOUND', 'simulated agency: no such document');
      return { mediaType: 'application/pdf', bytes: pdf(`Decision ${found.submission.number}`) };
    },
    script(applicationId, steps) {
      scripts.set(applicationId, [...steps]);
      const found = cases.get(applicationId);
      if (found !== undefined) found.steps = [...found.steps.slice(0, found.reported), ...steps];
    },
    failNext(count) {
      failures = Math.max(0, Math.floor(count));
    },
    next,
    drain(applicationId) {
      const out: SimulatedCallback[] = [];
      for (let sent = next(applicationId); sent !== undefined; sent = next(applicationId))
        out.push(sent);
      return out;
    },
    sign,
    caseOf(applicationId) {
      const found = cases.get(applicationId);
      return found === undefined
        ? undefined
        : { ...found, steps: [...found.steps], supplements: [...found.supplements] };
    },
  };
}
