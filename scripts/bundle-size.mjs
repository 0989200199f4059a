// Shared by the packages' size scripts and `pnpm bench`: how a bundle is
// weighed (brotli, quality 11) and how the rows are printed and judged.
import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli-compressed size in bytes, at the quality a CDN uses for static files. */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Prints rows `{ name, bytes, gzip?, brotli, budget? }` as a table. */
function printSizeTable(rows) {
  console.table(
    rows.map(({ name, bytes, gzip, brotli, budget }) => ({
      bundle: name,
      'minified (B)': bytes,
      'gzip (B)': gzip ?? '—',
      'brotli (B)': brotli,
      'budget (B)': budget ?? '—',
      ok: budget === undefined ? '—' : brotli <= budget ? 'yes' : 'NO',
    })),
  );
}

/** Prints the table and exits 1 if a row is over budget or reports a problem. */
export function exitOnBudget(rows) {
  printSizeTable(rows);
  const failures = [
    ...rows.flatMap((row) => row.problems ?? []),
    ...rows
      .filter((row) => row.budget !== undefined && row.brotli > row.budget)
      .map((row) => `${row.name}: ${row.brotli} B brotli is over its budget of ${row.budget} B`),
  ];
  for (const failure of failures) console.error(`✗ ${failure}`);
  process.exit(failures.length ? 1 : 0);
}
