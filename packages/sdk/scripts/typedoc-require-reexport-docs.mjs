// TypeDoc's `notDocumented` validation only looks at declarations of this
// package (its `packagesRequiringDocumentation` default), so everything the SDK
// re-exports with `export * from '@emplois-en-regions/schemas'` went unchecked
// (issue 15). This plugin requires a comment on every top-level export of the
// SDK, wherever it is declared; with `treatWarningsAsErrors`, `pnpm test:docs`
// fails on one. Members of the zod-inferred types are not required: their
// documentation is the zod schema's, next to each field.
import { Application, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    if (!app.options.getValue('validation').notDocumented) return;
    for (const reflection of project.children ?? []) {
      const signatures = reflection.signatures ?? [];
      if (reflection.hasComment() || signatures.some((signature) => signature.hasComment())) continue;
      const kind = ReflectionKind.singularString(reflection.kind);
      const file =
        reflection.sources?.[0]?.fileName ?? project.getSymbolIdFromReflection(reflection)?.fileName;
      app.logger.warn(
        `${reflection.name} (${kind}), exported by the SDK${file ? ` from ${file}` : ''}, does not have any documentation`,
      );
    }
  });
}
