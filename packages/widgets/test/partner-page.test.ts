// Issue 12 in the widgets: structured data from the banner, misconfiguration
// named (neutral visitor message, one console line for the webmaster), and
// fallback content shown before the upgrade and never after.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/event-banner/define.js';
import '../src/region-picker/define.js';
import type { EerEventBanner } from '../src/event-banner/event-banner.js';
import type { EerRegionPicker } from '../src/region-picker/region-picker.js';
import { apiBase, until } from './helpers.js';

let base = '';
const jsonLd = (el: Element) => el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');

/** A banner of the test server's events as a list of `limit`. */
const listBanner = (limit: number) =>
  fixture<EerEventBanner>(
    html`<eer-event-banner
      api-base=${base}
      api-key="pk_test_demo"
      layout="list"
      limit=${limit}
    ></eer-event-banner>`,
  );

/**
 * Console errors written while `run` runs and until the widgets' webmaster line (loaded
 * lazily) is written, plus one more frame so that a repeated line would be seen.
 */
async function consoleErrors(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
    await until(() => seen.some((l) => l.startsWith('[Emplois en régions]')), 2000, 'the webmaster line');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  } finally {
    console.error = original;
  }
  return seen;
}

/**
 * Mounts `template`, waits for its error state, and returns the element with the
 * webmaster's console lines (those starting with « [Emplois en régions] ») and all the errors logged.
 */
async function misconfigured<T extends HTMLElement>(
  template: TemplateResult,
  timeout = 8000,
): Promise<{ el: T; lines: string[]; logged: string[] }> {
  let el!: T;
  const logged = await consoleErrors(async () => {
    el = await fixture<T>(template);
    await until(() => !!el.shadowRoot!.querySelector('[part~="error"]'), timeout, 'the error state');
  });
  return { el, lines: logged.filter((l) => l.startsWith('[Emplois en régions]')), logged };
}

describe('partner page (issue 12)', () => {
  before(async () => {
    base = await apiBase();
  });

  describe('schema.org Event JSON-LD from <eer-event-banner>', () => {
    it('adds one data block for the events shown, with the required properties, and removes it with the banner', async () => {
      const el = await listBanner(4);
      await until(() => !!jsonLd(el), 8000, 'the JSON-LD block');
      const events = JSON.parse(jsonLd(el)!.textContent!) as Array<Record<string, unknown>>;
      expect(events.length).to.equal(el.shadowRoot!.querySelectorAll('[part~="title"]').length);
      for (const event of events) {
        expect(event['@context']).to.equal('https://schema.org');
        expect(event['@type']).to.equal('Event');
        expect(String(event.name)).to.match(/\S/);
        expect(event.startDate).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)$/);
        expect(event.endDate).to.match(/(Z|[+-]\d\d:\d\d)$/);
        expect(event.eventStatus).to.match(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled)$/);
        expect(event.eventAttendanceMode).to.match(
          /^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/,
        );
        expect(event.location, 'location').to.not.equal(undefined);
        expect((event.organizer as { name: string }).name).to.be.a('string');
        expect(event.url).to.match(/^https?:\/\//);
      }
      // It is a data block in the light DOM: never rendered, never run, invisible to assistive tech.
      expect(jsonLd(el)!.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
      const block = jsonLd(el)!;
      el.remove();
      expect(block.isConnected).to.equal(false);
    });

    it('follows the events shown, and no-structured-data leaves it out', async () => {
      const el = await listBanner(1);
      await until(() => !!jsonLd(el), 8000, 'the JSON-LD block');
      expect((JSON.parse(jsonLd(el)!.textContent!) as unknown[]).length).to.equal(1);
      el.limit = 3;
      // While the 3 events load, the block of the 1 shown before is gone (no events shown).
      await until(
        () => (JSON.parse(jsonLd(el)?.textContent ?? '[]') as unknown[]).length === 3,
        8000,
        '3 events',
      );
      expect(el.querySelectorAll('script').length).to.equal(1);
      el.noStructuredData = true;
      await el.updateComplete;
      expect(jsonLd(el)).to.equal(null);
    });
  });

  describe('misconfiguration named, not blamed on the network', () => {
    for (const lang of ['fr', 'en'] as const) {
      const unavailable =
        lang === 'fr'
          ? 'Ce contenu n’est pas offert pour le moment.'
          : 'This content is not available at the moment.';

      it(`unknown key (${lang}): neutral message for the visitor, the key named in the console`, async () => {
        const { el, lines: line } = await misconfigured<EerEventBanner>(
          html`<eer-event-banner
            api-base=${base}
            api-key="pk_test_nobody_${lang}"
            lang=${lang}
          ></eer-event-banner>`,
        );
        expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent!.trim()).to.equal(unavailable);
        expect(el.shadowRoot!.querySelector('[part~="error"] button'), 'no pointless retry').to.equal(null);
        expect(line).to.have.length(1);
        expect(line[0]).to.include(`pk_test_nobody_${lang}`).and.include(location.origin);
        expect(line[0]).to.include(lang === 'fr' ? 'opérateur du programme' : "program's operator");
        await expect(el).to.be.accessible();
      });

      it(`key not bound to this origin (${lang}): neutral message, the origin to add in the console`, async () => {
        const { el, lines: line } = await misconfigured<EerRegionPicker>(
          html`<eer-region-picker
            api-base=${base}
            api-key="pk_test_passerelle-mauricie"
            lang=${lang}
          ></eer-region-picker>`,
        );
        expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent!.trim()).to.equal(unavailable);
        expect(line).to.have.length(1);
        expect(line[0]).to.include('pk_test_passerelle-mauricie').and.include(location.origin);
        expect(line[0]).to.include(lang === 'fr' ? 'origines de cette clé' : "this key's origins");
        await expect(el).to.be.accessible();
      });
    }

    it('an api-base that does not answer is named in the console; the visitor reads the network message', async () => {
      const { el, logged } = await misconfigured<EerEventBanner>(
        html`<eer-event-banner
          api-base="http://127.0.0.1:9"
          api-key="pk_test_demo"
          lang="en"
        ></eer-event-banner>`,
        12000,
      );
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.include('network');
      expect(logged.some((l) => l.includes('http://127.0.0.1:9') && l.includes('api-base'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('fallback content', () => {
    it('the light DOM shows before the upgrade, and is neither shown nor in the accessibility tree after', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div>
          <eer-event-banner-later api-base=${base} api-key="pk_test_demo">
            <a href="https://example.org/evenements">Événements du programme</a>
          </eer-event-banner-later>
        </div>`,
      );
      const link = holder.querySelector('a')!;
      expect(link.getBoundingClientRect().height, 'shown before the script').to.be.greaterThan(0);
      // The same markup, upgraded.
      const el = await fixture<EerEventBanner>(
        html`<eer-event-banner api-base=${base} api-key="pk_test_demo">
          <a href="https://example.org/evenements">Événements du programme</a>
        </eer-event-banner>`,
      );
      await until(() => !!el.shadowRoot!.querySelector('[part~="title"]'), 8000, 'the events');
      const fallback = el.querySelector('a')!;
      expect(fallback.getBoundingClientRect().height, 'hidden after render').to.equal(0);
      expect(fallback.checkVisibility(), 'not rendered, so never read twice').to.equal(false);
      await expect(el).to.be.accessible();
    });
  });
});
