/**
 * Injected faults, to rehearse a slow or failing AliExpress: a per-session
 * latency and a one-shot failure of the next state-changing action. Pure:
 * http/faults.ts applies the latency, the Shop the one-shot failure, the control API sets them.
 */
import { DISPUTE_ACTIONS, OPEN_DISPUTE_FAULT } from './urls';

/** The shop's state-changing actions, named after their URL's last segment (« ouvrir » opens a dispute). */
export const faultActions = [...Object.values(DISPUTE_ACTIONS), OPEN_DISPUTE_FAULT] as const;
export type FaultAction = (typeof faultActions)[number];
export const faultStatuses = [500, 503] as const;
export type FaultStatus = (typeof faultStatuses)[number];

/** Longest wait ever applied, whatever the settings add up to: a fault must not hang a test run. */
export const MAX_LATENCY_MS = 10_000;

export interface SessionFaults {
  /** Added to every request of this session, on top of FAULT_LATENCY_MS. */
  latencyMs: number;
  /** The next request for this action fails with this status, then the fault is gone. */
  failNext?: { action: FaultAction; status: FaultStatus };
}

export const noFaults = (): SessionFaults => ({ latencyMs: 0 });

/** The failure armed for this action, consumed: it fires once. */
export function takeFailure(faults: SessionFaults, action: FaultAction): FaultStatus | undefined {
  if (faults.failNext?.action !== action) return undefined;
  const { status } = faults.failNext;
  delete faults.failNext;
  return status;
}

export function totalLatencyMs(globalMs: number, faults: SessionFaults | undefined): number {
  return Math.min(MAX_LATENCY_MS, globalMs + (faults?.latencyMs ?? 0));
}
