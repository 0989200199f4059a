import { expect } from 'chai';
import type { Event, Municipality } from '../../src/index.js';
import type { SuiteContext } from '../harness.js';
import { countRequests, demoClient, rejectionOf } from './helpers.js';

export function paginationSuite({ t, server }: SuiteContext): void {
  t.describe('pagination', () => {
    t.it('for await walks every event across pages, in start order, each once', async () => {
      const client = await demoClient(server);
      const { result: events, count } = await countRequests(
        server,
        { method: 'GET', path: '/v1/events' },
        async () => {
          const all: Event[] = [];
          for await (const event of client.events.list({ limit: 5 }, { cache: false })) all.push(event);
          return all;
        },
      );
      expect(events.length).to.be.greaterThan(5);
      expect(count).to.equal(Math.ceil(events.length / 5) + (events.length % 5 === 0 ? 1 : 0));
      expect(new Set(events.map((event) => event.id)).size).to.equal(events.length);
      const starts = events.map((event) => Date.parse(event.start));
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));

      // The same events as one big page.
      const { data } = await client.events.list({ limit: 100 });
      expect(events.map((event) => event.id)).to.deep.equal(data.map((event) => event.id));
    });

    t.it('for await walks every municipality of a region', async () => {
      const client = await demoClient(server);
      const region = await client.regions.get('01');
      const names: Municipality[] = [];
      const list = client.municipalities.list({ region: '01', limit: 50 });
      let pages = 0;
      for await (const page of list.pages()) {
        pages++;
        names.push(...page.data);
      }
      expect(pages).to.be.greaterThan(1);
      expect(names.length).to.equal(region.municipalityCount);
      expect(names.every((municipality) => municipality.regionCode === '01')).to.equal(true);
    });

    t.it('awaiting a list gives its first page, requested once and only when awaited', async () => {
      // A pass-through fetch (the real one, to the real server) that notes each path asked for.
      const asked: string[] = [];
      const client = await demoClient(server, {
        fetch: (input, init) => {
          asked.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
          return fetch(input, init);
        },
      });
      const filter = { method: 'GET', path: '/v1/events' };
      const before = (await server.requests(filter)).length;
      const list = client.events.list({ limit: 2 }, { cache: false });
      // Instead of sleeping: a whole round trip made after list(), by the same client. Whatever
      // list() started on its own would have reached fetch before this answer comes back.
      await client.regions.get('04', { cache: false });
      expect(asked).to.deep.equal(['/v1/regions/04']);
      expect((await server.requests(filter)).length).to.equal(before);
      const page = await list;
      expect(await list).to.equal(page);
      expect((await server.requests(filter)).length).to.equal(before + 1);
      expect(page.data).to.have.length(2);
      expect(page.nextCursor).to.be.a('string');
    });

    t.it('the signal reaches every page request', async () => {
      const client = await demoClient(server);
      const controller = new AbortController();
      const seen: Event[] = [];
      const error = await rejectionOf(
        (async () => {
          for await (const event of client.events.list(
            { limit: 2 },
            { signal: controller.signal, cache: false },
          )) {
            seen.push(event);
            if (seen.length === 2) controller.abort();
          }
        })(),
      );
      expect(seen).to.have.length(2);
      expect(error.kind).to.equal('aborted');
    });
  });
}
