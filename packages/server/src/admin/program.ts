/**
 * The `eer-admin` program: commander, with its help headings and usage errors in
 * the run's language, usage errors exiting with code 2, and the command groups of
 * commands/index.ts.
 */
import { Command, Help, Option, type Argument, type CommanderError } from 'commander';
import { LANGUAGES } from '@emplois-en-regions/schemas';
import { commandGroups } from './commands/index.js';
import type { AdminContext } from './context.js';
import { EXIT_USAGE } from './failures.js';
import type { Messages } from './messages.js';

class LocalizedHelp extends Help {
  constructor(private readonly messages: Messages) {
    super();
  }

  override styleTitle(title: string): string {
    return this.messages.headings[title] ?? title;
  }

  /** `eer-admin [options] [command]`: the placeholder in the run's language, as in `help [commande]`. */
  override commandUsage(command: Command): string {
    const usage = super.commandUsage(command).replace(/\[command\]$/, this.messages.commandPlaceholder);
    return localizePlaceholders(usage, this.messages);
  }

  override optionTerm(option: Option): string {
    return localizePlaceholders(super.optionTerm(option), this.messages);
  }

  override argumentTerm(argument: Argument): string {
    const term = super.argumentTerm(argument);
    return this.messages.placeholders[term] ?? localizePlaceholders(term, this.messages);
  }

  override optionDescription(option: Option): string {
    return this.localizeExtras(super.optionDescription(option));
  }

  private localizeExtras(text: string): string {
    return text.replace(/\b(choices|default): /g, (_, word: string) =>
      word === 'choices' ? `${this.messages.choices} ` : `${this.messages.default} `,
    );
  }
}

/** `--org <organization>` → `--org <organisation>` in French; names without a translation stay. */
function localizePlaceholders(text: string, messages: Messages): string {
  return text.replace(
    /([<[])([a-z][a-z-]*)(\.{3})?([>\]])/g,
    (whole, open: string, name: string, dots = '', close: string) => {
      const word = messages.placeholders[name];
      return word ? `${open}${word}${dots}${close}` : whole;
    },
  );
}

/** The quoted parts of commander's English message (`unknown option '--x'`). */
function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
}

/** Commander's usage error in the run's language, from its code and the quoted names. */
export function localizeUsageError(message: string, code: string | undefined, messages: Messages): string {
  const usage = messages.usage;
  const [first = '', second = ''] = quoted(message).map((part) => localizePlaceholders(part, messages));
  const suggestion = /Did you mean (?:one of )?(.+?)\?\)?$/m.exec(message)?.[1];
  const withSuggestion = (text: string) => (suggestion ? `${text}\n${usage.didYouMean(suggestion)}` : text);
  switch (code) {
    case 'commander.unknownOption':
      return withSuggestion(usage.unknownOption(first));
    case 'commander.unknownCommand':
      return withSuggestion(usage.unknownCommand(first));
    case 'commander.missingArgument':
      return usage.missingArgument(first);
    case 'commander.optionMissingArgument':
      return usage.optionMissingArgument(first);
    case 'commander.missingMandatoryOptionValue':
      return usage.missingMandatoryOptionValue(first);
    case 'commander.excessArguments':
      return usage.excessArguments();
    case 'commander.conflictingOption':
      return usage.conflictingOption(first, second);
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(message)?.[1];
      return usage.invalidArgument(second, choices ? ` (${messages.choices} ${choices})` : '');
    }
    default:
      return usage.generic(message.replace(/^error: /, ''));
  }
}

/** Commander's Command, localized: every subcommand made by `.command()` is one too. */
class AdminCommand extends Command {
  constructor(
    name: string | undefined,
    private readonly messages: Messages,
  ) {
    super(name);
  }

  override createCommand(name?: string): AdminCommand {
    return new AdminCommand(name, this.messages);
  }

  override createHelp(): Help {
    return Object.assign(new LocalizedHelp(this.messages), this.configureHelp());
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    const path = [this.name()];
    for (let command = this.parent; command; command = command.parent) path.unshift(command.name());
    const text = [
      `${this.messages.errorPrefix} ${localizeUsageError(message, errorOptions?.code, this.messages)}`,
      this.messages.usage.seeHelp(path.join(' ')),
    ].join('\n');
    return super.error(text, { code: errorOptions?.code ?? 'eer.usage', exitCode: EXIT_USAGE });
  }
}

/** Builds the whole program for one run (its texts are in `context.lang`). */
export function buildProgram(context: AdminContext): Command {
  const { messages, io } = context;
  const program = new AdminCommand('eer-admin', messages);
  program
    .description(messages.programDescription)
    .helpOption('-h, --help', messages.optionHelp)
    .helpCommand(messages.helpCommandTerm, messages.helpCommand)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(text),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addOption(new Option('--lang <lang>', messages.optionLang).choices(LANGUAGES))
    .option('--json', messages.optionJson)
    .addHelpText('afterAll', `\n${messages.exitCodes}`)
    .hook('preAction', async (_program, action) => {
      context.json = Boolean(action.optsWithGlobals<{ json?: boolean }>().json);
      await context.openStore();
    });
  for (const register of commandGroups) register(program, context);
  return program;
}

/** The exit code of a commander stop: 0 for help and version, 2 for a usage error. */
export function commanderExitCode(error: CommanderError): number {
  return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : EXIT_USAGE;
}
