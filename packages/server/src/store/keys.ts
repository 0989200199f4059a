import type { Db } from './database.js';
import { sha256 } from './hash.js';
import type { ApiKey, Store } from './types.js';

interface ApiKeyRow {
  id: string;
  kind: 'publishable' | 'secret';
  organization_id: string;
  allowed_origins: string;
}

export function keyQueries(db: Db): Pick<Store, 'findKey'> {
  const byHash = db.prepare<[string], ApiKeyRow>(
    'SELECT id, kind, organization_id, allowed_origins FROM api_keys WHERE key_hash = ?',
  );
  return {
    /** Keys are stored hashed, so the lookup hashes the candidate and compares digests. */
    findKey(key: string): ApiKey | undefined {
      const row = byHash.get(sha256(key));
      if (!row) return undefined;
      return {
        id: row.id,
        key,
        kind: row.kind,
        organizationId: row.organization_id,
        allowedOrigins: JSON.parse(row.allowed_origins) as string[],
      };
    },
  };
}
