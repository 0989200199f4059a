// The one table `pnpm bench` prints: a row per figure, its value, unit and
// budget, and whether it meets it. Printed as Markdown, padded so that it
// also reads in a terminal and pastes as is into a closing note.

/** `size` budgets fail the bench; `target` budgets are informational (timings vary by machine). */
type BudgetKind = 'size' | 'target';

export interface Budget {
  /** `max`: the value must be at most `limit`; `min`: at least. */
  bound: 'max' | 'min';
  limit: number;
  kind: BudgetKind;
}

export interface Row {
  figure: string;
  /** A number, or several shown together (sizes: minified / gzip / brotli); undefined = not measured. */
  value: number | readonly number[] | undefined;
  unit: string;
  /** Applies to `value`, or to its last number when there are several. */
  budget?: Budget | undefined;
  /** How the value was obtained (spread, runs, counts) or why it is missing. */
  notes?: string | undefined;
  /** Digits after the point. */
  digits?: number | undefined;
  /** Something the size checks reject besides the budget (e.g. a chunk that must be lazy is not). */
  problems?: readonly string[] | undefined;
}

export const maxSize = (limit: number): Budget => ({ bound: 'max', limit, kind: 'size' });
export const atMost = (limit: number): Budget => ({ bound: 'max', limit, kind: 'target' });
export const atLeast = (limit: number): Budget => ({ bound: 'min', limit, kind: 'target' });

/** A row for a figure that could not be measured. */
export const missing = (figure: string, unit: string, why: unknown, budget?: Budget): Row => ({
  figure,
  value: undefined,
  unit,
  budget,
  notes: `NOT MEASURED: ${why instanceof Error ? why.message : String(why)}`.split('\n')[0],
});

function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const budgeted = (row: Row): number | undefined =>
  row.value === undefined
    ? undefined
    : typeof row.value === 'number'
      ? row.value
      : row.value[row.value.length - 1];

/** Whether the row meets its budget; undefined when it has none or no value. */
function meetsBudget(row: Row): boolean | undefined {
  const value = budgeted(row);
  if (!row.budget || value === undefined) return undefined;
  return row.budget.bound === 'max' ? value <= row.budget.limit : value >= row.budget.limit;
}

/** Why the bench must exit non-zero: size budgets and size-check problems, and missing figures. */
export function failures(rows: readonly Row[]): string[] {
  return rows.flatMap((row) => [
    ...(row.value === undefined ? [`${row.figure}: ${row.notes ?? 'not measured'}`] : []),
    ...(row.budget?.kind === 'size' && meetsBudget(row) === false
      ? [
          `${row.figure}: ${formatNumber(budgeted(row)!)} ${row.unit} is over its budget of ${formatNumber(row.budget.limit)}`,
        ]
      : []),
    ...(row.problems ?? []).map((problem) => `${row.figure}: ${problem}`),
  ]);
}

function cells(row: Row): string[] {
  const digits = row.digits ?? 0;
  const value =
    row.value === undefined
      ? 'n/a'
      : typeof row.value === 'number'
        ? formatNumber(row.value, digits)
        : row.value.map((v) => formatNumber(v, digits)).join(' / ');
  const budget = row.budget
    ? `${row.budget.bound === 'max' ? '≤' : '≥'} ${formatNumber(row.budget.limit, digits)}${row.budget.kind === 'target' ? ' (target)' : ''}`
    : '—';
  const meets = meetsBudget(row);
  const problems = row.problems?.length ? 'NO' : undefined;
  const ok =
    row.value === undefined
      ? 'NO'
      : (problems ?? (meets === undefined ? '—' : meets ? 'yes' : row.budget?.kind === 'size' ? 'NO' : 'no'));
  const notes = [row.notes, ...(row.problems ?? [])].filter(Boolean).join('; ');
  return [row.figure, value, row.unit, budget, ok, notes || ''];
}

const escape = (text: string) => text.replace(/\|/g, '\\|');

/** The rows as one Markdown table, columns padded to line up in a terminal. */
export function markdownTable(rows: readonly Row[]): string {
  const head = ['figure', 'value', 'unit', 'budget', 'ok', 'notes'];
  const body = rows.map((row) => cells(row).map(escape));
  const widths = head.map((title, i) => Math.max(title.length, ...body.map((line) => line[i]!.length)));
  // Numbers, budgets and ok are right-aligned.
  const right = [false, true, false, true, true, false];
  const line = (values: string[]) =>
    `| ${values.map((v, i) => (right[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n');
}
