// `pnpm test`: every check and test runner of the monorepo, in order, then one
// line "N passed, N failed" summing them all. Exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome, MISSING_CHROME_MESSAGE } from './find-chrome.mjs';

const root = new URL('..', import.meta.url).pathname;

/** A runner's own counts, read from its summary lines. */
const parsers = {
  // node:test spec reporter: "ℹ pass 12" / "ℹ fail 0"
  node(output) {
    const pass = [...output.matchAll(/^\S* ?pass (\d+)$/gm)].map((m) => Number(m[1]));
    const fail = [...output.matchAll(/^\S* ?fail (\d+)$/gm)].map((m) => Number(m[1]));
    if (!pass.length) return null;
    return { passed: pass.at(-1), failed: fail.at(-1) ?? 0 };
  },
  // web-test-runner: "… | 25 passed, 0 failed"
  wtr(output) {
    const all = [...output.matchAll(/(\d+) passed, (\d+) failed/g)];
    const last = all.at(-1);
    return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
  },
};

function run(step) {
  return new Promise((resolve) => {
    console.log(`\n━━ ${step.name} ━━`);
    const child = spawn(step.command, step.args, {
      cwd: step.cwd ?? root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const tee = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Package scripts `pnpm test` runs, in this order, and how to read their counts. */
const PACKAGE_SCRIPTS = [
  { script: 'test:node', label: 'Node tests', parse: 'node' },
  { script: 'test:browser', label: 'Chromium tests', parse: 'wtr', browser: true },
  { script: 'test:size', label: 'size budget' },
  { script: 'test:manifest', label: 'custom-elements.json carries the public contract' },
  { script: 'test:docs', label: 'API reference builds, every symbol documented' },
  { script: 'test:publint', label: 'publint: what npm would get is well formed' },
];

function packageSteps() {
  const steps = [];
  // Every package, then the examples, the docs site and the consumer test (end-to-end: they need everything built).
  const subfolders = (dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules')
      .map((entry) => join(root, dir, entry.name))
      .sort();
  const dirs = [
    ...subfolders('packages'),
    join(root, 'examples'),
    ...subfolders('examples'),
    join(root, 'docs'),
    // Last: packs and installs the packages as a partner would (issue 15).
    join(root, 'consumer-test'),
  ];
  for (const cwd of dirs) {
    const manifest = join(cwd, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    for (const { script, label, parse, browser } of PACKAGE_SCRIPTS) {
      if (!pkg.scripts?.[script]) continue;
      steps.push({
        name: `${pkg.name} · ${label}`,
        command: 'pnpm',
        args: ['run', script],
        cwd,
        parse,
        browser,
      });
    }
  }
  return steps;
}

const steps = [
  { name: 'lint (ESLint + Prettier)', command: 'pnpm', args: ['run', 'lint'] },
  { name: 'typecheck (tsc --noEmit)', command: 'pnpm', args: ['run', 'typecheck'] },
  { name: 'build', command: 'pnpm', args: ['run', 'build'] },
  ...packageSteps(),
];

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  if (step.browser && !findChrome()) {
    console.error(`\n━━ ${step.name} ━━\n${MISSING_CHROME_MESSAGE}`);
    failed += 1;
    summary.push(`✗ ${step.name}: no browser`);
    continue;
  }
  const started = Date.now();
  const { code, output } = await run(step);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = step.parse ? parsers[step.parse](output) : null;
  if (counts) {
    // A runner that crashed after its summary still fails the step.
    const extra = code !== 0 && counts.failed === 0 ? 1 : 0;
    passed += counts.passed;
    failed += counts.failed + extra;
    summary.push(
      `${code === 0 ? '✓' : '✗'} ${step.name}: ${counts.passed} passed, ${counts.failed + extra} failed (${seconds} s)`,
    );
  } else {
    if (code === 0) passed += 1;
    else failed += 1;
    summary.push(`${code === 0 ? '✓' : '✗'} ${step.name} (${seconds} s)`);
  }
}

console.log(`\n━━ summary ━━\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
