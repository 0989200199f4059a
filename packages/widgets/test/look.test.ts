/** The look after the outside review (issue 14): widgets blend into the partner's page. */
import { expect, fixture } from '@open-wc/testing';
import '../src/region-picker/define.js';
import '../src/event-banner/define.js';
import '../src/advisor-contact-form/define.js';
import { apiBase, until } from './helpers.js';

describe('look', () => {
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
