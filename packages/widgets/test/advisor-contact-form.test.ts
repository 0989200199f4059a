import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactRequestInput } from '@emplois-en-regions/sdk';
import { defineElement } from '../src/shared/eer-element.js';
import { EerAdvisorContactForm } from '../src/advisor-contact-form/advisor-contact-form.js';
import {
  addFault,
  apiBase,
  clearFaults,
  requestsTo,
  resetRequests,
  storedContactRequests,
  until,
} from './helpers.js';

// Defined without define.ts, which also loads the region picker: these tests fix the
// region (region="17") or follow a page element; the embedded picker has its own file.
defineElement('eer-advisor-contact-form', EerAdvisorContactForm);

const PRIVACY = 'https://partenaire.example.org/confidentialite';
const POST = { method: 'POST', path: '/v1/contact-requests' };
const DRAFT_PREFIX = 'eer:contact-draft:';
// Enough dropped connections to outlast the SDK's two retries and Chrome's own transparent
// retry of a request whose reused connection closed; cleared before the visitor retries.
const DROPS = 10;

let base = '';

interface Options {
  id?: string;
  lang?: string;
  theme?: string;
  accent?: string;
  region?: string;
  regionFrom?: string;
  advisor?: string;
  privacyUrl?: string | null;
}

function form(o: Options = {}): Promise<EerAdvisorContactForm> {
  return fixture<EerAdvisorContactForm>(
    html`<eer-advisor-contact-form
      id=${o.id ?? 'contact'}
      api-base=${base}
      api-key="pk_test_demo"
      lang=${o.lang ?? 'fr'}
      theme=${o.theme ?? 'light'}
      accent=${o.accent ?? ''}
      region=${o.region ?? (o.regionFrom ? '' : '17')}
      region-from=${o.regionFrom ?? ''}
      advisor=${o.advisor ?? ''}
      privacy-url=${o.privacyUrl === null ? '' : (o.privacyUrl ?? PRIVACY)}
    ></eer-advisor-contact-form>`,
  );
}

const $ = <T extends HTMLElement = HTMLInputElement>(el: EerAdvisorContactForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const active = (el: EerAdvisorContactForm) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Text with the template's indentation collapsed (no-break spaces kept). */
const textOf = (node: Element) => node.textContent!.replace(/[ \n]+/g, ' ').trim();
const alertText = (el: EerAdvisorContactForm) => textOf($(el, '[part="alert"]')!);
const errorOf = (el: EerAdvisorContactForm, field: string) => $(el, `#${field}-error`)?.textContent ?? null;
const submitButton = (el: EerAdvisorContactForm) => $<HTMLButtonElement>(el, '[part="submit"]')!;

/** Types a value the way the browser reports it (an `input` event), and leaves the field. */
async function type(el: EerAdvisorContactForm, field: string, value: string, leave = false) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${field}`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (leave) input.blur();
  await el.updateComplete;
}

const VALID = {
  firstName: 'Ana',
  lastName: 'Souza',
  email: 'ana.souza@exemple.ca',
  message: 'Je cherche un emploi en soins infirmiers en Mauricie.',
};

async function fillValid(el: EerAdvisorContactForm, values: Partial<typeof VALID> = {}) {
  for (const [field, value] of Object.entries({ ...VALID, ...values })) await type(el, field, value);
  $(el, '#consent')!.click();
  await el.updateComplete;
}

async function submit(el: EerAdvisorContactForm) {
  submitButton(el).click();
  await el.updateComplete;
}

const success = (el: EerAdvisorContactForm) => $(el, '[part="success"]');
const waitForSuccess = (el: EerAdvisorContactForm) => until(() => !!success(el), 12_000, 'the confirmation');
const waitForFailure = (el: EerAdvisorContactForm) =>
  until(() => !!$(el, '[part="alert"] button'), 12_000, 'the failure message');

/** Submits, expects `eer-contact-error` with `code` (and nothing personal), and waits for the retry. */
async function submitAndFail(el: EerAdvisorContactForm, code: string) {
  const failed = oneEvent(el, 'eer-contact-error');
  await submit(el);
  expect((await failed).detail).to.deep.equal({ code });
  await waitForFailure(el);
}

/** Records what the form gives the SDK (the real call still goes to the real server). */
function spyOnCreate(el: EerAdvisorContactForm) {
  const resource = el.client.contactRequests;
  const original = resource.create;
  const calls: Array<{ input: ContactRequestInput; key: string | undefined }> = [];
  resource.create = (input, options) => {
    calls.push({ input, key: options?.idempotencyKey });
    return original(input, options);
  };
  restoreSpies.push(() => (resource.create = original));
  return calls;
}
const restoreSpies: Array<() => void> = [];

function storedDraft(id = 'contact') {
  const raw = sessionStorage.getItem(DRAFT_PREFIX + id);
  return raw ? (JSON.parse(raw) as { v: Record<string, string>; k?: string }) : null;
}

function clearDrafts() {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
}

const LOOKS = [
  { theme: 'light', accent: '' },
  { theme: 'dark', accent: '' },
  { theme: 'light', accent: '#1a237e' },
  { theme: 'dark', accent: '#fff59d' },
  { theme: 'light', accent: '#fff59d' },
  { theme: 'dark', accent: '#111111' },
];

describe('<eer-advisor-contact-form>', () => {
  before(async () => {
    base = await apiBase();
  });
  beforeEach(clearDrafts);
  afterEach(async () => {
    await clearFaults();
    restoreSpies.splice(0).forEach((restore) => restore());
    document.getElementById('outside-picker')?.remove();
  });

  describe('empty form', () => {
    for (const lang of ['fr', 'en']) {
      for (const { theme, accent } of LOOKS) {
        it(`is accessible (${lang}, ${theme}, accent ${accent || 'default'})`, async () => {
          const el = await form({ lang, theme, accent });
          await expect(el).to.be.accessible();
        });
      }
    }

    it('uses native labelled inputs with autocomplete and inputmode in a novalidate form', async () => {
      const el = await form();
      expect($<HTMLFormElement>(el, 'form')!.noValidate).to.equal(true);
      const expected: Record<string, [string, string | null]> = {
        firstName: ['given-name', null],
        lastName: ['family-name', null],
        email: ['email', 'email'],
        phone: ['tel', 'tel'],
        country: ['country-name', null],
        city: ['address-level2', null],
      };
      for (const [field, [autocomplete, inputmode]] of Object.entries(expected)) {
        const input = $(el, `#${field}`)!;
        expect(input.getAttribute('autocomplete'), field).to.equal(autocomplete);
        expect(input.getAttribute('inputmode'), field).to.equal(inputmode);
        expect(input.labels![0]!.textContent!.trim(), field).to.not.equal('');
      }
      expect($(el, '#firstName')!.labels![0]!.textContent).to.contain('Prénom');
      expect($(el, '#phone')!.labels![0]!.textContent).to.contain('(facultatif)');
      expect($(el, 'fieldset legend')!.textContent).to.contain('Lieu de résidence actuel');
      expect($<HTMLTextAreaElement>(el, '#message')!.labels![0]!.textContent).to.equal('Votre message');
      expect($(el, '#counter')!.textContent).to.equal('0\u00a0/\u00a02000 caractères');
      expect($(el, 'eer-region-picker')).to.equal(null, 'the host fixed the region');
    });

    it('defaults the preferred language to the widget language', async () => {
      expect($<HTMLSelectElement>(await form({ lang: 'fr' }), '#language')!.value).to.equal('fr');
      expect($<HTMLSelectElement>(await form({ lang: 'en' }), '#language')!.value).to.equal('en');
    });

    it('has a honeypot that is neither focusable nor exposed to assistive technology', async () => {
      const el = await form();
      const honeypot = $(el, '#website')!;
      expect(honeypot.tabIndex).to.equal(-1);
      expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null);
      expect(honeypot.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
      $(el, '#consent')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(submitButton(el), 'Tab goes from the consent to the button');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(active(el)!.id).to.equal('consent');
    });

    it('links the partner’s privacy policy with the Law 25 notice', async () => {
      const el = await form();
      const link = $<HTMLAnchorElement>(el, '[part="consent"] a')!;
      expect(link.href).to.equal(PRIVACY);
      expect(link.rel).to.equal('noopener');
      expect(link.textContent).to.contain('Politique de confidentialité');
      const notice = $(el, '#law25')!.textContent!;
      expect(notice).to.contain('répondre à votre demande'); // purpose
      expect(notice).to.contain('organismes du programme Emplois en régions'); // who receives it
      expect(notice).to.contain('l’organisme partenaire');
      expect(notice).to.contain('conservés seulement le temps nécessaire'); // retention
      expect($(el, '#consent')!.getAttribute('aria-describedby')).to.contain('law25');
    });

    it('warns once when privacy-url is missing and still works with a generic text', async () => {
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await form({ privacyUrl: null });
        el.lang = 'en';
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain('privacy-url');
        expect($(el, '[part="consent"] a')).to.equal(null);
        expect($(el, '[part="consent"]')!.textContent).to.contain(
          'The partner organization gives its privacy policy on request.',
        );
        await expect(el).to.be.accessible();
        const calls = spyOnCreate(el);
        await fillValid(el);
        await submit(el);
        await waitForSuccess(el);
        expect(calls[0]!.input.privacyPolicyUrl).to.equal(undefined);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('validation', () => {
    const TEXTS = {
      fr: {
        firstName: 'Entrez votre prénom.',
        lastName: 'Entrez votre nom de famille.',
        email: 'Entrez votre courriel.',
        message: 'Écrivez votre message.',
        consent: 'Votre consentement est nécessaire pour transmettre votre demande.',
        summary: 'Corrigez ces champs\u00a0: Prénom, Nom de famille, Courriel, Votre message, Consentement.',
        badEmail: 'Entrez une adresse courriel valide, par exemple nom@exemple.ca.',
        badPhone: 'Entrez un numéro de téléphone valide.',
        short: 'Entrez au moins 10\u00a0caractères.',
      },
      en: {
        firstName: 'Enter your first name.',
        lastName: 'Enter your last name.',
        email: 'Enter your email.',
        message: 'Write your message.',
        consent: 'Your consent is needed to send your request.',
        summary: 'Correct these fields: First name, Last name, Email, Your message, Consent.',
        badEmail: 'Enter a valid email address, for example name@example.ca.',
        badPhone: 'Enter a valid phone number.',
        short: 'Enter at least 10 characters.',
      },
    };

    for (const lang of ['fr', 'en'] as const) {
      for (const { theme, accent } of [LOOKS[0]!, LOOKS[3]!]) {
        it(`shows localized errors on submit and focuses the first invalid field (${lang}, ${theme})`, async () => {
          const t = TEXTS[lang];
          const el = await form({ lang, theme, accent });
          const before = (await requestsTo('/v1/contact-requests')).length;
          let submitted = false;
          el.addEventListener('eer-contact-submit', () => (submitted = true));
          await submit(el);
          await until(() => active(el)?.id === 'firstName', 2000, 'focus on the first invalid field');
          for (const field of ['firstName', 'lastName', 'email', 'message', 'consent'] as const) {
            const input = $(el, `#${field}`)!;
            expect(errorOf(el, field), field).to.equal(t[field]);
            expect(input.getAttribute('aria-invalid'), field).to.equal('true');
            expect(input.getAttribute('aria-describedby'), field).to.contain(`${field}-error`);
          }
          for (const field of ['phone', 'country', 'city']) {
            expect($(el, `#${field}`)!.getAttribute('aria-invalid'), field).to.equal('false');
            expect(errorOf(el, field), field).to.equal(null);
          }
          const alert = $(el, '[part="alert"]')!;
          expect(alert.getAttribute('role')).to.equal('alert');
          expect(alertText(el)).to.equal(t.summary);
          expect(submitted).to.equal(false);
          expect((await requestsTo('/v1/contact-requests')).length).to.equal(before, 'nothing sent');
          await expect(el).to.be.accessible();

          await type(el, 'email', 'ana@', true);
          await type(el, 'phone', 'abc', true);
          await type(el, 'message', 'Court', true);
          expect(errorOf(el, 'email')).to.equal(t.badEmail);
          expect(errorOf(el, 'phone')).to.equal(t.badPhone);
          expect(errorOf(el, 'message')).to.equal(t.short);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('validates a field when the visitor leaves it, announces it, and clears it as they fix it', async () => {
      const el = await form();
      $(el, '#firstName')!.focus();
      $(el, '#firstName')!.blur();
      await el.updateComplete;
      expect(errorOf(el, 'firstName')).to.equal(null, 'no error for a field merely tabbed through');
      await type(el, 'email', 'ana@exemple', true);
      expect(errorOf(el, 'email')).to.contain('Entrez une adresse courriel valide');
      expect($(el, '[role="status"]')!.textContent).to.equal(
        'Courriel\u00a0: Entrez une adresse courriel valide, par exemple nom@exemple.ca.',
      );
      await type(el, 'email', 'ana@exemple.ca');
      expect(errorOf(el, 'email')).to.equal(null, 'fixed while typing');
      expect($(el, '#email')!.getAttribute('aria-invalid')).to.equal('false');
    });

    it('moves focus to the first invalid field in the visitor’s order', async () => {
      const el = await form();
      await fillValid(el, { lastName: ' ', email: 'x@y' });
      await submit(el);
      await until(() => active(el)?.id === 'lastName', 2000, 'focus on the last name');
      expect(alertText(el)).to.equal('Corrigez ces champs\u00a0: Nom de famille, Courriel.');
    });

    it('re-renders its messages when the language changes live', async () => {
      const el = await form();
      await submit(el);
      expect(errorOf(el, 'firstName')).to.equal('Entrez votre prénom.');
      el.lang = 'en';
      await el.updateComplete;
      expect(errorOf(el, 'firstName')).to.equal('Enter your first name.');
      expect(alertText(el)).to.contain('Correct these fields');
      expect($(el, '#firstName')!.labels![0]!.textContent).to.contain('First name');
    });

    it('counts the message’s characters against what the API accepts, residence line included', async () => {
      const el = await form();
      await type(el, 'message', 'Bonjour');
      expect($(el, '#counter')!.textContent).to.equal('7\u00a0/\u00a02000 caractères');
      await type(el, 'city', 'Lyon');
      await type(el, 'country', 'France');
      const line = 'Lieu de résidence actuel\u00a0: Lyon, France\n\n';
      expect($(el, '#counter')!.textContent).to.equal(`7\u00a0/\u00a0${2000 - line.length} caractères`);
      await type(el, 'message', 'x'.repeat(2000), true);
      expect($(el, '#counter')!.classList.contains('over')).to.equal(true);
      expect(errorOf(el, 'message')).to.equal(`Entrez au plus ${2000 - line.length}\u00a0caractères.`);
    });

    it('asks for a region when the followed picker has none, and focuses that picker', async () => {
      const outside = Object.assign(document.createElement('div'), { id: 'outside-picker', tabIndex: 0 });
      document.body.append(outside);
      const el = await form({ regionFrom: 'outside-picker' });
      await fillValid(el);
      await submit(el);
      await until(() => document.activeElement === outside, 2000, 'focus on the page’s picker');
      expect(alertText(el)).to.equal(
        'Corrigez ces champs\u00a0: Régions qui vous intéressent (1 à 3). Choisissez de 1 à 3 régions.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('sending', () => {
    for (const { theme, accent } of [LOOKS[2]!, LOOKS[3]!]) {
      it(`disables the button while sending and ignores a second submit (${theme}, ${accent})`, async () => {
        await addFault({ ...POST, kind: 'delay', ms: 1500 });
        const el = await form({ theme, accent });
        const calls = spyOnCreate(el);
        await fillValid(el);
        const started = oneEvent(el, 'eer-contact-submit');
        await submit(el);
        const event = await started;
        expect(event.detail).to.deep.equal({});
        const button = submitButton(el);
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect(button.textContent!.trim()).to.equal('Envoi en cours…');
        expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
        expect($(el, '[role="status"]')!.textContent).to.equal('Envoi en cours…');
        await submit(el);
        $<HTMLFormElement>(el, 'form')!.requestSubmit();
        expect(calls).to.have.length(1, 'a second submit while sending is ignored');
        await expect(el).to.be.accessible();
        await waitForSuccess(el);
      });
    }
  });

  describe('success', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const { theme, accent } of [LOOKS[1]!, LOOKS[4]!]) {
        it(`shows the reference and the expected delay, focused (${lang}, ${theme})`, async () => {
          const el = await form({ lang, theme, accent });
          await fillValid(el);
          await until(() => storedDraft() !== null, 2000, 'the draft');
          const events: CustomEvent[] = [];
          for (const name of ['eer-contact-submit', 'eer-contact-success', 'eer-contact-error'])
            el.addEventListener(name, (e) => events.push(e as CustomEvent));
          const before = await storedContactRequests();
          await submit(el);
          await waitForSuccess(el);
          expect(await storedContactRequests()).to.equal(before + 1);
          const reference = success(el)!.querySelector('.ref')!.textContent!;
          expect(reference).to.match(/^EER-\d{4}-\d{6}$/);
          const text = textOf(success(el)!);
          expect(text).to.contain(
            lang === 'fr' ? 'Votre demande a été envoyée.' : 'Your request has been sent.',
          );
          expect(text).to.contain('Passerelle Mauricie');
          expect(text).to.match(
            lang === 'fr'
              ? /répondra d’ici le \S+ \d+(er)? \S+ \d{4} \(2\u00a0jours ouvrables\)/
              : /will answer by \w+, \w+ \d+, \d{4} \(2 business days\)/,
          );
          await until(() => active(el) === success(el), 2000, 'focus on the confirmation');
          expect(storedDraft()).to.equal(null, 'the draft is erased');
          expect(events.map((e) => e.type)).to.deep.equal(['eer-contact-submit', 'eer-contact-success']);
          expect(events[1]!.detail).to.deep.equal({ reference });
          expect(events.every((e) => e.bubbles && e.composed)).to.equal(true);
          const details = JSON.stringify(events.map((e) => e.detail));
          for (const personal of Object.values(VALID)) expect(details).to.not.contain(personal);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('sends first and last name as one name, the residence line before the message, and the choices', async () => {
      const el = await form({ lang: 'en' });
      const calls = spyOnCreate(el);
      await fillValid(el);
      await type(el, 'phone', '+1 819 555-0123');
      await type(el, 'country', 'Brésil');
      await type(el, 'city', 'Recife');
      const language = $<HTMLSelectElement>(el, '#language')!;
      language.value = 'fr';
      language.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await submit(el);
      await waitForSuccess(el);
      const { input, key } = calls[0]!;
      expect(input).to.deep.equal({
        name: 'Ana Souza',
        email: VALID.email,
        phone: '+1 819 555-0123',
        regionCodes: ['17'],
        message: `Where you live now: Recife, Brésil\n\n${VALID.message}`,
        preferredLanguage: 'fr',
        consent: true,
        privacyPolicyUrl: PRIVACY,
        website: '',
      });
      expect(key).to.match(/^[0-9a-f-]{36}$/);
    });
  });

  describe('failures', () => {
    for (const { theme, accent } of [LOOKS[0]!, LOOKS[5]!]) {
      it(`keeps everything after a network failure, offers a retry, and then sends (${theme})`, async () => {
        await addFault({ ...POST, kind: 'drop-before', times: DROPS });
        const el = await form({ theme, accent });
        const calls = spyOnCreate(el);
        await fillValid(el);
        await type(el, 'city', 'Recife');
        const before = await storedContactRequests();
        await submitAndFail(el, 'network');
        expect(alertText(el)).to.equal(
          'Le réseau ne répond pas. Vérifiez votre connexion, puis réessayez. Ce que vous avez écrit est conservé\u202f; vous pouvez réessayer. Réessayer',
        );
        expect(await storedContactRequests()).to.equal(before, 'dropped before the handler');
        for (const [field, value] of Object.entries({ ...VALID, city: 'Recife' }))
          expect($(el, `#${field}`)!.value, field).to.equal(value);
        expect($(el, '#consent')!.checked).to.equal(true);
        expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
        const draft = storedDraft()!;
        expect(draft.v).to.include({ ...VALID, city: 'Recife', consent: '1' });
        expect(draft.k).to.equal(calls[0]!.key);
        await expect(el).to.be.accessible();

        await clearFaults();
        $<HTMLButtonElement>(el, '[part="alert"] button')!.click();
        await waitForSuccess(el);
        expect(calls.map((c) => c.key)).to.deep.equal([calls[0]!.key, calls[0]!.key], 'one key');
        expect(await storedContactRequests()).to.equal(before + 1);
      });
    }

    it('stores exactly one request when a submission is retried after a dropped connection', async () => {
      // drop-after: the API stores the request, then the connection drops before the answer,
      // on the SDK's own retries too; the visitor then presses « Réessayer ».
      await addFault({ ...POST, kind: 'drop-after', times: DROPS });
      await resetRequests();
      const el = await form();
      const calls = spyOnCreate(el);
      await fillValid(el);
      const before = await storedContactRequests();
      await submit(el);
      await waitForFailure(el);
      expect(await storedContactRequests()).to.equal(before + 1, 'the API stored it once');
      const posts = (await requestsTo('/v1/contact-requests')).filter((r) => r.method === 'POST');
      expect(posts.length).to.be.at.least(3, 'the SDK retried with the same key');
      await clearFaults();
      $<HTMLButtonElement>(el, '[part="alert"] button')!.click();
      await waitForSuccess(el);
      expect(await storedContactRequests()).to.equal(before + 1, 'the retry created nothing');
      expect(calls.map((c) => c.key)).to.deep.equal([calls[0]!.key, calls[0]!.key]);
      // References are numbered in order: the one shown is the request stored by the first attempt.
      const reference = success(el)!.querySelector('.ref')!.textContent!;
      expect(Number(reference.slice(-6))).to.equal(before + 1);
    });

    it('keeps the draft across a reload, and the retry after it reuses the submission’s key', async () => {
      await addFault({ ...POST, kind: 'drop-after', times: DROPS });
      const first = await form({ id: 'reloaded' });
      const calls = spyOnCreate(first);
      await fillValid(first);
      await type(first, 'phone', '819 555-0123');
      await type(first, 'country', 'Maroc');
      const before = await storedContactRequests();
      await submit(first);
      await waitForFailure(first);
      const draft = storedDraft('reloaded')!;
      expect(draft.k).to.equal(calls[0]!.key);
      first.remove(); // the visitor reloads the page
      await clearFaults();

      const second = await form({ id: 'reloaded' });
      for (const [field, value] of Object.entries({ ...VALID, phone: '819 555-0123', country: 'Maroc' }))
        expect($(second, `#${field}`)!.value, field).to.equal(value);
      expect($(second, '#consent')!.checked).to.equal(true);
      await submit(second);
      await waitForSuccess(second);
      expect(calls.map((c) => c.key)).to.deep.equal([draft.k, draft.k], 'same key after the reload');
      expect(await storedContactRequests()).to.equal(before + 1, 'no duplicate');
      expect(storedDraft('reloaded')).to.equal(null, 'cleared after success');

      const third = await form({ id: 'reloaded' });
      expect($(third, '#firstName')!.value).to.equal('', 'nothing left after success');
    });

    it('sends an edited request under a new key', async () => {
      await addFault({ ...POST, kind: 'drop-before', times: DROPS });
      const el = await form();
      const calls = spyOnCreate(el);
      await fillValid(el);
      await submit(el);
      await waitForFailure(el);
      await clearFaults();
      await type(el, 'message', `${VALID.message} Merci.`);
      await submit(el);
      await waitForSuccess(el);
      expect(calls).to.have.length(2);
      expect(calls[1]!.key).to.not.equal(calls[0]!.key);
    });

    it('saves the draft as the visitor types', async () => {
      const el = await form({ id: 'typing' });
      await type(el, 'firstName', 'Ana');
      await type(el, 'message', 'Bonjour');
      expect(storedDraft('typing')).to.equal(null, 'debounced');
      await until(() => storedDraft('typing') !== null, 2000, 'the draft');
      expect(storedDraft('typing')!.v).to.deep.equal({ firstName: 'Ana', message: 'Bonjour' });
      expect(storedDraft('typing')!.k).to.equal(undefined, 'no submission yet');
    });

    it('maps the API’s field errors onto their fields', async () => {
      // An accented e-mail passes the form's loose check but not the API's rule
      // (the SDK applies the API's schema before sending; a 422 has the same shape).
      const el = await form();
      await fillValid(el, { email: 'josé@exemple.ca' });
      const failed = oneEvent(el, 'eer-contact-error');
      await submit(el);
      expect((await failed).detail).to.deep.equal({ code: 'invalid_body' });
      await until(() => active(el)?.id === 'email', 3000, 'focus on the e-mail');
      expect(errorOf(el, 'email')).to.equal(
        'Entrez une adresse courriel valide, par exemple nom@exemple.ca.',
      );
      expect($(el, '#email')!.getAttribute('aria-invalid')).to.equal('true');
      expect(alertText(el)).to.equal('Corrigez ces champs\u00a0: Courriel.');
      expect(errorOf(el, 'firstName')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows an error on a field the visitor cannot see (a region the program does not serve)', async () => {
      const el = await form({ region: '06' });
      await fillValid(el);
      await submit(el);
      await until(() => alertText(el).includes('ne dessert pas'), 3000, 'the region error');
      expect(alertText(el)).to.contain(
        'Le programme ne dessert pas cette région (Montréal et Laval sont exclues).',
      );
      await expect(el).to.be.accessible();
    });

    it('says when the API fails, with a retry, and reports the code', async () => {
      await addFault({ ...POST, kind: 'status', status: 503, times: 3 });
      const el = await form({ lang: 'en' });
      await fillValid(el);
      await submitAndFail(el, 'service_unavailable');
      expect(alertText(el)).to.equal(
        'Your request could not be sent. What you wrote is kept; you can try again. Try again',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('regions and advisor', () => {
    it('follows an <eer-region-picker> of the page with region-from', async () => {
      const outside = Object.assign(document.createElement('div'), { id: 'outside-picker', value: '05' });
      document.body.append(outside);
      const el = await form({ regionFrom: 'outside-picker' });
      const calls = spyOnCreate(el);
      outside.dispatchEvent(
        new CustomEvent('eer-region-change', { detail: { value: '01,04' }, bubbles: true, composed: true }),
      );
      await fillValid(el);
      await submit(el);
      await waitForSuccess(el);
      expect(calls[0]!.input.regionCodes).to.deep.equal(['01', '04']);
      expect(success(el)!.textContent).to.contain('Bas-Saint-Laurent', 'the first region’s organization');
    });

    it('reads the followed picker’s value when it starts', async () => {
      const outside = Object.assign(document.createElement('div'), { id: 'outside-picker', value: '05' });
      document.body.append(outside);
      const el = await form({ regionFrom: 'outside-picker' });
      const calls = spyOnCreate(el);
      await fillValid(el);
      await submit(el);
      await waitForSuccess(el);
      expect(calls[0]!.input.regionCodes).to.deep.equal(['05']);
    });

    it('says who the visitor is writing to', async () => {
      const el = await form({ advisor: 'adv_karim-b' });
      await until(() => !!$(el, '[part="advisor"]'), 5000, 'the advisor');
      expect(textOf($(el, '[part="advisor"]')!)).to.equal(
        'Vous écrivez à Karim B. (Conseiller en régionalisation, PROMIS).',
      );
      el.lang = 'en';
      await until(() => $(el, '[part="advisor"]')?.textContent?.includes('You are writing') ?? false);
      expect($(el, '[part="advisor"]')!.textContent).to.contain('Regionalization advisor');
      await expect(el).to.be.accessible();
    });

    it('shows a skeleton while the advisor loads, then nothing for an unknown advisor', async () => {
      await addFault({ method: 'GET', path: '/v1/advisors', kind: 'delay', ms: 1000 });
      const el = await form({ advisor: 'adv_nobody', region: '08' });
      expect($(el, '.skeleton')).to.not.equal(null);
      expect(textOf($(el, '.skeleton')!)).to.equal('Chargement…');
      await expect(el).to.be.accessible();
      await until(() => !$(el, '.skeleton'), 5000, 'the advisor load');
      expect($(el, '[part="advisor"]')).to.equal(null);
    });

    it('shows a retry when the advisor cannot be loaded, and the form still works', async () => {
      await addFault({ method: 'GET', path: '/v1/advisors', kind: 'status', status: 503, times: 3 });
      const el = await form({ advisor: 'adv_amelie-t', region: '09' });
      await until(() => !!$(el, '[part="error"]'), 12_000, 'the advisor error');
      await expect(el).to.be.accessible();
      await clearFaults();
      $<HTMLButtonElement>(el, '[part="error"] button')!.click();
      await until(() => !!$(el, '[part="advisor"]'), 5000, 'the advisor');
      expect($(el, '[part="advisor"]')!.textContent).to.contain('Amélie T.');
    });
  });

  it('can be completed with the keyboard only', async () => {
    const el = await form();
    document.body.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('firstName');
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Souza' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ana@exemple.ca' });
    for (const field of ['phone', 'country', 'city', 'language', 'message']) {
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal(field);
    }
    await sendKeys({ type: 'Bonjour, je cherche un emploi en Mauricie.' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.tagName).to.equal('A', 'the privacy policy, before the consent');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(submitButton(el));
    await sendKeys({ press: 'Enter' });
    await waitForSuccess(el);
    await until(() => active(el) === success(el), 2000, 'focus on the confirmation');
  });
});
