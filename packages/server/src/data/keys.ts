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

export const apiKeySeeds: readonly ApiKeySeed[] = [demoKey, ...partnerPublishableKeys, ...secretKeys];
