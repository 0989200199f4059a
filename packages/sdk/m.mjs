import { build } from '/work/main/node_modules/esbuild/lib/main.js';
import { brotliCompressSync } from 'node:zlib';
for (const f of process.argv.slice(2)) {
  const r = await build({ entryPoints: [f], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, conditions: ['source'], absWorkingDir: process.cwd(), nodePaths: [process.cwd()+'/node_modules'] });
  const b = r.outputFiles[0].contents;
  console.log(f, b.length, brotliCompressSync(b).length);
}
