import { fileURLToPath } from 'node:url';
import { libraryConfig } from '../../scripts/rollup/library.mjs';

export default libraryConfig(fileURLToPath(new URL('.', import.meta.url)));
