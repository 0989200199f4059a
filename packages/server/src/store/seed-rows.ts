import { statement, type Sql } from './sql.js';

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
export async function upsertRows(
  db: Sql,
  table: string,
  key: string,
  rows: readonly SeedRow[],
): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  if (columns.length === 0) return;
  const updates = columns
    .filter((column) => column !== key)
    .map((column) => `${column} = excluded.${column}`);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  // Several rows per statement: one round trip per chunk rather than per row (PostgreSQL).
  for (let start = 0; start < rows.length; start += UPSERT_CHUNK) {
    const chunk = rows.slice(start, start + UPSERT_CHUNK);
    await db.run(
      `INSERT INTO ${table} (${columns.join(', ')})
       VALUES ${chunk.map(() => tuple).join(', ')}
       ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}`,
      chunk.flatMap((row) => columns.map((column) => row[column] ?? null)),
    );
  }
}

const UPSERT_CHUNK = 200;

/**
 * Deletes the rows whose `column` is not one of `kept` (the ids the seed has).
 * `seededOnly`: only rows the seed wrote (`managed_by = 'seed'`), never the operator's.
 */
export async function deleteRowsNotIn(
  db: Sql,
  table: string,
  column: string,
  kept: readonly string[],
  options: { seededOnly?: boolean } = {},
): Promise<void> {
  const scope = options.seededOnly ? " AND managed_by = 'seed'" : '';
  await db.run(`DELETE FROM ${table} WHERE ${column} NOT IN (${db.dialect.jsonValues('?')})${scope}`, [
    JSON.stringify(kept),
  ]);
}

export interface RegionLinks {
  /** Link table, e.g. `advisor_regions`. */
  table: string;
  /** Its column naming the owner, e.g. `advisor_id`. */
  ownerColumn: string;
  /** Whether the table keeps the order of the codes in a `position` column. */
  ordered: boolean;
}

/** The regions an organization serves (unordered), as the seed and the operator write them. */
export const ORGANIZATION_REGIONS: RegionLinks = {
  table: 'organization_regions',
  ownerColumn: 'organization_id',
  ordered: false,
};

/** The regions an event concerns, in the order given. */
export const EVENT_REGIONS: RegionLinks = { table: 'event_regions', ownerColumn: 'event_id', ordered: true };

/** Replaces the regions linked to each owner with `regionCodes`. */
export async function replaceRegionLinks(
  db: Sql,
  links: RegionLinks,
  owners: readonly { id: string; regionCodes: readonly string[] }[],
): Promise<void> {
  const { table, ownerColumn, ordered } = links;
  const clear = statement<[string]>(db, `DELETE FROM ${table} WHERE ${ownerColumn} = ?`);
  const insert = statement<(string | number)[]>(
    db,
    ordered
      ? `INSERT INTO ${table} (${ownerColumn}, region_code, position) VALUES (?, ?, ?)`
      : `INSERT INTO ${table} (${ownerColumn}, region_code) VALUES (?, ?)`,
  );
  for (const owner of owners) {
    await clear.run(owner.id);
    for (const [position, regionCode] of owner.regionCodes.entries()) {
      await insert.run(owner.id, regionCode, ...(ordered ? [position] : []));
    }
  }
}
