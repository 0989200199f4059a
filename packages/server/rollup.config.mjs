import { fileURLToPath } from 'node:url';
import { libraryConfig } from '../../scripts/rollup/library.mjs';

const packageDir = fileURLToPath(new URL('.', import.meta.url));
// `main` is the `eer-server` command (package.json `bin`), not an import entry.
export default libraryConfig(packageDir, { extraInputs: { main: `${packageDir}src/main.ts` } });
