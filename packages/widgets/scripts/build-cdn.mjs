// Builds the single-file CDN bundle `cdn/eer-widgets.js`: every widget, the SDK
// and Lit in one ES module a webmaster loads with one <script type="module">.
// The map (shapes + code) and the combobox stay separate chunks next to it,
// fetched only when a picker uses those modes. No eval, no injected <style>
// elements (styles are constructable stylesheets), so it runs under a strict
// Content-Security-Policy. Licences of the bundled code go to a text file next
// to it instead of repeated comments in the code.
//
// Every file is also written precompressed (`.br` at brotli's best, `.gz` at
// gzip -9) for the server to send as is, and `version.json` names the version,
// which the server also serves, immutable, at `/cdn/v<version>/`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import license from 'rollup-plugin-license';
import { bundleForBrowser } from '../../../scripts/rollup/browser.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(packageDir, 'cdn');
export const LICENSES_FILE = 'eer-widgets.licenses.txt';

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const chunks = await bundleForBrowser({
  input: { 'eer-widgets': join(packageDir, 'src/index.ts') },
  tsconfig: join(packageDir, 'tsconfig.build.json'),
  plugins: [
    license({
      thirdParty: { output: { file: join(outDir, LICENSES_FILE) }, includePrivate: false },
    }),
  ],
});
for (const chunk of chunks) {
  const file = join(outDir, chunk.fileName);
  mkdirSync(dirname(file), { recursive: true });
  const banner = chunk.isEntry ? `/*! Emplois en régions widgets — licences: ./${LICENSES_FILE} */\n` : '';
  const mapName = `${chunk.fileName.split('/').pop()}.map`;
  // One sourceMappingURL line (the minifier may already end the code with one).
  const body = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  writeCompressed(file, `${banner}${body}\n//# sourceMappingURL=${mapName}\n`);
  if (chunk.map) {
    // The banner is one more line at the top: the map's lines move down by one.
    const map = { ...chunk.map, mappings: `${banner ? ';' : ''}${chunk.map.mappings}` };
    writeCompressed(`${file}.map`, JSON.stringify(map));
  }
  console.log(`cdn/${chunk.fileName}  ${Buffer.byteLength(chunk.code)} B`);
}
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
writeFileSync(join(outDir, 'version.json'), `${JSON.stringify({ version })}\n`);

/** The file, and its brotli and gzip forms next to it. */
function writeCompressed(file, text) {
  const bytes = Buffer.from(text);
  writeFileSync(file, bytes);
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
}
