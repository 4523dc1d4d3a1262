import { useEffect, useState, type RefObject } from 'react';

/**
 * How many shown cards sit (partly) below the bottom of the panel's scrolling area, and the
 * first of them: the panel says "N more below" rather than let a card wait unseen.
 */
export function usePromptsBelow(list: RefObject<HTMLElement | null>, version: unknown): { count: number; first: HTMLElement | null } {
  const [below, setBelow] = useState<{ count: number; first: HTMLElement | null }>({ count: 0, first: null });
  useEffect(() => {
    const root = list.current?.closest('main') ?? null;
    if (!root || typeof IntersectionObserver === 'undefined') return;
    const state = new Map<Element, boolean>();
    const update = () => {
      const waiting = [...state].filter(([, isBelow]) => isBelow).map(([el]) => el as HTMLElement);
      setBelow((old) => (old.count === waiting.length && old.first === (waiting[0] ?? null) ? old : { count: waiting.length, first: waiting[0] ?? null }));
    };
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const bottom = entry.rootBounds?.bottom ?? Infinity;
        state.set(entry.target, entry.intersectionRatio < 0.98 && entry.boundingClientRect.bottom > bottom);
      }
      update();
    }, { root, threshold: [0, 0.5, 0.98, 1] });
    list.current?.querySelectorAll('[data-testid="prompt"]:not([hidden])').forEach((card) => observer.observe(card));
    return () => observer.disconnect();
  }, [list, version]);
  return below;
}

/**
 * Keeps the panel's scrolling area at least as tall as the first card (as `--first-card` on
 * it), so the notes below can take only what is left: the first card is always whole.
 */
export function useFirstCardRoom(list: RefObject<HTMLElement | null>, version: unknown): void {
  useEffect(() => {
    const main = list.current?.closest('main');
    const first = list.current?.querySelector<HTMLElement>('[data-testid="prompt"]:not([hidden])');
    if (!main) return;
    if (!first || typeof ResizeObserver === 'undefined') {
      main.style.removeProperty('--first-card');
      return;
    }
    const observer = new ResizeObserver(() => main.style.setProperty('--first-card', `${Math.ceil(first.getBoundingClientRect().height)}px`));
    observer.observe(first);
    return () => observer.disconnect();
  }, [list, version]);
}
