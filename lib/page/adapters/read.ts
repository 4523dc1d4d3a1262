import type { PageReading } from '../../conversation/snapshot';
import { ownWords } from '../text/email';
import { editableText } from './shared';
import type { Adapter } from './types';

/**
 * The reply box's text as the agent is writing it: one place for the whole-page read and the
 * keystroke. Their signature and the quoted history below it are not what they are writing.
 */
export function draftOf(adapter: Pick<Adapter, 'draftSkip'>, composer: Element | null): string | null {
  const text = editableText(composer, adapter.draftSkip);
  return text === null ? null : ownWords(text);
}

/** What the page shows, with the draft read from the adapter's reply box. */
export function readPage(adapter: Adapter, root: ParentNode, url: URL): { reading: PageReading; composer: HTMLElement | null } {
  const composer = adapter.composer(root);
  return { reading: { ...adapter.read(root, url), draft: draftOf(adapter, composer) }, composer };
}
