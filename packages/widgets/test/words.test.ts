// The visible texts of every widget, both languages: errors stay calm (no exclamation
// mark) and French uses the typographic apostrophe (OQLF), whatever the widget.
import { expect } from '@open-wc/testing';
import { FIELD_MESSAGES } from '@emplois-en-regions/schemas';
import { common } from '../src/shared/i18n.js';
import { messages as formMessages } from '../src/advisor-contact-form/advisor-contact-form.messages.js';
import { messages as bannerMessages } from '../src/event-banner/event-banner.messages.js';
import { messages as pickerMessages } from '../src/region-picker/region-picker.messages.js';

type Entry = string | ((...args: never[]) => string);

/** Every text of a catalogue, functions called with sample arguments. */
function texts(catalogue: Record<string, Record<string, Entry>>): string[] {
  return Object.values(catalogue).flatMap((entries) =>
    Object.values(entries).map((entry) =>
      typeof entry === 'function'
        ? (entry as (...args: unknown[]) => string)(2, 'Estrie', 'EER-2026-000123')
        : entry,
    ),
  );
}

describe('words', () => {
  const catalogues = { common, formMessages, bannerMessages, pickerMessages };

  for (const [name, catalogue] of Object.entries(catalogues)) {
    it(`${name}: no exclamation mark, no straight apostrophe in French`, () => {
      const all = texts(catalogue as unknown as Record<string, Record<string, Entry>>);
      expect(all.length).to.be.greaterThan(3);
      for (const text of all) expect(text, text).to.not.contain('!');
      const french = texts({ fr: (catalogue as unknown as Record<string, Record<string, Entry>>).fr! });
      for (const text of french) expect(text, text).to.not.match(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/);
    });
  }

  it('field errors shared with the API: typographic apostrophes in French', () => {
    const french = Object.values(FIELD_MESSAGES).map((message) => message.fr(2));
    expect(french.length).to.be.greaterThan(10);
    for (const text of french) expect(text, text).to.not.match(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/);
  });
});
