// custom-elements.json is generated from the widgets' JSDoc (@summary, @tag,
// @csspart, @cssproperty, @fires and property docs) by `pnpm build`.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.messages.ts', 'src/region-picker/map/regions.paths.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
