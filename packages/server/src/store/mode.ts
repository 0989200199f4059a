import type { Db } from './database.js';
import { ModeMismatchError, type StoreMode } from './types.js';

/**
 * Records the database's mode the first time it is opened and refuses, from
 * then on, to open it in the other mode: sample rows and public test keys must
 * never end up in a production database, nor production data in a demo.
 * A database from before modes existed that already holds organizations was a demo.
 */
export function claimMode(db: Db, wanted: StoreMode, path: string): void {
  const claim = db.transaction(() => {
    const row = db.prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'mode'").get();
    let actual = row?.value as StoreMode | undefined;
    if (!actual) {
      const hasData = db.prepare('SELECT 1 FROM organizations LIMIT 1').get() !== undefined;
      actual = hasData ? 'demo' : wanted;
      db.prepare("INSERT INTO settings (key, value) VALUES ('mode', ?)").run(actual);
    }
    if (actual !== wanted) throw new ModeMismatchError(wanted, actual, path);
  });
  claim.immediate();
}
