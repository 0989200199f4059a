import { join } from 'node:path';
import { operatorContactFiller } from './operator-contact.js';
import { STRICT_CSP, type StaticMount } from './static-files.js';

/** Folders `pnpm start` serves next to the API; each is optional. */
export interface SiteFolders {
  /** The widgets' CDN bundle, served at `/cdn` with CORS (partner pages load it cross-origin). */
  cdnDir?: string | undefined;
  /** The examples, served at `/examples`; `strict-csp/` is served with `STRICT_CSP`. */
  examplesDir?: string | undefined;
  /** The built docs site, served at `/docs` (the server's own `/docs/api` page keeps its route). */
  docsDir?: string | undefined;
  /**
   * OPERATOR_CONTACT: written into the docs pages as they are served (where the
   * webmaster learns whom to ask for a key); unset, the pages keep their fallback text.
   */
  operatorContact?: string | undefined;
}

/**
 * The static mounts of a full `pnpm start` — one list shared by the server's
 * entry point, the end-to-end tests and the benchmarks, so they serve the same site.
 * More specific prefixes come first.
 */
export function siteMounts({ cdnDir, examplesDir, docsDir, operatorContact }: SiteFolders): StaticMount[] {
  const mounts: StaticMount[] = [];
  if (cdnDir) mounts.push({ prefix: '/cdn', dir: cdnDir, crossOrigin: true });
  if (examplesDir) {
    mounts.push({
      prefix: '/examples/strict-csp',
      dir: join(examplesDir, 'strict-csp'),
      contentSecurityPolicy: STRICT_CSP,
    });
    mounts.push({ prefix: '/examples', dir: examplesDir });
  }
  // The docs site runs no inline script or style either: it is served with the strict policy.
  if (docsDir) {
    mounts.push({
      prefix: '/docs',
      dir: docsDir,
      contentSecurityPolicy: STRICT_CSP,
      transformHtml: operatorContact ? operatorContactFiller(operatorContact) : undefined,
    });
  }
  return mounts;
}
