// The npm build of a workspace package: rollup turns `src/**/*.ts` into ES
// modules in `dist/`, one file per source module (so consumers' bundlers
// tree-shake and the `sideEffects` globs stay meaningful); `tsc` then writes
// the `.d.ts` next to them (see each package's `build` script). The entry
// points are read from the package's own `exports` map (`source` condition),
// so a new public entry is declared once.
import { readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';

/** `{ 'index': '<dir>/src/index.ts', … }` from every `source` file of the `exports` map. */
export function sourceEntries(packageDir) {
  const { exports } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const entries = {};
  for (const target of Object.values(exports)) {
    const source = typeof target === 'object' ? target.source : undefined;
    if (!source?.endsWith('.ts')) continue;
    const name = relative('src', source.replace(/^\.\//, '')).replace(/\.ts$/, '');
    entries[name] = join(packageDir, source);
  }
  return entries;
}

/**
 * Rollup options for `packageDir`: every bare import (dependencies, `node:`
 * built-ins) stays external; TypeScript is stripped by esbuild with the
 * package's `tsconfig.build.json` (the widgets' legacy decorators come from it).
 */
export function libraryConfig(packageDir, { extraInputs = {} } = {}) {
  return {
    input: { ...sourceEntries(packageDir), ...extraInputs },
    external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0'),
    plugins: [
      // A file removed from src/ must not linger in dist/.
      {
        name: 'clean-dist',
        buildStart: () => rmSync(join(packageDir, 'dist'), { recursive: true, force: true }),
      },
      json({ preferConst: true }),
      esbuild({ tsconfig: join(packageDir, 'tsconfig.build.json'), target: 'es2022', sourceMap: true }),
    ],
    output: {
      dir: join(packageDir, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: join(packageDir, 'src'),
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    onwarn(warning) {
      // A warning is a build error: a circular import or a missing export must not ship quietly.
      if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.join() ?? '')) return;
      throw new Error(warning.message ? `${warning.code}: ${warning.message}` : String(warning));
    },
  };
}
