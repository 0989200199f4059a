import { Option } from 'commander';
import {
  ALL_FIELD_MESSAGES,
  EVENT_FORMATS,
  EVENT_TYPES,
  LANGUAGES,
  fieldMessage,
} from '@emplois-en-regions/schemas';
import type { EventFormat, EventType, Language } from '@emplois-en-regions/schemas';
import { cancelEvent, createEvent } from '../../operations/events.js';
import {
  IcsParseError,
  importIcs,
  type ImportedItem,
  type SkipReason,
} from '../../operations/event-import.js';
import type { StoredEvent } from '../../store/types.js';
import type { AdminContext } from '../context.js';
import { AdminFailure } from '../failures.js';
import type { Messages } from '../messages.js';
import { formatInstant, printJson, printLines, printList, renderTable, type Column } from '../output.js';
import {
  attempt,
  commaList,
  organizationIdOf,
  organizationOf,
  readTextFile,
  regionList,
  type CommandGroup,
} from './shared.js';

/** An event as eer-admin prints it with --json: the API's record plus what backs ETag and import. */
function eventListing(stored: StoredEvent) {
  return {
    ...stored.event,
    version: stored.version,
    sourceUid: stored.sourceUid,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

function readJsonFile(context: AdminContext, path: string): unknown {
  const text = readTextFile(context, path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AdminFailure(
      context.messages.invalidJson(path, error instanceof Error ? error.message : String(error)),
    );
  }
}

function skipText(reason: SkipReason, { skip }: Messages, lang: Language): string {
  switch (reason.code) {
    case 'no_municipality':
      return skip.no_municipality(reason.location);
    case 'ambiguous_municipality':
      return skip.ambiguous_municipality(reason.name);
    case 'invalid':
      return skip.invalid(
        reason
          .errors(lang)
          .map((error) => `${error.field} ${error.message}`)
          .join(lang === 'fr' ? '\u00a0; ' : '; '),
      );
    default:
      return skip[reason.code];
  }
}

interface ImportOptions {
  org: string;
  file: string;
  region?: string;
  type?: EventType;
  format?: EventFormat;
  municipality?: string;
  languages?: string;
}

export const eventCommands: CommandGroup = (program, context) => {
  const m = context.messages.event;
  const group = program.command('event').description(m.description);

  group
    .command('create')
    .description(m.create)
    .requiredOption('--org <organization>', m.org)
    .requiredOption('--file <path>', m.fileJson)
    .action(async (options: { org: string; file: string }) => {
      const organization = await organizationOf(context, options.org);
      const input = readJsonFile(context, options.file);
      const stored = await attempt(
        context,
        { source: options.file },
        async () => await createEvent(context.store(), organization.id, input, context.now()),
      );
      if (context.json) printJson(context, eventListing(stored));
      else printLines(context, m.created(stored.event.id, stored.event.title[context.lang] ?? ''));
    });

  group
    .command('import')
    .description(m.import)
    .requiredOption('--org <organization>', m.org)
    .requiredOption('--file <path>', m.fileIcs)
    .option('--region <codes>', m.region)
    .addOption(new Option('--type <type>', m.type).choices(EVENT_TYPES))
    .addOption(new Option('--format <format>', m.format).choices(EVENT_FORMATS))
    .option('--municipality <code>', m.municipality)
    .option('--languages <langs>', m.languageOpt)
    .action(async (options: ImportOptions) => {
      const organization = await organizationOf(context, options.org);
      const regionCodes = options.region === undefined ? undefined : regionList(context, options.region);
      const languages = options.languages === undefined ? undefined : commaList(options.languages);
      const wrongLanguage = languages?.find((lang) => !(LANGUAGES as readonly string[]).includes(lang));
      if (wrongLanguage !== undefined) {
        throw new AdminFailure(context.messages.invalidInput('--languages'), [
          context.messages.field(
            wrongLanguage,
            `${fieldMessage('invalid_value', context.lang)} (${LANGUAGES.join(', ')})`,
          ),
        ]);
      }
      const municipality = options.municipality?.trim();
      if (municipality !== undefined && !(await context.store().municipality(municipality))) {
        throw new AdminFailure(context.messages.invalidInput('--municipality'), [
          context.messages.field(
            municipality,
            fieldMessage('unknown_code', context.lang, undefined, ALL_FIELD_MESSAGES),
          ),
        ]);
      }
      const feed = readTextFile(context, options.file);
      let report;
      try {
        report = await importIcs(
          context.store(),
          feed,
          {
            organizationId: organization.id,
            regionCodes,
            type: options.type,
            format: options.format,
            municipalityCode: municipality,
            languages: languages as Language[] | undefined,
          },
          context.now(),
        );
      } catch (error) {
        if (error instanceof IcsParseError)
          throw new AdminFailure(context.messages.invalidIcs(options.file, error.message));
        throw error;
      }
      const reason = (item: ImportedItem) =>
        item.reason ? skipText(item.reason, context.messages, context.lang) : null;
      if (context.json) {
        printJson(context, {
          organization: organization.id,
          counts: report.counts,
          items: report.items.map((item) => ({
            uid: item.uid,
            title: item.title,
            outcome: item.outcome,
            eventId: item.eventId ?? null,
            ...(item.reason ? { reason: item.reason.code, message: reason(item) } : {}),
          })),
        });
        return;
      }
      const columns: Column<ImportedItem>[] = [
        { header: m.columns.uid, value: (item) => item.uid, max: 40 },
        { header: m.columns.title, value: (item) => item.title, max: 40 },
        { header: m.columns.status, value: (item) => m.outcomes[item.outcome] ?? item.outcome },
        { header: m.columns.id, value: (item) => item.eventId ?? reason(item), max: 100 },
      ];
      if (report.items.length) context.io.stdout(renderTable(report.items, columns));
      printLines(context, m.importSummary(report.counts));
    });

  group
    .command('cancel')
    .description(m.cancel)
    .argument('<id>', m.argId)
    .option('--org <organization>', m.org)
    .action(async (id: string, options: { org?: string }) => {
      const organizationId = await organizationIdOf(context, options.org);
      const before = await context.store().storedEvent(id.trim());
      const stored = await attempt(
        context,
        { source: 'event cancel', notFound: context.messages.unknownEvent(id) },
        async () => await cancelEvent(context.store(), organizationId, id.trim(), context.now()),
      );
      if (context.json) printJson(context, eventListing(stored));
      else if (before?.event.status === 'cancelled') printLines(context, m.alreadyCancelled(stored.event.id));
      else printLines(context, m.cancelled(stored.event.id));
    });

  group
    .command('list')
    .description(m.list)
    .option('--org <organization>', m.org)
    .action(async (options: { org?: string }) => {
      const events = await context.store().eventsOf({
        organizationId: await organizationIdOf(context, options.org),
      });
      const columns: Column<StoredEvent>[] = [
        { header: m.columns.id, value: (e) => e.event.id, max: 40 },
        { header: m.columns.start, value: (e) => formatInstant(e.event.start, context.lang) },
        { header: m.columns.type, value: (e) => e.event.type },
        { header: m.columns.format, value: (e) => e.event.format },
        { header: m.columns.status, value: (e) => m.statuses[e.event.status] ?? e.event.status },
        { header: m.columns.regions, value: (e) => e.event.regionCodes.join(',') },
        { header: m.columns.organization, value: (e) => e.event.organizationId },
        { header: m.columns.title, value: (e) => e.event.title[context.lang], max: 50 },
      ];
      printList(context, events, columns, m.none, eventListing);
    });
};
