import { statement, type Sql } from './sql.js';
import { sha256 } from './hash.js';
import { findOne } from './lookup.js';
import type { ApiKey, ApiKeyInfo, Store } from './types.js';

interface ApiKeyRow {
  id: string;
  kind: 'publishable' | 'secret';
  organization_id: string;
  allowed_origins: string;
  prefix: string;
  created_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  managed_by: 'seed' | 'operator';
}

const KEY_SELECT = `SELECT id, kind, organization_id, allowed_origins, prefix, created_at, last_used_at,
  revoked_at, managed_by FROM api_keys`;

function toInfo(row: ApiKeyRow): ApiKeyInfo {
  return {
    id: row.id,
    kind: row.kind,
    organizationId: row.organization_id,
    prefix: row.prefix,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    managedBy: row.managed_by,
  };
}

type KeyQueries = Pick<
  Store,
  'findKey' | 'insertApiKey' | 'apiKeys' | 'apiKey' | 'revokeApiKey' | 'touchApiKey'
>;

export function keyQueries(db: Sql): KeyQueries {
  // Revoked keys stay listed (with their date) but are never found for a request.
  const byHash = statement<[string], ApiKeyRow>(
    db,
    `${KEY_SELECT} WHERE key_hash = ? AND revoked_at IS NULL`,
  );
  const byId = statement<[string], ApiKeyRow>(db, `${KEY_SELECT} WHERE id = ?`);
  const list = statement<{ organizationId: string | null }, ApiKeyRow>(
    db,
    `${KEY_SELECT} WHERE CAST(@organizationId AS TEXT) IS NULL OR organization_id = @organizationId
     ORDER BY organization_id, created_at, id`,
  );
  const insert = statement(
    db,
    `
    INSERT INTO api_keys (id, key_hash, prefix, kind, organization_id, allowed_origins, managed_by, created_at)
    VALUES (@id, @keyHash, @prefix, @kind, @organizationId, @allowedOrigins, 'operator', @createdAt)
  `,
  );
  const revoke = statement<[string, string]>(
    db,
    'UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
  );
  const touch = statement<[string, string]>(db, 'UPDATE api_keys SET last_used_at = ? WHERE id = ?');
  const info = findOne(byId, toInfo);

  return {
    /** Keys are stored hashed, so the lookup hashes the candidate and compares digests. */
    async findKey(key: string): Promise<ApiKey | undefined> {
      const row = await byHash.get(sha256(key));
      if (!row) return undefined;
      return {
        id: row.id,
        key,
        kind: row.kind,
        organizationId: row.organization_id,
        allowedOrigins: JSON.parse(row.allowed_origins) as string[],
      };
    },

    async insertApiKey(write) {
      await insert.run({
        id: write.id,
        keyHash: sha256(write.key),
        prefix: write.prefix,
        kind: write.kind,
        organizationId: write.organizationId,
        allowedOrigins: JSON.stringify(write.allowedOrigins),
        createdAt: write.now.toISOString(),
      });
      return (await info(write.id))!;
    },

    apiKeys: async (filter) =>
      (await list.all({ organizationId: filter.organizationId ?? null })).map(toInfo),

    apiKey: info,

    async revokeApiKey(id, now) {
      await revoke.run(now.toISOString(), id);
      return info(id);
    },

    async touchApiKey(id, now) {
      await touch.run(now.toISOString(), id);
    },
  };
}
