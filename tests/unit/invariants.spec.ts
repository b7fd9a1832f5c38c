/**
 * Model-based tests (issue 14, item 2): random sequences of actions and clock
 * moves drive the real app in-process, and after every step the invariants
 * of mock-site/domain/invariants.ts must hold, in every scenario and every
 * edition of the rules. CI runs a fixed number of sequences from a fixed seed
 * (see README, "Reliability and security"); a failure prints the shrunk sequence.
 */
import { AssertionError } from 'node:assert';
import fc from 'fast-check';
import { test, expect } from '../../fixtures/test';
import { editionNames, type EditionName } from '../../mock-site/domain/editions/index';
import { INVARIANTS, checkStep, type Snapshot } from '../../mock-site/domain/invariants';
import { problemCodes } from '../../mock-site/domain/schema';
import { inProcess, scenarioNames, type InProcess } from '../helpers/in-process';

/** Every edition of the rules: each session is started in it (POST /__sim/sessions {scenario, edition}). */
const editions: readonly EditionName[] = editionNames;

/** Sequences per scenario and edition, and the seed: fixed, so every CI run checks the same ones. */
export const SEQUENCES_PER_SCENARIO = 25;
const SEED = 14;

type Action =
  | { kind: 'cancel' | 'reopen' | 'message' | 'evidence' | 'forged'; dispute: number; surface: '' | '/app' }
  | { kind: 'open'; order: number; problem: (typeof problemCodes)[number]; amount: number }
  | { kind: 'clock'; days: number }
  | { kind: 'reset' };

const surface = fc.constantFrom('' as const, '/app' as const);
// Weighted towards the dispute actions: clock moves and resets are rarer, as in a visit.
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constantFrom('cancel', 'reopen', 'message', 'evidence', 'forged'), dispute: fc.nat(3), surface }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('open'),
      order: fc.nat(5),
      problem: fc.constantFrom(...problemCodes),
      amount: fc.integer({ min: 1, max: 3000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clock'), days: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' } as const) },
);

/**
 * The property's own check, thrown as a plain assertion: Playwright's expect records a
 * step per call, and the 600 sequences make about 27,000 of them (40 % of this file's time).
 * fast-check shrinks on the throw and prints the sequence with this message.
 */
function holds(ok: boolean, message: string, actual?: unknown): asserts ok {
  if (!ok) throw new AssertionError({ message: actual === undefined ? message : `${message}\n${JSON.stringify(actual)}` });
}

/** The session's state as the server reports it; its edition must be the one the session was started in. */
async function snapshot(sim: InProcess, edition: EditionName): Promise<Snapshot> {
  const state = await sim.shopState();
  holds(state.edition === edition, `édition ${state.edition}, attendue ${edition}`);
  return state as unknown as Snapshot;
}

/** Sends one action; an index past the list wraps, so every index names something. */
function send(sim: InProcess, state: Snapshot, a: Action): Promise<Response> {
  const pick = <T>(list: readonly T[], i: number) => list[i % Math.max(list.length, 1)];
  switch (a.kind) {
    case 'clock':
      return sim.post('/__sim/clock', { advanceDays: a.days });
    case 'reset':
      return sim.post('/__sim/reset', {});
    case 'open': {
      // Orders that already have a dispute come first: that is where the rules bite.
      const orders = [...state.disputes.map((d) => d.orderId), ...(state.orders as { id: string }[]).map((o) => o.id)];
      return sim.post(`/commandes/${pick(orders, a.order) ?? 'none'}/litiges`, {
        problem: a.problem,
        reason: 'Problème',
        amount: a.amount / 100,
      });
    }
    default: {
      const id = pick(state.disputes, a.dispute)?.id ?? 'LT-0';
      const verb = { cancel: 'annuler', reopen: 'rouvrir', message: 'messages', evidence: 'preuves', forged: 'annuler' }[a.kind];
      const data = { message: { text: 'Bonjour' }, evidence: { description: 'Photo', attachments: ['a.jpg'] } }[a.kind as string] ?? {};
      const path = `${a.surface}/litiges/${id}/${verb}`;
      // A forged form: no token, so it must be refused and change nothing.
      if (a.kind === 'forged')
        return sim.request('POST', path, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
      return sim.post(path, data);
    }
  }
}

for (const edition of editions) {
  for (const scenario of scenarioNames) {
    test(`invariants hold over ${SEQUENCES_PER_SCENARIO} random sequences: ${scenario}, edition ${edition}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 25 }), async (actions) => {
          const sim = inProcess();
          await sim.start(scenario, edition);
          let before = await snapshot(sim, edition);
          for (const a of actions) {
            const res = await send(sim, before, a);
            holds(res.status < 500, `${a.kind} → ${res.status}`);
            const after = await snapshot(sim, edition);
            const violations = checkStep(before, after, { refused: res.status >= 400, reset: a.kind === 'reset' });
            holds(violations.length === 0, `${JSON.stringify(a)} → ${res.status}`, violations);
            before = after;
          }
        }),
        { numRuns: SEQUENCES_PER_SCENARIO, seed: SEED },
      );
    });
  }
}

test('each invariant catches its own violation (so the property tests can fail)', () => {
  const base = {
    id: 'LT-1',
    orderId: 'O-1',
    problem: 'non-recu',
    reason: 'r',
    requestedRefundCents: 1,
    openedAt: '2026-03-01T00:00:00Z',
    messages: [],
  };
  const in2016 = (now: string, ...disputes: object[]) => ({ edition: '2016', now, orders: [], disputes }) as unknown as Snapshot;
  const at = (now: string, ...disputes: object[]) => ({ ...in2016(now, ...disputes), edition: '2026' }) as Snapshot;
  const t0 = '2026-03-01T00:00:00Z';
  const t1 = '2026-03-02T00:00:00Z';
  const ids = (before: Snapshot, after: Snapshot, refused = false) =>
    checkStep(before, after, { refused, reset: false }).map((v) => v.invariant);
  const open = { ...base, status: 'awaiting_seller' };
  const resolved = { ...base, status: 'resolved' };
  expect(ids(at(t0), at(t0, open, { ...open, id: 'LT-2' }))).toEqual([INVARIANTS.singleOpenDispute]);
  // 2026: one open dispute per item line (absent item = the first line); 2016: per order, whatever the line.
  const line2 = { ...open, id: 'LT-2', item: 1 };
  expect(ids(at(t0), at(t0, open, line2))).toEqual([]);
  expect(ids(at(t0), at(t0, { ...open, item: 1 }, line2))).toEqual([INVARIANTS.singleOpenDispute]);
  expect(ids(in2016(t0), in2016(t0, open, line2))).toEqual([INVARIANTS.singleOpenDispute]);
  expect(ids(at(t0, open), at(t0, { ...open, status: 'cancelled' }), true)).toEqual([INVARIANTS.refusedChangesNothing]);
  expect(ids(at(t1), at(t0))).toEqual([INVARIANTS.clockForward]);
  expect(ids(at(t0, resolved), at(t0, { ...resolved, reason: 'autre' }))).toEqual([INVARIANTS.resolvedNeverChanges]);
  expect(ids(at(t0, open), at(t1, { ...open, status: 'cancelled' }))).toEqual([]);
  expect(checkStep(at(t1), at(t0), { refused: false, reset: true })).toEqual([]);
});
