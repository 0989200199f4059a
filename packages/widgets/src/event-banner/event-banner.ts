import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Event, EventSearch, LocalizedText } from '@emplois-en-regions/sdk';
import { renderTask } from '../shared/data-state.js';
import { EerElement } from '../shared/eer-element.js';
import type { EventOpenDetail, RegionChangeDetail } from '../shared/events.js';
import { common, formatRange } from '../shared/i18n.js';
import { themeStyles } from '../shared/theme.styles.js';
import { styles } from './event-banner.styles.js';
import { messages } from './event-banner.messages.js';
import { dismissedIds, rememberDismissed } from './dismissed.js';

export type BannerLayout = 'bar' | 'card' | 'list';

interface Loaded {
  /** Upcoming events, soonest first, including the ones the visitor dismissed. */
  events: Event[];
  /** Region names by code. */
  regions: Map<string, LocalizedText>;
}

type Messages = (typeof messages)['fr'];

const REGION_CODE = /^(0[1-9]|1[0-7])$/;
/** The first region of a picker value (`"05,17"` when `multiple`), or '' if it is not a region code. */
const firstRegion = (value: unknown) => {
  const first = String(value ?? '')
    .split(',')[0]!
    .trim();
  return REGION_CODE.test(first) ? first : '';
};
/** Only http(s) links from the API, so a `javascript:` URL can never reach an `href`. */
const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/**
 * Upcoming events of the program for a region, soonest first: title, date and time
 * (America/Toronto), format, place, status, registration and add-to-calendar links.
 *
 * ```html
 * <eer-event-banner region="04" layout="card" dismissible></eer-event-banner>
 * ```
 *
 * @summary Upcoming program events for a region, as a bar, a card or a list.
 * @tag eer-event-banner
 *
 * @csspart banner - The `<section>` around every state.
 * @csspart event - One event (the bar's line, the card, a list item).
 * @csspart title - An event's title.
 * @csspart status - The « Annulé » / "Cancelled" badge.
 * @csspart link - Every link (also `register-link`, `online-link`, `calendar-link`).
 * @csspart register-link - The registration link (accent-filled).
 * @csspart online-link - The link to join an online or hybrid event.
 * @csspart calendar-link - The add-to-calendar (`.ics`) link.
 * @csspart more-button - The bar's button that shows the next events.
 * @csspart close-button - The dismiss button (with `dismissible`).
 * @csspart empty - The "no upcoming events" message (with `empty="message"`).
 * @csspart error - The error message with its retry button.
 *
 * @cssproperty --eer-event-banner-stripe - Color of the stripe on the events' leading edge (default: the accent).
 * @cssproperty --eer-event-banner-max-width - Maximum width of the banner (default: none).
 *
 * @fires eer-event-open - The visitor opened a registration, online or calendar link: `{ id, action: 'register' | 'online' | 'calendar' }`.
 * @fires eer-banner-dismiss - The visitor closed the banner: `{ ids }` of the events it showed, remembered in `localStorage`.
 */
export class EerEventBanner extends EerElement {
  static override styles = [themeStyles, styles];

  /** `bar` (one line, the soonest event, a button for the next ones), `card` (the soonest event) or `list`. */
  @property() layout: BannerLayout = 'bar';
  /** Region code (`"01"` … `"17"`); none: every region. */
  @property() region = '';
  /** Id of an `<eer-region-picker>` on the page whose (first) region this banner follows; `region` is the fallback. */
  @property({ attribute: 'region-from' }) regionFrom = '';
  /** Event type filter: `forum`, `webinar`, `info-session`, `job-fair`, `exploratory-stay`. */
  @property() type = '';
  /** How many events at most (default 3, 1–100). */
  @property({ type: Number }) limit = 3;
  /** Shows a close button; dismissed events are remembered in `localStorage` and not shown again. */
  @property({ type: Boolean, reflect: true }) dismissible = false;
  /** When nothing is upcoming: `hide` (default; the banner takes no space, nothing is announced) or `message`. */
  @property() empty: 'hide' | 'message' = 'hide';
  /**
   * Leaves out the schema.org `Event` JSON-LD the banner otherwise adds, in its own light
   * DOM, for the events it shows (a data block search engines read; no script runs).
   */
  @property({ type: Boolean, attribute: 'no-structured-data' }) noStructuredData = false;

  /** The region of the followed picker. */
  @state() private followed = '';
  /** The bar's next events are shown. */
  @state() private expanded = false;
  /** Dismissed in this page view. */
  @state() private closed = false;

  #internals = this.attachInternals();
  #dismissed = dismissedIds();

  #task = new Task(this, {
    task: async ([, , region, type, limit], { signal }) => {
      this.closed = this.expanded = false;
      const client = this.client;
      // Ask for enough events to still fill the banner once the dismissed ones are left out.
      const query = {
        limit: Math.min(100, limit + this.#dismissed.size),
        ...(region && { region }),
        ...(type && { type }),
      };
      const [events, regions] = await Promise.all([
        client.events.list(query as EventSearch, { signal }),
        client.regions.list({ signal }),
      ]);
      return { events: events.data, regions: new Map(regions.data.map((r) => [r.code, r.name])) } as Loaded;
    },
    // The language is not an argument: events carry both, so switching it re-renders without a request.
    args: () =>
      [
        this.apiBase || this.page.apiBase,
        this.apiKey || this.page.apiKey,
        this.#region,
        this.type,
        this.#limit,
      ] as const,
  });

  /** The followed picker's region, else `region`. */
  get #region(): string {
    return (this.regionFrom && this.followed) || this.region;
  }

  get #limit(): number {
    const limit = Math.trunc(this.limit);
    return limit >= 1 ? Math.min(limit, 100) : 3;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('eer-region-change', this.#onRegionChange as EventListener);
    this.#readPicker();
    // The picker may come later in the page, or be defined by a script loaded after this one.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#readPicker(), { once: true });
    }
    void customElements.whenDefined('eer-region-picker').then(() => this.#readPicker());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('eer-region-change', this.#onRegionChange as EventListener);
    this.#jsonLd?.remove();
  }

  #jsonLd?: HTMLScriptElement;
  #jsonLdRun = 0;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The block follows the events shown: replaced when they change, gone when none is.
    const run = ++this.#jsonLdRun;
    const loaded = this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
    const shown = loaded && !this.closed && !this.noStructuredData ? this.#shown(loaded) : [];
    if (!shown.length) return this.#jsonLd?.remove();
    const lang = this.language;
    // Its builder loads once there are events to describe (a cached chunk): no bytes before.
    void import('./structured-data.js').then(({ eventsJsonLd }) => {
      if (run !== this.#jsonLdRun || !this.isConnected) return;
      const json = JSON.stringify(eventsJsonLd(shown, loaded!.regions, lang));
      const block = (this.#jsonLd ??= Object.assign(document.createElement('script'), {
        type: 'application/ld+json',
      }));
      if (block.textContent !== json) block.textContent = json;
      if (block.parentNode !== this) this.append(block);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('regionFrom')) this.#readPicker();
  }

  #readPicker(): void {
    const picker =
      this.regionFrom && (document.getElementById(this.regionFrom) as { value?: unknown } | null);
    if (picker) this.followed = firstRegion(picker.value);
  }

  #onRegionChange = (event: CustomEvent<RegionChangeDetail>) => {
    if (!this.regionFrom || (event.target as Element | null)?.id !== this.regionFrom) return;
    this.followed = event.detail.region?.code ?? firstRegion(event.detail.value);
  };

  /** The events to show, dismissed ones left out. */
  #shown({ events }: Loaded): Event[] {
    return events
      .filter((e) => !this.#dismissed.has(e.id))
      .slice(0, this.layout === 'card' ? 1 : this.#limit);
  }

  override render() {
    const t = this.messages(messages);
    const loaded = this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
    // Hidden when dismissed, when everything upcoming was dismissed, or when nothing is upcoming and `empty="hide"`.
    const hidden =
      this.closed ||
      (!!loaded && !this.#shown(loaded).length && (this.empty !== 'message' || !!loaded.events.length));
    if (hidden) this.#internals.states.add('hidden');
    else this.#internals.states.delete('hidden');
    if (hidden) return nothing;
    const regionName = loaded?.regions.get(this.#region)?.[this.language];
    const layout = (['card', 'list'] as const).find((l) => l === this.layout) ?? 'bar';
    const pending = this.#task.status === TaskStatus.PENDING;
    // Every state takes the box of the loaded banner: rows of a fixed height (texts clamped),
    // `limit` of them in a list. Until events show, that box is held by placeholder rows
    // (the skeleton while loading; invisible behind the error or « no event » message).
    const count = loaded ? this.#shown(loaded).length : 0;
    const rows = layout === 'list' ? this.#limit : 1;
    return html`<section
      part="banner"
      class=${layout}
      aria-label=${regionName ? `${t.label} – ${regionName}` : t.label}
      aria-busy=${pending ? 'true' : 'false'}
    >
      ${renderTask(this.#task, this, {
        pending: () => html`<span class="visually-hidden">${common[this.language].loading}</span>`,
        isEmpty: (value) => !this.#shown(value).length,
        empty: () => html`<p part="empty" class="empty">${t.empty}</p>`,
        complete: (value) => this.#ready(value, layout, t),
      })}
      ${count < rows ? this.#placeholders(layout, rows - count, pending) : nothing}
    </section>`;
  }

  /** Rows shaped like events, with no text: the skeleton (`pending`), else an invisible reservation. */
  #placeholders(layout: BannerLayout, rows: number, pending: boolean) {
    const row = html`<div class="event ${pending ? 'skeleton' : 'reserved'}" aria-hidden="true">
      <span class="heading"></span>${layout === 'card' ? html`<span class="summary"></span>` : nothing}
      <span class="meta"></span><span class="actions"></span>
    </div>`;
    return Array.from({ length: rows }, () =>
      layout === 'bar' ? html`<div class="line">${row}</div>` : row,
    );
  }

  #ready(loaded: Loaded, layout: BannerLayout, t: Messages) {
    const shown = this.#shown(loaded);
    const [first, ...rest] = shown;
    const close = this.dismissible
      ? html`<button type="button" class="close" part="close-button" @click=${() => this.#dismiss(shown)}>
          <span aria-hidden="true">×</span><span class="visually-hidden">${t.dismiss}</span>
        </button>`
      : nothing;
    if (layout === 'list') {
      return html`<ul class="events">
          ${shown.map((e, i) => html`<li part="event" class="event">${this.#event(e, i, loaded, t)}</li>`)}
        </ul>
        ${close}`;
    }
    if (layout === 'card') {
      return html`<div part="event" class="event">${this.#event(first!, 0, loaded, t, true)}</div>
        ${close}`;
    }
    const more = rest.length
      ? html`<button
          type="button"
          class="more"
          part="more-button"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="next"
          @click=${() => (this.expanded = !this.expanded)}
        >
          ${t.more(rest.length)}
        </button>`
      : nothing;
    return html`<div class="line">
        <div part="event" class="event">${this.#event(first!, 0, loaded, t, false, more)}</div>
        ${close}
      </div>
      <ul class="events" id="next" ?hidden=${!this.expanded}>
        ${rest.map((e, i) => html`<li part="event" class="event">${this.#event(e, i + 1, loaded, t)}</li>`)}
      </ul>`;
  }

  /** One event's content; every API text goes through a text binding. */
  #event(e: Event, index: number, { regions }: Loaded, t: Messages, card = false, more: unknown = nothing) {
    const lang = this.language;
    const cancelled = e.status === 'cancelled';
    const region = regions.get(e.location?.regionCode ?? e.regionCodes[0] ?? '')?.[lang];
    const place = [e.location?.municipalityName, region].filter(Boolean).join(', ');
    const link = (action: EventOpenDetail['action'], url: string | null, label: string, newTab = true) => {
      const href = safeUrl(url);
      return href
        ? html`<a
            href=${href}
            part="link ${action}-link"
            class=${action}
            target=${newTab ? '_blank' : nothing}
            rel=${newTab ? 'noopener' : nothing}
            aria-describedby="title-${index}"
            @click=${() => this.emit('eer-event-open', { id: e.id, action })}
            >${label}${newTab ? html`<span class="visually-hidden"> ${t.newTab}</span>` : nothing}</a
          >`
        : nothing;
    };
    return html`<span class="heading">
        <span part="title" class="title ${cancelled ? 'cancelled' : ''}" id="title-${index}"
          >${e.title[lang]}</span
        >
        ${cancelled ? html`<strong part="status" class="status">${t.cancelled}</strong>` : nothing}
      </span>
      ${card ? html`<span class="summary">${e.summary[lang]}</span>` : nothing}
      <span class="meta">
        <time datetime=${e.start}>${formatRange(new Date(e.start), new Date(e.end), lang)}</time>
        <span>${t[e.format]}</span>
        ${place ? html`<span>${place}</span>` : nothing}
      </span>
      <span class="actions">
        ${
          cancelled
            ? nothing
            : html`${link('register', e.registrationUrl, t.register)}
              ${e.format === 'in-person' ? nothing : link('online', e.onlineUrl, t.join)}
              ${link('calendar', e.icsUrl, t.calendar, false)}`
        }${more}
      </span>`;
  }

  #dismiss(events: Event[]): void {
    const ids = events.map((e) => e.id);
    for (const id of ids) this.#dismissed.add(id);
    rememberDismissed(this.#dismissed);
    this.closed = true;
    // The close button goes with the banner: focus moves on to the first focusable element
    // after it (past its own light DOM) instead of falling to <body>. A walk from here, not a
    // scan of the whole page: it usually stops a few elements further.
    const walker = document.createTreeWalker(document, 1 /* NodeFilter.SHOW_ELEMENT */);
    walker.currentNode = this;
    while (walker.lastChild());
    let next: Node | null;
    while ((next = walker.nextNode()) && !((next as HTMLElement).tabIndex >= 0));
    (next as HTMLElement | null)?.focus();
    this.emit('eer-banner-dismiss', { ids });
  }
}
