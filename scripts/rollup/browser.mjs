// How code is bundled for a browser — one function for the widgets' CDN file,
// the size budgets (`pnpm test`) and `pnpm bench`, whose anchors (Shoelace,
// Material Web) are built by the very same function so ratios compare like
// with like: rollup, node resolution with the browser conditions, TypeScript
// stripped by esbuild, Lit's html``/css``/svg`` templates minified, minified by
// esbuild then terser, ES modules with code splitting.
import { gzipSync, constants } from 'node:zlib';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { brotliSize } from '../bundle-size.mjs';

/**
 * terser after esbuild's minification: its compressor and, above all, its mangler
 * (names chosen by character frequency) take ≈ 800 B brotli more off the CDN bundle
 * than esbuild alone, for 1 kB of minified text. ES modules: `module` is implied.
 */
const TERSER = { ecma: 2022, compress: { passes: 2 }, format: { comments: false } };

/** html-minifier options merged over the Lit plugin's defaults. */
const KEEP_ONE_SPACE = { minifyOptions: { conservativeCollapse: true } };

/** Modules that exist only in memory, at an absolute path (so relative and bare imports resolve from there). */
function virtualModules(modules) {
  return {
    name: 'virtual-modules',
    resolveId: (id) => (id in modules ? id : null),
    load: (id) => (id in modules ? modules[id] : null),
  };
}

/**
 * Bundles `input` (`{ name: path }`) with every dependency.
 * `conditions`: extra export conditions, first (`source` = workspace TypeScript).
 * `modules`: `{ absolutePath: code }` entries that exist only in memory.
 * Returns rollup's output chunks.
 */
export async function bundleForBrowser({
  input,
  tsconfig,
  conditions = ['source'],
  plugins = [],
  modules = {},
}) {
  const bundle = await rollup({
    input,
    // Code shared by the entry and its lazy chunks stays in the entry file:
    // one request for the page, not an entry that re-exports a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      virtualModules(modules),
      nodeResolve({ browser: true, exportConditions: [...conditions, 'browser', 'import', 'default'] }),
      esbuild({ tsconfig, target: 'es2022', include: /\.tsx?$/, exclude: [] }),
      // esbuild leaves template literals as written: the indentation and line breaks
      // of every Lit template would ship (≈ 700 B brotli of the CDN bundle). Lit's own
      // plugin collapses HTML whitespace where HTML ignores it (not in <pre>, <textarea>
      // or attribute values) and minifies CSS with Lightning CSS. A template it cannot
      // parse fails the build rather than shipping unminified.
      // Whitespace collapses to one space, never to none: a fragment such as
      // html` <span>(facultatif)</span>` keeps the space that separates it from the label.
      minifyHtmlLiterals({ exclude: '**/node_modules/**', failOnError: true, options: KEEP_ONE_SPACE }),
      // Dependencies' templates too (the anchors'), left as published where the minifier
      // cannot parse them (a tag name bound with lit's static html, say).
      minifyHtmlLiterals({ include: '**/node_modules/**', options: KEEP_ONE_SPACE }),
      ...plugins,
    ],
    // Lit and friends declare `sideEffects`; nothing else needs guessing.
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      // Dependencies' comments that merely mention @__PURE__ in prose.
      if (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) return;
      // A dependency's template the minifier could not parse: it ships as published.
      if (warning.plugin === 'minify-html-literals' && /node_modules/.test(warning.id ?? '')) return;
      warn(warning);
    },
  });
  const { output } = await bundle.generate({
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    plugins: [minify({ target: 'es2022', legalComments: 'none' }), terser(TERSER)],
  });
  await bundle.close();
  return output.filter((file) => file.type === 'chunk');
}

/** Minified, gzip (level 9) and brotli (quality 11) sizes of some chunks together. */
export function sizesOf(chunks) {
  let bytes = 0;
  let gzip = 0;
  let brotli = 0;
  for (const chunk of chunks) {
    const code = Buffer.from(chunk.code);
    bytes += code.length;
    gzip += gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
    brotli += brotliSize(code);
  }
  return { bytes, gzip, brotli };
}

/** Ids of the modules that end up in `chunks` (a module rollup read but shook out entirely renders 0 bytes). */
export function renderedModuleIds(chunks) {
  return chunks.flatMap((chunk) =>
    Object.entries(chunk.modules)
      .filter(([, module]) => module.renderedLength > 0)
      .map(([id]) => id),
  );
}

/** The chunks an entry loads before it runs (static imports, transitively). */
export function initialChunks(chunks, entryName) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === entryName);
  if (!entry) throw new Error(`No entry chunk named ${entryName}`);
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const imported of chunk.imports) visit(byName.get(imported));
  };
  visit(entry);
  return [...seen];
}
