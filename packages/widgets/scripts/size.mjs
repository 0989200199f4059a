// Size budget of the widgets (issue 4): the three widgets with the SDK and Lit,
// bundled together for the browser (esbuild, minified, ESM, every dependency
// included, code splitting on so the map loads as its own chunk), measured
// brotli-compressed. `pnpm test` runs this file (exit 1 over budget);
// `pnpm bench` calls measureWidgetSizes() for its table.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { brotliSize as brotli, exitOnBudget } from '../../../scripts/bundle-size.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The three widgets + SDK + Lit, everything but the map shapes. */
export const WIDGETS_BUDGET = 35 * 1024;
/** What `mode="map"` loads on top: map code and shapes. */
export const MAP_BUDGET = 45 * 1024;

async function bundle(entryPoints) {
  const result = await build({
    entryPoints,
    absWorkingDir: packageDir,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    metafile: true,
    write: false,
    outdir: 'size-out',
    // Licence comments go to a separate file in the CDN build too (build-cdn.mjs: legalComments 'linked').
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result;
}

/** Rows `{ name, bytes, brotli, budget?, problems }`. */
export async function measureWidgetSizes() {
  const result = await bundle({ widgets: 'src/index.ts' });
  const outputs = result.metafile.outputs;
  const byPath = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === 'src/index.ts');
  // Everything loaded up front: the entry and the chunks it imports statically.
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of outputs[path].imports)
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !initial.has(path));
  const sizeOf = (paths) => {
    const files = paths.map((path) => byPath.get(`${packageDir}${path}`) ?? byPath.get(path));
    return {
      bytes: files.reduce((sum, file) => sum + file.length, 0),
      brotli: files.reduce((sum, file) => sum + brotli(file), 0),
    };
  };
  const problems = [];
  const inputsOf = (paths) => paths.flatMap((path) => Object.keys(outputs[path].inputs));
  if (inputsOf([...initial]).some((input) => /region-picker\/map\/regions\.paths/.test(input))) {
    problems.push('the map shapes are in the initial bundle: they must load only with mode="map"');
  }
  if (inputsOf([...initial, ...lazy]).some((input) => /zod\/v4\/(classic|core)\//.test(input))) {
    problems.push('zod is bundled: the browser must use the generated validators only');
  }
  const rows = [
    {
      name: 'widgets: 3 widgets + eer-config + SDK + Lit (loaded up front)',
      ...sizeOf([...initial]),
      budget: WIDGETS_BUDGET,
    },
  ];
  if (lazy.length)
    rows.push({
      name: 'widgets: lazy chunks (map shapes + map code, combobox), loaded on first use',
      ...sizeOf(lazy),
      budget: MAP_BUDGET,
    });
  for (const name of ['region-picker', 'advisor-contact-form', 'event-banner']) {
    const single = await bundle({ [name]: `src/${name}/define.ts` });
    const entryPath = Object.keys(single.metafile.outputs).find(
      (path) => single.metafile.outputs[path].entryPoint,
    );
    const file = single.outputFiles.find((f) => f.path.endsWith(entryPath));
    rows.push({
      name: `for scale: <eer-${name}> alone (with SDK + Lit)`,
      bytes: file.contents.length,
      brotli: brotli(file.contents),
    });
  }
  return rows.map((row, i) => ({ ...row, problems: i === 0 ? problems : [] }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  exitOnBudget(await measureWidgetSizes());
}
