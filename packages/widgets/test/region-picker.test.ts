import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RegionChangeDetail } from '../src/shared/events.js';
import '../src/region-picker/define.js';
import type { EerRegionPicker } from '../src/region-picker/region-picker.js';
import { addFault, apiBase, clearFaults, requestsTo, resetRequests, until } from './helpers.js';

const NBSP = '\u00a0';
let base = '';
let fresh = 0;

/**
 * A picker on the test API. Each gets its own `api-base` spelling, hence its own
 * SDK client and cache, so a fault on `/v1/regions` reaches it.
 */
async function picker(attributes = '', wait = true): Promise<EerRegionPicker> {
  const el = await fixture<EerRegionPicker>(
    `<eer-region-picker api-base="${base}/?client=${fresh++}" api-key="pk_test_demo" ${attributes}></eer-region-picker>`,
  );
  if (wait) await ready(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: EerRegionPicker, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
const $$ = <T extends Element = HTMLElement>(el: EerRegionPicker, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];
const text = (node: Element | null) => node?.textContent?.replace(/[ \n\t]+/g, ' ').trim() ?? '';

async function ready(el: EerRegionPicker) {
  await until(
    () => !$(el, '[aria-busy]') && !!$(el, 'fieldset, [role=combobox], [role=alert], p'),
    8000,
    'regions',
  );
  await el.updateComplete;
}

/**
 * The regions answer stays fresh 5 min in the browser's HTTP cache (shared by every test
 * file), so a fault would never be reached. An uncacheable answer to a reload evicts it.
 */
async function evict(path = '/v1/regions', query = '') {
  await addFault({ path, kind: 'status', status: 503, times: 1 });
  await fetch(`${base}${path}?${query}key=pk_test_demo`, { cache: 'reload' });
}

const radios = (el: EerRegionPicker) => $$<HTMLInputElement>(el, 'input[name=region]');
const status = (el: EerRegionPicker) => text($(el, '[part=status]'));
const combobox = (el: EerRegionPicker) => $<HTMLInputElement>(el, '[role=combobox]')!;
const options = (el: EerRegionPicker) => $$(el, '[role=option]').map(text);

/** Types into the combobox and waits until the popup shows what `expected` says. */
async function search(el: EerRegionPicker, query: string, expected: (options: string[]) => boolean) {
  combobox(el).focus();
  await sendKeys({ type: query });
  await until(
    () => expected(options(el)) && /résultat|result/i.test(text($(el, '.combo [role=status]'))),
    5000,
    query,
  );
}

describe('<eer-region-picker>', () => {
  before(async () => {
    base = await apiBase();
  });
  afterEach(async () => {
    await clearFaults();
    document.documentElement.lang = 'en';
  });

  describe('states', () => {
    for (const mode of ['list', 'combobox']) {
      it(`${mode}: shows a skeleton of the final size while loading, then the regions`, async () => {
        await evict();
        await addFault({ path: '/v1/regions', kind: 'delay', ms: 700, times: 1 });
        const el = await picker(`mode=${mode} lang="fr"`, false);
        expect($(el, '[aria-busy=true] .skeleton')).to.not.equal(null);
        expect(text($(el, '[aria-busy=true]'))).to.contain('Chargement');
        const pendingHeight = el.getBoundingClientRect().height;
        await expect(el).to.be.accessible();
        await ready(el);
        if (mode === 'list') {
          expect(radios(el)).to.have.length(15);
          // Two skeleton columns of the same rows as the list: nothing jumps.
          expect(Math.abs(el.getBoundingClientRect().height - pendingHeight)).to.be.below(50);
        } else expect(combobox(el)).to.not.equal(null);
        await expect(el).to.be.accessible();
      });

      it(`${mode}: shows a localized error with a retry button, then recovers`, async () => {
        await evict();
        await addFault({ path: '/v1/regions', kind: 'status', status: 503, times: 5 });
        const el = await picker(`mode=${mode} lang="fr"`, false);
        await until(() => !!$(el, '[role=alert]'), 8000, 'the error');
        expect(text($(el, '[role=alert]'))).to.contain('Impossible de charger');
        await expect(el).to.be.accessible();
        el.lang = 'en';
        await el.updateComplete;
        expect(text($(el, '[role=alert]'))).to.contain('could not be loaded');
        $<HTMLButtonElement>(el, '[role=alert] button')!.click();
        await until(() => !!$(el, mode === 'list' ? 'fieldset' : '[role=combobox]'), 8000, 'the retry');
        await expect(el).to.be.accessible();
      });
    }

    it('shows an empty state when no region matches `regions`', async () => {
      const el = await picker('regions="99" lang="en"');
      expect(text(el.shadowRoot!.querySelector('p'))).to.equal('No region to show.');
      await expect(el).to.be.accessible();
    });
  });

  describe('appearance', () => {
    for (const mode of ['list', 'combobox']) {
      for (const lang of ['fr', 'en']) {
        for (const theme of ['light', 'dark']) {
          it(`${mode} is accessible in ${lang}, ${theme}, with a dark and a pale accent`, async () => {
            for (const accent of ['#0b2e13', '#fff59d']) {
              const el = await picker(
                `mode=${mode} lang=${lang} theme=${theme} accent="${accent}" value="14" detail="mrc"`,
              );
              await until(() => !!$(el, 'select'), 5000, 'the MRCs');
              if (mode === 'combobox') {
                combobox(el).focus();
                await sendKeys({ press: 'ArrowDown' });
                await el.updateComplete;
                expect(combobox(el).getAttribute('aria-expanded')).to.equal('true');
              }
              await expect(el).to.be.accessible();
            }
          });
        }
      }
    }
  });

  describe('list mode', () => {
    it('offers the 15 served regions as a labelled radio group by default, 17 with scope="all"', async () => {
      const el = await picker('lang="fr"');
      expect($(el, 'fieldset')!.getAttribute('role')).to.equal('radiogroup');
      expect(text($(el, 'legend'))).to.equal('Région');
      expect(radios(el).map((r) => r.value)).to.not.include.members(['06', '13']);
      el.scope = 'all';
      await el.updateComplete;
      expect(radios(el)).to.have.length(17);
      const montreal = radios(el).find((r) => r.value === '06')!;
      const note = el.shadowRoot!.getElementById(montreal.getAttribute('aria-describedby')!);
      expect(text(note)).to.equal('non desservie');
      el.regions = '05,17';
      await el.updateComplete;
      expect(radios(el).map((r) => r.value)).to.deep.equal(['05', '17']);
      await expect(el).to.be.accessible();
    });

    it('is operated with the keyboard like an APG radio group', async () => {
      const el = await picker('lang="fr"');
      radios(el)[0]!.focus();
      let change = oneEvent(el, 'eer-region-change');
      await sendKeys({ press: 'ArrowDown' });
      let detail = (await change).detail as RegionChangeDetail;
      expect(detail.value).to.equal('02');
      expect(detail.region?.name.fr).to.equal('Saguenay–Lac-Saint-Jean');
      expect(detail.regions.map((r) => r.code)).to.deep.equal(['02']);
      expect(el.value).to.equal('02');
      change = oneEvent(el, 'eer-region-change');
      await sendKeys({ press: 'ArrowUp' });
      detail = (await change).detail as RegionChangeDetail;
      expect(detail.value).to.equal('01');
      expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
    });

    it('chooses several regions with `multiple` (checkboxes, Space)', async () => {
      const el = await picker('multiple lang="en"');
      expect(text($(el, 'legend'))).to.equal('Regions');
      expect(radios(el)[0]!.type).to.equal('checkbox');
      radios(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const change = oneEvent(el, 'eer-region-change');
      await sendKeys({ press: 'Space' });
      const detail = (await change).detail as RegionChangeDetail;
      expect(detail.value).to.equal('01,03');
      expect(detail.regions.map((r) => r.code)).to.deep.equal(['01', '03']);
      expect(detail.region?.code).to.equal('01');
      await expect(el).to.be.accessible();
    });

    it('says when a region is only partly served, in the visitor’s language', async () => {
      const el = await picker('value="14" lang="fr"');
      expect(status(el)).to.equal(
        `Lanaudière${NBSP}: desservie hors de la Communauté métropolitaine de Montréal`,
      );
      const lanaudiere = radios(el).find((r) => r.value === '14')!;
      expect(lanaudiere.checked).to.equal(true);
      expect(text(el.shadowRoot!.getElementById(lanaudiere.getAttribute('aria-describedby')!))).to.equal(
        'desservie hors de la CMM',
      );
      el.lang = 'en';
      await el.updateComplete;
      expect(status(el)).to.equal('Lanaudière: served outside the Communauté métropolitaine de Montréal');
      el.value = '05';
      await el.updateComplete;
      expect(status(el)).to.equal('');
    });
  });

  describe('combobox mode', () => {
    it('finds « Sherbrooke » → Estrie: type, ArrowDown, Enter', async () => {
      const el = await picker('mode="combobox" lang="fr"');
      const input = combobox(el);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(text($(el, `label[for=${input.id}]`))).to.equal('Région ou municipalité');
      await search(el, 'Sherbrooke', (o) => o.includes('Sherbrooke — Estrie'));
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(text($(el, '.combo [role=status]'))).to.equal('1 résultat');
      expect(text($(el, '[role=group]:has([role=option]) [role=presentation]'))).to.equal('Municipalités');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const active = el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!);
      expect(text(active)).to.equal('Sherbrooke — Estrie');
      expect(active!.getAttribute('aria-selected')).to.equal('true');
      const change = oneEvent(el, 'eer-region-change');
      await sendKeys({ press: 'Enter' });
      const detail = (await change).detail as RegionChangeDetail;
      expect(detail.value).to.equal('05');
      expect(detail.region?.name.fr).to.equal('Estrie');
      expect(el.value).to.equal('05');
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input.value).to.equal('Sherbrooke — Estrie');
      await expect(el).to.be.accessible();
    });

    it('finds « riviere du loup » (accents, hyphens) → Bas-Saint-Laurent', async () => {
      const el = await picker('mode="combobox" lang="fr"');
      await search(el, 'riviere du loup', (o) => o.includes('Rivière-du-Loup — Bas-Saint-Laurent'));
      const index = options(el).indexOf('Rivière-du-Loup — Bas-Saint-Laurent');
      for (let i = 0; i <= index; i++) await sendKeys({ press: 'ArrowDown' });
      const change = oneEvent(el, 'eer-region-change');
      await sendKeys({ press: 'Enter' });
      expect(((await change).detail as RegionChangeDetail).value).to.equal('01');
    });

    it('lists the Saint-Jean-… municipalities for « st-jean », grouped, with Home/End', async () => {
      const el = await picker('mode="combobox" lang="en" scope="all"');
      await search(el, 'st-jean', (o) => o.filter((name) => name.startsWith('Saint-Jean-')).length >= 3);
      const groups = $$(el, '[role=listbox] > [role=group]');
      expect(groups.map((g) => text(g.querySelector('[role=presentation]')))).to.deep.equal([
        'Regions',
        'Municipalities',
      ]);
      // Saguenay–Lac-Saint-Jean is found among the regions too.
      expect(text(groups[0]!.querySelector('[role=option]'))).to.equal('Saguenay–Lac-Saint-Jean');
      expect(text($(el, '.combo [role=status]'))).to.match(/^\d+ results$/);
      const input = combobox(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const all = $$(el, '[role=option]');
      expect(input.getAttribute('aria-activedescendant')).to.equal(all.at(-1)!.id);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal(all[0]!.id);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal(all.at(-1)!.id, 'wraps around');
    });

    it('opens on the chosen region with ArrowDown', async () => {
      const el = await picker('mode="combobox" value="05" lang="fr"');
      const input = combobox(el);
      expect(input.value).to.equal('Estrie');
      input.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(text(el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!))).to.equal(
        'Estrie',
      );
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(text(el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!))).to.equal(
        'Outaouais',
      );
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(el.value).to.equal('05', 'moving through the options does not choose');
    });

    it('filters regions by name without the API, and Escape closes then clears', async () => {
      const el = await picker('mode="combobox" lang="fr"');
      combobox(el).focus();
      await sendKeys({ type: 'q' });
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['Nord-du-Québec', 'Centre-du-Québec']);
      expect(text($(el, '.combo [role=status]'))).to.equal('2 résultats');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
      expect(combobox(el).value).to.equal('q');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(combobox(el).value).to.equal('');
      expect(el.value).to.equal('');
    });

    it('debounces the municipality search and aborts stale requests', async () => {
      const el = await picker('mode="combobox" lang="fr"');
      // A pass-through spy, not a mock: every request still goes to the real API; the
      // spy keeps each one to read its signal afterwards.
      const sent: Request[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (input instanceof Request && new URL(input.url).pathname === '/v1/municipalities')
          sent.push(input);
        return realFetch.call(window, input, init);
      };
      try {
        await resetRequests();
        // The first search answers slowly: it is still running when the visitor types on.
        await addFault({ method: 'GET', path: '/v1/municipalities', kind: 'delay', ms: 3000, times: 1 });
        combobox(el).focus();
        await sendKeys({ type: 'Rim' });
        await until(() => sent.length > 0, 5000, 'the first search');
        const stale = sent[0]!;
        expect(new URL(stale.url).searchParams.get('q')).to.match(/^Rim?$/);
        await search(el, 'ouski', (o) => o.includes('Rimouski — Bas-Saint-Laurent'));
        expect(stale.signal.aborted, 'the stale search was aborted').to.equal(true);
        const latest = sent.at(-1)!;
        expect(new URL(latest.url).searchParams.get('q')).to.equal('Rimouski');
        expect(latest.signal.aborted).to.equal(false);
        // Debounced: far fewer requests than keystrokes.
        const searches = await requestsTo('/v1/municipalities');
        expect(searches.length).to.be.greaterThan(1);
        expect(searches.length).to.be.lessThan('Rimouski'.length - 1);
        expect(options(el)).to.include('Rimouski — Bas-Saint-Laurent');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('shows municipalities of unserved regions as disabled, « non desservie »', async () => {
      const el = await picker('mode="combobox" lang="fr"');
      await search(el, 'Laval', (o) => o.some((name) => name.startsWith('Laval — Laval')));
      const laval = $$(el, '[role=option]').find((o) => text(o).startsWith('Laval — Laval'))!;
      expect(text(laval)).to.equal('Laval — Laval (non desservie)');
      expect(laval.getAttribute('aria-disabled')).to.equal('true');
      laval.click();
      expect(el.value).to.equal('');
    });

    it('chooses several regions with `multiple`, each removable', async () => {
      const el = await picker('mode="combobox" multiple lang="fr"');
      combobox(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value).to.equal('01,02');
      expect($(el, '[role=listbox]')!.getAttribute('aria-multiselectable')).to.equal('true');
      const chips = $$(el, '.chips button');
      expect(chips.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Retirer Bas-Saint-Laurent',
        'Retirer Saguenay–Lac-Saint-Jean',
      ]);
      await expect(el).to.be.accessible();
      const change = oneEvent(el, 'eer-region-change');
      chips[0]!.click();
      expect(((await change).detail as RegionChangeDetail).value).to.equal('02');
    });
  });

  describe('detail', () => {
    it('detail="mrc": chooses an MRC of the region and tells its CMM status', async () => {
      const el = await picker('value="15" detail="mrc" lang="fr" name="where"');
      await until(() => $$(el, 'select option').length > 1, 5000, 'the MRCs');
      const select = $<HTMLSelectElement>(el, 'select')!;
      expect(text($(el, `label[for=${select.id}]`))).to.equal('MRC ou territoire équivalent');
      expect([...select.options].map((o) => o.text)).to.include.members([
        'Thérèse-De Blainville',
        'Antoine-Labelle',
      ]);
      select.value = '73';
      const change = oneEvent(el, 'eer-region-change');
      select.dispatchEvent(new Event('change'));
      const detail = (await change).detail as RegionChangeDetail;
      expect(detail.value).to.equal('15');
      expect(detail.mrc?.name).to.equal('Thérèse-De Blainville');
      await el.updateComplete;
      expect(status(el)).to.contain(
        `Thérèse-De Blainville${NBSP}: fait partie de la Communauté métropolitaine de Montréal, que le programme ne dessert pas`,
      );
      select.value = '72';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(status(el)).to.contain(
        'Deux-Montagnes\u00a0: en partie dans la Communauté métropolitaine de Montréal',
      );
      await expect(el).to.be.accessible();
    });

    it('shows a skeleton of the drop-down’s size while the MRCs load', async () => {
      await evict('/v1/mrcs', 'region=12&');
      await addFault({ path: '/v1/mrcs', kind: 'delay', ms: 1000 });
      const el = await picker('value="12" detail="mrc" lang="fr"', false);
      await until(() => !!$(el, 'fieldset'), 5000, 'the regions');
      const skeleton = $(el, '.field .skeleton')!;
      expect(skeleton).to.not.equal(null);
      const pending = skeleton.getBoundingClientRect().height;
      expect(pending).to.be.greaterThan(30);
      await expect(el).to.be.accessible();
      await until(() => !!$(el, 'select'), 5000, 'the MRCs');
      expect($(el, 'select')!.getBoundingClientRect().height).to.be.closeTo(pending, 1);
    });

    it('detail="municipality": MRC, then municipality (CMM status told)', async () => {
      const el = await picker('value="15" mrc="75" detail="municipality" lang="en"');
      await until(() => ($$<HTMLSelectElement>(el, 'select')[1]?.options.length ?? 0) > 1, 5000, 'lists');
      const [mrc, municipality] = $$<HTMLSelectElement>(el, 'select');
      expect(mrc!.value).to.equal('75');
      expect(text($(el, `label[for=${municipality!.id}]`))).to.equal('Municipality');
      expect(municipality!.options).to.have.length(
        6,
        'the 5 municipalities of La Rivière-du-Nord, and « Choose… »',
      );
      const saintJerome = [...municipality!.options].find((o) => o.text === 'Saint-Jérôme')!;
      municipality!.value = saintJerome.value;
      const change = oneEvent(el, 'eer-region-change');
      municipality!.dispatchEvent(new Event('change'));
      const detail = (await change).detail as RegionChangeDetail;
      expect(detail.mrc?.code).to.equal('75');
      expect(detail.municipality?.name).to.equal('Saint-Jérôme');
      await el.updateComplete;
      expect(status(el)).to.contain(
        'Saint-Jérôme: outside the Communauté métropolitaine de Montréal, served',
      );
      await expect(el).to.be.accessible();
    });

    it('combobox + detail="municipality": « Sherbrooke » fills region, MRC and municipality', async () => {
      const el = await picker('mode="combobox" detail="municipality" lang="fr"');
      await search(el, 'Sherbrooke', (o) => o.includes('Sherbrooke — Estrie'));
      const change = oneEvent(el, 'eer-region-change');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      const detail = (await change).detail as RegionChangeDetail;
      expect([el.value, el.mrc, el.municipality]).to.deep.equal(['05', '43', '43027']);
      expect(detail.mrc?.name).to.equal('Sherbrooke');
      expect(detail.municipality?.code).to.equal('43027');
      await until(() => ($$<HTMLSelectElement>(el, 'select')[1]?.options.length ?? 0) > 1, 5000, 'lists');
      expect($$<HTMLSelectElement>(el, 'select').map((s) => s.value)).to.deep.equal(['43', '43027']);
    });
  });

  describe('forms', () => {
    async function inForm(attributes: string) {
      const form = await fixture<HTMLFormElement>(
        `<form><eer-region-picker api-base="${base}/?client=${fresh++}" api-key="pk_test_demo" ${attributes}></eer-region-picker><button>OK</button></form>`,
      );
      const el = form.querySelector('eer-region-picker')!;
      await ready(el);
      return { form, el };
    }

    it('submits its value with a native form, and reset restores the initial value', async () => {
      const { form, el } = await inForm('name="region" value="05"');
      expect(new FormData(form).get('region')).to.equal('05');
      radios(el)
        .find((r) => r.value === '17')!
        .click();
      expect(el.value).to.equal('17');
      expect(new FormData(form).get('region')).to.equal('17');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('05');
      expect(radios(el).find((r) => r.checked)?.value).to.equal('05');
      expect(new FormData(form).get('region')).to.equal('05');
    });

    it('submits comma-separated codes with `multiple`, and the MRC/municipality with `detail`', async () => {
      const { form, el } = await inForm('name="regions" multiple value="05,17"');
      expect(new FormData(form).get('regions')).to.equal('05,17');
      el.remove();
      const { form: second } = await inForm(
        'name="where" detail="municipality" value="15" mrc="75" municipality="75017"',
      );
      const data = new FormData(second);
      expect([data.get('where'), data.get('where-mrc'), data.get('where-municipality')]).to.deep.equal([
        '15',
        '75',
        '75017',
      ]);
    });

    it('`required` blocks submission with a localized message', async () => {
      const { form, el } = await inForm('name="region" required lang="fr"');
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      expect(new FormData(form).has('region')).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Choisissez une région.');
      el.lang = 'en';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Choose a region.');
      form.requestSubmit();
      expect(submitted).to.equal(false);
      await expect(el).to.be.accessible();
      radios(el)[2]!.click();
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submitted).to.equal(true);
    });

    it('`required` with detail="mrc" also needs the MRC', async () => {
      const { form, el } = await inForm('name="where" required detail="mrc" value="05" lang="fr"');
      await until(() => !!$(el, 'select'), 5000, 'the MRCs');
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Choisissez une MRC.');
      el.mrc = '43';
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
    });

    it('is disabled by `disabled` or a disabled fieldset, and restores its state', async () => {
      const { form, el } = await inForm('name="region" value="05"');
      const fieldset = document.createElement('fieldset');
      form.prepend(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await el.updateComplete;
      expect($<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.equal(true);
      expect(new FormData(form).has('region')).to.equal(false);
      fieldset.disabled = false;
      el.disabled = true;
      await el.updateComplete;
      expect($<HTMLFieldSetElement>(el, 'fieldset')!.disabled).to.equal(true);
      el.disabled = false;
      el.formStateRestoreCallback('17||');
      await el.updateComplete;
      expect(new FormData(form).get('region')).to.equal('17');
    });
  });

  describe('live attributes', () => {
    it('re-renders on lang, mode and value changes without reloading the regions', async () => {
      document.documentElement.lang = 'fr';
      const el = await picker('value="05"');
      await resetRequests();
      expect(text($(el, 'legend'))).to.equal('Région');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(text($(el, 'legend'))).to.equal('Region');
      el.setAttribute('mode', 'combobox');
      await el.updateComplete;
      expect(combobox(el).value).to.equal('Estrie');
      el.setAttribute('value', '17');
      await el.updateComplete;
      expect(combobox(el).value).to.equal('Centre-du-Québec');
      el.mode = 'list';
      el.value = '03';
      await el.updateComplete;
      expect(radios(el).find((r) => r.checked)?.value).to.equal('03');
      expect(await requestsTo('/v1/regions')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('never loads the map code in list or combobox mode', async () => {
      await picker('mode="combobox"');
      const loaded = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /region-picker\/(map|map\/)/.test(name));
      expect(loaded).to.deep.equal([]);
      expect(
        performance.getEntriesByType('resource').some((e) => /region-picker\/combobox/.test(e.name)),
      ).to.equal(true, 'the combobox view is loaded on demand');
    });
  });
});
