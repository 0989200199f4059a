// The scenes capture.mjs takes: what each page holds, and how a visitor brings it to its state.
// `body` is written once per stripe (white, grey), `s` naming the stripe so ids stay unique;
// `act` drives the state with real clicks and typing. States that need the keyboard focus
// (an open combobox, a focus ring) are driven in the grey stripe only; the white one stays at rest.

const PRIVACY = 'https://www.exemple-mrc.example/confidentialite';
const words = {
  fr: {
    before: 'Texte de la page avant le composant.',
    after: 'Texte de la page après le composant.',
    heading: 'Écrivez à une conseillère ou à un conseiller',
    message:
      'Bonjour, je voudrais m’installer en Estrie avec ma famille. Quelles sont les prochaines étapes ?',
  },
  en: {
    before: 'Page text before the widget.',
    after: 'Page text after the widget.',
    heading: 'Write to an advisor',
    message: 'Hello, I would like to settle in Estrie with my family. What are the next steps?',
  },
};

const picker = (mode) => (s) => `<eer-region-picker id="region-${s}" mode="${mode}"></eer-region-picker>`;
const form =
  (extra = '') =>
  () =>
    `<eer-advisor-contact-form privacy-url="${PRIVACY}"${extra}></eer-advisor-contact-form>`;

/** Types into the grey stripe's combobox and waits for the municipality search of the whole text to answer. */
async function search({ stripes, quiet }, text) {
  const input = stripes[1].locator('eer-region-picker #combo');
  const answered = input
    .page()
    .waitForResponse((response) => new URL(response.url()).searchParams.get('q') === text, {
      timeout: 10_000,
    });
  await input.click();
  await input.pressSequentially(text, { delay: 40 });
  await answered;
  await quiet(300);
}

/** Checks « Estrie » in the stripe's list picker (in the form, its embedded list). */
async function chooseEstrie(stripe) {
  await stripe
    .getByRole('radio', { name: /^Estrie/ })
    .or(stripe.getByRole('checkbox', { name: /^Estrie/ }))
    .first()
    .click();
}

async function fillForm(stripe, lang) {
  const form = stripe.locator('eer-advisor-contact-form');
  await form.locator('#firstName').fill('Amina');
  await form.locator('#lastName').fill('Diallo');
  await form.locator('#email').fill('amina.diallo@example.org');
  await chooseEstrie(form);
  await form.locator('#message').fill(words[lang].message);
  await form.locator('#consent').check();
}

export const SCENES = [
  { name: 'banner-bar', body: () => '<eer-event-banner layout="bar" dismissible></eer-event-banner>' },
  { name: 'banner-card', body: () => '<eer-event-banner layout="card" dismissible></eer-event-banner>' },
  { name: 'banner-list', body: () => '<eer-event-banner layout="list" limit="4"></eer-event-banner>' },
  {
    // A sidebar-width column: the bar's details wrap onto several lines (separators at line starts?).
    name: 'banner-bar-narrow',
    narrow: true,
    body: () => '<eer-event-banner layout="bar" dismissible></eer-event-banner>',
  },
  {
    name: 'banner-card-focus',
    body: () => '<eer-event-banner layout="card" dismissible></eer-event-banner>',
    act: async ({ stripes }) => {
      await stripes[1].locator('eer-event-banner').getByRole('link').first().focus();
      // Focus by keyboard, so :focus-visible applies as for a visitor tabbing.
      await stripes[1].page().keyboard.press('Shift+Tab');
      await stripes[1].page().keyboard.press('Tab');
    },
  },
  { name: 'combobox-closed', body: picker('combobox') },
  {
    name: 'combobox-open',
    body: picker('combobox'),
    act: async ({ stripes, quiet, note }) => {
      const input = stripes[1].locator('eer-region-picker #combo');
      await input.focus();
      await input.press('Alt+ArrowDown');
      await quiet();
      if ((await input.getAttribute('aria-expanded')) !== 'true') {
        note('Alt+ArrowDown did not open the list; ArrowDown instead');
        await input.press('ArrowDown');
      }
    },
  },
  { name: 'combobox-search', body: picker('combobox'), act: (ctx) => search(ctx, 'sher') },
  { name: 'combobox-no-result', body: picker('combobox'), act: (ctx) => search(ctx, 'zzxq') },
  {
    name: 'combobox-selected',
    body: picker('combobox'),
    act: async ({ stripes, quiet }) => {
      for (const stripe of stripes) {
        const input = stripe.locator('eer-region-picker #combo');
        await input.click();
        await input.pressSequentially('Sherbrooke', { delay: 30 });
        await quiet(500);
        await stripe
          .getByRole('option', { name: /Sherbrooke/ })
          .first()
          .click();
      }
      await stripes[0].page().mouse.click(2, 2);
    },
  },
  { name: 'map', body: picker('map') },
  {
    name: 'map-selected',
    body: picker('map'),
    act: async ({ stripes }) => {
      // By keyboard: the centre of a region's shape may lie under a neighbour or the inset.
      for (const stripe of stripes) await stripe.getByRole('radio', { name: /^Estrie/ }).press('Space');
      await stripes[0].page().mouse.click(2, 2);
    },
  },
  { name: 'list', body: picker('list') },
  {
    name: 'list-selected',
    body: picker('list'),
    act: async ({ stripes }) => {
      for (const stripe of stripes) await chooseEstrie(stripe);
      await stripes[0].page().mouse.click(2, 2);
    },
  },
  { name: 'form-empty', body: form() },
  {
    // Older versions ignore `heading`: the same shot as form-empty, under this name so pairs match.
    name: 'form-heading',
    body: (s, lang) => form(` heading="${words[lang].heading}"`)(),
  },
  {
    name: 'form-focus',
    body: form(),
    act: async ({ stripes }) => {
      await stripes[1].locator('eer-advisor-contact-form #firstName').click();
      await stripes[1].page().keyboard.press('Shift+Tab');
      await stripes[1].page().keyboard.press('Tab');
    },
  },
  {
    name: 'form-error',
    body: form(),
    act: async ({ stripes, quiet }) => {
      for (const stripe of stripes) {
        const form = stripe.locator('eer-advisor-contact-form');
        await form.locator('#email').fill('amina@');
        await form.locator('[part~="submit"]').click();
        await quiet();
      }
    },
  },
  {
    name: 'form-success',
    body: form(),
    act: async ({ stripes, lang, quiet }) => {
      for (const stripe of stripes) {
        await fillForm(stripe, lang);
        const form = stripe.locator('eer-advisor-contact-form');
        await form.locator('[part~="submit"]').click();
        await form.locator('[part~="success"], [part~="alert"] p').first().waitFor({ timeout: 10_000 });
        await quiet();
      }
    },
  },
  {
    // What a partner page stacks: a bar, the combobox and the form that follow it, no page text between.
    name: 'stack',
    body: (s) => `<eer-event-banner layout="bar" region-from="region-${s}" dismissible></eer-event-banner>
      <eer-region-picker id="region-${s}" mode="combobox"></eer-region-picker>
      <eer-advisor-contact-form region-from="region-${s}" privacy-url="${PRIVACY}"></eer-advisor-contact-form>`,
  },
];

/** The page of a scene: the page's own text and background around the widget, in each stripe. */
export function pageHtml(scene, { theme, lang }) {
  const w = words[lang];
  const stripe = (s) => `<section class="stripe ${s}">
      <div class="column">
        <p class="text">${w.before}</p>
        ${scene.body(s, lang)}
        <p class="text">${w.after}</p>
      </div>
    </section>`;
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${scene.name}</title>
    <script type="module" src="/cdn/eer-widgets.js"></script>
    <style>
      body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1d2430; }
      .stripe { padding: 24px 16px; }
      .white { background: #ffffff; }
      .grey { background: #e3e6eb; }
      .column { max-width: ${scene.narrow ? '280px' : '960px'}; margin: 0 auto; }
      .text { margin: 0 0 12px; }
      .column > :not(.text) + .text { margin-top: 12px; }
    </style>
  </head>
  <body>
    <eer-config api-key="pk_test_demo" lang="${lang}" theme="${theme}"></eer-config>
    ${stripe('white')}
    ${stripe('grey')}
  </body>
</html>
`;
}
