/**
 * What commands print on stdout: aligned tables and short lines for people, or
 * with `--json` exactly one JSON document (an object, or an array for lists) so
 * that `eer-admin … --json | jq` always parses.
 */
import type { Language } from '@emplois-en-regions/schemas';
import { TORONTO } from '../time/toronto.js';
import { formatLocalDate, wallClock } from '../time/zone.js';
import type { AdminContext } from './context.js';

export interface Column<T> {
  header: string;
  value(row: T): string | null | undefined;
  /** Longer cells are cut with "…" so a table stays readable in a terminal. */
  max?: number;
}

const DEFAULT_MAX = 48;

function cell(text: string | null | undefined, max: number): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  const shown = flat === '' ? '—' : flat;
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/** Columns separated by two spaces, padded to the widest cell. */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => cell(column.value(row), column.max ?? DEFAULT_MAX)),
  );
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((line) => line[index]?.length ?? 0)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => (index === values.length - 1 ? value : value.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), ...cells.map(line)].join('\n') + '\n';
}

/** One JSON document, indented for people who read it too. */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function printJson(context: AdminContext, value: unknown): void {
  context.io.stdout(jsonDocument(value));
}

/** Lines for people (nothing is printed on stdout with --json but the document). */
export function printLines(context: AdminContext, ...lines: string[]): void {
  context.io.stdout(`${lines.join('\n')}\n`);
}

/** A list: the JSON array, or a table (or a line saying it is empty). */
export function printList<T>(
  context: AdminContext,
  rows: readonly T[],
  columns: readonly Column<T>[],
  empty: string,
  asJson: (row: T) => unknown,
): void {
  if (context.json) printJson(context, rows.map(asJson));
  else if (rows.length === 0) printLines(context, empty);
  else context.io.stdout(renderTable(rows, columns));
}

/** An instant in Québec's time for a table: `2026-10-03 14 h 30` (fr, OQLF) or `2026-10-03 14:30` (en). */
export function formatInstant(iso: string | null | undefined, lang: Language): string | null {
  if (!iso) return null;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const local = wallClock(instant, TORONTO);
  const minutes = String(local.minute).padStart(2, '0');
  return lang === 'fr'
    ? `${formatLocalDate(local)} ${local.hour}\u00a0h\u00a0${minutes}`
    : `${formatLocalDate(local)} ${String(local.hour).padStart(2, '0')}:${minutes}`;
}
