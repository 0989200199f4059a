// The snippet builder (its code lives in src/snippet-builder/, written separately):
// bundled with esbuild into build/assets/snippet-builder/, next to its CSS and HTML files.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

export const SNIPPET_BUILDER_ASSETS = '/docs/assets/snippet-builder';

/**
 * The widgets' version, as `cdn/version.json` (written by the widgets' CDN build,
 * read by the server to serve `/cdn/v<version>/`) names it; else the package's
 * own, which that build writes there. The builder's snippets load that URL.
 */
function widgetsVersion(docsDir) {
  const widgetsDir = join(docsDir, '../packages/widgets');
  for (const file of [join(widgetsDir, 'cdn/version.json'), join(widgetsDir, 'package.json')]) {
    try {
      const { version } = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof version === 'string' && /^[\w.+-]+$/.test(version)) return version;
    } catch {
      // Not built yet: the next file.
    }
  }
  return undefined;
}

/** Bundles the builder; returns false (the page then says it is not available) when its source is absent. */
export async function buildSnippetBuilder({ docsDir, buildDir }) {
  const sourceDir = join(docsDir, 'src/snippet-builder');
  const entry = join(sourceDir, 'main.ts');
  if (!existsSync(entry)) return false;
  const outDir = join(buildDir, 'assets/snippet-builder');
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [entry],
    outfile: join(outDir, 'main.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    // Workspace packages resolve to their TypeScript sources.
    conditions: ['source', 'browser', 'import', 'default'],
    logLevel: 'warning',
    define: { __EER_WIDGETS_VERSION__: JSON.stringify(widgetsVersion(docsDir)) ?? 'undefined' },
  });
  for (const file of readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.css') && !file.endsWith('.html')) continue;
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    copyFileSync(join(sourceDir, file), join(outDir, file));
  }
  return true;
}
