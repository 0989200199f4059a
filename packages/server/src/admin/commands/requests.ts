import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { CONTACT_REQUEST_STATUSES } from '@emplois-en-regions/schemas';
import type { ContactRequest, ContactRequestStatus } from '@emplois-en-regions/schemas';
import { updateContactRequest } from '../../operations/contact-requests.js';
import { findContactRequest } from '../../operations/request-lookup.js';
import { eraseContactRequest, exportContactRequest, purgeExpired } from '../../operations/retention.js';
import type { Store } from '../../store/types.js';
import type { AdminContext } from '../context.js';
import { toCsv, type CsvSeparator } from '../csv.js';
import { AdminFailure } from '../failures.js';
import { formatInstant, jsonDocument, printJson, printLines, printList, type Column } from '../output.js';
import { attempt, organizationIdOf, organizationOf, type CommandGroup } from './shared.js';

const PAGE = 100;

/** Every request of one organization (of one status), newest first. */
async function requestsOf(
  store: Store,
  organizationId: string,
  status?: ContactRequestStatus,
): Promise<ContactRequest[]> {
  const all: ContactRequest[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listContactRequests(organizationId, { limit: PAGE, cursor, status });
    all.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** `2026-10-03 14:30` in Québec's time (the English form): a date and time Excel recognizes in any language. */
const spreadsheetTime = (iso: string | null | undefined) => formatInstant(iso, 'en');

async function csvExport(
  context: AdminContext,
  requests: readonly ContactRequest[],
  separator: CsvSeparator,
): Promise<string> {
  const m = context.messages.requests;
  const store = context.store();
  const regions = new Map((await store.regions()).map((region) => [region.code, region.name[context.lang]]));
  const municipalities = new Map<string, string>();
  for (const request of requests) {
    const code = request.municipalityCode;
    if (code && !municipalities.has(code))
      municipalities.set(code, (await store.municipality(code))?.name ?? '');
  }
  const regionName = (code: string) => regions.get(code) ?? code;
  const columns: [string, (r: ContactRequest) => string | null | undefined][] = [
    [m.columns.reference, (r) => r.reference],
    [m.columns.createdAt, (r) => spreadsheetTime(r.createdAt)],
    [m.columns.status, (r) => m.statuses[r.status] ?? r.status],
    [m.columns.regionCodes, (r) => r.regionCodes.join(', ')],
    [m.columns.regions, (r) => r.regionCodes.map(regionName).join(', ')],
    [m.columns.municipalityCode, (r) => r.municipalityCode],
    [m.columns.municipality, (r) => (r.municipalityCode ? municipalities.get(r.municipalityCode) : '')],
    [m.columns.name, (r) => r.name],
    [m.columns.email, (r) => r.email],
    [m.columns.phone, (r) => r.phone],
    [m.columns.preferredLanguage, (r) => r.preferredLanguage],
    [m.columns.message, (r) => r.message],
    [m.columns.respondBy, (r) => r.respondBy],
    [m.columns.consentAt, (r) => spreadsheetTime(r.consentAt)],
    [m.columns.privacyPolicyUrl, (r) => r.privacyPolicyUrl],
    [m.columns.origin, (r) => r.origin],
    [m.columns.organization, (r) => r.organization.name],
    [m.columns.updatedAt, (r) => spreadsheetTime(r.updatedAt)],
    [m.columns.erasedAt, (r) => spreadsheetTime(r.erasedAt)],
    [m.columns.id, (r) => r.id],
  ];
  return toCsv(
    columns.map(([header]) => header),
    requests.map((request) => columns.map(([, value]) => value(request))),
    separator,
  );
}

interface ExportOptions {
  org?: string;
  reference?: string;
  format?: 'csv' | 'json';
  output?: string;
  separator: CsvSeparator;
}

/** The export on stdout, or in a file only its owner can read (personal data). */
function writeExport(
  context: AdminContext,
  content: string,
  output: string | undefined,
  format: 'csv' | 'json',
  count: number,
): void {
  if (output === undefined) {
    context.io.stdout(content);
    return;
  }
  const path = resolve(context.filesDir, output);
  try {
    writeFileSync(path, content, { encoding: 'utf8', mode: 0o600 });
  } catch (error) {
    throw new AdminFailure(
      context.messages.writeFailed(output, error instanceof Error ? error.message : String(error)),
    );
  }
  if (context.json) printJson(context, { output: path, format, count });
  else printLines(context, context.messages.requests.exported(count, output));
}

/** Right of access: one person's request (and who was notified of it), JSON by default. */
async function exportOne(context: AdminContext, reference: string, options: ExportOptions): Promise<void> {
  const exported = await attempt(
    context,
    { source: 'requests export', notFound: context.messages.unknownRequest(reference) },
    async () => await exportContactRequest(context.store(), reference),
  );
  const content =
    options.format === 'csv'
      ? await csvExport(context, [exported.request], options.separator)
      : jsonDocument({ exportedAt: context.now().toISOString(), ...exported });
  writeExport(context, content, options.output, options.format ?? 'json', 1);
}

const statusOption = (description: string) =>
  new Option('--status <status>', description).choices(CONTACT_REQUEST_STATUSES);

export const requestsCommands: CommandGroup = (program, context) => {
  const m = context.messages.requests;
  const group = program.command('requests').description(m.description);

  group
    .command('list')
    .description(m.list)
    .requiredOption('--org <organization>', m.org)
    .addOption(statusOption(m.statusFilter))
    .action(async (options: { org: string; status?: ContactRequestStatus }) => {
      const organization = await organizationOf(context, options.org);
      const requests = await requestsOf(context.store(), organization.id, options.status);
      const columns: Column<ContactRequest>[] = [
        { header: m.columns.reference, value: (r) => r.reference },
        { header: m.columns.createdAt, value: (r) => formatInstant(r.createdAt, context.lang) },
        { header: m.columns.status, value: (r) => m.statuses[r.status] ?? r.status },
        { header: m.columns.regions, value: (r) => r.regionCodes.join(',') },
        { header: m.columns.name, value: (r) => r.name, max: 30 },
        { header: m.columns.email, value: (r) => r.email, max: 40 },
        { header: m.columns.respondBy, value: (r) => r.respondBy },
      ];
      printList(context, requests, columns, m.none, (r) => r);
    });

  group
    .command('export')
    .description(m.export)
    // --org or --reference (checked in the action, with commander's own missing-option error).
    .addOption(new Option('--org <organization>', m.org).conflicts('reference'))
    .addOption(new Option('--reference <reference>', m.reference).conflicts('org'))
    .addOption(new Option('--format <format>', m.exportFormat).choices(['csv', 'json']))
    .option('--output <file>', m.output)
    .addOption(
      new Option('--separator <separator>', m.separator)
        .choices([';', ','])
        .default(context.lang === 'fr' ? ';' : ','),
    )
    .action(async (options: ExportOptions, command: Command) => {
      const required = (flags: string) =>
        command.error(`error: required option '${flags}' not specified`, {
          code: 'commander.missingMandatoryOptionValue',
        });
      if (options.reference !== undefined) return await exportOne(context, options.reference, options);
      if (options.org === undefined) return required('--org <organization>');
      if (options.format === undefined) return required('--format <format>');
      const organization = await organizationOf(context, options.org);
      const requests = await requestsOf(context.store(), organization.id);
      const content =
        options.format === 'csv'
          ? await csvExport(context, requests, options.separator)
          : jsonDocument({
              organization: { id: organization.id, name: organization.names[context.lang] },
              exportedAt: context.now().toISOString(),
              count: requests.length,
              data: requests,
            });
      writeExport(context, content, options.output, options.format, requests.length);
    });

  group
    .command('status')
    .description(m.status)
    .argument('<reference>', m.argRef)
    .addOption(statusOption(m.statusValue).makeOptionMandatory())
    .option('--org <organization>', m.orgOptional)
    .action(async (reference: string, options: { status: ContactRequestStatus; org?: string }) => {
      const organizationId = await organizationIdOf(context, options.org);
      const wording = { source: 'requests status', notFound: context.messages.unknownRequest(reference) };
      const request = await attempt(context, wording, async () => {
        const found = await findContactRequest(context.store(), reference, organizationId);
        return await updateContactRequest(
          context.store(),
          organizationId,
          found.id,
          { status: options.status },
          context.now(),
        );
      });
      if (context.json) printJson(context, request);
      else
        printLines(context, m.statusChanged(request.reference, m.statuses[request.status] ?? request.status));
    });

  group
    .command('erase')
    .description(m.erase)
    .argument('<reference>', m.argRef)
    .action(async (reference: string) => {
      const wording = { source: 'requests erase', notFound: context.messages.unknownRequest(reference) };
      const before = await attempt(
        context,
        wording,
        async () => await findContactRequest(context.store(), reference),
      );
      const request = await attempt(
        context,
        wording,
        async () => await eraseContactRequest(context.store(), before.id, context.now()),
      );
      if (context.json) printJson(context, request);
      else if (before.erasedAt)
        printLines(
          context,
          m.alreadyErased(request.reference, formatInstant(before.erasedAt, context.lang) ?? ''),
        );
      else printLines(context, m.erased(request.reference));
    });

  group
    .command('purge')
    .description(m.purge)
    .option('--days <days>', m.purgeDays)
    .action(async (options: { days?: string }) => {
      const days = options.days === undefined ? context.retentionDays() : Number(options.days);
      const { erased, cutoff } = await attempt(
        context,
        { source: 'requests purge', labels: { retentionDays: '--days' } },
        async () => await purgeExpired(context.store(), days, context.now()),
      );
      if (context.json) printJson(context, { erased, days, cutoff: cutoff.toISOString() });
      else printLines(context, m.purged(erased, days));
    });
};
