// Sizes: the packages' own size measurements (the same functions and budgets
// as `pnpm test`), and two anchors from well-known component libraries built
// by the very same rollup function in the same run, so the ratio compares like
// with like (minified by esbuild, weighed gzip 9 and brotli 11).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { measureSdkSize } from '../../packages/sdk/scripts/size.mjs';
import { measureWidgetSizes } from '../../packages/widgets/scripts/size.mjs';
import { bundleForBrowser, sizesOf } from '../rollup/browser.mjs';
import { maxSize, missing, type Row } from './table.js';

const root = new URL('../../', import.meta.url).pathname;
const SIZE_UNIT = 'B min / gzip / br';

interface SizeRow {
  name: string;
  bytes: number;
  gzip: number;
  brotli: number;
  budget?: number | undefined;
  problems?: string[] | undefined;
}

/** What a page imports to get one select with options, from each library. */
const ANCHORS = [
  {
    label: 'Shoelace',
    what: '`sl-select` + `sl-option`',
    packageName: '@shoelace-style/shoelace',
    imports: [
      '@shoelace-style/shoelace/dist/components/select/select.js',
      '@shoelace-style/shoelace/dist/components/option/option.js',
    ],
  },
  {
    label: 'Material Web',
    what: '`md-outlined-select` + `md-select-option`',
    packageName: '@material/web',
    imports: ['@material/web/select/outlined-select.js', '@material/web/select/select-option.js'],
  },
] as const;

const toRow = (row: SizeRow, figure = row.name): Row => ({
  figure,
  value: [row.bytes, row.gzip, row.brotli],
  unit: SIZE_UNIT,
  budget: row.budget === undefined ? undefined : maxSize(row.budget),
  problems: row.problems ?? [],
});

async function measureAnchor(anchor: (typeof ANCHORS)[number]): Promise<SizeRow & { version: string }> {
  const require = createRequire(join(root, 'package.json'));
  // Rollup would leave an unresolved import external and report a tiny bundle: resolve first.
  for (const specifier of anchor.imports) require.resolve(specifier);
  const manifest = join(root, 'node_modules', anchor.packageName, 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const entry = join(root, 'scripts/bench', `anchor-${anchor.packageName.replace(/\W+/g, '-')}.js`);
  const chunks = await bundleForBrowser({
    input: { anchor: entry },
    modules: { [entry]: anchor.imports.map((specifier) => `import '${specifier}';`).join('\n') },
    conditions: [],
    // Plain JavaScript packages: no TypeScript settings to apply.
    tsconfig: undefined,
  });
  const files = new Set(chunks.map((chunk) => chunk.fileName));
  const external = chunks.flatMap((chunk) => chunk.imports.filter((id) => !files.has(id)));
  if (external.length)
    throw new Error(`${anchor.label}: imports left out of the bundle: ${external.join(', ')}`);
  // Everything the two imports pull in, lazy chunks included: the whole cost of the component.
  return { name: anchor.label, version, ...sizesOf(chunks) };
}

export async function sizeRows(): Promise<Row[]> {
  const rows: Row[] = [];
  let cdnBrotli: number | undefined;
  try {
    const widgets = (await measureWidgetSizes()) as SizeRow[];
    const cdn = widgets.find((row) => /^CDN bundle/.test(row.name)) ?? widgets[0];
    cdnBrotli = cdn?.brotli;
    rows.push(...widgets.map((row) => toRow(row, `size: ${row.name}`)));
  } catch (error) {
    rows.push(missing('size: widgets (CDN bundle, map chunk, npm entries)', SIZE_UNIT, error));
  }
  try {
    const sdk = (await measureSdkSize()) as SizeRow[];
    rows.push(...sdk.map((row) => toRow(row, `size: ${row.name}`)));
  } catch (error) {
    rows.push(missing('size: SDK entries', SIZE_UNIT, error));
  }
  for (const anchor of ANCHORS) {
    const figure = `size anchor (not shipped): ${anchor.label} ${anchor.what}`;
    try {
      const measured = await measureAnchor(anchor);
      rows.push({
        ...toRow(measured, `${figure} ${measured.version}`),
        notes: 'same rollup build, all chunks',
      });
      if (cdnBrotli !== undefined) {
        rows.push({
          figure: `ratio: CDN bundle with 3 widgets ÷ ${anchor.label} select (brotli)`,
          value: cdnBrotli / measured.brotli,
          unit: '×',
          digits: 2,
          notes: `${cdnBrotli} B ÷ ${measured.brotli} B`,
        });
      }
    } catch (error) {
      rows.push(missing(figure, SIZE_UNIT, error));
    }
  }
  return rows;
}
