// The SDK reference: typedoc's HTML (options in docs/typedoc.json, which extends
// packages/sdk/typedoc.json) written into build/sdk, then made to run under the
// site's strict Content-Security-Policy.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/**
 * typedoc puts one inline script at the top of every page's body (theme choice,
 * and hiding the page until its script has run). The strict policy blocks inline
 * scripts, so the same code goes into a file that each page loads at the same place:
 * a classic script in the body runs before the rest of the body is parsed, as before.
 */
const INLINE_THEME_SCRIPT = /<script>(document\.documentElement\.dataset\.theme = [^<]*)<\/script>/;
const THEME_SCRIPT_FILE = 'assets/eer-theme-init.js';

/** Runs typedoc (options in docs/typedoc.json) into `outDir` and rewrites its pages for the strict CSP. */
export function buildSdkReference({ docsDir, outDir, warn }) {
  const require = createRequire(join(docsDir, 'package.json'));
  const typedoc = join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc');
  const result = spawnSync(process.execPath, [typedoc, '--options', 'typedoc.json', '--out', outDir], {
    cwd: docsDir,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`typedoc failed (SDK reference):\n${result.stdout}${result.stderr}`);
  }
  let themeScript = '';
  const pages = htmlFiles(outDir);
  for (const file of pages) {
    let html = readFileSync(file, 'utf8');
    const match = INLINE_THEME_SCRIPT.exec(html);
    if (match) {
      themeScript = match[1];
      const base = relative(dirname(file), outDir).replace(/\\/g, '/');
      html = html.replace(match[0], `<script src="${base ? `${base}/` : ''}${THEME_SCRIPT_FILE}"></script>`);
      writeFileSync(file, html);
    }
    // Anything else inline would be blocked by the policy: fail here rather than in a browser.
    const inline = /<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle="|\son[a-z]+="/i.exec(html);
    if (inline) {
      throw new Error(
        `${relative(outDir, file)} holds inline code (${inline[0]}) that the strict CSP would block: ` +
          'typedoc changed its templates; update scripts/site/sdk-reference.mjs.',
      );
    }
  }
  if (!themeScript) throw new Error('typedoc wrote no theme script: update scripts/site/sdk-reference.mjs.');
  writeFileSync(join(outDir, THEME_SCRIPT_FILE), `${themeScript}\n`);
  detachFilterStyle(join(outDir, 'assets/main.js'), warn);
  return pages.length;
}

/**
 * typedoc's script appends an empty `<style>` to the page for its member-visibility
 * filters; the strict policy blocks it (an inline style, even empty). The site turns
 * those filters off (`visibilityFilters: {}` in docs/typedoc.json), so the element
 * is left detached: nothing is inserted, nothing is blocked.
 */
const FILTER_STYLE = 'document.head.appendChild(document.createElement("style"))';

function detachFilterStyle(mainJs, warn) {
  const code = readFileSync(mainJs, 'utf8');
  const count = code.split(FILTER_STYLE).length - 1;
  if (count === 1) writeFileSync(mainJs, code.replace(FILTER_STYLE, 'document.createElement("style")'));
  else
    warn(
      `typedoc's main.js changed (${count} filter <style> insertions found): check the SDK reference under the strict CSP.`,
    );
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}
