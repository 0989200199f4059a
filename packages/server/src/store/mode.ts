import type { Sql } from './sql.js';
import { ModeMismatchError, type StoreMode } from './types.js';

/**
 * Records the database's mode the first time it is opened and refuses, from
 * then on, to open it in the other mode: sample rows and public test keys must
 * never end up in a production database, nor production data in a demo.
 * A database from before modes existed that already holds organizations was a demo.
 */
export async function claimMode(db: Sql, wanted: StoreMode, where: string): Promise<void> {
  await db.transaction(async () => {
    const row = await db.get<{ value: string }>("SELECT value FROM settings WHERE key = 'mode'");
    let actual = row?.value as StoreMode | undefined;
    if (!actual) {
      const hasData = (await db.get('SELECT 1 FROM organizations LIMIT 1')) !== undefined;
      actual = hasData ? 'demo' : wanted;
      await db.run("INSERT INTO settings (key, value) VALUES ('mode', ?)", [actual]);
    }
    if (actual !== wanted) throw new ModeMismatchError(wanted, actual, where);
  });
}
