import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task } from '@lit/task';
import {
  fieldMessage,
  isEerError,
  randomId,
  isInvalidRequestError,
  type ContactRequestInput,
  type ContactRequestReceipt,
} from '@emplois-en-regions/sdk';
import { EerElement } from '../shared/eer-element.js';
import { renderTask } from '../shared/data-state.js';
import { tellWebmaster } from '../shared/diagnose.js';
import { common, formatDate } from '../shared/i18n.js';
import { themeStyles } from '../shared/theme.styles.js';
import { formStyles } from './advisor-contact-form.styles.js';
import { messages } from './advisor-contact-form.messages.js';
import { hash, loadDraft, saveDraft } from './draft.js';
import { check, FIELDS, fieldOf, MESSAGE_MAX, type Field, type FieldProblem } from './validate.js';

/**
 * `invalid`: a submit found errors (the alert lists them); `network`/`failed`: the last
 * attempt failed without field errors (the alert offers a retry).
 */
type Status = '' | 'invalid' | 'sending' | 'network' | 'failed' | 'unavailable' | 'sent';

/**
 * A form to contact an advisor of the program: first and last name, e-mail, phone
 * (optional), where the visitor lives now (country and city, optional), regions of
 * interest (an embedded `<eer-region-picker multiple scope="served" mode="list">`
 * unless `region` or `region-from` gives them), preferred language, message, and the
 * Québec Law 25 consent (purpose, who receives the information, retention, and the
 * partner's `privacy-url`).
 *
 * What is sent: the API has one `name`, so first and last name are sent as
 * `"First Last"`; it has no residence field, so country and city, when given, are
 * prepended to the message as a line (« Lieu de résidence actuel : Ville, Pays »).
 *
 * Fields are checked when the visitor leaves them and on submit; errors are shown
 * next to each field (`aria-invalid`, `aria-describedby`), listed in an alert, and
 * focus moves to the first one; field errors from the API land on their field.
 * One idempotency key per submission is kept with the draft in `sessionStorage`
 * (key `eer:contact-draft:<id or page path>`, this tab only), saved as the visitor
 * types: after a network failure or a reload nothing typed is lost, and a retry of
 * the same request never creates a duplicate. An edited request is a new submission.
 * The draft is erased on success.
 *
 * @summary Contact an advisor of a region, with Law 25 consent, a draft that survives failures, and one request per submission.
 * @tag eer-advisor-contact-form
 *
 * @csspart heading - The form's heading (with `heading`).
 * @csspart form - The `<form>`.
 * @csspart label - Each field's `<label>`.
 * @csspart input - Each text field, select and textarea.
 * @csspart field-error - A field's error message.
 * @csspart counter - The message's character counter.
 * @csspart consent - The Law 25 notice and consent checkbox.
 * @csspart submit - The submit button.
 * @csspart alert - Error summary and sending failures (with the retry button).
 * @csspart advisor - « Vous écrivez à … », when `advisor` is found.
 * @csspart success - The confirmation: reference number and expected answer date.
 * @csspart error - The advisor could not be loaded (with a retry button).
 *
 * @cssproperty --eer-contact-form-max-width - Maximum width of the form (default `40rem`).
 * @cssproperty --eer-contact-form-gap - Space between fields (default `--eer-space`).
 *
 * @fires eer-contact-submit - A valid request is being sent (detail `{}`).
 * @fires eer-contact-success - The API received it: `{ reference }` (e.g. `EER-2026-000123`).
 * @fires eer-contact-error - Sending failed: `{ code }` (`network`, `timeout`, `invalid_body`, `rate_limited`…). Never any personal data.
 */
export class EerAdvisorContactForm extends EerElement {
  static override styles = [themeStyles, formStyles];

  /** Region code(s) fixed by the host (`"04"` or `"04,17"`); hides the region picker. */
  @property() region = '';
  /** `id` of an `<eer-region-picker>` on the page whose choice gives the regions. */
  @property({ attribute: 'region-from' }) regionFrom = '';
  /** Id of an advisor (`adv_…`): the form then says « Vous écrivez à … ». */
  @property() advisor = '';
  /** URL of the partner's privacy policy (required by Law 25; a console warning if missing). */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';
  /** A heading shown above the form, e.g. « Écrivez à une conseillère ou à un conseiller » (none by default). */
  @property() heading = '';
  /** Level of that heading and of the confirmation's (1–6, default 2), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() protected values: Record<string, string> = {};
  @state() protected errors: Partial<Record<Field | 'form', FieldProblem>> = {};
  @state() protected status: Status = '';
  @state() protected receipt: ContactRequestReceipt | undefined;
  @state() protected announce = '';

  /** The value of the picker followed with `region-from`. */
  #followed = '';
  #touched = new Set<string>();
  #key?: string | undefined;
  #hash?: number | undefined;
  #timer?: ReturnType<typeof setTimeout>;
  /** The errors the alert lists, as found on submit: corrections do not re-announce it. */
  #summary: typeof this.errors = {};

  #advisorTask = new Task(this, {
    task: async ([id, region, client], { signal }) => {
      if (!id) return null;
      for await (const one of client.advisors.list(region ? { region } : {}, { signal })) {
        if (one.id === id) return one;
      }
      return null;
    },
    args: () => [this.advisor, this.region.split(',')[0], this.client] as const,
  });

  get #scope() {
    return this.id || location.pathname;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = loadDraft(this.#scope);
    if (draft) {
      this.values = draft.v;
      this.#key = draft.k;
      this.#hash = draft.h;
    }
    document.addEventListener('eer-region-change', this.#onPageRegion);
    addEventListener('pagehide', this.#flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('eer-region-change', this.#onPageRegion);
    removeEventListener('pagehide', this.#flush);
    this.#flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('regionFrom') && this.regionFrom) {
      const picker = document.getElementById(this.regionFrom) as (HTMLElement & { value?: string }) | null;
      this.#followed = picker?.value ?? picker?.getAttribute('value') ?? '';
    }
  }

  protected override firstUpdated(): void {
    if (!this.privacyUrl) {
      console.warn(
        '<eer-advisor-contact-form>: set privacy-url to your privacy policy (Québec Law 25); a generic text is shown instead.',
      );
    }
  }

  #onPageRegion = (event: Event) => {
    if (this.regionFrom && (event.target as Element).id === this.regionFrom) {
      this.#followed = (event as CustomEvent<{ value: string }>).detail.value;
      this.#revalidate('regions');
      this.requestUpdate();
    }
  };

  /** Saves the draft now if typing left it unsaved. */
  #flush = () => {
    if (this.#timer !== undefined && this.status !== 'sent') this.#save();
  };

  #save() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    saveDraft(this.#scope, { v: this.values, k: this.#key, h: this.#hash });
  }

  get #t() {
    return this.messages(messages);
  }

  #regions(): string[] {
    const value = this.region || (this.regionFrom ? this.#followed : this.values.regions) || '';
    return value
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
  }

  /** The line prepended to the message when the visitor says where they live. */
  #residence(): string {
    const place = [this.values.city, this.values.country].map((s) => s?.trim()).filter(Boolean);
    return place.length ? `${this.#t.residence}${this.#t.colon}${place.join(', ')}\n\n` : '';
  }

  #check(field: Field) {
    return check(field, this.values, this.#regions(), MESSAGE_MAX - this.#residence().length);
  }

  #text(problem: FieldProblem): string {
    const { code, n, text } = problem;
    const t = this.#t;
    if (text) return text;
    return code! in t ? (t[code as keyof typeof t] as string) : fieldMessage(code as never, this.language, n);
  }

  #revalidate(field: Field, say = false) {
    if (!this.errors[field] && !say) return;
    const problem = this.#check(field);
    this.errors = { ...this.errors, [field]: problem };
    if (say && problem) this.announce = `${this.#t[field]}${this.#t.colon}${this.#text(problem)}`;
  }

  #set(name: string, value: string) {
    this.values = { ...this.values, [name]: value };
    this.#touched.add(name);
    this.#revalidate(name as Field);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#flush, 300);
  }

  #onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (!target.name || target.name === 'website') return;
    this.#set(target.name, target.type === 'checkbox' ? (target.checked ? '1' : '') : target.value);
  };

  #onBlur = (event: FocusEvent) => {
    const name = (event.target as HTMLInputElement).name;
    if (this.#touched.has(name)) this.#revalidate(name as Field, true);
  };

  async #focusFirstError() {
    await this.updateComplete;
    const field = FIELDS.find((f) => this.errors[f]);
    if (!field) return;
    const target =
      this.renderRoot.querySelector<HTMLElement>(`#${field}`) ??
      (field === 'regions' && this.regionFrom ? document.getElementById(this.regionFrom) : null);
    target?.focus();
  }

  #submit = async (event?: Event) => {
    event?.preventDefault();
    if (this.status === 'sending') return;
    if (this.status === 'invalid') {
      // Emptied first, so that a second submit with the same errors is announced again.
      this.status = '';
      await this.updateComplete;
    }
    const errors: typeof this.errors = {};
    for (const field of FIELDS) {
      const problem = this.#check(field);
      if (problem) errors[field] = problem;
    }
    this.errors = errors;
    if (Object.keys(errors).length) {
      this.#summary = errors;
      this.status = 'invalid';
      return this.#focusFirstError();
    }

    const v = this.values;
    const privacy = this.#privacyUrl();
    const input: ContactRequestInput = {
      name: `${v.firstName!.trim()} ${v.lastName!.trim()}`,
      email: v.email!.trim(),
      regionCodes: this.#regions() as ContactRequestInput['regionCodes'], // the SDK refuses 06/13
      message: this.#residence() + v.message!.trim(),
      preferredLanguage: v.language === 'en' || v.language === 'fr' ? v.language : this.language,
      consent: true,
      website: this.renderRoot.querySelector<HTMLInputElement>('#website')?.value ?? '',
    };
    if (v.phone?.trim()) input.phone = v.phone.trim();
    if (privacy) input.privacyPolicyUrl = privacy;
    const bodyHash = hash(JSON.stringify(input));
    if (!this.#key || this.#hash !== bodyHash) {
      // Not crypto.randomUUID(): it does not exist on a plain-http partner site.
      this.#key = randomId();
      this.#hash = bodyHash;
    }
    this.#save();

    this.status = 'sending';
    this.announce = this.#t.sending;
    this.emit('eer-contact-submit', {});
    try {
      const receipt = await this.client.contactRequests.create(input, { idempotencyKey: this.#key });
      saveDraft(this.#scope);
      this.#key = this.#hash = undefined;
      this.receipt = receipt;
      this.status = 'sent';
      this.announce = '';
      this.emit('eer-contact-success', { reference: receipt.reference });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.success')?.focus();
    } catch (error) {
      this.announce = '';
      const fieldErrors = isInvalidRequestError(error) ? error.fieldErrors : [];
      const network = isEerError(error) && /network|timeout/.test(error.kind);
      const misconfigured = tellWebmaster(error, this.language, this.setup);
      this.status = fieldErrors.length
        ? 'invalid'
        : misconfigured
          ? 'unavailable'
          : network
            ? 'network'
            : 'failed';
      const mapped: typeof this.errors = {};
      for (const { field, code, message } of fieldErrors) {
        mapped[fieldOf(field) ?? 'form'] ??= { code: code as FieldProblem['code'], text: message };
      }
      this.errors = this.#summary = mapped;
      this.emit('eer-contact-error', {
        code: isEerError(error) ? (error.code ?? error.kind) : 'unknown',
      });
      if (fieldErrors.length) await this.#focusFirstError();
    }
  };

  /** `privacy-url` made absolute; only http(s) links are shown and sent. */
  #privacyUrl(): string {
    try {
      const url = new URL(this.privacyUrl, document.baseURI);
      return this.privacyUrl && /^https?:$/.test(url.protocol) ? url.href : '';
    } catch {
      return '';
    }
  }

  /** The ids describing a field: its hints, then its error if any. */
  #describedBy(field: Field, ...hints: string[]) {
    if (this.errors[field]) hints.push(`${field}-error`);
    return hints.join(' ') || undefined;
  }

  #error(field: Field) {
    const problem = this.errors[field];
    return problem
      ? html`<p id="${field}-error" class="error" part="field-error">${this.#text(problem)}</p>`
      : nothing;
  }

  /** A text field; `optional` is `undefined` when required, else what its label adds (« (facultatif) »). */
  #input(field: Field, autocomplete: string, type = 'text', optional?: string, hint = '') {
    const t = this.#t;
    return html`<div class="field">
      <label for=${field} part="label"
        >${t[field]}${optional ? html` <span class="opt">${optional}</span>` : nothing}</label
      >
      <input
        id=${field}
        name=${field}
        part="input"
        type=${type}
        autocomplete=${autocomplete}
        inputmode=${ifDefined(type === 'text' ? undefined : type)}
        ?required=${optional === undefined}
        aria-invalid=${this.errors[field] ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.#describedBy(field, ...(hint ? [`${field}-hint`] : [])))}
        .value=${this.values[field] ?? ''}
      />
      ${hint ? html`<span id="${field}-hint" class="hint">${hint}</span>` : nothing} ${this.#error(field)}
    </div>`;
  }

  override render() {
    const t = this.#t;
    const lang = this.language;
    if (this.status === 'sent' && this.receipt) {
      const r = this.receipt;
      return html`${this.#heading()}
        <div class="success box" part="success" tabindex="-1" role="region" aria-labelledby="sent">
          <p id="sent" role="heading" aria-level=${this.#level}><strong>${t.sent}</strong></p>
          <p>${t.reference} <strong class="ref">${r.reference}</strong></p>
          <p>
            ${t.delay(
              r.organization.name,
              formatDate(new Date(`${r.respondBy}T12:00:00Z`), lang),
              r.responseDelayBusinessDays,
            )}
          </p>
        </div>`;
    }
    const v = this.values;
    const sending = this.status === 'sending';
    const privacy = this.#privacyUrl();
    const message = (v.message ?? '').trim().length;
    const max = MESSAGE_MAX - this.#residence().length;
    const summary = this.#summary;
    const listed = FIELDS.filter((f) => summary[f]);
    // Errors with no field on screen: regions the host gives, and the API's form-level ones.
    const hidden = (['regions', 'form'] as const).filter(
      (f) => summary[f] && (f === 'form' || !this.#embedsPicker),
    );
    return html`${this.#heading()}${
        this.advisor
          ? renderTask(this.#advisorTask, this, {
              pending: () =>
                html`<p class="skeleton advisor-line">
                  <span class="visually-hidden">${common[lang].loading}</span>
                </p>`,
              isEmpty: (a) => !a,
              empty: () => html``,
              complete: (a) =>
                html`<p part="advisor">
                  ${t.writingTo(a!.displayName, a!.title[lang], a!.organizationName)}
                </p>`,
            })
          : nothing
      }
      <form
        novalidate
        part="form"
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.#submit}
        @input=${this.#onInput}
        @focusout=${this.#onBlur}
        @eer-region-change=${(e: CustomEvent<{ value: string }>) => this.#set('regions', e.detail.value)}
      >
        <div class="row">
          ${this.#input('firstName', 'given-name')} ${this.#input('lastName', 'family-name')}
        </div>
        <div class="row">
          ${this.#input('email', 'email', 'email')}
          ${this.#input('phone', 'tel', 'tel', t.optional, t.phoneHint)}
        </div>
        <fieldset>
          <legend>${t.residence} <span class="opt">${t.optional}</span></legend>
          <div class="row">
            ${this.#input('country', 'country-name', 'text', '')}
            ${this.#input('city', 'address-level2', 'text', '')}
          </div>
        </fieldset>
        ${
          this.#embedsPicker
            ? html`<div class="field">
                <eer-region-picker
                  id="regions"
                  name="regions"
                  multiple
                  scope="served"
                  mode="list"
                  label=${t.regions}
                  .value=${v.regions ?? ''}
                  lang=${lang}
                  theme=${this.effectiveTheme}
                  accent=${ifDefined(this.accent || this.page.accent)}
                  radius=${ifDefined(this.radius || this.page.radius)}
                  density=${ifDefined(this.density || this.page.density)}
                  api-base=${ifDefined(this.apiBase || this.page.apiBase)}
                  api-key=${ifDefined(this.apiKey || this.page.apiKey)}
                ></eer-region-picker>
                ${this.#error('regions')}
              </div>`
            : nothing
        }
        <div class="field">
          <label for="language" part="label">${t.language}</label>
          <select id="language" name="language" part="input" .value=${v.language || lang}>
            <option value="fr" lang="fr">Français</option>
            <option value="en" lang="en">English</option>
          </select>
        </div>
        <div class="field">
          <label for="message" part="label">${t.message}</label>
          <textarea
            id="message"
            name="message"
            part="input"
            rows="6"
            required
            aria-invalid=${this.errors.message ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.#describedBy('message', 'counter'))}
            .value=${v.message ?? ''}
          ></textarea>
          <span id="counter" class="hint ${message > max ? 'over' : ''}" part="counter"
            >${t.counter(message, max)}</span
          >
          ${this.#error('message')}
        </div>
        <div class="box field" part="consent">
          <p id="law25">${t.law25}</p>
          <p>
            ${
              privacy
                ? html`<a href=${privacy} target="_blank" rel="noopener"
                    >${t.privacy} <span class="visually-hidden">${t.newTab}</span></a
                  >`
                : t.privacyAsk
            }
          </p>
          <div class="check">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              required
              .checked=${!!v.consent}
              aria-invalid=${this.errors.consent ? 'true' : 'false'}
              aria-describedby=${ifDefined(this.#describedBy('consent', 'law25'))}
            />
            <label for="consent" part="label">${t.consentText}</label>
          </div>
          ${this.#error('consent')}
        </div>
        <div class="visually-hidden" aria-hidden="true">
          <label for="website">${t.honeypot}</label>
          <input id="website" name="website" tabindex="-1" autocomplete="off" />
        </div>
        <div>
          <button class="primary" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? t.sending : t.submit}
          </button>
        </div>
      </form>
      <div class="alert" role="alert" part="alert">
        ${
          this.status === 'unavailable'
            ? html`<p>${common[lang].unavailable} ${t.kept}</p>`
            : this.status === 'network' || this.status === 'failed'
              ? html`<p>${this.status === 'network' ? common[lang].networkError : t.failed} ${t.kept}</p>
                  <button type="button" @click=${() => this.#submit()}>${common[lang].retry}</button>`
              : this.status === 'invalid'
                ? html`${listed.length ? html`<p>${t.summary(listed.map((f) => t[f]).join(', '))}</p>` : nothing}
                  ${hidden.map((f) => html`<p>${this.#text(summary[f]!)}</p>`)}`
                : nothing
        }
      </div>
      <p class="visually-hidden" role="status">${this.announce}</p>`;
  }

  get #level() {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  #heading() {
    return this.heading
      ? html`<p class="heading" part="heading" role="heading" aria-level=${this.#level}>${this.heading}</p>`
      : nothing;
  }

  get #embedsPicker() {
    return !this.region && !this.regionFrom;
  }
}
