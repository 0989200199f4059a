/**
 * The combobox against the APG list-autocomplete pattern (issue 14), key by key in
 * Chromium: Alt+Down, Enter with no active option, Left/Right, clearing a single choice.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/region-picker/define.js';
import type { EerRegionPicker } from '../src/region-picker/region-picker.js';
import { apiBase, until } from './helpers.js';

let base = '';

async function picker(attributes = ''): Promise<EerRegionPicker> {
  const el = await fixture<EerRegionPicker>(
    `<eer-region-picker api-base="${base}" api-key="pk_test_demo" mode="combobox" lang="fr" ${attributes}></eer-region-picker>`,
  );
  await until(() => !!el.shadowRoot!.querySelector('[role=combobox]'), 8000, 'the combobox');
  await el.updateComplete;
  return el;
}

const $ = (el: EerRegionPicker, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const input = (el: EerRegionPicker) => $(el, '[role=combobox]') as HTMLInputElement;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const expanded = (el: EerRegionPicker) => input(el).getAttribute('aria-expanded');
const activeId = (el: EerRegionPicker) => input(el).getAttribute('aria-activedescendant');

async function press(el: EerRegionPicker, key: string) {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main! });
  if (modifier) await sendKeys({ up: modifier });
  await el.updateComplete;
}

describe('<eer-region-picker mode="combobox"> — APG list autocomplete', () => {
  before(async () => {
    base = await apiBase();
  });

  it('Alt+Down opens the popup without making an option active; Alt+Up closes it', async () => {
    const el = await picker();
    input(el).focus();
    await press(el, 'Alt+ArrowDown');
    expect(expanded(el)).to.equal('true');
    expect(activeId(el)).to.equal(null);
    expect(el.value).to.equal('');
    await expect(el).to.be.accessible();
    await press(el, 'Alt+ArrowUp');
    expect(expanded(el)).to.equal('false');
  });

  it('Enter with no active option closes the popup and chooses nothing', async () => {
    const el = await picker();
    input(el).focus();
    await sendKeys({ type: 'est' });
    await el.updateComplete;
    expect(expanded(el)).to.equal('true');
    expect(activeId(el)).to.equal(null);
    await press(el, 'Enter');
    expect(expanded(el)).to.equal('false');
    expect(el.value).to.equal('');
  });

  it('Left and Right clear the active option, so a later Enter picks nothing', async () => {
    const el = await picker();
    input(el).focus();
    await sendKeys({ type: 'est' });
    await press(el, 'ArrowDown');
    expect(activeId(el)).to.not.equal(null);
    await press(el, 'ArrowLeft');
    expect(activeId(el)).to.equal(null);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowRight');
    expect(activeId(el)).to.equal(null);
    await press(el, 'Enter');
    expect(el.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('emptying the text clears a single choice, and `required` reports it', async () => {
    const form = await fixture<HTMLFormElement>(
      `<form><eer-region-picker api-base="${base}" api-key="pk_test_demo" mode="combobox" lang="fr" name="region" value="05" required></eer-region-picker></form>`,
    );
    const el = form.querySelector('eer-region-picker')!;
    await until(() => !!el.shadowRoot!.querySelector('[role=combobox]'), 8000, 'the combobox');
    await el.updateComplete;
    expect(input(el).value).to.equal('Estrie');
    input(el).focus();
    input(el).select();
    await press(el, 'Delete');
    expect(el.value).to.equal('');
    expect(new FormData(form).get('region')).to.equal(null);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    input(el).blur();
    await el.updateComplete;
    expect(input(el).value).to.equal('', '« Estrie » does not come back on blur');
    await expect(el).to.be.accessible();
  });

  it('Escape twice clears a single choice', async () => {
    const el = await picker('value="05"');
    input(el).focus();
    await press(el, 'ArrowDown');
    await press(el, 'Escape');
    expect(el.value).to.equal('05');
    await press(el, 'Escape');
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal('');
  });

  it('looks like a search field: a label that says it finds municipalities, a placeholder, a visible « Aucun résultat »', async () => {
    const el = await picker();
    expect(text($(el, 'label[for=combo]'))).to.equal('Région ou municipalité');
    expect(input(el).placeholder).to.match(/Sherbrooke/);
    expect($(el, '.chevron')?.getAttribute('aria-hidden')).to.equal('true');
    input(el).focus();
    await sendKeys({ type: 'zzzq' });
    await until(() => !!$(el, '[part=no-result]'), 5000, 'no result');
    const none = $(el, '[part=no-result]')!;
    expect(text(none)).to.equal('Aucun résultat');
    expect(none.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
