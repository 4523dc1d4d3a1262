import type { PageReading } from '../../conversation/snapshot';
import { editableText } from './shared';
import type { Adapter } from './types';

/** The reply box's text as the adapter reads it: one place for the whole-page read and the keystroke. */
export function draftOf(adapter: Pick<Adapter, 'draftSkip'>, composer: Element | null): string | null {
  return editableText(composer, adapter.draftSkip);
}

/** What the page shows, with the draft read from the adapter's reply box. */
export function readPage(adapter: Adapter, root: ParentNode, url: URL): { reading: PageReading; composer: HTMLElement | null } {
  const composer = adapter.composer(root);
  return { reading: { ...adapter.read(root, url), draft: draftOf(adapter, composer) }, composer };
}
