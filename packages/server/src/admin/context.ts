import type { Language } from '@emplois-en-regions/schemas';
import { ConfigError, readConfig } from '../config.js';
import { storeOptions } from '../store-options.js';
import { openStore } from '../store/index.js';
import { ModeMismatchError, type Store } from '../store/types.js';
import { AdminFailure } from './failures.js';
import { MESSAGES, type Messages } from './messages.js';

/** Where a run writes: the process's streams, or a test's buffers. */
export interface AdminIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What every command of one run shares: language, output mode, the store (opened on first use). */
export interface AdminContext {
  readonly lang: Language;
  readonly messages: Messages;
  readonly io: AdminIo;
  /** `--json`: set from the global option before the command's action runs. */
  json: boolean;
  /** Where the operator's relative file names (--file, --output) are read from. */
  readonly filesDir: string;
  now(): Date;
  /** The server's database, with the server's variables (DATABASE_PATH or DATABASE_URL, EER_DEMO) and rules. */
  store(): Store;
  /** Opens the store (before each command's action: program.ts); store() then returns it. */
  openStore(): Promise<Store>;
  /** CONTACT_RETENTION_DAYS, as the server reads it (`requests purge`). */
  retentionDays(): number;
  close(): Promise<void>;
}

export interface ContextOptions {
  lang: Language;
  io: AdminIo;
  env: NodeJS.ProcessEnv;
  /** DATABASE_PATH is relative to it, as for the server. */
  cwd: string;
  filesDir: string;
}

export function createContext({ lang, io, env, cwd, filesDir }: ContextOptions): AdminContext {
  const messages = MESSAGES[lang];
  let store: Store | undefined;
  const config = () => {
    try {
      return readConfig(env, cwd);
    } catch (error) {
      const reason =
        error instanceof ConfigError
          ? error.texts[lang]
          : error instanceof Error
            ? error.message
            : String(error);
      throw new AdminFailure(messages.configuration(reason));
    }
  };
  return {
    lang,
    messages,
    io,
    json: false,
    filesDir,
    now: () => new Date(),
    store() {
      if (!store) throw new Error('the store is opened before a command runs (program.ts)');
      return store;
    },
    async openStore() {
      if (store) return store;
      const { databasePath, database, mode } = config();
      try {
        // Opening migrates and seeds like a server start does; both are idempotent and run
        // under the database's write lock (SQLite) or advisory lock (PostgreSQL), so a running
        // server is not disturbed.
        store = await openStore(storeOptions(databasePath, database, mode));
      } catch (error) {
        if (error instanceof ModeMismatchError) {
          throw new AdminFailure(
            messages.databaseMode(error.path, error.actual, database ? 'DATABASE_URL' : 'DATABASE_PATH'),
          );
        }
        throw error;
      }
      return store;
    },
    retentionDays: () => config().retentionDays,
    async close() {
      const open = store;
      store = undefined;
      await open?.close();
    },
  };
}
