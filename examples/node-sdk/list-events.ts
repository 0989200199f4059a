/**
 * Lists the upcoming events of a region with the Emplois en régions SDK and writes them as JSON.
 *
 *   node --import tsx list-events.ts --region 04 [--out events.json] [--base-url http://localhost:8787] [--lang en]
 *
 * Environment: EER_API_BASE (API address, default http://localhost:8787), EER_API_KEY (optional key).
 * Exit codes: 0 done, 1 other error, 2 bad arguments, 3 unknown region, 4 network or timeout, 130 interrupted.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createClient,
  isAbortedError,
  isEerError,
  isInvalidRequestError,
  isNetworkError,
  isNotFoundError,
  isTimeoutError,
  type Event,
} from '@emplois-en-regions/sdk';

export const EXIT = { ok: 0, error: 1, usage: 2, unknownRegion: 3, network: 4, interrupted: 130 } as const;

/** One event as written to the JSON output. */
export interface EventSummary {
  id: string;
  title: string;
  start: string;
  end: string;
  format: Event['format'];
  status: Event['status'];
  city: string | null;
  registrationUrl: string | null;
  icsUrl: string;
}

export interface RunOptions {
  stdout?: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
  /** Aborts the run (Ctrl+C in the command line). */
  signal?: AbortSignal;
  /** Where EER_API_BASE and EER_API_KEY are read; default `process.env`. */
  env?: Record<string, string | undefined>;
}

type Lang = 'fr' | 'en';

const USAGE =
  'node --import tsx list-events.ts --region <01-17> [--out events.json] [--base-url URL] [--lang fr|en]';

const MESSAGES = {
  fr: {
    usage: (detail: string) => `Argument invalide : ${detail}\nUsage : ${USAGE}`,
    missingRegion: 'l’option --region est obligatoire',
    badLang: (lang: string) => `langue « ${lang} » inconnue (fr ou en)`,
    unknownRegion: (code: string) => `Région inconnue : « ${code} ». Les codes vont de 01 à 17.`,
    network: (base: string) =>
      `Impossible de joindre l’API à ${base} (réseau ou délai dépassé). Réessayez plus tard.`,
    interrupted: 'Interrompu.',
    failed: (detail: string) => `Erreur : ${detail}`,
    summary: (count: number, region: string) =>
      `${region} : ${count === 0 ? 'aucun' : count} événement${count > 1 ? 's' : ''} à venir`,
    cancelled: ' (annulé)',
    online: 'en ligne',
    written: (file: string) => `Écrit dans ${file}.`,
  },
  en: {
    usage: (detail: string) => `Invalid argument: ${detail}\nUsage: ${USAGE}`,
    missingRegion: 'the --region option is required',
    badLang: (lang: string) => `unknown language "${lang}" (fr or en)`,
    unknownRegion: (code: string) => `Unknown region: "${code}". Codes go from 01 to 17.`,
    network: (base: string) => `Cannot reach the API at ${base} (network or timeout). Try again later.`,
    interrupted: 'Interrupted.',
    failed: (detail: string) => `Error: ${detail}`,
    summary: (count: number, region: string) =>
      `${region}: ${count === 0 ? 'no' : count} upcoming event${count === 1 ? '' : 's'}`,
    cancelled: ' (cancelled)',
    online: 'online',
    written: (file: string) => `Written to ${file}.`,
  },
} as const;

/** Runs the command with its arguments (without `node` and the script) and returns the exit code. */
export async function runListEvents(argv: string[], options: RunOptions = {}): Promise<number> {
  const { stdout = process.stdout, stderr = process.stderr, signal, env = process.env } = options;

  // 1. Arguments.
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        region: { type: 'string' },
        out: { type: 'string' },
        'base-url': { type: 'string' },
        lang: { type: 'string', default: 'fr' },
      },
    }).values;
  } catch (error) {
    stderr.write(MESSAGES[guessLang(argv)].usage((error as Error).message) + '\n');
    return EXIT.usage;
  }
  const lang = args.lang === 'en' ? 'en' : 'fr';
  const t = MESSAGES[lang];
  if (args.lang !== 'fr' && args.lang !== 'en') {
    stderr.write(t.usage(t.badLang(args.lang)) + '\n');
    return EXIT.usage;
  }
  if (!args.region) {
    stderr.write(t.usage(t.missingRegion) + '\n');
    return EXIT.usage;
  }
  const baseUrl = args['base-url'] ?? env['EER_API_BASE'] ?? 'http://localhost:8787';
  let client;
  try {
    client = createClient({ baseUrl, key: env['EER_API_KEY'] || undefined, lang });
  } catch (error) {
    stderr.write(t.usage((error as Error).message) + '\n'); // e.g. an invalid --base-url
    return EXIT.usage;
  }

  // 2. The region (the SDK checks the code's format before asking the API), then every page of events.
  const log = args.out ? stdout : stderr; // keep stdout clean when the JSON goes there
  try {
    const region = await client.regions.get(args.region, { signal });
    const events: EventSummary[] = [];
    for await (const event of client.events.list({ region: region.code, limit: 100 }, { signal })) {
      events.push(simplify(event, lang));
    }

    // 3. Output: nothing is written unless everything was fetched.
    const json = JSON.stringify(events, null, 2) + '\n';
    if (args.out) await writeFile(args.out, json, { signal });
    else stdout.write(json);

    const regionName = `${region.name[lang]} (${region.code})`;
    log.write(t.summary(events.length, regionName) + '\n');
    const date = new Intl.DateTimeFormat(`${lang}-CA`, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'America/Toronto',
    });
    for (const event of events) {
      const where = event.city ?? t.online;
      log.write(`- ${date.format(new Date(event.start))} · ${event.title} · ${where}`);
      log.write((event.status === 'cancelled' ? t.cancelled : '') + '\n');
    }
    if (args.out) log.write(t.written(args.out) + '\n');
    return EXIT.ok;
  } catch (error) {
    // 4. Errors: the SDK's guards say what happened.
    if (isAbortedError(error) || signal?.aborted) {
      stderr.write(t.interrupted + '\n');
      return EXIT.interrupted;
    }
    if (isNotFoundError(error) || (isInvalidRequestError(error) && error.kind === 'validation')) {
      stderr.write(t.unknownRegion(args.region) + '\n');
      return EXIT.unknownRegion;
    }
    if (isNetworkError(error) || isTimeoutError(error)) {
      stderr.write(t.network(baseUrl) + '\n');
      return EXIT.network;
    }
    const detail = isEerError(error)
      ? `${error.message}${error.requestId ? ` (X-Request-Id: ${error.requestId})` : ''}`
      : String((error as Error)?.message ?? error);
    stderr.write(t.failed(detail) + '\n');
    return EXIT.error;
  }
}

/** The fields a partner usually needs, with the title in one language. */
export function simplify(event: Event, lang: Lang): EventSummary {
  return {
    id: event.id,
    title: event.title[lang],
    start: event.start,
    end: event.end,
    format: event.format,
    status: event.status,
    city: event.location?.municipalityName ?? null,
    registrationUrl: event.registrationUrl,
    icsUrl: event.icsUrl,
  };
}

/** The language for an argument error, before the arguments could be parsed. */
function guessLang(argv: string[]): Lang {
  const index = argv.indexOf('--lang');
  return argv.includes('--lang=en') || (index >= 0 && argv[index + 1] === 'en') ? 'en' : 'fr';
}

// Run only when started as a script (not when imported by the tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort()); // Ctrl+C: stop the requests in flight
  process.exitCode = await runListEvents(process.argv.slice(2), { signal: controller.signal });
}
