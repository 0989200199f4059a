// Builds the single-file CDN bundle `cdn/eer-widgets.js`: every widget, the SDK
// and Lit in one ES module a webmaster loads with one <script type="module">.
// The map shapes stay a separate chunk next to it, fetched only for mode="map".
// No eval, no injected <style> elements: styles are constructable stylesheets,
// so the bundle runs under a strict Content-Security-Policy.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${packageDir}/cdn`, { recursive: true, force: true });
const result = await build({
  entryPoints: { 'eer-widgets': 'src/index.ts' },
  absWorkingDir: packageDir,
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source'],
  outdir: 'cdn',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});
const files = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));
for (const [path, { bytes }] of files) console.log(`${path}  ${bytes} B`);
