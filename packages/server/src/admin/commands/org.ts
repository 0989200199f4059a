import { Option } from 'commander';
import { LANGUAGES } from '@emplois-en-regions/schemas';
import { createOrganization, updateOrganization } from '../../operations/organizations.js';
import type { OrganizationAccount } from '../../store/types.js';
import type { AdminContext } from '../context.js';
import { printJson, printLines, printList, type Column } from '../output.js';
import { attempt, organizationOf, regionList, type CommandGroup } from './shared.js';

interface OrganizationOptions {
  slug?: string;
  nameFr?: string;
  nameEn?: string;
  regions?: string;
  email?: string;
  role?: 'partner' | 'lead';
  website?: string;
  language?: 'fr' | 'en';
  descriptionFr?: string;
  descriptionEn?: string;
}

/** Operation fields as the operator typed them. */
const LABELS: Record<string, string> = {
  slug: '--slug',
  nameFr: '--name-fr',
  nameEn: '--name-en',
  regionCodes: '--regions',
  email: '--email',
  role: '--role',
  website: '--website',
  language: '--language',
  descriptionFr: '--description-fr',
  descriptionEn: '--description-en',
};

/** The operation's input from the given options only (`""` clears the e-mail or the website). */
function organizationInput(context: AdminContext, options: OrganizationOptions): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const cleared = (value: string) => (value.trim() === '' ? null : value.trim());
  if (options.slug !== undefined) input.slug = options.slug.trim();
  if (options.nameFr !== undefined) input.nameFr = options.nameFr;
  if (options.nameEn !== undefined) input.nameEn = options.nameEn;
  if (options.regions !== undefined) input.regionCodes = regionList(context, options.regions);
  if (options.email !== undefined) input.email = cleared(options.email);
  if (options.role !== undefined) input.role = options.role;
  if (options.website !== undefined) input.website = cleared(options.website);
  if (options.language !== undefined) input.language = options.language;
  if (options.descriptionFr !== undefined) input.descriptionFr = options.descriptionFr;
  if (options.descriptionEn !== undefined) input.descriptionEn = options.descriptionEn;
  return input;
}

function printOrganization(context: AdminContext, organization: OrganizationAccount, line: string): void {
  if (context.json) printJson(context, organization);
  else printLines(context, line);
}

export const orgCommands: CommandGroup = (program, context) => {
  const m = context.messages.org;
  const group = program.command('org').description(m.description);

  const fieldOptions = (command: ReturnType<typeof group.command>, required: boolean) => {
    const add = (flags: string, description: string, mandatory: boolean) =>
      mandatory ? command.requiredOption(flags, description) : command.option(flags, description);
    add('--name-fr <name>', m.nameFr, required);
    add('--name-en <name>', m.nameEn, required);
    add('--regions <codes>', m.regions, required);
    add('--email <address>', m.email, required);
    command
      .addOption(new Option('--role <role>', m.role).choices(['partner', 'lead']))
      .option('--website <url>', m.website)
      .addOption(new Option('--language <lang>', m.language).choices(LANGUAGES))
      .option('--description-fr <text>', m.descriptionFr)
      .option('--description-en <text>', m.descriptionEn);
    return command;
  };

  fieldOptions(
    group.command('create').description(m.create).requiredOption('--slug <slug>', m.slug),
    true,
  ).action(async (options: OrganizationOptions) => {
    const input = organizationInput(context, options);
    const created = await attempt(
      context,
      { source: 'org create', labels: LABELS },
      async () => await createOrganization(context.store(), input, context.now()),
    );
    printOrganization(
      context,
      created,
      `${m.created(created.names[context.lang], created.id)}\n${m.nextStep(created.slug)}`,
    );
  });

  group
    .command('list')
    .description(m.list)
    .action(async () => {
      const organizations = await context.store().organizationAccounts();
      const columns: Column<OrganizationAccount>[] = [
        { header: m.columns.id, value: (o) => o.id },
        { header: m.columns.name, value: (o) => o.names[context.lang], max: 40 },
        { header: m.columns.role, value: (o) => m.roles[o.role] ?? o.role },
        { header: m.columns.regions, value: (o) => o.regionCodes.join(','), max: 60 },
        { header: m.columns.email, value: (o) => o.email },
        { header: m.columns.managedBy, value: (o) => m.managedBy[o.managedBy] ?? o.managedBy },
      ];
      printList(context, organizations, columns, m.none, (o) => o);
    });

  fieldOptions(
    group.command('update').description(m.update).argument('<organization>', m.argOrg),
    false,
  ).action(async (value: string, options: OrganizationOptions) => {
    const organization = await organizationOf(context, value);
    const input = organizationInput(context, options);
    const updated = await attempt(
      context,
      { source: 'org update', labels: LABELS },
      async () => await updateOrganization(context.store(), organization.id, input, context.now()),
    );
    printOrganization(context, updated, m.updated(updated.names[context.lang], updated.id));
  });
};
