import { build } from '/work/main/node_modules/esbuild/lib/main.js';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, conditions: ['source'], metafile: true, outfile: 'out.js' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k.replace(/.*node_modules\//, '')]).sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows.slice(0, 25)) console.log(b, k);
