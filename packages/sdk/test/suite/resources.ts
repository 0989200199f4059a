import { expect } from 'chai';
import {
  createClient,
  createContactRequest,
  createCore,
  isInvalidRequestError,
  listEvents,
  listRegions,
  type Event,
} from '../../src/index.js';
import type { SuiteContext } from '../harness.js';
import { contactInput, countRequests, demoClient, rejectionOf, thrownBy } from './helpers.js';

export function resourcesSuite({ t, server }: SuiteContext): void {
  t.describe('resources', () => {
    t.it('regions.list gives the 17 regions, 15 served, with the attribution', async () => {
      const client = await demoClient(server);
      const page = await client.regions.list();
      expect(page.data).to.have.length(17);
      expect(page.data.filter((region) => region.served)).to.have.length(15);
      expect(page.nextCursor).to.equal(null);
      expect(page.attribution.licence).to.be.a('string');
    });

    t.it('regions.get gives one region; a malformed code is refused before sending', async () => {
      const client = await demoClient(server);
      const region = await client.regions.get('04');
      expect(region.code).to.equal('04');
      expect(region.name.fr).to.equal('Mauricie');

      const { result: error, count } = await countRequests(server, { path: '/v1/regions/99' }, () =>
        rejectionOf(client.regions.get('99')),
      );
      expect(isInvalidRequestError(error)).to.equal(true);
      expect(error.kind).to.equal('validation');
      expect(error.fieldErrors[0].field).to.equal('code');
      expect(count).to.equal(0);
    });

    t.it('mrcs.list filters by region', async () => {
      const client = await demoClient(server);
      const { data } = await client.mrcs.list({ region: '15' });
      expect(data.length).to.be.greaterThan(0);
      expect(data.every((mrc) => mrc.regionCode === '15')).to.equal(true);
    });

    t.it('municipalities.list searches without accents or hyphens', async () => {
      const client = await demoClient(server);
      const { data } = await client.municipalities.list({ q: 'riviere du loup', limit: 5 });
      expect(data[0]?.name).to.equal('Rivière-du-Loup');
    });

    t.it('organizations.list gives leads and partners', async () => {
      const client = await demoClient(server);
      const { data } = await client.organizations.list();
      expect(data.some((organization) => organization.role === 'lead')).to.equal(true);
      expect(data.every((organization) => typeof organization.name === 'string')).to.equal(true);
    });

    t.it('advisors.list gives the advisors of a region, without personal contact details', async () => {
      const client = await demoClient(server);
      const { data } = await client.advisors.list({ region: '01' });
      expect(data.length).to.be.greaterThan(0);
      for (const advisor of data) {
        expect(advisor.regionCodes).to.include('01');
        expect(advisor).not.to.have.property('email');
        expect(advisor).not.to.have.property('phone');
      }
    });

    t.it('events.list and events.get agree', async () => {
      const client = await demoClient(server);
      const { data } = await client.events.list({ limit: 3 });
      expect(data.length).to.be.within(1, 3);
      const first = data[0] as Event;
      const event = await client.events.get(first.id);
      expect(event.id).to.equal(first.id);
      expect(event.title.fr).to.equal(first.title.fr);
    });

    t.it('events.icsUrl and events.feedUrl point at iCalendar files', async () => {
      const client = await demoClient(server);
      const { data } = await client.events.list({ limit: 1 });
      const event = data[0] as Event;
      const icsUrl = client.events.icsUrl(event.id);
      expect(new URL(icsUrl).pathname).to.equal(new URL(event.icsUrl).pathname);
      const feedUrl = new URL(client.events.feedUrl({ region: event.regionCodes[0], lang: 'en' }));
      expect(feedUrl.pathname).to.equal('/v1/events.ics');
      expect(feedUrl.searchParams.get('region')).to.equal(event.regionCodes[0]);
      expect(feedUrl.searchParams.get('lang')).to.equal('en');
      expect(feedUrl.searchParams.has('key')).to.equal(false);

      // Links and calendar apps fetch these URLs without an Origin; so does Node.
      if (server.environment === 'node') {
        for (const url of [icsUrl, feedUrl.href]) {
          const response = await fetch(url);
          expect(response.headers.get('content-type')).to.match(/^text\/calendar/);
          expect(await response.text()).to.match(/^BEGIN:VCALENDAR/);
        }
      }
      const error = thrownBy(() => client.events.feedUrl({ type: 'party' as never }));
      expect(isInvalidRequestError(error)).to.equal(true);
      expect(error.fieldErrors[0].field).to.equal('type');
    });

    t.it('contactRequests.create answers a receipt with a human reference', async () => {
      const client = await demoClient(server);
      const receipt = await client.contactRequests.create(contactInput('resources'));
      expect(receipt.reference).to.match(/^EER-\d{4}-\d{6}$/);
      expect(receipt.status).to.equal('received');
      expect(receipt.regionCodes).to.deep.equal(['04']);
    });

    t.it('listRegions, listEvents and createContactRequest are the methods, alone on a core', async () => {
      const core = createCore({ baseUrl: await server.url(), key: 'pk_test_demo', lang: 'en' });
      const regions = await listRegions(core);
      expect(regions.data).to.have.length(17);
      const events = await listEvents(core, { limit: 2 });
      expect(events.data.length).to.be.within(1, 2);
      let count = 0;
      for await (const event of listEvents(core, { limit: 1 })) if (event.id && ++count === 2) break;
      expect(count).to.equal(2, 'iterable over the pages, like events.list');
      const receipt = await createContactRequest(core, contactInput('alone'), {
        idempotencyKey: 'alone-0001',
      });
      expect(receipt.reference).to.match(/^EER-\d{4}-\d{6}$/);
      // Refused input rejects (it never throws synchronously) and nothing is sent.
      const refused = createContactRequest(core, { ...contactInput('alone'), email: 'nope' });
      const error = await rejectionOf(refused);
      expect(isInvalidRequestError(error)).to.equal(true);
      expect(error.fieldErrors[0].field).to.equal('email');
      expect(error.fieldErrors[0].message).to.match(/email/i);
    });

    t.it('contactRequests.list needs a secret key, which a browser refuses', async () => {
      const baseUrl = await server.url();
      if (server.environment === 'browser') {
        const error = thrownBy(() => createClient({ baseUrl, key: 'sk_test_promis' }));
        expect(error).to.be.instanceOf(TypeError);
        expect(error.message).to.match(/secret key/);
        return;
      }
      const client = createClient({ baseUrl, key: 'sk_test_promis' });
      const { data } = await client.contactRequests.list({ limit: 5 });
      expect(data).to.be.an('array');
      const recorded = (await server.requests({ method: 'GET', path: '/v1/contact-requests' })).at(-1);
      expect(recorded?.headers['authorization']).to.equal('Bearer sk_test_promis');
      expect(recorded?.query).not.to.have.property('key');
    });
  });
}
