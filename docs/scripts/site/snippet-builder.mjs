// The snippet builder (its code lives in src/snippet-builder/, written separately):
// bundled with esbuild into build/assets/snippet-builder/, next to its CSS and HTML files.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

export const SNIPPET_BUILDER_ASSETS = '/docs/assets/snippet-builder';

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
  });
  for (const file of readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.css') && !file.endsWith('.html')) continue;
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    copyFileSync(join(sourceDir, file), join(outDir, file));
  }
  return true;
}
