import { Option } from 'commander';
import { createKey, listKeys, normalizeOrigin, revokeKey } from '../../operations/keys.js';
import type { ApiKeyInfo } from '../../store/types.js';
import { AdminFailure, EXIT_USAGE } from '../failures.js';
import { formatInstant, printJson, printLines, printList, type Column } from '../output.js';
import { attempt, organizationOf, type CommandGroup } from './shared.js';

interface KeyCreateOptions {
  org: string;
  publishable?: boolean;
  secret?: boolean;
  origin?: string[];
}

/** A key as eer-admin lists it (`--json`): everything but the key, which only its creation shows. */
function keyListing(info: ApiKeyInfo) {
  return {
    id: info.id,
    prefix: info.prefix,
    kind: info.kind,
    organization: info.organizationId,
    origins: info.allowedOrigins,
    createdAt: info.createdAt,
    lastUsedAt: info.lastUsedAt,
    revokedAt: info.revokedAt,
    managedBy: info.managedBy,
  };
}

export const keyCommands: CommandGroup = (program, context) => {
  const m = context.messages.key;
  const group = program.command('key').description(m.description);

  group
    .command('create')
    .description(m.create)
    .requiredOption('--org <organization>', m.org)
    .addOption(new Option('--publishable', m.publishable).conflicts('secret'))
    .addOption(new Option('--secret', m.secret).conflicts('publishable'))
    .option('--origin <origin>', m.origin, (value: string, previous: string[] = []) => [...previous, value])
    .action(async (options: KeyCreateOptions) => {
      if (!options.publishable && !options.secret) {
        throw new AdminFailure(context.messages.keyKindRequired, [], EXIT_USAGE);
      }
      const kind = options.publishable ? 'publishable' : 'secret';
      const origins = options.origin ?? [];
      const organization = await organizationOf(context, options.org);
      // The operation refuses the same; checked first to name the origin the operator typed.
      const malformed = origins.find((origin) => normalizeOrigin(origin) === undefined);
      if (malformed !== undefined) throw new AdminFailure(context.messages.badOrigin(malformed));
      if (kind === 'publishable' && origins.length === 0)
        throw new AdminFailure(context.messages.originRequired);
      if (kind === 'secret' && origins.length > 0) throw new AdminFailure(context.messages.originsOnSecret);
      const { info, key } = await attempt(
        context,
        { source: 'key create', labels: { origins: '--origin' } },
        async () =>
          await createKey(context.store(), { organization: organization.id, kind, origins }, context.now()),
      );
      if (context.json) {
        printJson(context, {
          id: info.id,
          key,
          kind: info.kind,
          organization: info.organizationId,
          origins: info.allowedOrigins,
        });
        return;
      }
      const labels = m.labels;
      const colon = context.lang === 'fr' ? '\u00a0:' : ':';
      printLines(
        context,
        m.created(kind, `${organization.names[context.lang]} (${organization.id})`),
        `  ${labels.id}${colon} ${info.id}`,
        ...(info.allowedOrigins.length
          ? [`  ${labels.origins}${colon} ${info.allowedOrigins.join(', ')}`]
          : []),
        '',
        m.showOnce,
        `  ${key}`,
      );
    });

  group
    .command('list')
    .description(m.list)
    .option('--org <organization>', m.org)
    .action(async (options: { org?: string }) => {
      const organizationId =
        options.org === undefined ? undefined : (await organizationOf(context, options.org)).id;
      const keys = await listKeys(context.store(), organizationId);
      const columns: Column<ApiKeyInfo>[] = [
        { header: m.columns.id, value: (k) => k.id, max: 40 },
        { header: m.columns.prefix, value: (k) => k.prefix },
        { header: m.columns.kind, value: (k) => m.kinds[k.kind] ?? k.kind },
        { header: m.columns.organization, value: (k) => k.organizationId },
        { header: m.columns.origins, value: (k) => k.allowedOrigins.join(', '), max: 60 },
        { header: m.columns.created, value: (k) => formatInstant(k.createdAt, context.lang) },
        { header: m.columns.lastUsed, value: (k) => formatInstant(k.lastUsedAt, context.lang) },
        { header: m.columns.revoked, value: (k) => formatInstant(k.revokedAt, context.lang) },
      ];
      printList(context, keys, columns, m.none, keyListing);
    });

  group
    .command('revoke')
    .description(m.revoke)
    .argument('<id>', m.argId)
    .action(async (id: string) => {
      const before = await context.store().apiKey(id.trim());
      const info = await attempt(
        context,
        { source: 'key revoke', notFound: context.messages.unknownKey(id) },
        async () => await revokeKey(context.store(), id.trim(), context.now()),
      );
      if (context.json) printJson(context, keyListing(info));
      else if (before?.revokedAt)
        printLines(context, m.alreadyRevoked(info.id, formatInstant(before.revokedAt, context.lang) ?? ''));
      else printLines(context, m.revoked(info.id));
    });
};
