/**
 * Any list answer: one page of `data`, and the cursor of the next page (null on the last).
 *
 * @example
 * ```ts
 * const page: PageOf<Event> = await client.events.list();
 * ```
 */
export interface PageOf<TItem> {
  /** The items of this page. */
  data: TItem[];
  /** Cursor of the next page, or null on the last one. */
  nextCursor: string | null;
}

/**
 * What a list method returns: await it for the first page (with `nextCursor` and,
 * for geography, `attribution`), or `for await` it for every item of every page.
 * Nothing is requested until you do either; the first page is requested once.
 * The call's `signal` is passed to every page request.
 *
 * @example
 * ```ts
 * const firstPage = await client.events.list({ region: '04', limit: 10 });
 * console.log(firstPage.data.length, firstPage.nextCursor);
 *
 * for await (const event of client.events.list({ region: '04' })) console.log(event.title.fr);
 * ```
 */
export class PagedList<TPage extends PageOf<TItem>, TItem = TPage['data'][number]>
  implements Promise<TPage>, AsyncIterable<TItem>
{
  /** Part of the Promise interface. */
  readonly [Symbol.toStringTag] = 'PagedList';
  readonly #fetchPage: (cursor: string | undefined) => Promise<TPage>;
  #firstPage: Promise<TPage> | undefined;

  /**
   * `fetchPage(cursor)` requests the page at `cursor`, or the first page when `cursor` is undefined.
   *
   * @example
   * ```ts
   * const list = new PagedList((cursor) => core.request({ path: 'events', query: { cursor }, schema: EventList }));
   * ```
   */
  constructor(fetchPage: (cursor: string | undefined) => Promise<TPage>) {
    this.#fetchPage = fetchPage;
  }

  /**
   * The first page (requested once, however often it is awaited).
   *
   * @example
   * ```ts
   * const { data, nextCursor } = await client.municipalities.list({ q: 'rimouski' }).first();
   * ```
   */
  first(): Promise<TPage> {
    return (this.#firstPage ??= this.#fetchPage(undefined));
  }

  /**
   * Makes the list awaitable: resolves with the first page.
   *
   * @example
   * ```ts
   * const page = await client.regions.list();
   * ```
   */
  then<TResult1 = TPage, TResult2 = never>(
    onfulfilled?: ((page: TPage) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.first().then(onfulfilled, onrejected);
  }

  /**
   * Like `Promise.prototype.catch`, on the first page.
   *
   * @example
   * ```ts
   * const page = await client.events.list().catch(() => ({ data: [], nextCursor: null }));
   * ```
   */
  catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<TPage | TResult> {
    return this.first().catch(onrejected);
  }

  /**
   * Like `Promise.prototype.finally`, on the first page.
   *
   * @example
   * ```ts
   * await client.events.list().finally(() => spinner.remove());
   * ```
   */
  finally(onfinally?: (() => void) | null): Promise<TPage> {
    return this.first().finally(onfinally);
  }

  /**
   * Every page in turn, for code that works a page at a time (e.g. a batch sync).
   *
   * @example
   * ```ts
   * for await (const page of client.events.list({ limit: 100 }).pages()) await saveBatch(page.data);
   * ```
   */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    let page = await this.first();
    yield page;
    while (page.nextCursor) {
      page = await this.#fetchPage(page.nextCursor);
      yield page;
    }
  }

  /**
   * Every item of every page, requesting the next page only when needed.
   *
   * @example
   * ```ts
   * for await (const municipality of client.municipalities.list({ region: '01' })) names.push(municipality.name);
   * ```
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }
}
