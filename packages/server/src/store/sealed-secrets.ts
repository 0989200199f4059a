import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Webhook signing secrets must be usable (HMAC needs the secret itself, so a hash
 * will not do) yet not readable from the database alone: each is sealed with
 * AES-256-GCM under a key kept in a file beside the database (`<database>.webhook-key`,
 * mode 0600, created on first use). A stolen or shared copy of the database file, a
 * backup, or `SELECT *` reveals no secret; every process opening the same database
 * file (servers, eer-admin) finds the same key. The endpoint id is the associated data,
 * so a sealed secret copied onto another endpoint's row does not open.
 */
export interface SecretSealer {
  seal(secret: string, endpointId: string): string;
  /** Throws when the key is not the one the secret was sealed with (key file lost or replaced). */
  unseal(sealed: string, endpointId: string): string;
}

const FORMAT = 'v1';
const KEY_BYTES = 32;

/** The key file of a database, or undefined for an in-memory database (key kept in memory). */
export function sealingKeyPath(databasePath: string): string | undefined {
  return databasePath === ':memory:' || databasePath === '' ? undefined : `${databasePath}.webhook-key`;
}

function loadOrCreateKey(path: string | undefined): Buffer {
  if (!path) return randomBytes(KEY_BYTES);
  try {
    // `wx`: two processes racing to create it both end up reading the one that won.
    writeFileSync(path, randomBytes(KEY_BYTES).toString('base64'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error(`${path} is not a webhook sealing key (${KEY_BYTES} bytes in base64).`);
  }
  return key;
}

/**
 * A sealer whose key is read (or created) the first time a secret is sealed or opened.
 * `keyFile`: the key's file (undefined: a key kept in memory, for in-memory databases).
 */
export function secretSealer(keyFile: string | undefined): SecretSealer {
  let key: Buffer | undefined;
  const theKey = () => (key ??= loadOrCreateKey(keyFile));
  return {
    seal(secret, endpointId) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', theKey(), iv);
      cipher.setAAD(Buffer.from(endpointId));
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return [FORMAT, iv, body, cipher.getAuthTag()]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    unseal(sealed, endpointId) {
      const [format, iv, body, tag] = sealed.split('.');
      if (format !== FORMAT || !iv || !body || !tag) throw new Error('unknown sealed secret format');
      const decipher = createDecipheriv('aes-256-gcm', theKey(), Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(endpointId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new Error(
          `the signing secret of ${endpointId} cannot be opened with ${keyFile ?? 'this key'} ` +
            '(key file lost or replaced): rotate the secret (eer-admin webhook rotate).',
        );
      }
    },
  };
}
