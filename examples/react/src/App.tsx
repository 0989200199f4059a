import { useEffect, useState } from 'react';
import type { RegionChangeDetail } from '@emplois-en-regions/widgets';
import { messages, type Lang } from './messages.js';

/** A partner's page: React state follows the widgets' events and flows back into their attributes. */
export function App() {
  const [lang, setLang] = useState<Lang>('fr');
  const [choice, setChoice] = useState<RegionChangeDetail | null>(null);
  const [reference, setReference] = useState('');
  const t = messages[lang];
  const region = choice?.region ?? null;
  const regionName = region ? region.name[lang] : '';

  // The widgets also fall back to the page's <html lang>; <eer-config lang> below sets it for them all.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = messages[lang].documentTitle;
  }, [lang]);

  return (
    <>
      {/* Page-wide defaults for every widget; it need not wrap them. */}
      <eer-config api-key="pk_test_demo" lang={lang}></eer-config>

      <header className="page-header">
        <h1>{t.title}</h1>
        <button type="button" lang={t.otherLang} onClick={() => setLang(t.otherLang)}>
          {t.otherLanguage}
        </button>
      </header>
      <p>{t.intro}</p>

      <div className="layout">
        <main>
          <h2>{t.pickHeading}</h2>
          <eer-region-picker
            id="region"
            mode="combobox"
            name="region"
            oneer-region-change={(event) => setChoice(event.detail)}
          ></eer-region-picker>
          {/* The picker announces the choice itself: this summary is not a live region. */}
          <p className="choice" data-region={region?.code ?? ''}>
            {region ? t.chosen(regionName, region.code) : t.noRegion}
            {choice?.municipality && (
              <>
                <br />
                {t.municipality(choice.municipality.name)}
              </>
            )}
          </p>

          <h2>{t.contactHeading}</h2>
          {reference && (
            <div className="confirmation">
              <p>
                <strong>{t.sent}</strong>
              </p>
              <p>
                {t.reference} <strong className="reference">{reference}</strong>
              </p>
            </div>
          )}
          <eer-advisor-contact-form
            region={region?.code ?? ''}
            privacy-url="https://www.exemple-mrc.example/confidentialite"
            oneer-contact-success={(event) => setReference(event.detail.reference)}
          ></eer-advisor-contact-form>
        </main>

        <aside>
          <h2>{region ? t.eventsIn(regionName) : t.eventsHeading}</h2>
          <eer-event-banner layout="list" limit={5} region={region?.code ?? ''}></eer-event-banner>
        </aside>
      </div>
    </>
  );
}
