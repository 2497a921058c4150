// The simulated bank behind the provider: token balances, the queue of outcomes a test asked
// for, and the status changes of one payment object, each announced by a callback.
import { KabinetError } from '@kabinet/core';
import type { AttemptStatus } from '@kabinet/ports';
import type { SimulatedDialect, SimulatedOutcome } from '../simulated-provider.js';
import type { SimObject } from './sim-render.js';

export interface SimState extends SimObject {
  token?: string;
  waiting?: SimulatedOutcome;
}

export interface SimBank {
  /** Gives a token a balance in kopecks. */
  readonly setBalance: (token: string, kopecks: number) => void;
  /** Queues outcomes for the next confirmations. */
  queue(outcomes: readonly SimulatedOutcome[]): void;
  /** The next queued outcome (`succeed` when none is queued). */
  nextOutcome(): SimulatedOutcome;
  /** Moves an object to a status (and announces it), unless it is there already. */
  move(o: SimState, status: AttemptStatus): void;
  /** Plays an outcome on a confirmed object: pending, a 3-D Secure step, a decline or the money. */
  finish(o: SimState, outcome: SimulatedOutcome): void;
}

export function createSimBank(dialect: SimulatedDialect, emit: (o: SimState) => void): SimBank {
  const balances = new Map<string, number>();
  const outcomes: SimulatedOutcome[] = [];

  const move = (o: SimState, status: AttemptStatus): void => {
    if (o.status === status) return;
    o.status = status;
    if (status === 'authorized') o.wasAuthorized = true;
    if (status !== 'requires_action') delete o.action;
    emit(o);
  };

  const decline = (o: SimState, code: NonNullable<SimState['failureCode']>): void => {
    o.failureCode = code;
    move(o, 'failed');
  };

  return {
    setBalance(token, kopecks) {
      if (!Number.isSafeInteger(kopecks) || kopecks < 0)
        throw new KabinetError('ERR_INVALID_ARGUMENT', 'a balance is kopecks >= 0');
      balances.set(token, kopecks);
    },
    queue(queued) {
      outcomes.push(...queued);
    },
    nextOutcome: () => outcomes.shift() ?? 'succeed',
    move,
    finish(o, outcome) {
      if (outcome === 'pending') return move(o, 'processing');
      if (outcome === 'require_action') {
        o.action = { kind: 'three_ds', url: `https://sim.example/3ds/${o.id}` };
        o.waiting = 'succeed';
        return move(o, 'requires_action');
      }
      move(o, 'processing');
      if (typeof outcome === 'object') return decline(o, outcome.fail);
      const balance = o.token === undefined ? undefined : balances.get(o.token);
      if (balance !== undefined && balance < o.amount) return decline(o, 'insufficient_funds');
      if (balance !== undefined && o.token !== undefined) balances.set(o.token, balance - o.amount);
      if (o.capture === 'manual' && dialect !== 'sbp-sber') return move(o, 'authorized');
      o.captured = o.amount;
      move(o, 'succeeded');
    },
  };
}
