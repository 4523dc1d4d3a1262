/**
 * The shape of every detector's labelled sentences: ones that must fire, each with the words the
 * hit must cover, and near misses that must stay quiet. Offsets are checked against the original.
 */
import { describe, expect, it } from 'vitest';
import type { Hit } from './grammar';

export function detectorCases(name: string, detect: (text: string) => Hit | null, fires: readonly (readonly [string, string])[], quiet: readonly string[]): void {
  describe(name, () => {
    it.each(fires)('fires on %s, pointing at %s', (text, words) => {
      const hit = detect(text);
      expect(hit, text).not.toBeNull();
      const at = text.indexOf(words);
      expect(at, `"${words}" is not in the sentence`).toBeGreaterThanOrEqual(0);
      expect(text.slice(hit!.start, hit!.end)).toBe(hit!.phrase);
      expect(hit!.start).toBeLessThanOrEqual(at);
      expect(hit!.end).toBeGreaterThanOrEqual(at + words.length);
      // The hit is the words that made it true, not the whole message.
      expect(hit!.phrase.length).toBeLessThanOrEqual(Math.max(words.length + 60, words.length * 3));
    });
    it.each(quiet)('stays quiet on %s', (text) => {
      expect(detect(text)).toBeNull();
    });
  });
}
