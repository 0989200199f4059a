import { expect, fixture, html } from '@open-wc/testing';
import type { ContactRequestInput } from '@emplois-en-regions/sdk';
// The real define file: the form and the region picker it embeds.
import '../src/advisor-contact-form/define.js';
import type { EerAdvisorContactForm } from '../src/advisor-contact-form/advisor-contact-form.js';
import type { EerRegionPicker } from '../src/region-picker/region-picker.js';
import { apiBase, until } from './helpers.js';

const DRAFT = 'eer:contact-draft:with-picker';

async function form(lang = 'fr', theme = 'light'): Promise<EerAdvisorContactForm> {
  return fixture<EerAdvisorContactForm>(
    html`<eer-advisor-contact-form
      id="with-picker"
      api-base=${await apiBase()}
      api-key="pk_test_demo"
      lang=${lang}
      theme=${theme}
      privacy-url="https://partenaire.example.org/confidentialite"
    ></eer-advisor-contact-form>`,
  );
}

const picker = (el: EerAdvisorContactForm) =>
  el.shadowRoot!.querySelector<EerRegionPicker>('eer-region-picker')!;
const boxes = (el: EerAdvisorContactForm) => [
  ...picker(el).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
];
const box = (el: EerAdvisorContactForm, code: string) => boxes(el).find((b) => b.value === code)!;
const loaded = (el: EerAdvisorContactForm) => until(() => boxes(el).length > 0, 8000, 'the regions');

async function type(el: EerAdvisorContactForm, field: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<eer-advisor-contact-form> with the embedded <eer-region-picker>', () => {
  beforeEach(() => sessionStorage.removeItem(DRAFT));

  for (const [lang, theme] of [
    ['fr', 'light'],
    ['en', 'dark'],
  ] as const) {
    it(`offers the served regions, several at once, and is accessible (${lang}, ${theme})`, async () => {
      const el = await form(lang, theme);
      const embedded = picker(el);
      expect(embedded.multiple).to.equal(true);
      expect(embedded.getAttribute('scope')).to.equal('served');
      expect(embedded.getAttribute('mode')).to.equal('list');
      expect(embedded.lang).to.equal(lang, 'the form passes its language on');
      await loaded(el);
      expect(boxes(el)).to.have.length(15);
      expect(boxes(el).map((b) => b.value)).to.not.include.members(['06', '13']);
      await expect(el).to.be.accessible();
    });
  }

  it('asks for 1 to 3 regions, focuses the picker, and sends the chosen codes', async () => {
    const el = await form();
    await loaded(el);
    for (const [field, value] of Object.entries({
      firstName: 'Ana',
      lastName: 'Souza',
      email: 'ana@exemple.ca',
      message: 'Je cherche un emploi en région.',
    }))
      await type(el, field, value);
    el.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await until(() => !!el.shadowRoot!.querySelector('#regions-error'), 2000, 'the regions error');
    expect(el.shadowRoot!.querySelector('#regions-error')!.textContent).to.equal(
      'Choisissez de 1 à 3 régions.',
    );
    await until(() => el.shadowRoot!.activeElement === picker(el), 2000, 'focus in the picker');
    await expect(el).to.be.accessible();

    box(el, '01').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#regions-error')).to.equal(null, 'one region is enough');
    for (const code of ['04', '05', '17']) box(el, code).click();
    await el.updateComplete;
    expect(picker(el).value).to.equal('01,04,05,17');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await until(() => !!el.shadowRoot!.querySelector('#regions-error'), 2000, 'too many regions');
    expect(el.shadowRoot!.querySelector('#regions-error')!.textContent).to.equal(
      'Choisissez de 1 à 3 régions.',
    );
    box(el, '01').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#regions-error')).to.equal(null, 'fixed');

    const resource = el.client.contactRequests;
    const original = resource.create;
    const sent: ContactRequestInput[] = [];
    resource.create = (input, options) => (sent.push(input), original(input, options));
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await until(() => !!el.shadowRoot!.querySelector('[part="success"]'), 8000, 'the confirmation');
    } finally {
      resource.create = original;
    }
    expect(sent[0]!.regionCodes).to.deep.equal(['04', '05', '17']);
  });

  it('restores the chosen regions from the draft', async () => {
    const first = await form();
    await loaded(first);
    box(first, '02').click();
    await until(() => sessionStorage.getItem(DRAFT)?.includes('"regions":"02"') ?? false, 2000, 'the draft');
    first.remove();
    const second = await form();
    await loaded(second);
    expect(picker(second).value).to.equal('02');
    expect(box(second, '02').checked).to.equal(true);
  });
});
