import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RateLimiter, clientKey } from '../src/http/rate-limit.js';

function address(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

describe('contact rate limiter', () => {
  test('work per hit stays flat and memory bounded from 1,000 to 200,000 distinct clients', () => {
    let now = Date.parse('2026-12-01T12:00:00Z');
    const limiter = new RateLimiter({ limit: 10, windowMs: 60_000, maxClients: 50_000 }, () => new Date(now));
    const workPerHit: number[] = [];
    let client = 0;
    for (const clients of [1_000, 10_000, 100_000, 200_000]) {
      const visitedBefore = limiter.visited;
      const hitsBefore = client;
      while (client < clients) {
        limiter.hit(address(client));
        client += 1;
        now += 5; // windows keep expiring while the flood goes on
      }
      workPerHit.push((limiter.visited - visitedBefore) / (client - hitsBefore));
      assert.ok(limiter.size <= 50_000, `tracked ${limiter.size} clients`);
    }
    for (const work of workPerHit) assert.ok(work <= 3, `windows visited per hit: ${workPerHit.join(', ')}`);
  });

  test('a client over its limit stays limited while other clients arrive', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, maxClients: 1_000 }, () => new Date(now));
    limiter.hit('192.0.2.1');
    limiter.hit('192.0.2.1');
    assert.equal(limiter.hit('192.0.2.1').allowed, false);
    for (let i = 0; i < 500; i += 1) limiter.hit(address(i));
    assert.equal(limiter.hit('192.0.2.1').allowed, false);
    assert.ok(limiter.size <= 1_000);
  });

  test('clients are IPv4 addresses and IPv6 /64 networks', () => {
    assert.equal(clientKey('203.0.113.7'), '203.0.113.7');
    assert.equal(clientKey('::ffff:203.0.113.7'), '203.0.113.7');
    assert.equal(clientKey('2001:db8:0:1::7'), '2001:db8:0:1::/64');
    assert.equal(clientKey('2001:0db8:0000:0001:ffff:0:0:8'), '2001:db8:0:1::/64');
    assert.equal(clientKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientKey('::1'), '0:0:0:0::/64');
    assert.notEqual(clientKey('2001:db8:0:2::7'), clientKey('2001:db8:0:1::7'));
  });
});
