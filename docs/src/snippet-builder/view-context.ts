/**
 * What the views read and what they may do: the builder (builder.ts) owns the
 * state and hands this to the views, which only render it.
 */
import type { Region } from '@emplois-en-regions/sdk';
import type { Drafts, TextField } from './fields.js';
import type { Messages } from './messages.js';
import type { Lang, Options } from './options.js';
import type { Place, SnippetBlock } from './snippet.js';

/** A status line that speaks: after a block's copy button, or after Reset and “copy the link”. */
export type StatusKind = Place | 'actions';

export interface ViewContext {
  readonly t: Messages;
  /** The language of the docs page (the builder's own texts). */
  readonly lang: Lang;
  /** This site's origin: the API the preview can reach. */
  readonly origin: string;
  readonly options: Options;
  readonly drafts: Drafts;
  readonly errors: Partial<Record<TextField, string>>;
  /** The API's regions; undefined while loading or after a failure. */
  readonly regions: Region[] | undefined;
  readonly regionsFailed: boolean;
  /** The status lines: each block's copy button (by place), and the settings' actions. */
  readonly status: Record<StatusKind, string>;
  /** Read by screen readers: the contrast verdict, an error the user just committed. */
  readonly announcement: string;
  readonly widgetsMissing: boolean;
  /** The host of an API address a shared link tried to set, which was not taken. */
  readonly ignoredApiHost: string | undefined;
  /** The snippet's blocks to paste: one, or the `<head>`'s and the page's. */
  readonly blocks: SnippetBlock[];
  /** The widgets' version in the script's URL, if any. */
  readonly version: string | undefined;

  /** Changes the options, then updates the controls, the preview, the snippet and the URL. */
  set(change: (options: Options) => void): void;
  /** A text field typed in (`commit` false) or committed (Enter, leaving it). */
  edit(field: TextField, raw: string, commit: boolean): void;
  submit(event: Event): void;
  /** The color palette moved. */
  palette(hex: string): void;
  clearAccent(): void;
  /** Says something to screen readers (and shows it in the status line). */
  announce(text: string): void;
  reset(): void;
  /** Copies the block pasted at `place`. */
  copyCode(place: Place): void;
  copyLink(): void;
  loadRegions(): void;
}
