/** SessionStore: isolated deep copies, idle expiry, LRU eviction at the cap, reset. */
import { test, expect } from '../../fixtures/test';
import type { Scenario } from '../../mock-site/domain/schema';
import { loadScenarios } from '../../mock-site/scenarios';
import { SessionStore, advanceSessionClock, changeState, sessionNow } from '../../mock-site/sessions';

const scenarios = loadScenarios();
function scenario(name: string): Scenario {
  const found = scenarios.get(name);
  if (!found) throw new Error(`scénario ${name} absent`);
  return found;
}

function first<T>(list: readonly T[]): T {
  const [item] = list;
  if (item === undefined) throw new Error('liste vide');
  return item;
}

/** A store on a hand-driven clock. */
function storeAt(options: { ttlMs?: number; max?: number } = {}) {
  const clock = { ms: 1_000_000 };
  const store = new SessionStore({ ttlMs: options.ttlMs ?? 60_000, max: options.max ?? 100, realNow: () => clock.ms });
  return { store, clock };
}

test('each session holds its own deep copy of the scenario', () => {
  const { store } = storeAt();
  const source = scenario('litige-en-attente');
  const pristine = structuredClone(source);
  const a = store.create(source);
  const b = store.create(source);

  const dispute = first(a.state.disputes);
  dispute.status = 'cancelled';
  dispute.messages.push({ from: 'buyer', at: source.now, text: 'ajouté' });
  first(first(a.state.orders).items).title = 'modifié';
  a.state.buyer.name = 'Quelqu’un d’autre';

  expect(b.state).toEqual({ buyer: pristine.buyer, orders: pristine.orders, disputes: pristine.disputes });
  expect(source).toEqual(pristine);
  expect(a.id).not.toBe(b.id);
  expect(a.csrfToken).not.toBe(b.csrfToken);
});

test('an idle session expires after the TTL; a touched one stays', () => {
  const { store, clock } = storeAt({ ttlMs: 1000 });
  const touched = store.create(scenario('litige-en-attente'));
  const idle = store.create(scenario('litige-en-attente'));
  clock.ms += 600;
  expect(store.get(touched.id)).toBe(touched);
  clock.ms += 500; // idle: 1100 ms since creation; touched: 500 ms since its last use
  expect(store.get(idle.id)).toBeUndefined();
  expect(store.get(touched.id)).toBe(touched);
  expect(store.size).toBe(1);
  // Exactly the TTL is still alive; one millisecond more is not.
  clock.ms += 1000;
  expect(store.get(touched.id)).toBe(touched);
  clock.ms += 1001;
  expect(store.get(touched.id)).toBeUndefined();
  expect(store.size).toBe(0);
});

test('unknown or missing ids give no session', () => {
  const { store } = storeAt();
  store.create(scenario('litige-en-attente'));
  expect(store.get(undefined)).toBeUndefined();
  expect(store.get('')).toBeUndefined();
  expect(store.get('00000000-0000-0000-0000-000000000000')).toBeUndefined();
});

test('at the cap, the least recently used session is evicted', () => {
  const { store, clock } = storeAt({ max: 3 });
  const first = store.create(scenario('litige-en-attente'));
  clock.ms += 1;
  const second = store.create(scenario('litige-en-attente'));
  clock.ms += 1;
  const third = store.create(scenario('litige-en-attente'));
  clock.ms += 1;
  expect(store.get(first.id)).toBe(first);
  const fourth = store.create(scenario('litige-en-attente'));

  expect(store.size).toBe(3);
  expect(store.get(second.id)).toBeUndefined();
  expect(store.get(first.id)).toBe(first);
  expect(store.get(third.id)).toBe(third);
  expect(store.get(fourth.id)).toBe(fourth);
});

test('creating a session sweeps the expired ones before evicting a live one', () => {
  const { store, clock } = storeAt({ ttlMs: 1000, max: 2 });
  const old = store.create(scenario('litige-en-attente'));
  clock.ms += 900;
  const recent = store.create(scenario('litige-en-attente'));
  clock.ms += 200; // old is expired, recent is not
  const next = store.create(scenario('litige-en-attente'));
  expect(store.get(old.id)).toBeUndefined();
  expect(store.get(recent.id)).toBe(recent);
  expect(store.get(next.id)).toBe(next);
});

test('reset brings back the scenario state and clock', () => {
  const { store } = storeAt();
  const source = scenario('delai-vendeur');
  const session = store.create(source);
  advanceSessionClock(session, 5 * 86_400_000);
  changeState(session, { disputes: [] });
  first(session.state.orders).status = 'completed';
  const revision = session.revision;

  store.reset(session);
  expect(session.revision).toBeGreaterThan(revision);
  expect(session.offsetMs).toBe(0);
  expect(sessionNow(session).toISOString()).toBe(new Date(source.now).toISOString());
  expect(session.state).toEqual({ buyer: source.buyer, orders: source.orders, disputes: source.disputes });
  // Still a copy: mutating after reset leaves the scenario alone.
  expect(session.state.orders).not.toBe(source.orders);
  first(session.state.orders).store = 'Boutique changée';
  expect(first(source.orders).store).not.toBe('Boutique changée');
});

test('every change to the state or the clock bumps the revision (page caches key on it)', () => {
  const { store } = storeAt();
  const session = store.create(scenario('delai-vendeur'));
  expect(session.revision).toBe(0);
  changeState(session, { disputes: [] });
  expect(session.revision).toBe(1);
  expect(session.state.disputes).toEqual([]);
  advanceSessionClock(session, 86_400_000);
  expect(session.revision).toBe(2);
  expect(session.offsetMs).toBe(86_400_000);
});

test('fresh sessions only push out fresh ones: a session that has acted survives any burst of them', () => {
  const { store } = storeAt({ max: 3 });
  const acted = store.create(scenario('litige-en-attente'));
  store.markActed(acted);
  const started = store.create(scenario('litige-en-attente'), { acted: true });
  const burst = Array.from({ length: 10 }, () => store.create(scenario('litige-en-attente')));
  expect(store.get(acted.id)).toBe(acted);
  expect(store.get(started.id)).toBe(started);
  // The fresh pool keeps its own cap, newest first.
  expect(burst.filter((s) => store.get(s.id) !== undefined)).toEqual(burst.slice(-3));
  expect(store.size).toBe(5);
  // Sessions that act push out the oldest that acted, never beyond the cap.
  const more = Array.from({ length: 3 }, () => store.create(scenario('litige-en-attente'), { acted: true }));
  expect(store.get(acted.id)).toBeUndefined();
  expect(more.every((s) => store.get(s.id) === s)).toBe(true);
});
