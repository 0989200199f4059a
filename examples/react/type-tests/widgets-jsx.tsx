// Type-level tests of @emplois-en-regions/widgets/jsx, checked by `tsc` (pnpm
// typecheck), never run. Each @ts-expect-error fails the check if the typings
// stop rejecting that mistake; the valid uses fail it if they stop accepting them.
// (TypeScript never checks JSX attribute names with a dash that the types do not
// declare, as for data-*: a misspelt `privacy-urll` cannot be caught.)
import type {
  ContactErrorDetail,
  ContactSuccessDetail,
  EerAdvisorContactForm,
  EerRegionPicker,
  RegionChangeDetail,
} from '@emplois-en-regions/widgets';
import type {} from '@emplois-en-regions/widgets/jsx';
import { useRef } from 'react';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** `exactly<T>()(value)` compiles only when the type of `value` is exactly `T` (not `any`, not wider). */
const exactly =
  <T,>() =>
  <U,>(value: U, ..._proof: Equal<T, U> extends true ? [] : [mismatch: never]) =>
    value;

export function ValidUses() {
  const picker = useRef<EerRegionPicker>(null);
  return (
    <>
      <eer-config api-key="pk_test_demo" api-base="http://localhost:8787" lang="fr" theme="dark" />
      <eer-region-picker
        ref={picker}
        id="region"
        className="picker"
        style={{ maxWidth: '30rem' }}
        mode="map"
        scope="all"
        detail="municipality"
        multiple
        required={false}
        theme="auto"
        density="compact"
        accent="#0b5cad"
        api-key="pk_test_demo"
        oneer-region-change={(event) => {
          exactly<RegionChangeDetail>()(event.detail);
          const element: EerRegionPicker = event.currentTarget;
          return element.value === event.detail.value;
        }}
      />
      <eer-advisor-contact-form
        region-from="region"
        privacy-url="https://www.exemple-mrc.example/confidentialite"
        oneer-contact-submit={(event) => exactly<Record<string, never>>()(event.detail)}
        oneer-contact-success={(event: CustomEvent<ContactSuccessDetail>) => event.detail.reference}
        oneer-contact-error={(event) => exactly<ContactErrorDetail>()(event.detail)}
        onClick={(event) => event.currentTarget satisfies EerAdvisorContactForm}
      />
      <eer-event-banner
        layout="card"
        limit={5}
        dismissible
        empty="message"
        region="05"
        oneer-event-open={(event) => event.detail.action satisfies 'register' | 'calendar' | 'online'}
        oneer-banner-dismiss={(event) => event.detail.ids satisfies string[]}
      />
    </>
  );
}

export function InvalidUses() {
  return (
    <>
      {/* @ts-expect-error: not a mode (`list`, `combobox` or `map`) */}
      <eer-region-picker mode="carte" />
      {/* @ts-expect-error: not a scope */}
      <eer-region-picker scope="some" />
      {/* @ts-expect-error: a boolean attribute */}
      <eer-region-picker multiple="yes" />
      {/* @ts-expect-error: not a theme */}
      <eer-region-picker theme="blue" />
      {/* @ts-expect-error: not a density */}
      <eer-advisor-contact-form density="tight" />
      {/* @ts-expect-error: not a layout */}
      <eer-event-banner layout="grid" />
      {/* @ts-expect-error: limit is a number */}
      <eer-event-banner limit="five" />
      {/* @ts-expect-error: the camelCase property is not a JSX prop (React would set an unknown lowercase attribute before the element is defined) */}
      <eer-region-picker apiKey="pk_test_demo" />
      {/* @ts-expect-error: the detail of eer-region-change is not a contact reference */}
      <eer-region-picker
        oneer-region-change={(event: CustomEvent<ContactSuccessDetail>) => event.detail.reference}
      />
      {/* @ts-expect-error: the success detail has no region */}
      <eer-advisor-contact-form
        oneer-contact-success={(event: CustomEvent<RegionChangeDetail>) => event.detail.region}
      />
      {/* @ts-expect-error: a listener, not a string */}
      <eer-event-banner oneer-event-open="alert(1)" />
      {/* @ts-expect-error: React 19 would listen for "EerRegionChange", which is never fired */}
      <eer-region-picker onEerRegionChange={() => undefined} />
    </>
  );
}
