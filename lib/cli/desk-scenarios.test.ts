// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONVERSATIONS_DIR, scenarioConversations } from '../../tests/desk/export-conversations';

/**
 * Rules a support lead would also accept at the end of these conversations, beyond the
 * lessons each scenario was written for (the reasons are in lib/rules/builtin/builtin.test.ts).
 */
const ALSO_FINE: Record<string, string[]> = {
  'en-laughed-complaint': ['own-the-repeat-contact', 'explain-plainly'],
  'ja-clinic-director-callback': ['note-the-promise'],
  'ja-supervisor-demand': ['apologise-first'],
  'en-supervisor-demand': ['apologise-first'],
  // A second contact about a catalogue that still has not come: a failure the company caused.
  'en-late-order-deadline': ['apologise-first'],
  'ja-late-catalog-second-call': ['apologise-first'],
};

const conversations = scenarioConversations();

describe('`kizuki check` on the desk\'s conversations', () => {
  it('keeps tests/fixtures/conversations in step with the scenarios (npx tsx tests/desk/export-conversations.ts)', () => {
    for (const { id, json } of conversations) {
      expect(readFileSync(`${CONVERSATIONS_DIR}${id}.json`, 'utf8'), id).toBe(json);
    }
  });

  for (const { id, lessons } of conversations) {
    it(`${id}: ${lessons.length ? `fires what the lesson calls for (${lessons.join(', ')})` : 'stays quiet on a calm how-to'}`, () => {
      const run = spawnSync(process.execPath, ['bin/kizuki.mjs', 'check', '--json', `${CONVERSATIONS_DIR}${id}.json`], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const fired = (JSON.parse(run.stdout) as { prompts: { ruleId: string }[] }).prompts.map((p) => p.ruleId);
      if (lessons.length === 0) {
        expect(fired).toEqual([]);
        return;
      }
      expect(fired.some((rule) => lessons.includes(rule))).toBe(true);
      for (const rule of fired) expect([...lessons, ...(ALSO_FINE[id] ?? [])], `${rule} fired`).toContain(rule);
    }, 20_000);
  }
});
