/**
 * The regions the controls offer: the API's real list, never a hard-coded one.
 */
import type { Region } from '@emplois-en-regions/sdk';
import type { Messages } from './messages.js';
import type { Lang, Options } from './options.js';

/** « Estrie (05) », with a note for the regions the program does not serve in full. */
export function regionLabel(region: Region, t: Messages, lang: Lang): string {
  const note = !region.served ? ` (${t.unserved})` : region.cmm === 'partial' ? ` (${t.outsideCmmOnly})` : '';
  return `${region.name[lang]} (${region.code})${note}`;
}

/**
 * Drops region codes (from a shared link) that the controls do not offer: the
 * user could not see them, hence not uncheck them.
 */
export function keepOfferedRegions(options: Options, all: Region[]): void {
  const codes = (list: Region[]) => new Set(list.map((r) => r.code));
  const served = codes(all.filter((r) => r.served));
  const { picker, banner, form } = options;
  const pickable = picker.scope === 'all' ? codes(all) : served;
  picker.regions = picker.regions.filter((code) => pickable.has(code));
  form.regions = form.regions.filter((code) => served.has(code));
  if (!codes(all).has(banner.region)) banner.region = '';
}
