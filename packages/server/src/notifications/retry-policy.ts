/**
 * When a failed delivery is tried again: exponential backoff (first delay doubled
 * at each attempt, capped) with jitter, so that a receiver coming back after an
 * outage is not hit by every pending delivery at the same instant. A delivery is
 * given up (`failed`, re-sendable by the operator) only once it has been retried
 * for `giveUpAfterMs` since its retry window opened (creation or re-send).
 */
export interface RetryPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  giveUpAfterMs: number;
  /** 0–1: each delay is drawn uniformly within ± this fraction. */
  jitter: number;
}

/** 30 s, 1 min, 2 min … then hourly, for 24 h: about 30 attempts. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  firstDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
  jitter: 0.2,
};

/**
 * The instant of the next attempt after `attempts` failed ones (this one included),
 * or null when the delivery is given up.
 */
export function nextAttempt(
  policy: RetryPolicy,
  attempts: number,
  retryFromMs: number,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  if (now.getTime() - retryFromMs >= policy.giveUpAfterMs) return null;
  const base = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempts - 1));
  const jittered = base * (1 - policy.jitter + 2 * policy.jitter * random());
  return new Date(now.getTime() + Math.max(1, Math.round(jittered)));
}
