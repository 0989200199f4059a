import { join } from 'node:path';
import { cdnVersion, keptVersions } from './cdn-versions.js';
import { operatorContactFiller } from './operator-contact.js';
import { STRICT_CSP, type StaticMount } from './static-files.js';

/** Lazy chunks are named by their content hash (`chunks/map-DolA84dV.js`): a new build, a new URL. */
const HASHED_CHUNK = /^\/chunks\/[\w-]+-[\w-]{8}\.js(\.map)?$/;
/**
 * The latest bundle (`/cdn/eer-widgets.js`) may change with any deployment: browsers
 * keep it 5 minutes, then revalidate it by its ETag (a 304 when unchanged).
 */
const LATEST_CACHE_CONTROL = 'public, max-age=300';

/** Folders `pnpm start` serves next to the API; each is optional. */
export interface SiteFolders {
  /**
   * The widgets' CDN bundle, served at `/cdn` (latest) and `/cdn/v<version>` (immutable)
   * with CORS (partner pages load it cross-origin), precompressed.
   */
  cdnDir?: string | undefined;
  /**
   * CDN_VERSIONS_DIR: earlier builds kept by keepCdnVersion() (`<dir>/<version>/`), each
   * served at `/cdn/v<version>` (immutable) after the build in `cdnDir`.
   */
  cdnVersionsDir?: string | undefined;
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
export function siteMounts({
  cdnDir,
  cdnVersionsDir,
  examplesDir,
  docsDir,
  operatorContact,
}: SiteFolders): StaticMount[] {
  const mounts: StaticMount[] = [];
  if (cdnDir) {
    const cdn = { crossOrigin: true, precompressed: true };
    // `/cdn/v<version>/…` is that version forever; more specific, so first. The current build
    // serves its own version; earlier ones come from the versions kept.
    const version = cdnVersion(cdnDir);
    if (version) mounts.push({ ...cdn, dir: cdnDir, prefix: `/cdn/v${version}`, immutable: true });
    for (const kept of cdnVersionsDir ? keptVersions(cdnVersionsDir) : []) {
      if (kept === version) continue;
      mounts.push({ ...cdn, dir: join(cdnVersionsDir!, kept), prefix: `/cdn/v${kept}`, immutable: true });
    }
    mounts.push({
      ...cdn,
      dir: cdnDir,
      prefix: '/cdn',
      immutable: HASHED_CHUNK,
      cacheControl: LATEST_CACHE_CONTROL,
    });
  }
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
