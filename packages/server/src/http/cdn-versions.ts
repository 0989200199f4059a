/**
 * `/cdn/v<version>/` is "that version forever" (public contract v2): partner pages and the
 * WordPress plugin keep a versioned URL for a year, across the operator's upgrades. A
 * deployment replaces CDN_DIR with the new build, so each build the server starts with is
 * copied into CDN_VERSIONS_DIR (`<dir>/<version>/`), and every version kept there stays served.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** `cdn/version.json`, written by the widgets' CDN build: the version the folder holds. */
export function cdnVersion(cdnDir: string): string | undefined {
  try {
    const { version } = JSON.parse(readFileSync(join(cdnDir, 'version.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof version === 'string' && /^[\w.+-]+$/.test(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

/** A folder name that is a version the CDN build writes (`0.1.0`, `1.2.0-beta.1`). */
const VERSION = /^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;

/** What keeping the current build did: its version, every version now kept, or why it failed. */
export interface KeptVersions {
  current: string | undefined;
  kept: string[];
  error?: string;
}

/**
 * Copies the build in `cdnDir` to `<versionsDir>/<version>/` (files of an earlier build of the
 * same version stay: a page cached a year ago may still ask for their hashed chunks) and lists
 * the versions kept. A folder that cannot be written is reported, never fatal: the current
 * version is still served from `cdnDir`.
 */
export function keepCdnVersion(cdnDir: string, versionsDir: string): KeptVersions {
  const current = cdnVersion(cdnDir);
  let error: string | undefined;
  if (current && VERSION.test(current)) {
    const target = join(versionsDir, current);
    const earlier = existsSync(target);
    try {
      mkdirSync(target, { recursive: true });
      // dereference: CDN_DIR is often a symlink to the release (`cdn -> releases/42/cdn`), and a
      // link kept in the copy would point into a release the next deployment deletes.
      cpSync(cdnDir, target, { recursive: true, force: true, preserveTimestamps: true, dereference: true });
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
      // A folder this start created but could not fill would be served as that version: a 404 forever.
      if (!earlier) {
        try {
          rmSync(target, { recursive: true, force: true });
        } catch {
          // Nothing was created (the versions folder itself is unusable).
        }
      }
    }
  }
  return { current, kept: keptVersions(versionsDir), ...(error ? { error } : {}) };
}

/** The versions in `versionsDir`, oldest first (by semantic order of the numbers). */
export function keptVersions(versionsDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(versionsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && VERSION.test(entry.name))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  const parts = (version: string) => version.split(/[-+]/)[0]!.split('.').map(Number);
  // A pre-release comes before its release (1.0.0-beta.2 < 1.0.0), beta.2 before beta.10.
  const prerelease = (version: string) => /^[^+]*-/.test(version);
  return names.sort((a, b) => {
    const [x, y] = [parts(a), parts(b)];
    return (
      x[0]! - y[0]! ||
      x[1]! - y[1]! ||
      x[2]! - y[2]! ||
      Number(prerelease(b)) - Number(prerelease(a)) ||
      a.localeCompare(b, 'en', { numeric: true })
    );
  });
}
