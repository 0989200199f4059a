/** The look after the outside review (issue 14): widgets blend into the partner's page. */
import { expect, fixture } from '@open-wc/testing';
import '../src/region-picker/define.js';
import '../src/event-banner/define.js';
import '../src/advisor-contact-form/define.js';
import { apiBase, until } from './helpers.js';

describe('look', () => {
  it('stacked widgets never touch; the margin collapses with the page’s and yields to a page rule', async () => {
    const base = await apiBase();
    const page = await fixture<HTMLDivElement>(
      `<div>
        <eer-event-banner api-base="${base}" api-key="pk_test_demo" lang="fr" empty="message" layout="bar"></eer-event-banner>
        <eer-region-picker api-base="${base}" api-key="pk_test_demo" lang="fr" mode="combobox"></eer-region-picker>
        <eer-advisor-contact-form api-base="${base}" api-key="pk_test_demo" lang="fr" privacy-url="https://exemple.ca/p"></eer-advisor-contact-form>
        <p style="margin: 16px 0">Texte de la page</p>
      </div>`,
    );
    const [banner, picker, form, text] = [...page.children] as HTMLElement[];
    await until(
      () => [banner, picker, form].every((el) => !!el!.shadowRoot?.firstElementChild),
      8000,
      'render',
    );
    const gap = (a: Element, b: Element) => b.getBoundingClientRect().top - a.getBoundingClientRect().bottom;
    expect(gap(banner!, picker!), 'banner → picker').to.be.at.least(8);
    expect(gap(picker!, form!), 'picker → form').to.be.at.least(8);
    // Collapsed with the paragraph's 16 px, not added to it.
    expect(gap(form!, text!)).to.be.closeTo(16, 0.5);
    // The form's own embedded picker keeps the form's spacing.
    const inner = form!.shadowRoot!.querySelector('eer-region-picker');
    expect(inner, 'the form embeds its own region picker').to.not.equal(null);
    expect(getComputedStyle(inner!).marginBottom).to.equal('0px');
    picker!.style.margin = '0';
    expect(gap(picker!, form!)).to.equal(0);
  });

  it('the dark form draws one panel: its embedded picker lines up with the other fields', async () => {
    const base = await apiBase();
    const form = await fixture(
      `<eer-advisor-contact-form api-base="${base}" api-key="pk_test_demo" lang="fr" theme="dark" privacy-url="https://exemple.ca/p"></eer-advisor-contact-form>`,
    );
    await until(() => !!form.shadowRoot?.querySelector('eer-region-picker'), 8000, 'the form');
    const picker = form.shadowRoot!.querySelector<HTMLElement>('eer-region-picker')!;
    await until(() => !!picker.shadowRoot?.querySelector('legend'), 8000, 'the regions');
    expect(picker.dataset.eerTheme).to.equal('dark');
    // The picker inherits the dark theme but is no panel of its own inside the form's.
    expect(getComputedStyle(picker).padding).to.equal('0px');
    const legend = picker.shadowRoot!.querySelector('legend')!.getBoundingClientRect();
    const label = form.shadowRoot!.querySelector('label[for=message]')!.getBoundingClientRect();
    expect(legend.left, 'the regions legend and the message label start at the same x').to.be.closeTo(
      label.left,
      0.5,
    );
    await expect(form).to.be.accessible();
  });

  for (const tag of ['eer-region-picker', 'eer-event-banner', 'eer-advisor-contact-form']) {
    it(`${tag} paints no opaque background by default; the dark theme keeps its surface`, async () => {
      const base = await apiBase();
      const el = await fixture(
        `<${tag} api-base="${base}" api-key="pk_test_demo" lang="fr" region="01" empty="message" privacy-url="https://exemple.ca/p"></${tag}>`,
      );
      await until(() => !!el.shadowRoot?.firstElementChild, 8000, tag);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(28, 30, 33)');
      // A panel: its content never flush against its edges, its corners rounded like its cards.
      expect(parseFloat(getComputedStyle(el).paddingLeft)).to.be.at.least(8);
      expect(parseFloat(getComputedStyle(el).paddingTop)).to.be.at.least(8);
      expect(getComputedStyle(el).borderTopLeftRadius).to.equal('8px');
      const host = el.getBoundingClientRect();
      for (const child of el.shadowRoot!.querySelectorAll('label, input, button, legend, [part=label]')) {
        const box = child.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.left - host.left, `${child.localName} off the left edge`).to.be.at.least(8);
        expect(host.right - box.right, `${child.localName} off the right edge`).to.be.at.least(8);
      }
      await expect(el).to.be.accessible();
    });
  }
});
