// Every link of the generated pages must resolve: checked when building, so a
// broken link fails `pnpm build` rather than a visitor. (The site's test checks
// them again over HTTP, with the real server.)
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Paths the server answers itself (not files of the docs folder). */
const SERVER_ROUTES = [/^\/docs\/api$/, /^\/v1(\/|$)/, /^\/healthz$/];

/**
 * @param {Map<string, string>} pages   URL path → HTML, for every page the build wrote.
 * @param {{ buildDir: string, cdnDir: string, examplesDir: string }} folders
 * @returns {string[]} one message per broken link
 */
export function checkLinks(pages, { buildDir, cdnDir, examplesDir }) {
  const ids = new Map(
    [...pages].map(([path, html]) => [path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]),
  );
  const problems = [];
  for (const [path, html] of pages) {
    for (const [, attribute, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const url = value.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:)/.test(url)) continue;
      const [target, fragment] = url.split('#');
      const pathname = (target ?? '').split('?')[0];
      if (!pathname) {
        if (fragment && !ids.get(path)?.has(fragment))
          problems.push(`${path}: no id "${fragment}" for ${attribute}="${value}"`);
        continue;
      }
      if (!pathname.startsWith('/')) {
        problems.push(
          `${path}: ${attribute}="${value}" is relative; the site uses root-absolute links (/docs/…)`,
        );
        continue;
      }
      if (SERVER_ROUTES.some((route) => route.test(pathname))) continue;
      const file = fileFor(pathname, { buildDir, cdnDir, examplesDir });
      if (!file || !existsSync(file) || !statSync(file).isFile()) {
        problems.push(`${path}: ${attribute}="${value}" does not resolve${file ? ` (${file})` : ''}`);
        continue;
      }
      if (fragment && pages.has(pathname) && !ids.get(pathname).has(fragment)) {
        problems.push(`${path}: ${pathname} has no id "${fragment}"`);
      }
    }
  }
  return problems;
}

function fileFor(pathname, { buildDir, cdnDir, examplesDir }) {
  const mounts = [
    ['/docs/', buildDir],
    ['/cdn/', cdnDir],
    ['/examples/', examplesDir],
  ];
  for (const [prefix, dir] of mounts) {
    if (pathname.startsWith(prefix)) {
      const rest = decodeURIComponent(pathname.slice(prefix.length));
      return join(dir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
    }
  }
  return undefined;
}
