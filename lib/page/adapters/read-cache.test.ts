// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadCache, withReadCache } from './read-cache';
import { safeQuery } from './shared';
import { readTurns, type ThreadSpec } from './thread';

const spec: ThreadSpec = {
  item: 'li[data-author]',
  body: '.body',
  author: (item) => (item.getAttribute('data-author') === 'agent' ? 'agent' : 'customer'),
};

function read() {
  return {
    turns: readTurns(document.querySelector('#thread'), spec),
    customer: safeQuery(document, '[data-customer-name]')?.textContent ?? null,
  };
}

/** A small deterministic random source, so a failing sequence can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the read cache', () => {
  let records: MutationRecord[];
  let observer: MutationObserver;
  let cache: ReadCache;
  let thread: HTMLElement;

  const item = (text: string, author = 'customer') => {
    const li = document.createElement('li');
    li.setAttribute('data-author', author);
    li.innerHTML = `<span class="who">${author}</span><span class="body">${text}</span>`;
    return li;
  };
  /** One batch: the page's records reach the cache, then the adapter reads with it. */
  const batch = async () => {
    await Promise.resolve();
    records.push(...observer.takeRecords());
    cache.note(records.splice(0));
    const reading = withReadCache(cache, read);
    cache.settle();
    return reading;
  };

  beforeEach(() => {
    document.body.innerHTML = '<aside id="side"><p data-customer-name>Ann Lee</p></aside><main><ul id="thread"></ul></main><aside id="later"></aside>';
    thread = document.querySelector('#thread')!;
    for (let i = 0; i < 5; i++) thread.append(item(`hello ${i}`, i % 2 ? 'agent' : 'customer'));
    records = [];
    observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    cache = new ReadCache();
    withReadCache(cache, read);
    cache.settle();
  });
  afterEach(() => observer.disconnect());

  it('follows appended messages without querying the whole list, and reads only the new ones', async () => {
    const bodies = vi.fn((el: Element) => spec.author(el));
    const counted = { ...spec, author: bodies };
    withReadCache(cache, () => readTurns(thread, counted));
    cache.settle();
    bodies.mockClear();
    const queryAll = vi.spyOn(thread, 'querySelectorAll');
    const pageQuery = vi.spyOn(document, 'querySelector');

    thread.append(item('one more'), item('and another', 'agent'));
    await Promise.resolve();
    cache.note(records.splice(0));
    const turns = withReadCache(cache, () => readTurns(thread, counted));
    const customer = withReadCache(cache, () => safeQuery(document, '[data-customer-name]'));
    cache.settle();

    expect(turns.map((t) => t.text)).toEqual(['hello 0', 'hello 1', 'hello 2', 'hello 3', 'hello 4', 'one more', 'and another']);
    expect(bodies).toHaveBeenCalledTimes(2);
    expect(queryAll).not.toHaveBeenCalled();
    expect(customer?.textContent).toBe('Ann Lee');
    expect(pageQuery).not.toHaveBeenCalled();
  });

  it('reads again only the message whose text changed, and hands back the same list when nothing did', async () => {
    const before = (await batch()).turns;
    expect((await batch()).turns).toBe(before);
    thread.children[2]!.querySelector('.body')!.firstChild!.nodeValue = 'edited';
    const after = (await batch()).turns;
    expect(after.map((t) => t.text)).toEqual(['hello 0', 'hello 1', 'edited', 'hello 3', 'hello 4']);
    expect(after[1]).toBe(before[1]);
  });

  it('queries the page again when a newly added element could come first, or the kept one no longer matches', async () => {
    const side = document.querySelector('#side')!;
    side.prepend(Object.assign(document.createElement('div'), { innerHTML: '<p data-customer-name>Bo Chen</p>' }));
    expect((await batch()).customer).toBe('Bo Chen');
    side.querySelector('div p')!.removeAttribute('data-customer-name');
    expect((await batch()).customer).toBe('Ann Lee');
    side.querySelector('div')!.remove();
    side.querySelector('p')!.remove();
    expect((await batch()).customer).toBe(null);
    side.append(Object.assign(document.createElement('div'), { innerHTML: '<p data-customer-name>Cy Diaz</p>' }));
    expect((await batch()).customer).toBe('Cy Diaz');
  });

  it('reads the same as the page through any mix of appends, inserts, removals and edits', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const next = random(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      let n = 0;
      const ops = [
        () => thread.append(...Array.from({ length: 1 + Math.floor(next() * 3) }, () => item(`new ${n++}`, pick(['agent', 'customer'])))),
        () => thread.insertBefore(item(`inserted ${n++}`), pick([...thread.children, null])),
        () => thread.children.length && pick([...thread.children]).remove(),
        () => {
          const body = thread.children.length ? pick([...thread.children]).querySelector('.body') : null;
          if (body) body.textContent = `edited ${n++}`;
        },
        () => (thread.children.length ? pick([...thread.children]).querySelector('.body') : null)?.append(` more ${n++}`),
        () => thread.append(Object.assign(document.createElement('p'), { className: 'typing', textContent: '…' })),
        () => thread.querySelector('.typing')?.remove(),
        () => document.querySelector('#later')!.replaceChildren(item(`elsewhere ${n++}`)),
        () => document.querySelector('#side')!.replaceChildren(Object.assign(document.createElement('div'), { innerHTML: `<p data-customer-name>Name ${n++}</p>` })),
        () => {
          const wrapper = document.createElement('div');
          wrapper.append(item(`wrapped ${n++}`));
          thread.append(wrapper);
        },
      ];
      for (let step = 0; step < 120; step++) {
        const count = 1 + Math.floor(next() * 4);
        for (let k = 0; k < count; k++) pick(ops)();
        const cached = await batch();
        expect(cached, `seed ${seed}, step ${step}`).toEqual(read());
      }
    }
  }, 60_000); // 720 random batches on a simulated DOM: slow on a busy machine, but never hanging
});
