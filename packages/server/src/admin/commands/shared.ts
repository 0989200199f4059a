/** What the command groups share: their shape, and the checks that turn typed text into clear refusals. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import * as z from 'zod/mini';
import { RegionCode, type FieldError } from '@emplois-en-regions/schemas';
import { isOperationError } from '../../operations/errors.js';
import type { OrganizationAccount } from '../../store/types.js';
import type { AdminContext } from '../context.js';
import { AdminFailure, refusal } from '../failures.js';

/** A group of commands (`org`, `key`…): adds itself, with its subcommands, to the program. */
export type CommandGroup = (program: Command, context: AdminContext) => void;

/** The organization named by id (`org_x`) or short code (`x`), or a refusal naming it. */
export async function organizationOf(context: AdminContext, value: string): Promise<OrganizationAccount> {
  const organization = await context.store().organizationAccount(value.trim());
  if (!organization) throw new AdminFailure(context.messages.unknownOrganization(value));
  return organization;
}

/** The id of the organization an optional `--org` names (none: undefined). */
export async function organizationIdOf(context: AdminContext, value: string | undefined) {
  return value === undefined ? undefined : (await organizationOf(context, value)).id;
}

/** `01,04` (also `1, 4`) as region codes; a code that is not one of the 17 regions is refused by name. */
export function regionList(context: AdminContext, value: string): string[] {
  const codes = value
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '')
    .map((code) => (/^\d$/.test(code) ? `0${code}` : code));
  for (const code of codes) {
    if (!z.safeParse(RegionCode, code).success) throw new AdminFailure(context.messages.unknownRegion(code));
  }
  return codes;
}

/** A comma-separated option as a list. */
export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The text of a file the operator named (relative to the working directory), or a refusal saying why not. */
export function readTextFile(context: AdminContext, path: string): string {
  try {
    return readFileSync(resolve(context.filesDir, path), 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AdminFailure(context.messages.fileMissing(path));
    throw new AdminFailure(
      context.messages.fileUnreadable(path, error instanceof Error ? error.message : String(error)),
    );
  }
}

export interface OperationWording {
  /** What was read: an option list, a file name. */
  source: string;
  /** Operation field → what the operator typed (`regionCodes` → `--regions`). */
  labels?: Record<string, string>;
  /** The refusal when the target does not exist. */
  notFound?: string;
  /**
   * The refusal in the operator's own words for the operation's first field error
   * (quoting what they typed), or undefined for the generic list of field errors.
   */
  reword?: (error: FieldError) => string | undefined;
}

/** Runs a business rule; its refusal becomes a message in the operator's terms. */
export async function attempt<T>(
  context: AdminContext,
  wording: OperationWording,
  run: () => T | Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isOperationError(error)) throw error;
    if (error.failure === 'not_found' && wording.notFound) throw new AdminFailure(wording.notFound);
    const [first] = error.errors(context.lang);
    const reworded = first && wording.reword?.(first);
    if (reworded) throw new AdminFailure(reworded);
    throw refusal(error, context.messages, context.lang, wording.source, wording.labels);
  }
}
