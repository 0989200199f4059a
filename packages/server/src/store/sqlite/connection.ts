import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if needed) the SQLite file with the settings every connection needs. */
export function openDatabase(path: string): Db {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) {
    // The file holds personal data: a new folder and file are readable by this user only
    // (SQLite gives its -wal and -shm files the database file's permissions).
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  }
  const db = new Database(path);
  // WAL lets the HTTP server read while a write is in progress; it does not apply to :memory:.
  if (!inMemory) db.pragma('journal_mode = WAL');
  // SQLite leaves foreign keys off by default, per connection.
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // With WAL, NORMAL keeps every commit atomic and durable against a process crash.
  db.pragma('synchronous = NORMAL');
  return db;
}
