import { organizationSeeds } from './organizations.js';

/**
 * Documented test keys of the embedded database. The plain keys live here on
 * purpose (they are published in the README); the database stores only their
 * SHA-256 hashes, like it would for real keys, and ids that do not spell the key.
 */
export interface ApiKeySeed {
  id: string;
  key: string;
  kind: 'publishable' | 'secret';
  organizationId: string;
  allowedOrigins: string[];
}

const demoKey: ApiKeySeed = {
  id: 'key_demo_publishable',
  key: 'pk_test_demo',
  kind: 'publishable',
  organizationId: 'org_promis',
  allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
};

const secretKeys: ApiKeySeed[] = organizationSeeds.map((organization) => ({
  id: `key_${organization.slug}_secret`,
  key: `sk_test_${organization.slug}`,
  kind: 'secret',
  organizationId: organization.id,
  allowedOrigins: [],
}));

/** Each sample partner's publishable key works from its own (reserved `.example`) website only. */
const partnerPublishableKeys: ApiKeySeed[] = organizationSeeds.flatMap((organization) =>
  organization.role === 'partner' && organization.website !== null
    ? [
        {
          id: `key_${organization.slug}_publishable`,
          key: `pk_test_${organization.slug}`,
          kind: 'publishable' as const,
          organizationId: organization.id,
          allowedOrigins: [organization.website],
        },
      ]
    : [],
);

/**
 * What listings show of a key: its kind marker and the first random characters
 * (`pk_live_Xy3k…`), enough to tell keys apart and useless to an attacker.
 */
export function keyPrefix(key: string): string {
  const marker = /^(pk|sk)_(live|test)_/.exec(key)?.[0] ?? '';
  // A third of the random part at most, so even a short demo key is never shown whole.
  const shown = Math.min(4, Math.floor((key.length - marker.length) / 3));
  return `${key.slice(0, marker.length + shown)}…`;
}

/** Demo only: the documented test keys, seeded by `pnpm start` and never in a production database. */
export const apiKeySeeds: readonly ApiKeySeed[] = [demoKey, ...partnerPublishableKeys, ...secretKeys];
