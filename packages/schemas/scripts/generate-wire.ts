// Writes src/wire/schemas.generated.ts: compact JSON Schemas of the zod schemas
// the SDK validates in browsers, each compiled by src/wire/validator.ts.
// Run: pnpm --filter @emplois-en-regions/schemas run generate
// `--check` exits 1 when the committed file is not what the zod schemas give
// (pnpm test runs it, so the two can never drift apart).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wireSource } from '../src/wire/generate.js';

const target = fileURLToPath(new URL('../src/wire/schemas.generated.ts', import.meta.url));
const source = await wireSource();

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== source) {
    console.error(
      'src/wire/schemas.generated.ts is stale: run `pnpm --filter @emplois-en-regions/schemas run generate`.',
    );
    process.exit(1);
  }
  console.log('wire schemas are up to date');
} else {
  writeFileSync(target, source);
  console.log(`wrote ${target}`);
}
