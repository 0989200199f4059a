/**
 * The version of the widgets this docs build was made with, set by the bundler
 * (docs/scripts/site/snippet-builder.mjs reads packages/widgets/cdn/version.json,
 * the file the server reads to serve `/cdn/v<version>/`). Undefined when the
 * bundle was built without it: the snippet then loads the latest build.
 */
declare const __EER_WIDGETS_VERSION__: string | undefined;

export const WIDGETS_VERSION: string | undefined =
  typeof __EER_WIDGETS_VERSION__ === 'string' ? __EER_WIDGETS_VERSION__ : undefined;
