import { fileURLToPath } from 'node:url';
import { libraryConfig } from '../../scripts/rollup/library.mjs';

const packageDir = fileURLToPath(new URL('.', import.meta.url));
// `main` and `admin/main` are the `eer-server` and `eer-admin` commands (package.json `bin`), not import entries.
export default libraryConfig(packageDir, {
  extraInputs: { main: `${packageDir}src/main.ts`, 'admin/main': `${packageDir}src/admin/main.ts` },
});
