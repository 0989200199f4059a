import { CommanderError } from 'commander';
import { LANGUAGES, type Language } from '@emplois-en-regions/schemas';
import { createContext, type AdminIo } from './context.js';
import { AdminFailure, EXIT_REFUSED } from './failures.js';
import { defaultLanguage } from './messages.js';
import { buildProgram, commanderExitCode } from './program.js';

/**
 * `--lang` is needed before commander parses (the help texts are built in that
 * language): read it from the arguments as commander will (`--lang en`, `--lang=en`).
 * A value that is not a language is left to commander to refuse.
 */
export function languageOf(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[index + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && (LANGUAGES as readonly string[]).includes(value)) return value as Language;
  }
  return defaultLanguage(env);
}

export interface RunOptions {
  io: AdminIo;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * `pnpm admin …` runs in the repository root; INIT_CWD is where the operator typed it,
 * so `--file event.json` means the file they see there. DATABASE_PATH stays relative
 * to the working directory, as the server reads it.
 */
function filesDirOf(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.INIT_CWD || cwd;
}

/**
 * Runs one eer-admin command line (without `node` and the script) and returns its
 * exit code: 0 done, 1 refused (expected failures print their message on stderr,
 * never a stack), 2 usage error.
 */
export async function runAdmin(argv: readonly string[], { io, env, cwd }: RunOptions): Promise<number> {
  const lang = languageOf(argv, env);
  const context = createContext({ lang, io, env, cwd, filesDir: filesDirOf(env, cwd) });
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);
    if (error instanceof AdminFailure) {
      io.stderr(`${[`${context.messages.errorPrefix} ${error.message}`, ...error.details].join('\n')}\n`);
      return error.exitCode;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`${context.messages.unexpected(reason)}\n`);
    if (env.EER_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_REFUSED;
  } finally {
    await context.close();
  }
}
