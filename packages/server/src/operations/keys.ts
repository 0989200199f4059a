import type { ApiKeyInfo, Store } from '../store/types.js';
import { keyPrefix } from '../data/keys.js';
import { OperationError } from './errors.js';
import { newId, randomBase62 } from './ids.js';
import { findOrganization } from './organizations.js';

/** Random characters of a new key: 142 bits for a publishable key, 190 for a secret one. */
const PUBLISHABLE_LENGTH = 24;
const SECRET_LENGTH = 32;

/**
 * An allowed origin as an operator may write it: `https://www.mrc.example`, with
 * an optional port or a port wildcard (`http://localhost:*`), and an optional
 * trailing slash. A path, query, user name or a wildcard in the host is refused.
 * Returns the normalized origin (lower case, IDN in punycode, default port dropped).
 */
export function normalizeOrigin(entry: string): string | undefined {
  const trimmed = entry.trim().replace(/\/$/, '');
  const wildcard = trimmed.endsWith(':*');
  const base = wildcard ? trimmed.slice(0, -2) : trimmed;
  if (!/^https?:\/\/[^/?#@*\s]+$/i.test(base)) return undefined;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return undefined;
  }
  if (url.origin === 'null' || (wildcard && url.port !== '')) return undefined;
  return wildcard ? `${url.origin}:*` : url.origin;
}

export interface CreateKeyInput {
  organization: string;
  kind: 'publishable' | 'secret';
  /** Publishable keys: at least one origin. Secret keys: none (never usable from a browser). */
  origins: readonly string[];
}

export interface CreatedKey {
  info: ApiKeyInfo;
  /** Shown once; only its hash is stored. */
  key: string;
}

export async function createKey(store: Store, input: CreateKeyInput, now: Date): Promise<CreatedKey> {
  const organization = await findOrganization(store, input.organization);
  const origins: string[] = [];
  for (const [index, entry] of input.origins.entries()) {
    const origin = normalizeOrigin(entry);
    if (!origin) throw OperationError.field('invalid', `origins[${index}]`, 'invalid_origin');
    if (!origins.includes(origin)) origins.push(origin);
  }
  if (input.kind === 'publishable' && origins.length === 0) {
    throw OperationError.field('invalid', 'origins', 'required');
  }
  if (input.kind === 'secret' && origins.length > 0) {
    throw OperationError.field('invalid', 'origins', 'invalid_value');
  }
  const key =
    input.kind === 'publishable'
      ? `pk_live_${randomBase62(PUBLISHABLE_LENGTH)}`
      : `sk_live_${randomBase62(SECRET_LENGTH)}`;
  const info = await store.insertApiKey({
    id: newId('key'),
    key,
    prefix: keyPrefix(key),
    kind: input.kind,
    organizationId: organization.id,
    allowedOrigins: origins,
    now,
  });
  return { info, key };
}

export async function listKeys(store: Store, organization?: string): Promise<ApiKeyInfo[]> {
  const organizationId =
    organization === undefined ? undefined : (await findOrganization(store, organization)).id;
  return await store.apiKeys({ organizationId });
}

/** Revokes a key (already revoked: unchanged). The running servers refuse it at their next request. */
export async function revokeKey(store: Store, id: string, now: Date): Promise<ApiKeyInfo> {
  const info = await store.revokeApiKey(id, now);
  if (!info) throw OperationError.field('not_found', 'id', 'not_found');
  return info;
}
