/**
 * Language tagging (issue 14, WCAG 3.1.2): each widget's content is marked with the
 * language it renders, whatever chose it, never `lang=""` (« unknown »).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/config/define.js';
import '../src/region-picker/define.js';
import '../src/event-banner/define.js';
import '../src/advisor-contact-form/define.js';
import { apiBase, until } from './helpers.js';

const TAGS = ['eer-region-picker', 'eer-event-banner', 'eer-advisor-contact-form'] as const;

/** The language `:lang()` matches on the widget's first visible text. */
function textLang(el: Element): 'fr' | 'en' | '?' {
  const node = el.shadowRoot!.querySelector('label, legend, .label, [part=label], section, p')!;
  return node.matches(':lang(en)') ? 'en' : node.matches(':lang(fr)') ? 'fr' : '?';
}

describe('language tagging', () => {
  let base = '';
  before(async () => {
    base = await apiBase();
  });
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.querySelectorAll('eer-config').forEach((c) => c.remove());
  });

  for (const tag of TAGS) {
    it(`${tag}: <eer-config lang="en"> on a French page marks its English text as English`, async () => {
      document.documentElement.lang = 'fr';
      const config = document.createElement('eer-config');
      config.setAttribute('lang', 'en');
      document.body.append(config);
      const el = await fixture(
        `<${tag} api-base="${base}" api-key="pk_test_demo" region="01" empty="message"></${tag}>`,
      );
      await until(() => !!el.shadowRoot?.querySelector('label, legend, .label, section, p'), 8000, tag);
      expect(el.getAttribute('lang')).to.equal('en');
      expect(textLang(el)).to.equal('en');
      config.setAttribute('lang', 'fr');
      await until(() => el.getAttribute('lang') === 'fr', 2000, 'follows the config');
      expect(textLang(el)).to.equal('fr');
      // Still the page's choice, not the widget's own: it keeps following.
      config.remove();
      document.documentElement.lang = 'en';
      await until(() => el.getAttribute('lang') === 'en', 2000, 'follows <html lang>');
      await expect(el).to.be.accessible();
    });
  }

  it('never writes lang="" and keeps an own lang', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture(
      html`<eer-region-picker api-base=${base} api-key="pk_test_demo"></eer-region-picker>`,
    );
    expect(el.getAttribute('lang')).to.equal('fr', 'an unsupported page language renders French');
    const own = await fixture(
      html`<eer-region-picker api-base=${base} api-key="pk_test_demo" lang="en-CA"></eer-region-picker>`,
    );
    document.documentElement.lang = 'fr';
    await (own as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect((own as unknown as { lang: string }).lang).to.equal('en-CA', 'an own lang stays the widget’s');
    expect(own.getAttribute('lang')).to.equal('en');
  });
});
