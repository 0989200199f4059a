import type { RateLimitCounter, RateLimitOptions, RateLimitOutcome } from '../../http/rate-limit.js';
import type { Sql } from '../sql.js';

/** Expired windows are deleted at most this often, by whichever process hits first. */
const SWEEP_EVERY_MS = 60_000;

/**
 * The contact rate limit counted in the database, so that it holds across every
 * process behind the load balancer: one upsert per hit, atomic (a row lock), that
 * opens a new window when the previous one ended.
 */
export function postgresRateLimitCounter(
  sql: Sql,
  name: string,
  options: RateLimitOptions,
  clock: () => Date,
): RateLimitCounter {
  let lastSweep = 0;
  return {
    async hit(client: string): Promise<RateLimitOutcome> {
      const now = clock().getTime();
      if (now - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = now;
        await sql.run('DELETE FROM rate_limit_windows WHERE reset_ms <= ?', [now]);
      }
      const row = await sql.get<{ count: number; reset_ms: number }>(
        `INSERT INTO rate_limit_windows (client, count, reset_ms) VALUES (@client, 1, @end)
         ON CONFLICT (client) DO UPDATE SET
           count = CASE WHEN rate_limit_windows.reset_ms <= @now THEN 1 ELSE rate_limit_windows.count + 1 END,
           reset_ms = CASE WHEN rate_limit_windows.reset_ms <= @now THEN @end ELSE rate_limit_windows.reset_ms END
         RETURNING count, reset_ms`,
        { client: `${name}:${client}`, now, end: now + options.windowMs },
      );
      if (!row || row.count <= options.limit) return { allowed: true };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((row.reset_ms - now) / 1000)) };
    },
  };
}
