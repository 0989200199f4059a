// `pnpm admin …`: the operator's CLI (eer-admin) from the repository root. It runs the
// built bin; when the build is missing it says how to make it instead of a module error.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../packages/server/dist/admin/main.js', import.meta.url));
if (!existsSync(bin)) {
  const english = /^en/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  console.error(
    english
      ? 'eer-admin is not built yet: run `pnpm build` (or `pnpm start`) once, then `pnpm admin …` again.'
      : 'eer-admin n’est pas encore construit : lancez `pnpm build` (ou `pnpm start`) une fois, puis `pnpm admin …` de nouveau.',
  );
  process.exit(1);
}
await import(bin);
