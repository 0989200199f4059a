#!/usr/bin/env node
/**
 * `eer-admin` (and `pnpm admin` at the repository root): the operator's tool, on
 * the database the server uses (DATABASE_PATH, EER_DEMO). `eer-admin --help`.
 */
import { runAdmin } from './run.js';

// `eer-admin … | head`: the reader has what it wanted and closed the pipe; stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runAdmin(process.argv.slice(2), {
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  env: process.env,
  cwd: process.cwd(),
});
