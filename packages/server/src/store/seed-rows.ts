import type { Db } from './database.js';

/**
 * What every seed step does to its tables: upsert the seed's rows, delete the rows
 * the seed no longer has, and rewrite the region links of each row. Table and
 * column names come from the seed modules, never from input.
 */

/** A row to write: property names are the table's column names. */
export type SeedRow = Record<string, string | number | null>;

/**
 * Inserts each row, or updates every other column of the row already holding its
 * `key`. The columns are those of the first row; every row must have the same.
 */
export function upsertRows(db: Db, table: string, key: string, rows: readonly SeedRow[]): void {
  const columns = Object.keys(rows[0] ?? {});
  if (columns.length === 0) return;
  const updates = columns
    .filter((column) => column !== key)
    .map((column) => `${column} = excluded.${column}`);
  const upsert = db.prepare<[SeedRow]>(`
    INSERT INTO ${table} (${columns.join(', ')})
    VALUES (${columns.map((column) => `@${column}`).join(', ')})
    ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}
  `);
  for (const row of rows) upsert.run(row);
}

/**
 * Deletes the rows whose `column` is not one of `kept` (the ids the seed has).
 * `seededOnly`: only rows the seed wrote (`managed_by = 'seed'`), never the operator's.
 */
export function deleteRowsNotIn(
  db: Db,
  table: string,
  column: string,
  kept: readonly string[],
  options: { seededOnly?: boolean } = {},
): void {
  const scope = options.seededOnly ? " AND managed_by = 'seed'" : '';
  db.prepare(`DELETE FROM ${table} WHERE ${column} NOT IN (SELECT value FROM json_each(?))${scope}`).run(
    JSON.stringify(kept),
  );
}

export interface RegionLinks {
  /** Link table, e.g. `advisor_regions`. */
  table: string;
  /** Its column naming the owner, e.g. `advisor_id`. */
  ownerColumn: string;
  /** Whether the table keeps the order of the codes in a `position` column. */
  ordered: boolean;
}

/** Replaces the regions linked to each owner with `regionCodes`. */
export function replaceRegionLinks(
  db: Db,
  links: RegionLinks,
  owners: readonly { id: string; regionCodes: readonly string[] }[],
): void {
  const { table, ownerColumn, ordered } = links;
  const clear = db.prepare<[string]>(`DELETE FROM ${table} WHERE ${ownerColumn} = ?`);
  const insert = db.prepare<(string | number)[]>(
    ordered
      ? `INSERT INTO ${table} (${ownerColumn}, region_code, position) VALUES (?, ?, ?)`
      : `INSERT INTO ${table} (${ownerColumn}, region_code) VALUES (?, ?)`,
  );
  for (const owner of owners) {
    clear.run(owner.id);
    owner.regionCodes.forEach((regionCode, position) =>
      insert.run(owner.id, regionCode, ...(ordered ? [position] : [])),
    );
  }
}
