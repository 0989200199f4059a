import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/region-picker/define.js';
import type { EerRegionPicker } from '../src/region-picker/region-picker.js';
import { LONG_NAMES, PARTLY_SERVED, REGION_CODES, UNSERVED } from '../src/region-picker/program-regions.js';
import { addFault, apiBase, clearFaults, until } from './helpers.js';

/**
 * Issue 12: the list picker must not grow when its regions arrive (a WordPress page measured
 * CLS 0.011 when the skeleton left out the service notes). Every picker of a layout loads at
 * once behind one slow answer, so their skeletons and lists are measured in the same column.
 */
const PICKERS = [
  'lang="fr"',
  'lang="en" multiple',
  'lang="fr" scope="all" multiple',
  'lang="en" scope="all"',
  // Listed out of order and with an unserved region the scope leaves out.
  'lang="fr" regions="16,02,06,11,04"',
  'lang="en" scope="all" multiple regions="13,15,08"',
];

const LAYOUTS = [
  { name: '375 px viewport', viewport: 375, container: '' },
  { name: '1280 px viewport', viewport: 1280, container: '' },
  { name: '650 px container', viewport: 1280, container: '650px' },
  { name: '380 px container', viewport: 1280, container: '380px' },
];

const busy = (el: EerRegionPicker) => !!el.shadowRoot!.querySelector('[aria-busy]');
const height = (el: EerRegionPicker) => el.getBoundingClientRect().height;

describe('<eer-region-picker mode="list"> layout while loading', () => {
  let base = '';
  let fresh = 0;
  before(async () => {
    base = await apiBase();
  });
  afterEach(clearFaults);
  after(() => setViewport({ width: 800, height: 600 }));

  it('predicts the regions the API lists: order, service, long names', async () => {
    const response = await fetch(`${base}/v1/regions?key=pk_test_demo`);
    const { data } = (await response.json()) as {
      data: Array<{ code: string; served: boolean; serviceArea: string; name: { fr: string; en: string } }>;
    };
    expect(data.map((r) => r.code)).to.deep.equal(REGION_CODES);
    expect(data.filter((r) => !r.served).map((r) => r.code)).to.deep.equal(UNSERVED);
    expect(data.filter((r) => r.serviceArea === 'outside-cmm').map((r) => r.code)).to.deep.equal(
      PARTLY_SERVED,
    );
    for (const [code, name] of Object.entries(LONG_NAMES)) {
      const region = data.find((r) => r.code === code)!;
      expect([region.name.fr, region.name.en]).to.deep.equal([name, name]);
    }
  });

  for (const layout of LAYOUTS) {
    it(`keeps its height when the regions arrive (${layout.name})`, async () => {
      await setViewport({ width: layout.viewport, height: 800 });
      // The regions answer stays fresh in the HTTP cache: an uncacheable answer to a reload evicts it.
      await addFault({ path: '/v1/regions', kind: 'status', status: 503, times: 1 });
      await fetch(`${base}/v1/regions?key=pk_test_demo`, { cache: 'reload' });
      await addFault({ path: '/v1/regions', kind: 'delay', ms: 3000, times: 20 });
      const wrapper = await fixture<HTMLElement>(
        `<div style="${layout.container ? `width:${layout.container}` : ''}">${PICKERS.map(
          (attributes) =>
            `<eer-region-picker api-base="${base}/?client=layout${fresh++}" api-key="pk_test_demo" ${attributes}></eer-region-picker>`,
        ).join('')}</div>`,
      );
      const pickers = [...wrapper.querySelectorAll<EerRegionPicker>('eer-region-picker')];
      await Promise.all(pickers.map((el) => el.updateComplete));
      expect(pickers.every(busy), 'all still loading').to.equal(true);
      const pending = pickers.map(height);
      await expect(pickers[2]).to.be.accessible();
      await expect(pickers[4]).to.be.accessible();
      await until(() => !pickers.some(busy), 8000, 'the regions');
      await Promise.all(pickers.map((el) => el.updateComplete));
      const loaded = pickers.map(height);
      const report = PICKERS.map((attributes, i) => `${attributes}: ${pending[i]} → ${loaded[i]}`).join('\n');
      for (const [i, el] of pickers.entries()) {
        expect(el.shadowRoot!.querySelector('fieldset'), PICKERS[i]).to.not.equal(null);
        expect(Math.abs(loaded[i]! - pending[i]!), `${layout.name}\n${report}`).to.be.at.most(0.5);
      }
      await expect(pickers[2]).to.be.accessible();
      await expect(pickers[4]).to.be.accessible();
    });
  }
});
