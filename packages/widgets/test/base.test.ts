import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { accentTokens, contrast, parseColor, SURFACES } from '../src/shared/color.js';
import { formatDate, formatRange, formatTime } from '../src/shared/i18n.js';
import { EerElement } from '../src/shared/eer-element.js';
import '../src/config/define.js';
import { until } from './helpers.js';

class ProbeElement extends EerElement {
  override render() {
    return html`<p>${this.language}</p>
      <button class="primary">ok</button><a href="#x">lien</a>`;
  }
}
customElements.define('eer-test-probe', ProbeElement);

const rgb = (css: string) => parseColor(css)!;

describe('shared base', () => {
  afterEach(() => {
    document.querySelectorAll('eer-config').forEach((el) => el.remove());
    document.documentElement.lang = 'en';
  });

  it('defaults to French, follows <html lang>, then <eer-config>, then its own lang', async () => {
    document.documentElement.lang = '';
    const el = await fixture<ProbeElement>(html`<eer-test-probe></eer-test-probe>`);
    expect(el.language).to.equal('fr');
    document.documentElement.lang = 'en-CA';
    await el.updateComplete;
    expect(el.language).to.equal('en');
    const config = document.createElement('eer-config');
    config.setAttribute('lang', 'fr');
    document.body.append(config);
    await el.updateComplete;
    expect(el.language).to.equal('fr');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.language).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('takes page-wide settings from an <eer-config> that does not wrap it; own attributes win', async () => {
    const config = document.createElement('eer-config') as HTMLElement & { updateComplete: Promise<boolean> };
    config.setAttribute('theme', 'dark');
    config.setAttribute('api-key', 'pk_test_demo');
    document.body.prepend(config);
    const el = await fixture<ProbeElement>(html`<eer-test-probe></eer-test-probe>`);
    expect(el.effectiveTheme).to.equal('dark');
    expect(el.dataset.eerTheme).to.equal('dark');
    expect(el.getAttribute('theme') ?? '').to.equal('', 'the page value does not become the widget’s own');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.effectiveTheme).to.equal('light');
    el.theme = '';
    config.setAttribute('theme', 'auto');
    await config.updateComplete;
    await el.updateComplete;
    expect(el.effectiveTheme).to.equal('auto', 'follows a later change of <eer-config>');
    expect(el.dataset.eerTheme).to.equal(
      matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
      'auto resolved to the system scheme',
    );
    config.remove();
    await el.updateComplete;
    expect(el.dataset.eerTheme).to.equal('light');
    const other = await fixture<ProbeElement>(html`<eer-test-probe></eer-test-probe>`);
    expect(other.client).to.equal(el.client, 'one client shared by the widgets of the page');
  });

  for (const accent of ['#ffeb3b', 'yellow', '#111', 'hsl(210 100% 40%)', 'oklch(0.9 0.1 120)']) {
    for (const theme of ['light', 'dark'] as const) {
      it(`keeps AA contrast with accent ${accent} on ${theme}`, async () => {
        const tokens = accentTokens(accent, SURFACES[theme])!;
        expect(contrast(rgb(tokens['--eer-accent']!), rgb(tokens['--eer-on-accent']!))).to.be.at.least(4.5);
        expect(contrast(rgb(tokens['--eer-accent-text']!), SURFACES[theme])).to.be.at.least(4.5);
        const el = await fixture<ProbeElement>(
          html`<eer-test-probe theme=${theme} accent=${accent} lang="fr"></eer-test-probe>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  }

  it('re-tunes the accent when the system switches to dark with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'light' });
    try {
      const el = await fixture<ProbeElement>(
        html`<eer-test-probe theme="auto" accent="#ffeb3b"></eer-test-probe>`,
      );
      const token = () => el.style.getPropertyValue('--eer-accent-text');
      expect(token()).to.equal(accentTokens('#ffeb3b', SURFACES.light)!['--eer-accent-text']);
      await emulateMedia({ colorScheme: 'dark' });
      const dark = accentTokens('#ffeb3b', SURFACES.dark)!['--eer-accent-text'];
      await until(() => token() === dark, 5000, 'the accent tokens of the dark theme');
      await el.updateComplete;
      expect(token()).to.equal(accentTokens('#ffeb3b', SURFACES.dark)!['--eer-accent-text']);
      expect(contrast(rgb(token()), SURFACES.dark)).to.be.at.least(4.5);
      expect(el.dataset.eerTheme).to.equal('dark');
      expect(getComputedStyle(el).getPropertyValue('--eer-surface').trim()).to.equal('#1c1e21');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('writes times the OQLF way in French', () => {
    const start = new Date('2026-12-03T19:30:00Z'); // 14 h 30 in Toronto
    expect(formatTime(start, 'fr')).to.equal('14\u00a0h\u00a030');
    expect(formatTime(new Date('2026-12-03T15:00:00Z'), 'fr')).to.equal('10\u00a0h');
    expect(formatRange(start, new Date('2026-12-03T21:00:00Z'), 'fr')).to.contain(
      '14\u00a0h\u00a030 – 16\u00a0h',
    );
    expect(formatDate(new Date('2026-12-01T15:00:00Z'), 'fr')).to.equal('mardi 1er décembre 2026');
    expect(formatDate(new Date('2026-12-01T15:00:00Z'), 'en')).to.equal('Tuesday, December 1, 2026');
  });
});
