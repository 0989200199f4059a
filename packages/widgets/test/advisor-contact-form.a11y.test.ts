/**
 * The contact form after the outside review (issue 14): the error summary is announced
 * on submit only, focus after success lands on a named confirmation, the optional
 * heading, the reference number kept whole at 375 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/advisor-contact-form/define.js';
import type { EerAdvisorContactForm } from '../src/advisor-contact-form/advisor-contact-form.js';
import { apiBase, until } from './helpers.js';

let base = '';

async function form(attributes: Record<string, string> = {}): Promise<EerAdvisorContactForm> {
  const el = await fixture<EerAdvisorContactForm>(
    html`<eer-advisor-contact-form
      api-base=${base}
      api-key="pk_test_demo"
      lang="fr"
      region="17"
      privacy-url="https://partenaire.example.org/confidentialite"
    ></eer-advisor-contact-form>`,
  );
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLInputElement>(el: EerAdvisorContactForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

async function type(el: EerAdvisorContactForm, field: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${field}`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.blur();
  await el.updateComplete;
}

/** Fills every required field with a valid value and gives consent. */
async function fillValid(el: EerAdvisorContactForm, message: string) {
  await type(el, 'firstName', 'Ana');
  await type(el, 'lastName', 'Souza');
  await type(el, 'email', 'ana.souza@exemple.ca');
  await type(el, 'message', message);
  if (!$(el, '#consent')!.checked) $(el, '#consent')!.click();
  await el.updateComplete;
}

async function submit(el: EerAdvisorContactForm) {
  $<HTMLButtonElement>(el, '[part="submit"]')!.click();
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** Counts the changes screen readers would announce again in the alert. */
function watchAlert(el: EerAdvisorContactForm) {
  let changes = 0;
  const observer = new MutationObserver((records) => (changes += records.length ? 1 : 0));
  observer.observe($(el, '[role=alert]')!, { childList: true, subtree: true, characterData: true });
  return {
    async count() {
      await new Promise((resolve) => setTimeout(resolve));
      return changes;
    },
    stop: () => observer.disconnect(),
  };
}

describe('<eer-advisor-contact-form> — announcements, focus, heading', () => {
  before(async () => {
    base = await apiBase();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    // The forms share the page's draft (in sessionStorage): each test starts empty.
    for (const key of Object.keys(sessionStorage))
      if (key.startsWith('eer:contact-draft:')) sessionStorage.removeItem(key);
  });

  it('announces the error summary on submit only, not on each correction', async () => {
    const el = await form();
    const alert = watchAlert(el);
    await submit(el);
    expect(await alert.count()).to.be.greaterThan(0, 'the submit is announced');
    const summary = $(el, '[role=alert]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(summary).to.contain('Corrigez ces champs');
    const afterSubmit = await alert.count();
    await fillValid(el, 'Je cherche un emploi en Mauricie.');
    expect(await alert.count()).to.equal(afterSubmit, 'corrections leave the alert as it was');
    await expect(el).to.be.accessible();
    // A second submit with errors is announced again, even with the same text.
    await type(el, 'email', '');
    const before = await alert.count();
    await submit(el);
    await until(() => !!$(el, '[role=alert] p'), 2000, 'the summary');
    expect(await alert.count()).to.be.greaterThan(before);
    alert.stop();
  });

  it('after success, focus lands on the confirmation named by its heading; the reference is not broken at 375 px', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await form({ 'heading-level': '3' });
    await fillValid(el, 'Je cherche un emploi en soins infirmiers en Mauricie.');
    await submit(el);
    await until(() => !!$(el, '[part=success]'), 12_000, 'the confirmation').catch((error: Error) => {
      throw new Error(`${error.message}: ${$(el, '[role=alert]')?.textContent}`);
    });
    const box = $(el, '[part=success]')!;
    await until(() => el.shadowRoot!.activeElement === box, 2000, 'focus on the confirmation');
    expect(box.getAttribute('role')).to.equal('region');
    const heading = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(heading.textContent!.trim()).to.equal('Votre demande a été envoyée.');
    const ref = $(el, '.ref')!;
    expect(ref.textContent).to.match(/^EER-\d{4}-\d+$/);
    expect(ref.getClientRects().length).to.equal(1, `${ref.textContent} on one line`);
    await expect(el).to.be.accessible();
  });

  it('shows an optional heading above the form', async () => {
    const el = await form();
    expect($(el, '[part=heading]')).to.equal(null, 'none by default');
    el.heading = 'Écrivez à une conseillère ou à un conseiller';
    await el.updateComplete;
    const heading = $(el, '[part=heading]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.textContent).to.equal('Écrivez à une conseillère ou à un conseiller');
    expect(
      heading.compareDocumentPosition($(el, 'form')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
