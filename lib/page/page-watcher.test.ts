// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTurns } from './adapters/thread';
import type { Adapter } from './adapters/types';
import { applyPatch, type Snapshot, type SnapshotPatch } from '../conversation/snapshot';
import { createPageWatcher, type PageWatcher } from './page-watcher';

/** A tiny tool: messages are <li data-author>, the reply box is a textarea. */
const toyAdapter: Adapter = {
  id: 'toy',
  name: 'Toy desk',
  matches: ['https://toy.example/*'],
  detect: (root) => root.querySelector('#thread') !== null,
  read: (root) => ({
    conversationId: root.querySelector('#thread')?.getAttribute('data-id') ?? null,
    customer: { name: 'Ann' },
    turns: [...root.querySelectorAll('#thread li')].map((li) => ({
      from: li.getAttribute('data-author') === 'agent' ? 'agent' : 'customer',
      text: li.textContent ?? '',
    })),
  }),
  composer: (root) => root.querySelector<HTMLElement>('#reply'),
};

describe('the page watcher', () => {
  let patches: SnapshotPatch[];
  let reads: number;
  let watcher: PageWatcher;
  let runQueued: (() => void)[];

  const latest = (): Snapshot => patches.reduce<Snapshot | null>((s, p) => applyPatch(s, p), null)!;
  const runIdle = () => runQueued.splice(0).forEach((task) => task());

  beforeEach(() => {
    document.body.innerHTML = '<ul id="thread" data-id="42"><li data-author="customer">Hello</li></ul><textarea id="reply"></textarea>';
    patches = [];
    reads = 0;
    runQueued = [];
    const counting: Adapter = { ...toyAdapter, detect: (root, url) => toyAdapter.detect(root, url), read: (root, url) => { reads++; return toyAdapter.read(root, url); } };
    watcher = createPageWatcher({
      document,
      url: () => 'https://toy.example/c/42',
      pickAdapter: (root, url) => (counting.detect(root, url) ? counting : null),
      send: (patch) => patches.push(patch),
      schedule: (task) => { runQueued.push(task); return () => { runQueued = runQueued.filter((t) => t !== task); }; },
      fullReadGapMs: 0,
    });
    watcher.start();
    runIdle();
  });
  afterEach(() => watcher.stop());

  it('sends the whole conversation first', () => {
    expect(latest()).toMatchObject({ tool: 'toy', conversationId: '42', turns: [{ from: 'customer', text: 'Hello' }], draft: '' });
    expect(latest().health).toEqual({ detected: true, messageList: true, replyBox: true, messages: 1 });
  });

  it('batches many page changes into one read and one message', async () => {
    const thread = document.querySelector('#thread')!;
    for (let i = 0; i < 20; i++) thread.insertAdjacentHTML('beforeend', `<li data-author="customer">line ${i}</li>`);
    await Promise.resolve(); // mutation records are delivered as a microtask
    expect(runQueued).toHaveLength(1);
    const readsBefore = reads;
    runIdle();
    expect(reads - readsBefore).toBe(1);
    expect(patches.at(-1)).toMatchObject({ turnsFrom: 1 });
    expect(patches.at(-1)!.turns).toHaveLength(20);
  });

  it('re-reads only the reply box when the agent types', () => {
    const reply = document.querySelector<HTMLTextAreaElement>('#reply')!;
    const readsBefore = reads;
    const detect = vi.spyOn(toyAdapter, 'detect');
    reply.value = 'Sorry';
    reply.dispatchEvent(new Event('input', { bubbles: true }));
    runIdle();
    expect(reads).toBe(readsBefore);
    expect(detect).not.toHaveBeenCalled(); // same address, same tool: no detection per keystroke
    detect.mockRestore();
    expect(patches.at(-1)).toEqual({ base: { draft: 'Sorry' } });
  });

  it('reads the draft after a keystroke the way the adapter reads it, so a whole-page read changes nothing', async () => {
    const reply = document.querySelector<HTMLTextAreaElement>('#reply')!;
    reply.value = 'Sorry ';
    reply.dispatchEvent(new Event('input', { bubbles: true }));
    runIdle();
    expect(patches.at(-1)).toEqual({ base: { draft: 'Sorry ' } });
    const sent = patches.length;
    document.querySelector('#thread')!.setAttribute('data-id', '42'); // a page change that reads the whole page again
    document.querySelector('#thread')!.append(document.createComment('redraw'));
    await Promise.resolve();
    runIdle();
    expect(patches.slice(sent).some((p) => p.base && 'draft' in p.base)).toBe(false);
  });

  it('says "not detected" when the conversation disappears mid-way, without throwing', async () => {
    document.querySelector('#thread')!.remove();
    await Promise.resolve();
    runIdle();
    expect(latest()).toMatchObject({ tool: null, conversationId: null, health: { detected: false } });
  });

  it('degrades to "not detected" when the adapter throws', async () => {
    const throwing: Adapter = { ...toyAdapter, read: () => { throw new Error('markup changed'); } };
    const sent: SnapshotPatch[] = [];
    const broken = createPageWatcher({ document, url: () => 'https://toy.example/', pickAdapter: () => throwing, send: (p) => sent.push(p) });
    broken.flush();
    expect(applyPatch(null, sent[0]!)).toMatchObject({ tool: null, health: { detected: false } });
    broken.stop();
  });

  it('re-reads only the messages the page changed', async () => {
    let itemReads = 0;
    const threadAdapter: Adapter = {
      ...toyAdapter,
      read: (root) => ({
        ...toyAdapter.read(root, new URL('https://toy.example/')),
        turns: readTurns(root, { item: '#thread li', author: (li) => { itemReads++; return li.getAttribute('data-author') === 'agent' ? 'agent' : 'customer'; } }),
      }),
    };
    const sent: SnapshotPatch[] = [];
    const cached = createPageWatcher({ document, url: () => 'https://toy.example/c/42', pickAdapter: () => threadAdapter, send: (p) => sent.push(p), schedule: (task) => { runQueued.push(task); return () => {}; }, fullReadGapMs: 0 });
    const thread = document.querySelector('#thread')!;
    for (let i = 0; i < 50; i++) thread.insertAdjacentHTML('beforeend', `<li data-author="agent">reply ${i}</li>`);
    cached.start();
    runIdle();
    expect(itemReads).toBe(51);

    thread.insertAdjacentHTML('beforeend', '<li data-author="customer">one more</li>');
    thread.children[3]!.textContent = 'reply 2 (edited)';
    await Promise.resolve();
    runIdle();
    expect(itemReads).toBe(53);
    const latestCached = sent.reduce<Snapshot | null>((snap, p) => applyPatch(snap, p), null)!;
    expect(latestCached.turns).toHaveLength(52);
    expect(latestCached.turns[3]!.text).toBe('reply 2 (edited)');
    expect(sent.at(-1)).toMatchObject({ turnsFrom: 3 });
    cached.stop();
  });

  it('reads the whole page afresh now and then, so a change the observer does not report is caught', async () => {
    const threadAdapter: Adapter = {
      ...toyAdapter,
      read: (root) => ({
        ...toyAdapter.read(root, new URL('https://toy.example/')),
        turns: readTurns(root, { item: '#thread li', author: (li) => (li.getAttribute('data-author') === 'agent' ? 'agent' : 'customer') }),
      }),
    };
    const sent: SnapshotPatch[] = [];
    const refreshing = createPageWatcher({ document, url: () => 'https://toy.example/c/42', pickAdapter: () => threadAdapter, send: (p) => sent.push(p), schedule: (task) => { runQueued.push(task); return () => {}; }, fullReadGapMs: 0, refreshMs: 30 });
    refreshing.start();
    runIdle();
    const thread = document.querySelector('#thread')!;
    thread.children[0]!.setAttribute('data-author', 'agent'); // an attribute the observer does not watch
    await new Promise((resolve) => setTimeout(resolve, 40));
    thread.insertAdjacentHTML('beforeend', '<li data-author="customer">later</li>');
    await Promise.resolve();
    runIdle();
    const seen = sent.reduce<Snapshot | null>((snap, p) => applyPatch(snap, p), null)!;
    expect(seen.turns.map((t) => t.from)).toEqual(['agent', 'customer']);
    refreshing.stop();
  });

  it('hands Insert the reply box the page shows now, even before the next read', () => {
    const replaced = document.createElement('textarea');
    replaced.id = 'reply';
    document.querySelector('#reply')!.replaceWith(replaced); // the tool re-rendered its editor
    expect(watcher.composer()).toBe(replaced);
  });

  it('stops watching when stopped', async () => {
    watcher.stop();
    document.querySelector('#thread')!.insertAdjacentHTML('beforeend', '<li>late</li>');
    await Promise.resolve();
    expect(runQueued).toHaveLength(0);
  });
});

describe('a reply box inside an iframe', () => {
  it('follows the keystrokes typed in the frame, which never reach the page', async () => {
    document.body.innerHTML = '<ul id="thread" data-id="7"><li data-author="customer">Broken again</li></ul><iframe id="editor" srcdoc="<body contenteditable=true><p>Sorry</p></body>"></iframe>';
    await new Promise((resolve) => setTimeout(resolve, 20));
    const frameBody = (document.querySelector('#editor') as HTMLIFrameElement).contentDocument!.body;
    const framed: Adapter = { ...toyAdapter, composer: () => frameBody };
    const patches: SnapshotPatch[] = [];
    let queued: (() => void)[] = [];
    const watcher = createPageWatcher({
      document,
      url: () => 'https://toy.example/c/7',
      pickAdapter: () => framed,
      send: (patch) => patches.push(patch),
      schedule: (task) => { queued.push(task); return () => { queued = queued.filter((t) => t !== task); }; },
      fullReadGapMs: 0,
    });
    watcher.start();
    queued.splice(0).forEach((task) => task());
    const draft = () => patches.reduce<Snapshot | null>((s, p) => applyPatch(s, p), null)!.draft;
    expect(draft()).toBe('Sorry');
    frameBody.innerHTML = '<p>Sorry about that</p>';
    frameBody.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    queued.splice(0).forEach((task) => task());
    expect(draft()).toBe('Sorry about that');
    watcher.stop();
  });

  it('finds an editor its frame received after the page settled, when only the frame loaded', async () => {
    document.body.innerHTML = '<ul id="thread" data-id="8"><li data-author="customer">Still broken</li></ul><iframe id="editor" srcdoc="<body><p>Loading</p></body>"></iframe>';
    await new Promise((resolve) => setTimeout(resolve, 20));
    const frame = document.querySelector('#editor') as HTMLIFrameElement;
    // The tool is recognised by its reply box, which the editor makes editable once it has started.
    const editable = () => frame.contentDocument?.querySelector<HTMLElement>('body[contenteditable]') ?? null;
    const framed: Adapter = { ...toyAdapter, detect: () => editable() !== null, composer: editable };
    const patches: SnapshotPatch[] = [];
    let queued: (() => void)[] = [];
    const watcher = createPageWatcher({
      document,
      url: () => 'https://toy.example/c/8',
      pickAdapter: (root, url) => (framed.detect(root, url) ? framed : null),
      send: (patch) => patches.push(patch),
      schedule: (task) => { queued.push(task); return () => { queued = queued.filter((t) => t !== task); }; },
      fullReadGapMs: 0,
    });
    watcher.start();
    queued.splice(0).forEach((task) => task());
    const latest = () => patches.reduce<Snapshot | null>((s, p) => applyPatch(s, p), null)!;
    expect(latest().health.detected).toBe(false);

    // Inside the frame only: the page's own document does not change.
    frame.contentDocument!.body.setAttribute('contenteditable', 'true');
    frame.contentDocument!.body.innerHTML = '<p>We are</p>';
    frame.dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    queued.splice(0).forEach((task) => task());
    expect(latest()).toMatchObject({ tool: 'toy', draft: 'We are', health: { detected: true } });
    watcher.stop();
  });
});
