import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createClient, type Event } from '@emplois-en-regions/sdk';
import '../src/event-banner/define.js';
import type { EerEventBanner } from '../src/event-banner/event-banner.js';
import { addFault, apiBase, clearFaults, requestsTo, resetRequests, until } from './helpers.js';

const STORAGE_KEY = 'eer:event-banner:dismissed';
const NEW_TAB_FR = '(s’ouvre dans un nouvel onglet)';

let base = '';
/** The API's own answer, to compare the banner with. */
async function upcoming(query: { region?: string; type?: string } = {}): Promise<Event[]> {
  const client = createClient({ baseUrl: base, key: 'pk_test_demo', cache: false });
  return (await client.events.list({ limit: 100, ...query } as never)).data;
}

/**
 * A region whose next event (the one a card shows) passes `test`, so that what
 * the test checks about that event is never skipped.
 */
async function regionWhoseNextEvent(
  test: (event: Event) => boolean,
): Promise<{ region: string; event: Event }> {
  const regions = [...new Set((await upcoming()).flatMap((event) => event.regionCodes))];
  for (const region of regions) {
    const event = (await upcoming({ region }))[0];
    if (event && test(event)) return { region, event };
  }
  throw new Error('no region of the seed has such a next event');
}

interface Options {
  layout?: string;
  region?: string;
  lang?: string;
  theme?: string;
  accent?: string;
  limit?: number;
  empty?: string;
  dismissible?: boolean;
  regionFrom?: string;
  type?: string;
}

const bannerHtml = (o: Options) =>
  html`<eer-event-banner
    api-base=${base}
    api-key="pk_test_demo"
    layout=${o.layout ?? 'bar'}
    region=${o.region ?? ''}
    lang=${o.lang ?? 'fr'}
    theme=${o.theme ?? 'light'}
    accent=${o.accent ?? ''}
    limit=${o.limit ?? 3}
    empty=${o.empty ?? 'hide'}
    type=${o.type ?? ''}
    region-from=${o.regionFrom ?? ''}
    ?dismissible=${o.dismissible ?? false}
  ></eer-event-banner>`;

function banner(o: Options = {}): Promise<EerEventBanner> {
  return fixture<EerEventBanner>(bannerHtml(o));
}

/** A loaded banner in a box `width` px wide. */
async function bannerIn(width: number, o: Options): Promise<EerEventBanner> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${bannerHtml(o)}</div>`);
  return settled(wrapper.querySelector<EerEventBanner>('eer-event-banner')!);
}

const root = (el: EerEventBanner) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: EerEventBanner, selector: string) =>
  root(el).querySelector<T & Element>(selector);
const $$ = <T extends Element = HTMLElement>(el: EerEventBanner, selector: string) => [
  ...root(el).querySelectorAll<T & Element>(selector),
];
const titles = (el: EerEventBanner) => $$(el, '[part~="title"]').map((t) => t.textContent);

/** Resolves once the load is over (ready, empty, error or hidden). */
async function settled(el: EerEventBanner): Promise<EerEventBanner> {
  await until(() => !$(el, 'section[aria-busy="true"]'), 8000, 'the banner to load');
  await el.updateComplete;
  return el;
}

/** Stops link navigation (new tabs, .ics downloads) while letting the banner see the click. */
function keepPage(el: EerEventBanner) {
  el.addEventListener('click', (event) => event.preventDefault());
}

describe('<eer-event-banner>', () => {
  before(async () => {
    base = await apiBase();
  });
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(async () => {
    await clearFaults();
    await emulateMedia({ reducedMotion: 'no-preference' });
    localStorage.removeItem(STORAGE_KEY);
    document.getElementById('picker')?.remove();
  });

  describe('states', () => {
    for (const lang of ['fr', 'en']) {
      it(`shows an accessible skeleton while loading (${lang})`, async () => {
        await addFault({ method: 'GET', path: '/v1/events', kind: 'delay', ms: 1500, times: 1 });
        // A query no other test asks for, so the SDK's cache cannot answer it.
        const el = await banner({ lang, region: '04', limit: lang === 'fr' ? 7 : 8, layout: 'list' });
        const section = $(el, 'section')!;
        expect(section.getAttribute('aria-busy')).to.equal('true');
        expect($$(el, '.skeleton')).to.have.length(lang === 'fr' ? 7 : 8);
        expect(section.textContent).to.contain(lang === 'fr' ? 'Chargement' : 'Loading');
        expect(section.getAttribute('aria-label')).to.equal(
          lang === 'fr' ? 'Événements à venir' : 'Upcoming events',
        );
        await expect(el).to.be.accessible();
        await settled(el);
        expect($$(el, '[part~="event"]').length).to.be.greaterThan(0);
      });
    }

    // Layout shift (issue 12): the skeleton, the error and the loaded events take one box, whatever the data.
    for (const [layout, width] of [
      ['bar', 380],
      ['bar', 960],
      ['card', 380],
      ['list', 300],
      ['list', 960],
    ] as const) {
      it(`takes the same height while loading, on error and loaded (${layout}, ${width}px)`, async () => {
        const sized = async (region: string, fault?: 'delay' | 'status') => {
          if (fault === 'delay') {
            await addFault({ method: 'GET', path: '/v1/events', kind: 'delay', ms: 1500, times: 1 });
          }
          if (fault === 'status') {
            await addFault({ method: 'GET', path: '/v1/events', kind: 'status', status: 503, times: 5 });
          }
          const el = await banner({ layout, region, limit: 4, dismissible: true });
          el.style.width = `${width}px`;
          return el;
        };
        const height = (el: EerEventBanner) => el.getBoundingClientRect().height;
        // Regions no other test asks for, so the SDK's cache cannot answer.
        const loading = await sized('08', 'delay');
        expect($(loading, 'section')!.getAttribute('aria-busy')).to.equal('true');
        const pending = height(loading);
        await settled(loading);
        expect($$(loading, '[part~="event"]').length).to.be.greaterThan(0);
        expect(height(loading)).to.equal(pending, 'loaded = skeleton');
        await clearFaults();
        const failing = await sized('09', 'status');
        await until(() => !!$(failing, '[part~="error"]'), 12_000, 'the error state');
        expect(height(failing)).to.equal(pending, 'error = skeleton');
        await expect(failing).to.be.accessible();
      });
    }

    it('shows a localized error, switches language live, and retries', async () => {
      await addFault({ method: 'GET', path: '/v1/events', kind: 'status', status: 503, times: 5 });
      const el = await banner({ region: '02', limit: 9, layout: 'card' });
      await until(() => !!$(el, '[part~="error"]'), 12_000, 'the error state');
      const error = $(el, '[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('Impossible de charger');
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await el.updateComplete;
      expect($(el, '[part~="error"]')!.textContent).to.contain('could not be loaded');
      el.theme = 'dark';
      el.accent = '#fff59d';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await clearFaults();
      $<HTMLButtonElement>(el, '[part~="error"] button')!.click();
      await settled(el);
      await until(() => !!$(el, '[part~="event"]'), 5000, 'the retried load');
      expect(titles(el)[0]).to.equal((await upcoming({ region: '02' }))[0]!.title.en);
    });

    for (const lang of ['fr', 'en'] as const) {
      for (const theme of ['light', 'dark']) {
        it(`says "no upcoming events" with empty="message" (${lang}, ${theme})`, async () => {
          expect(await upcoming({ region: '06' })).to.have.length(0);
          const el = await settled(await banner({ region: '06', empty: 'message', lang, theme }));
          expect($(el, '[part~="empty"]')!.textContent).to.equal(
            lang === 'fr' ? 'Aucun événement à venir pour le moment.' : 'No upcoming events for now.',
          );
          expect(getComputedStyle(el).display).to.equal('block');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('hides itself politely when nothing is upcoming (empty="hide", the default)', async () => {
      const el = await settled(await banner({ region: '06' }));
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(root(el).querySelector('section, [role]')).to.equal(null, 'nothing rendered, nothing announced');
      await expect(el).to.be.accessible();
    });
  });

  describe('ready', () => {
    for (const layout of ['bar', 'card', 'list']) {
      for (const lang of ['fr', 'en'] as const) {
        for (const theme of ['light', 'dark']) {
          for (const accent of ['#1a237e', '#fff59d']) {
            it(`${layout}, ${lang}, ${theme}, accent ${accent}`, async () => {
              const el = await settled(await banner({ layout, lang, theme, accent }));
              const events = await upcoming();
              const shown = layout === 'card' ? 1 : 3;
              expect($$(el, '[part~="event"]')).to.have.length(shown);
              expect(titles(el)).to.deep.equal(events.slice(0, shown).map((e) => e.title[lang]));
              const time = $(el, 'time')!;
              expect(time.getAttribute('datetime')).to.equal(events[0]!.start);
              expect(time.textContent).to.match(lang === 'fr' ? /\d\u00a0h/ : /[ap]\.m\./);
              if (layout === 'bar') expect($(el, '[part~="more-button"]')!.textContent).to.contain('2');
              if (layout === 'card')
                expect($(el, '.summary')!.textContent).to.equal(events[0]!.summary[lang]);
              await expect(el).to.be.accessible();
            });
          }
        }
      }
    }

    it('shows the format, the city and the region in the visitor’s language', async () => {
      const { region, event: first } = await regionWhoseNextEvent((e) => e.location !== null);
      const { data: regions } = await createClient({ baseUrl: base, key: 'pk_test_demo' }).regions.list();
      const name = regions.find((r) => r.code === (first.location?.regionCode ?? first.regionCodes[0]))!.name;
      const el = await settled(await banner({ layout: 'card', region }));
      const meta = () => $(el, '.meta')!.textContent!;
      expect(meta()).to.contain(
        { 'in-person': 'En personne', online: 'En ligne', hybrid: 'Hybride' }[first.format],
      );
      expect(meta()).to.contain(first.location!.municipalityName);
      expect(meta()).to.contain(name.fr);
      el.lang = 'en';
      await el.updateComplete;
      expect(meta()).to.contain(
        { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid' }[first.format],
      );
      expect(meta()).to.contain(name.en);
    });

    it('shows a cancelled event as cancelled, without a registration link', async () => {
      const cancelled = (await upcoming()).find((e) => e.status === 'cancelled');
      expect(cancelled, 'the seed has a cancelled upcoming event').to.not.equal(undefined);
      const el = await settled(
        await banner({ layout: 'list', region: cancelled!.regionCodes[0]!, limit: 10 }),
      );
      const item = $$(el, 'li[part~="event"]').find((li) => li.textContent!.includes(cancelled!.title.fr))!;
      expect(item.querySelector('[part~="status"]')!.textContent).to.equal('Annulé');
      expect(item.querySelector('[part~="title"]')!.classList.contains('cancelled')).to.equal(true);
      expect(item.querySelector('a')).to.equal(null, 'no link to register to a cancelled event');
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await el.updateComplete;
      expect(item.querySelector('[part~="status"]')!.textContent).to.equal('Cancelled');
    });

    it('filters by type', async () => {
      const fairs = await upcoming({ type: 'job-fair' });
      expect(fairs.length, 'the seed has upcoming job fairs').to.be.greaterThan(0);
      const el = await settled(await banner({ layout: 'list', type: 'job-fair', limit: 10 }));
      expect(titles(el)).to.deep.equal(fairs.slice(0, 10).map((e) => e.title.fr));
    });

    it('renders API text as text (titles are text nodes, never markup)', async () => {
      const el = await settled(await banner({ layout: 'list', limit: 10 }));
      const events = await upcoming();
      const shown = $$(el, '[part~="title"]');
      expect(shown, 'every title is checked, and there are some').to.have.length(Math.min(events.length, 10));
      expect(shown.length).to.be.greaterThan(0);
      for (const [i, title] of shown.entries()) {
        expect(title.children).to.have.length(0);
        expect(title.textContent).to.equal(events[i]!.title.fr);
      }
      expect(root(el).querySelector('script, iframe, img, style')).to.equal(null);
    });
  });

  describe('links and eer-event-open', () => {
    it('opens registration in a new tab with a hint, and emits the action', async () => {
      // An event with all three links, so that none of the checks below is skipped.
      const { region, event } = await regionWhoseNextEvent(
        (e) => e.status === 'scheduled' && !!e.registrationUrl && !!e.onlineUrl,
      );
      const el = await settled(await banner({ layout: 'card', region }));
      keepPage(el);
      const register = $<HTMLAnchorElement>(el, '[part~="register-link"]')!;
      expect(register.getAttribute('href')).to.equal(event.registrationUrl);
      expect(register.target).to.equal('_blank');
      expect(register.rel).to.contain('noopener');
      expect(register.textContent).to.contain(NEW_TAB_FR);
      expect(register.getAttribute('aria-describedby')).to.equal($(el, '[part~="title"]')!.id);
      let opened = oneEvent(el, 'eer-event-open');
      register.click();
      expect((await opened).detail).to.deep.equal({ id: event.id, action: 'register' });

      const calendar = $<HTMLAnchorElement>(el, '[part~="calendar-link"]')!;
      expect(calendar.getAttribute('href')).to.equal(event.icsUrl);
      expect(calendar.hasAttribute('target')).to.equal(false);
      opened = oneEvent(el, 'eer-event-open');
      calendar.click();
      expect((await opened).detail).to.deep.equal({ id: event.id, action: 'calendar' });

      const online = $<HTMLAnchorElement>(el, '[part~="online-link"]')!;
      expect(online.getAttribute('href')).to.equal(event.onlineUrl);
      expect(online.rel).to.contain('noopener');
      opened = oneEvent(el, 'eer-event-open');
      online.click();
      expect((await opened).detail).to.deep.equal({ id: event.id, action: 'online' });
      await expect(el).to.be.accessible();
    });

    it('is operable with the keyboard: Tab reaches the links, Enter/Space toggle the next events', async () => {
      const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
      const el = await settled(await banner({ layout: 'bar' }));
      keepPage(el);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('part')).to.contain('register-link');
      const opened = oneEvent(el, 'eer-event-open');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail.action).to.equal('register');

      const more = $<HTMLButtonElement>(el, '[part~="more-button"]')!;
      const next = root(el).getElementById(more.getAttribute('aria-controls')!)!;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(next.hidden).to.equal(true);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(next.hidden).to.equal(false);
      expect(next.querySelectorAll('[part~="event"]')).to.have.length(2);
      expect(root(el).activeElement).to.equal(more, 'focus stays on the button');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(next.hidden).to.equal(true);
    });

    it('never takes the focus when it loads', async () => {
      const input = await fixture<HTMLInputElement>(html`<input aria-label="search" />`);
      input.focus();
      await settled(await banner({ layout: 'list' }));
      expect(document.activeElement).to.equal(input);
    });
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`at 375 px (${lang}), no separator starts a line, and no text is cut where an item wraps`, async () => {
      const el = await bannerIn(343, { layout: 'card', lang, limit: 1 });
      const meta = $(el, '.meta')!;
      const items = [...meta.children] as HTMLElement[];
      expect(items.length).to.be.at.least(2);
      // Where the meta line becomes visible: its left edge, moved right by a clip-path inset if any.
      const inset = /^inset\(\S+ \S+ \S+ ([\d.]+)px\)$/.exec(getComputedStyle(meta).clipPath)?.[1];
      const clipLeft = meta.getBoundingClientRect().left + Number(inset ?? 0);
      let wrapped = 0;
      items.forEach((item, i) => {
        const rect = item.getBoundingClientRect();
        const startsLine = i === 0 || rect.top > items[i - 1]!.getBoundingClientRect().top + 1;
        if (startsLine && i > 0) wrapped += 1;
        // The separator is the item's left border: hidden left of the clip when the item starts a line.
        if (startsLine) expect(rect.left, `item ${i} starts a line`).to.be.below(clipLeft);
        else expect(rect.left, `item ${i} follows on its line`).to.be.at.least(clipLeft - 0.5);
      });
      expect(wrapped, 'the narrow card wraps its date, format and place').to.be.at.least(1);
      // And no text is cut: every line of every item (a long date wraps inside its item) starts right of the clip.
      for (const [i, item] of items.entries()) {
        const range = document.createRange();
        range.selectNodeContents(item);
        for (const line of range.getClientRects()) {
          if (line.width === 0) continue;
          expect(line.left, `a line of item ${i} (« ${item.textContent} »)`).to.be.at.least(clipLeft - 0.5);
        }
      }
      if (lang === 'en') {
        // « Thursday, December 10, 2026, 12:00 p.m. – 1:00 p.m. » is longer than the card is wide.
        expect(items[0]!.getBoundingClientRect().height, 'the date wraps inside its item').to.be.above(30);
      }
      await expect(el).to.be.accessible();
    });
  }

  for (const width of [320, 375, 480, 768]) {
    it(`the bar holds its actions inside its border at ${width} px (fr and en)`, async () => {
      for (const lang of ['fr', 'en'] as const) {
        const el = await bannerIn(width - 32, { layout: 'bar', lang, dismissible: true });
        const bar = $(el, '.line')!.getBoundingClientRect();
        const controls = $$(el, '.actions > *, [part~="close-button"]');
        expect(controls.length, 'register, join, calendar, more, close').to.be.at.least(4);
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          expect(
            box.bottom,
            `${lang} « ${control.textContent!.trim()} » above the bar's bottom`,
          ).to.be.at.most(bar.bottom - 1);
          expect(box.right, `${lang} « ${control.textContent!.trim()} » inside the bar`).to.be.at.most(
            bar.right,
          );
        }
        await expect(el).to.be.accessible();
      }
    });
  }

  // Date, format and place: every item shows at least its beginning (the place ends with « … » if it
  // must), never hidden whole below the lines the banner keeps — cards and lists below 48rem keep three.
  for (const layout of ['card', 'list', 'bar'] as const) {
    it(`${layout}: date, format and place of every region's next event all show, 320 to 1024 px (fr and en)`, async () => {
      const regions = [...new Set((await upcoming()).flatMap((event) => event.regionCodes))];
      let checked = 0;
      for (const width of [320, 375, 481, 600, 769, 1024])
        for (const lang of ['fr', 'en'] as const)
          for (const region of regions) {
            const el = await bannerIn(width - 32, { layout, lang, region, limit: 1 });
            const meta = $(el, '.meta');
            if (!meta) continue;
            const visible = meta.getBoundingClientRect();
            const items = [...meta.children] as HTMLElement[];
            // One line (the bar, and every layout from 48rem) ends with « … »: an item may start on it
            // and be cut, or not fit at all after a long date; its date always shows.
            const oneLine = layout === 'bar' || width >= 769;
            const required = oneLine ? items.slice(0, 1) : items;
            for (const item of required) {
              const box = item.getBoundingClientRect();
              expect(
                box.top < visible.bottom - 4 && box.width > 20,
                `${layout} ${width}px ${lang} region ${region}: « ${item.textContent} » hidden; meta ${Math.round(visible.top)}–${Math.round(visible.bottom)} w${Math.round(visible.width)}; ${items.map((i) => `« ${i.textContent} » ${Math.round(i.getBoundingClientRect().left)},${Math.round(i.getBoundingClientRect().top)} ${Math.round(i.getBoundingClientRect().width)}×${Math.round(i.getBoundingClientRect().height)}`).join(' | ')}`,
              ).to.equal(true);
              checked += 1;
            }
          }
      expect(checked).to.be.above(50);
    });
  }

  describe('dismissal', () => {
    it('closes, remembers the events across a re-created element, and still shows new ones', async () => {
      const region = '08';
      const events = await upcoming({ region });
      expect(events.length).to.be.at.least(2);
      let el = await settled(await banner({ region, limit: 1, dismissible: true, layout: 'card' }));
      expect(titles(el)).to.deep.equal([events[0]!.title.fr]);
      const close = $<HTMLButtonElement>(el, '[part~="close-button"]')!;
      expect(close.textContent).to.contain('Masquer ces événements');
      await expect(el).to.be.accessible();
      close.focus();
      const dismissed = oneEvent(el, 'eer-banner-dismiss');
      await sendKeys({ press: 'Enter' });
      expect((await dismissed).detail).to.deep.equal({ ids: [events[0]!.id] });
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal([events[0]!.id]);

      // A reload: a new element reads the dismissed ids and shows the next event only.
      el.remove();
      el = await settled(await banner({ region, limit: 1, dismissible: true, layout: 'card' }));
      expect(titles(el)).to.deep.equal([events[1]!.title.fr]);
      el.remove();
      el = await settled(await banner({ region, limit: 5, layout: 'list' }));
      expect(titles(el)).to.not.include(events[0]!.title.fr);
      expect(titles(el)).to.include(events[1]!.title.fr);
    });

    it('after dismissal, focus moves on to what follows the banner, not to <body>', async () => {
      const region = '08';
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <a href="#before">Avant</a>
          <eer-event-banner
            api-base=${base}
            api-key="pk_test_demo"
            layout="card"
            region=${region}
            lang="fr"
            limit="1"
            dismissible
          ></eer-event-banner>
          <p>Texte</p>
          <a href="#after" id="after">Après</a>
        </div>`,
      );
      const el = await settled(wrapper.querySelector<EerEventBanner>('eer-event-banner')!);
      $<HTMLButtonElement>(el, '[part~="close-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    });

    it('in a bar, dismisses every event it holds; hides even with empty="message"', async () => {
      const region = '08';
      const events = await upcoming({ region });
      const el = await settled(
        await banner({ region, limit: 2, dismissible: true, empty: 'message', lang: 'en' }),
      );
      expect($(el, '[part~="close-button"]')!.textContent).to.contain('Hide these events');
      const dismissed = oneEvent(el, 'eer-banner-dismiss');
      $<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
      expect((await dismissed).detail.ids).to.deep.equal(events.slice(0, 2).map((e) => e.id));
      el.remove();
      const again = await settled(await banner({ region, limit: 2, empty: 'message' }));
      if (events.length === 2) {
        expect(getComputedStyle(again).display).to.equal('none', 'dismissed is not "nothing upcoming"');
      } else {
        expect(titles(again)).to.deep.equal(events.slice(2, 4).map((e) => e.title.fr));
      }
    });
  });

  describe('live attributes', () => {
    it('follows a region picker through region-from (first value when multiple)', async () => {
      const picker = Object.assign(document.createElement('div'), { id: 'picker', value: '05,17' });
      document.body.append(picker);
      const el = await settled(await banner({ layout: 'list', regionFrom: 'picker', limit: 10 }));
      expect(titles(el)).to.deep.equal((await upcoming({ region: '05' })).map((e) => e.title.fr));

      // Another element's change is not followed.
      const other = document.createElement('div');
      document.body.append(other);
      other.dispatchEvent(
        new CustomEvent('eer-region-change', { detail: { value: '01' }, bubbles: true, composed: true }),
      );
      other.remove();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal((await upcoming({ region: '05' })).map((e) => e.title.fr));

      picker.dispatchEvent(
        new CustomEvent('eer-region-change', { detail: { value: '08,04' }, bubbles: true, composed: true }),
      );
      await el.updateComplete;
      await settled(el);
      const expected = (await upcoming({ region: '08' })).map((e) => e.title.fr);
      await until(() => titles(el).join() === expected.join(), 5000, 'region 08 events');
      await expect(el).to.be.accessible();
    });

    it('reads the picker once it is upgraded, even when defined after the banner', async () => {
      const picker = document.createElement('eer-region-picker');
      picker.id = 'picker';
      picker.setAttribute('value', '08');
      document.body.append(picker);
      const el = await settled(await banner({ layout: 'list', regionFrom: 'picker', region: '05' }));
      // Not upgraded yet: `region` is the fallback.
      expect(titles(el)).to.deep.equal((await upcoming({ region: '05' })).slice(0, 3).map((e) => e.title.fr));
      customElements.define(
        'eer-region-picker',
        class extends HTMLElement {
          get value() {
            return this.getAttribute('value') ?? '';
          }
        },
      );
      const expected = (await upcoming({ region: '08' })).map((e) => e.title.fr);
      await until(() => titles(el).join() === expected.join(), 5000, 'region 08 events');
      expect($(el, 'section')!.getAttribute('aria-label')).to.equal(
        'Événements à venir – Abitibi-Témiscamingue',
      );
    });

    it('re-renders when region or lang change; a language switch costs no request', async () => {
      const el = await settled(await banner({ layout: 'list', region: '01' }));
      const r01 = await upcoming({ region: '01' });
      expect(titles(el)).to.deep.equal(r01.slice(0, 3).map((e) => e.title.fr));
      el.region = '17';
      await el.updateComplete;
      await settled(el);
      const r17 = await upcoming({ region: '17' });
      await until(
        () =>
          titles(el).join() ===
          r17
            .slice(0, 3)
            .map((e) => e.title.fr)
            .join(),
        5000,
        'region 17',
      );
      await resetRequests();
      el.lang = 'en';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(r17.slice(0, 3).map((e) => e.title.en));
      expect($(el, 'section')!.getAttribute('aria-label')).to.equal('Upcoming events – Centre-du-Québec');
      expect($(el, '[part~="register-link"]')!.textContent).to.contain('(opens in a new tab)');
      expect(await requestsTo('/v1/events')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('respects prefers-reduced-motion', async () => {
      const el = await settled(await banner({ layout: 'list' }));
      expect(getComputedStyle($(el, 'section')!).animationName).to.equal('eer-banner-in');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle($(el, 'section')!).animationName).to.equal('none');
    });
  });
});
