import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { RegionChangeDetail } from '../src/shared/events.js';
import '../src/region-picker/define.js';
import type { EerRegionPicker } from '../src/region-picker/region-picker.js';
import { addFault, apiBase, clearFaults, until } from './helpers.js';

let base = '';

/** Whether the page requested the module `region-picker/<path>.(js|ts)` (the lazily loaded views). */
const loaded = (path: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.split('?')[0]!.replace(/\.ts$/, '.js').endsWith(`region-picker/${path}.js`));
const views = () => ['map', 'map/regions.paths', 'combobox'].map(loaded);

async function picker(attributes = '', wait = true): Promise<EerRegionPicker> {
  const el = await fixture<EerRegionPicker>(
    `<eer-region-picker api-base="${base}" api-key="pk_test_demo" mode="map" ${attributes}></eer-region-picker>`,
  );
  if (wait) await until(() => !!el.shadowRoot!.querySelector('[part=map] [tabindex="0"]'), 8000, 'the map');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: EerRegionPicker, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
const $$ = (el: EerRegionPicker, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<SVGElement>(selector),
];
const text = (node: Element | null) => node?.textContent?.replace(/[ \n\t]+/g, ' ').trim() ?? '';
/** The focusable region elements (radios or checkboxes). */
const regions = (el: EerRegionPicker) => $$(el, '[part=map] [data-code][role]');
const region = (el: EerRegionPicker, code: string) => $$(el, `[role][data-code="${code}"]`)[0]!;
const focused = (el: EerRegionPicker) => el.shadowRoot!.activeElement?.getAttribute('data-code');

/** See region-picker.test.ts: evicts the regions answer from the browser's HTTP cache. */
async function evictRegions() {
  await addFault({ path: '/v1/regions', kind: 'status', status: 503, times: 1 });
  await fetch(`${base}/v1/regions?key=pk_test_demo`, { cache: 'reload' });
}

/** Focuses the map through the keyboard: Tab from a button placed before the picker. */
async function tabInto(el: EerRegionPicker) {
  const before = document.createElement('button');
  before.textContent = 'avant';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}

describe('<eer-region-picker mode="map">', () => {
  before(async () => {
    base = await apiBase();
  });
  afterEach(async () => {
    await clearFaults();
  });

  it('loads the map code and shapes only when mode="map" is used', async () => {
    const list = await fixture<EerRegionPicker>(
      `<eer-region-picker api-base="${base}" api-key="pk_test_demo"></eer-region-picker>`,
    );
    await until(() => !!list.shadowRoot!.querySelector('fieldset'), 8000, 'the list');
    expect(views()).to.deep.equal([false, false, false], 'list mode loads no view');
    list.mode = 'map';
    await until(() => !!$(list, '[part=map] [tabindex="0"]'), 8000, 'the map');
    expect(views()).to.deep.equal([true, true, false], 'the map and its shapes, not the combobox');
    await expect(list).to.be.accessible();
  });

  it('shows a skeleton of the map’s size while loading, and a localized error with retry', async () => {
    await evictRegions();
    await addFault({ path: '/v1/regions', kind: 'delay', ms: 1000 });
    const loading = await picker('lang="fr"', false);
    const skeleton = $(loading, '[aria-busy=true] .skeleton')!;
    expect(skeleton).to.not.equal(null);
    const skeletonBox = skeleton.getBoundingClientRect();
    await expect(loading).to.be.accessible();
    await until(() => !!$(loading, '[part=map] svg'), 8000, 'the map');
    const mapBox = $(loading, '[part=map] svg')!.getBoundingClientRect();
    expect(Math.abs(mapBox.height - skeletonBox.height)).to.be.below(2);
    await clearFaults();

    await evictRegions();
    await addFault({ path: '/v1/regions', kind: 'status', status: 503, times: 5 });
    const failing = await picker('lang="en"', false);
    await until(() => !!$(failing, '[role=alert]'), 8000, 'the error');
    expect(text($(failing, '[role=alert]'))).to.contain('could not be loaded');
    await expect(failing).to.be.accessible();
    $<HTMLButtonElement>(failing, '[role=alert] button')!.click();
    await until(() => !!$(failing, '[part=map] [tabindex="0"]'), 8000, 'the retry');
    await expect(failing).to.be.accessible();
  });

  it('draws the 17 regions: the 15 served ones selectable, Montréal and Laval marked « non desservie »', async () => {
    const el = await picker('lang="fr"');
    expect($(el, '[part=map]')!.getAttribute('role')).to.equal('radiogroup');
    expect(text($(el, `#${$(el, '[part=map]')!.getAttribute('aria-labelledby')}`))).to.equal('Région');
    expect(regions(el)).to.have.length(17);
    expect(regions(el).every((r) => r.getAttribute('role') === 'radio')).to.equal(true);
    const disabled = regions(el).filter((r) => r.getAttribute('aria-disabled') === 'true');
    expect(disabled.map((r) => r.dataset.code).sort()).to.deep.equal(['06', '13']);
    expect(region(el, '06').getAttribute('aria-label')).to.equal('Montréal — non desservie');
    expect(region(el, '05').getAttribute('aria-label')).to.equal('Estrie');
    // Every region appears on the main map; the south again, enlarged, in the inset. The focusable copy
    // is the larger on screen: Estrie, which the inset only grazes, stays focusable on the main map.
    expect($$(el, '[part=map] > svg > path[data-code]')).to.have.length(17);
    const { INSET } = await import('../src/region-picker/map/shapes.js');
    const inset = $$(el, '[part=map] svg svg [role]').map((r) => r.dataset.code);
    expect(inset.sort()).to.deep.equal([...INSET.focus].sort());
    expect(INSET.codes).to.include('05');
    expect(inset).not.to.include('05');
    expect($$(el, '[part=map] > svg > [role]').map((r) => r.dataset.code)).to.include('05');
    for (const code of INSET.codes) expect($$(el, `[role][data-code="${code}"]`), code).to.have.length(1);
    expect(text($(el, '.legend'))).to.contain('Non desservie par le programme');
    expect(text($(el, '.credit'))).to.contain('CC BY 4.0');
    await expect(el).to.be.accessible();
  });

  // What focus rings and screen magnifiers follow is the focused element's box: an inset copy must report
  // a box inside the inset's frame, not the extent of the whole region (issue 14).
  for (const width of [375, 1280]) {
    it(`keeps every inset region's focus box inside the inset frame, ${width} px wide`, async () => {
      await setViewport({ width, height: 900 });
      try {
        const el = await picker('lang="fr" value="16"');
        const frame = $(el, '.inset-bg')!.getBoundingClientRect();
        expect(frame.width).to.be.greaterThan(width < 500 ? 50 : 100);
        const copies = $$(el, '[part=map] svg svg [role]');
        expect(copies.length).to.be.greaterThan(3);
        for (const copy of copies) {
          copy.focus();
          await el.updateComplete;
          expect(el.shadowRoot!.activeElement, copy.dataset.code).to.equal(copy);
          const box = copy.getBoundingClientRect();
          const outside = Math.max(
            frame.left - box.left,
            frame.top - box.top,
            box.right - frame.right,
            box.bottom - frame.bottom,
          );
          expect(
            outside,
            `${copy.dataset.code}: box ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)} reaches ${Math.round(outside)} px outside the frame ${Math.round(frame.left)},${Math.round(frame.top)} ${Math.round(frame.width)}×${Math.round(frame.height)}`,
          ).to.be.at.most(1);
          expect(box.width * box.height, `${copy.dataset.code} has an area`).to.be.greaterThan(0);
        }
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  for (const lang of ['fr', 'en']) {
    for (const theme of ['light', 'dark']) {
      it(`is accessible in ${lang}, ${theme}, with a dark and a pale accent`, async () => {
        for (const accent of ['#0b2e13', '#fff59d']) {
          const el = await picker(`lang=${lang} theme=${theme} accent="${accent}" value="15" detail="mrc"`);
          await until(() => !!$(el, 'select'), 5000, 'the MRCs');
          region(el, '17').focus();
          await el.updateComplete;
          expect(text($(el, '.caption'))).to.equal('Centre-du-Québec');
          await expect(el).to.be.accessible();
        }
      });
    }
  }

  it('is operated with the keyboard like an APG radio group: Tab in, arrows move and check', async () => {
    const el = await picker('lang="fr"');
    await tabInto(el);
    const first = focused(el)!;
    expect(first).to.equal('08', 'the westernmost region takes the tab stop');
    expect(region(el, first).getAttribute('tabindex')).to.equal('0');
    expect(el.value).to.equal('', 'Tab alone checks nothing');
    let change = oneEvent(el, 'eer-region-change');
    await sendKeys({ press: 'ArrowRight' });
    const second = focused(el)!;
    expect(second).to.not.equal(first);
    expect(((await change).detail as RegionChangeDetail).value).to.equal(second, 'the arrow checks');
    await el.updateComplete;
    expect(text($(el, '.caption'))).to.equal(region(el, second).getAttribute('aria-label'));
    expect(region(el, second).getAttribute('aria-checked')).to.equal('true');
    expect(region(el, second).getAttribute('tabindex')).to.equal('0');
    expect(region(el, first).getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Enter' });
    expect(el.value).to.equal(second, 'Enter keeps the checked region');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal(first);
    expect(el.value).to.equal(first);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(first);
    await sendKeys({ press: 'End' });
    const last = focused(el)!;
    expect(el.value).to.equal(last);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(first, 'wraps around');
    change = oneEvent(el, 'eer-region-change');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal(last);
    expect(((await change).detail as RegionChangeDetail).value).to.equal(last);
    // Unserved regions (disabled radios) are skipped, as in a native radio group.
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'ArrowRight' });
      expect(['06', '13']).to.not.include(focused(el));
    }
    // One tab stop: Tab leaves the map; coming back lands on the checked region.
    const checked = el.value;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(undefined);
    await tabInto(el);
    expect(focused(el)).to.equal(checked);
    await expect(el).to.be.accessible();
  });

  it('arrows only move focus among checkboxes with `multiple`', async () => {
    const el = await picker('lang="fr" multiple');
    await tabInto(el);
    const first = focused(el)!;
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.not.equal(first);
    expect(el.value).to.equal('');
    await sendKeys({ press: ' ' });
    expect(el.value).to.equal(focused(el));
  });

  it('keeps the legend swatches filled in forced colours, like the map', async () => {
    const el = await picker('lang="fr" value="05"');
    // Forced colours drop background colours and gradients (the swatches would be empty boxes)
    // but not the map's SVG fills; the runner's Chromium (Puppeteer) cannot emulate them, so
    // what is checked is the opt-out that keeps the swatches' colours.
    for (const swatch of ['.swatch.off', '.swatch.sel'])
      expect(getComputedStyle($(el, swatch)!).forcedColorAdjust).to.equal('none', swatch);
    await expect(el).to.be.accessible();
  });

  it('does not select a region the program does not serve', async () => {
    const el = await picker('lang="fr"');
    region(el, '06').focus();
    await sendKeys({ press: 'Enter' });
    (region(el, '13') as unknown as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(el.value).to.equal('');
    el.scope = 'all';
    await el.updateComplete;
    expect(region(el, '06').hasAttribute('aria-disabled')).to.equal(false);
    region(el, '06').focus();
    await sendKeys({ press: 'Enter' });
    expect(el.value).to.equal('06');
  });

  it('selects with a click, fills the selection with the accent and tells when partly served', async () => {
    const el = await picker('lang="fr"');
    const change = oneEvent(el, 'eer-region-change');
    region(el, '16').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(((await change).detail as RegionChangeDetail).region?.code).to.equal('16');
    await el.updateComplete;
    // Filled with --eer-accent, like the legend's swatch of the chosen region.
    expect(getComputedStyle(region(el, '16')).fill).to.equal(
      getComputedStyle($(el, '.swatch.sel')!).backgroundColor,
    );
    expect(text($(el, '[part=status]'))).to.equal(
      'Montérégie\u00a0: desservie hors de la Communauté métropolitaine de Montréal',
    );
  });

  it('chooses several regions with `multiple` (checkboxes in a group)', async () => {
    const el = await picker('multiple lang="en"');
    expect($(el, '[part=map]')!.getAttribute('role')).to.equal('group');
    expect(regions(el).every((r) => r.getAttribute('role') === 'checkbox')).to.equal(true);
    region(el, '05').focus();
    await sendKeys({ press: 'Enter' });
    region(el, '17').focus();
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal('05,17');
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal('05');
    await expect(el).to.be.accessible();
  });

  it('offers only the `regions` given, and follows `value` and `disabled` set live', async () => {
    const el = await picker('regions="05,17" lang="fr"');
    expect(
      regions(el)
        .map((r) => r.dataset.code)
        .sort(),
    ).to.deep.equal(['05', '17']);
    el.setAttribute('value', '17');
    await el.updateComplete;
    expect(region(el, '17').getAttribute('aria-checked')).to.equal('true');
    expect(region(el, '17').getAttribute('tabindex')).to.equal('0');
    el.disabled = true;
    await el.updateComplete;
    expect($(el, '[part=map]')!.getAttribute('aria-disabled')).to.equal('true');
    expect($$(el, '[tabindex="0"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is a form control: required, submitted value, reset', async () => {
    const form = await fixture<HTMLFormElement>(
      `<form><eer-region-picker api-base="${base}" api-key="pk_test_demo" mode="map" name="region" required lang="fr"></eer-region-picker></form>`,
    );
    const el = form.querySelector('eer-region-picker')!;
    await until(() => !!$(el, '[part=map] [tabindex="0"]'), 8000, 'the map');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Choisissez une région.');
    region(el, '04').focus();
    await sendKeys({ press: 'Enter' });
    expect(new FormData(form).get('region')).to.equal('04');
    expect(form.checkValidity()).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).has('region')).to.equal(false);
  });
});
