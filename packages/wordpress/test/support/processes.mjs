// Child processes of the end-to-end test (MariaDB, PHP's web server), stopped
// by `stopAll()` and, should the test process end abruptly, on its exit.
import { spawn } from 'node:child_process';

const running = new Set();

/** Signals a process and, when it leads its own group (PHP's server forks workers), the whole group. */
function signal(child, name) {
  try {
    if (child.eerGroup) process.kill(-child.pid, name);
    else child.kill(name);
  } catch {
    // Already gone.
  }
}

process.on('exit', () => {
  for (const child of running) signal(child, 'SIGKILL');
});

/**
 * Starts a long-running process; its output goes to `log` (a writable stream)
 * or is dropped. `group`: in a process group of its own, stopped as a whole.
 */
export function startProcess(command, args, { env, cwd, log, group = false } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', log ? 'pipe' : 'ignore', log ? 'pipe' : 'ignore'],
    detached: group,
  });
  child.eerGroup = group;
  if (log) {
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
  }
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** True while any process of `child`'s group lives. */
function groupAlive(child) {
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops one process (and its group): SIGTERM, then SIGKILL after `graceMs`; resolves once all are gone. */
export function stopProcess(child, graceMs = 5000) {
  if (!child) return Promise.resolve();
  const exited = child.exitCode !== null || child.signalCode !== null;
  return new Promise((resolve) => {
    const timer = setTimeout(() => signal(child, 'SIGKILL'), graceMs);
    const done = async () => {
      clearTimeout(timer);
      if (child.eerGroup) {
        // The leader does not take its workers along: end them, and wait until they are gone.
        signal(child, 'SIGKILL');
        await waitFor(
          () => !groupAlive(child),
          () => `process group ${child.pid} did not end`,
          5000,
        ).catch(() => {});
      }
      resolve();
    };
    if (exited) return void done();
    child.once('exit', done);
    signal(child, 'SIGTERM');
  });
}

/** Stops every process this module started (long-running ones and commands still running). */
export function stopAll() {
  return Promise.all([...running].map((child) => stopProcess(child)));
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command, args, { env, cwd, input, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      // No stdin unless there is input: a command that exits at once cannot fail us with EPIPE.
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) resolve({ stdout, stderr });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${stdout}\n${stderr}`.trim(),
          ),
        );
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

/** Polls `check` until it returns a truthy value, or throws `message` after `timeoutMs`. */
export async function waitFor(check, message, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(message());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
