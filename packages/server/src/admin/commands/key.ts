import { Option } from 'commander';
import type { FieldError } from '@emplois-en-regions/schemas';
import { createKey, listKeys, revokeKey } from '../../operations/keys.js';
import type { ApiKeyInfo } from '../../store/types.js';
import { AdminFailure, EXIT_USAGE } from '../failures.js';
import { formatInstant, printJson, printLines, printList, type Column } from '../output.js';
import { attempt, organizationIdOf, organizationOf, type CommandGroup } from './shared.js';

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
      // The operation's refusals of the origins, quoting the origin the operator typed.
      const reword = ({ field, code }: FieldError) => {
        const index = /^origins\[(\d+)\]$/.exec(field)?.[1];
        if (index !== undefined) return context.messages.badOrigin(origins[Number(index)] ?? '');
        if (field !== 'origins') return undefined;
        return code === 'required' ? context.messages.originRequired : context.messages.originsOnSecret;
      };
      const { info, key } = await attempt(
        context,
        { source: 'key create', reword },
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
      printLines(
        context,
        m.created(kind, `${organization.names[context.lang]} (${organization.id})`),
        context.messages.field(m.columns.id, info.id),
        ...(info.allowedOrigins.length
          ? [context.messages.field(m.columns.origins, info.allowedOrigins.join(', '))]
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
      const keys = await listKeys(context.store(), await organizationIdOf(context, options.org));
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
