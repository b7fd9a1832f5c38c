/**
 * Every visitor's isolated state, keyed by session id. Each session holds a
 * deep copy of its scenario and its own simulated clock. Memory stays bounded:
 * idle sessions expire after the TTL and, at the cap, the least recently used
 * one is evicted. Two pools, each capped at `max`: sessions that have acted
 * (sent a state-changing request) and fresh ones (a page read without a
 * cookie). A fresh session can only push out another fresh one, so a burst of
 * anonymous reads never evicts a visitor who has done something. A Map keeps
 * insertion order, and a touched session is re-inserted, so the first entries
 * are always the oldest idle ones.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_EDITION, type EditionName } from './domain/editions/index';
import type { Scenario, ShopState } from './domain/schema';
import { noFaults, type SessionFaults } from './faults';

export interface Session {
  readonly id: string;
  readonly scenario: Scenario;
  /** Which edition of AliExpress's rules this session plays (domain/editions). */
  readonly edition: EditionName;
  /** Per-session secret that every state-changing form must echo back. */
  readonly csrfToken: string;
  /** Changed only through `changeState` / `advanceSessionClock` / reset, which bump `revision`. */
  readonly state: Readonly<ShopState>;
  /** How far this session's clock has been advanced past the scenario's "now". */
  readonly offsetMs: number;
  /**
   * Bumped by every change to the state or the clock. A page is a function of
   * (session, revision, URL), so caches key on it and never serve a stale page.
   */
  readonly revision: number;
  /** Bytes of text the visitor added (messages, evidence, reasons): capped by SESSION_MAX_KB. */
  readonly addedBytes: number;
  lastSeenMs: number;
  /** Injected latency and failures (control API); a reset leaves them, they are not scenario state. */
  faults: SessionFaults;
}

export interface SessionStoreOptions {
  ttlMs: number;
  max: number;
  /** The edition of a session started without one (POLICY_EDITION). */
  defaultEdition?: EditionName;
  /** Real time, for expiry only; injectable so tests need not wait. */
  realNow?: () => number;
}

export class SessionStore {
  private readonly fresh = new Map<string, Session>();
  private readonly acted = new Map<string, Session>();
  private readonly realNow: () => number;

  constructor(private readonly options: SessionStoreOptions) {
    this.realNow = options.realNow ?? Date.now;
  }

  get size(): number {
    return this.fresh.size + this.acted.size;
  }

  /**
   * A new session on a scenario and an edition (POLICY_EDITION when none is chosen); `acted` when it
   * starts from a state-changing request (POST /__sim/sessions, the start button).
   */
  create(scenario: Scenario, { acted = false, edition = this.options.defaultEdition ?? DEFAULT_EDITION }: { acted?: boolean; edition?: EditionName } = {}): Session {
    const session: Session = {
      id: randomUUID(),
      scenario,
      edition,
      csrfToken: randomBytes(18).toString('base64url'),
      state: freshState(scenario),
      offsetMs: 0,
      revision: 0,
      addedBytes: 0,
      lastSeenMs: this.realNow(),
      faults: noFaults(),
    };
    this.admit(acted ? this.acted : this.fresh, session);
    return session;
  }

  /** The live session for an id, touched; undefined when unknown or expired. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const pool = this.acted.has(id) ? this.acted : this.fresh;
    const session = pool.get(id);
    if (!session) return undefined;
    pool.delete(id);
    if (this.isExpired(session)) return undefined;
    session.lastSeenMs = this.realNow();
    pool.set(id, session);
    return session;
  }

  /** The session has sent a state-changing request: from now on only other such sessions can push it out. */
  markActed(session: Session): void {
    if (!this.fresh.delete(session.id)) return;
    this.admit(this.acted, session);
  }

  /** Back to the scenario's starting state and clock. */
  reset(session: Session): void {
    const writable = session as Writable<Session>;
    writable.state = freshState(session.scenario);
    writable.offsetMs = 0;
    writable.addedBytes = 0;
    writable.revision += 1;
  }

  private admit(pool: Map<string, Session>, session: Session): void {
    this.sweepExpired(pool);
    while (pool.size >= this.options.max) this.evictOldest(pool);
    pool.set(session.id, session);
  }

  private isExpired(session: Session): boolean {
    return this.realNow() - session.lastSeenMs > this.options.ttlMs;
  }

  private sweepExpired(pool: Map<string, Session>): void {
    for (const session of pool.values()) {
      if (!this.isExpired(session)) return;
      pool.delete(session.id);
    }
  }

  private evictOldest(pool: Map<string, Session>): void {
    const oldest = pool.keys().next();
    if (!oldest.done) pool.delete(oldest.value);
  }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The one way to change a session's shop state (so the revision always follows); `addedBytes` of visitor text. */
export function changeState(session: Session, change: Partial<ShopState>, addedBytes = 0): void {
  const writable = session as Writable<Session>;
  writable.state = { ...session.state, ...change };
  writable.addedBytes += addedBytes;
  writable.revision += 1;
}

/** The one way to move a session's clock. */
export function advanceSessionClock(session: Session, ms: number): void {
  const writable = session as Writable<Session>;
  writable.offsetMs += ms;
  writable.revision += 1;
}

/** The session's simulated now. */
export function sessionNow(session: Session): Date {
  return new Date(Date.parse(session.scenario.now) + session.offsetMs);
}

function freshState(scenario: Scenario): ShopState {
  return structuredClone({ buyer: scenario.buyer, orders: scenario.orders, disputes: scenario.disputes });
}
