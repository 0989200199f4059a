/**
 * CSV as a French Excel opens it: UTF-8 with a byte order mark (without it Excel
 * reads the accents as Windows-1252), `;` as separator when asked (Excel in French
 * splits on the list separator of the system, `;`), CRLF line ends and RFC 4180
 * quoting. A cell that Excel would read as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return first) gets a leading apostrophe: a visitor's name or message
 * must never run as a formula on an advisor's computer.
 */
export type CsvSeparator = ';' | ',';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | null | undefined, separator: CsvSeparator): string {
  let text = value ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | null | undefined)[])[],
  separator: CsvSeparator,
): string {
  const line = (cells: readonly (string | null | undefined)[]) =>
    cells.map((cell) => csvCell(cell, separator)).join(separator);
  return BOM + [header, ...rows].map(line).join('\r\n') + '\r\n';
}
