// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsFromTool, toolFromFields } from '../../console/tool-fields';
import { validateCustomTool, type CustomTool } from '../../tools/schema';
import { RT_DESCRIPTION, RT_ORIGIN } from '../../../tests/rt5/description';
import { customAdapter } from './custom';
import { readPage } from './read';

/**
 * Request Tracker 5's own pages, captured from the real RT (tests/fixtures/rt5), read with the
 * description a team lead types into the console — the path that must work with no adapter.
 */
const page = (file: string) => new DOMParser().parseFromString(readFileSync(join(process.cwd(), 'tests/fixtures/rt5', file), 'utf8'), 'text/html');

function described(): CustomTool {
  const result = validateCustomTool(toolFromFields({ ...fieldsFromTool(null), ...RT_DESCRIPTION }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.tool;
}

describe('Request Tracker 5 described in the console', () => {
  it('reads the ticket page: the customer\'s and the agent\'s messages, without quoted history or signatures', () => {
    const reading = readPage(customAdapter(described()), page('en-display.html'), new URL(`${RT_ORIGIN}/Ticket/Display.html?id=1`)).reading;
    expect(reading.conversationId).toBe('1');
    expect(reading.customer).toMatchObject({ name: 'Daniel Reyes', key: 'daniel.reyes@example.com' });
    expect(reading.turns.map((t) => t.from)).toEqual(['customer', 'agent', 'customer']);
    const last = reading.turns.at(-1)!.text;
    expect(last).toMatch(/^I already told you the box was dented/);
    expect(last).toMatch(/pack things properly next time\.$/);
    expect(last).not.toMatch(/Sent from my iPhone|wrote:|Show quoted text|I'm really sorry your mugs/);
  });

  it('reads a Japanese ticket the same way', () => {
    const reading = readPage(customAdapter(described()), page('ja-display.html'), new URL(`${RT_ORIGIN}/Ticket/Display.html?id=5`)).reading;
    expect(reading.turns.map((t) => t.from)).toEqual(['customer', 'agent', 'customer']);
    expect(reading.turns[0]!.text).toContain('割れていました');
    expect(reading.turns.at(-1)!.text).not.toMatch(/Show quoted text|Enoch Root via RT/);
  });

  for (const file of ['en-update-plain.html', 'ja-update-plain.html']) {
    it(`reads the reply page's box, and takes none of its inline scripts for messages (${file})`, () => {
      const reading = readPage(customAdapter(described()), page(file), new URL(`${RT_ORIGIN}/Ticket/Update.html?id=1&Action=Respond`)).reading;
      expect(reading.how).toMatchObject({ replyBox: 'tool', replyApart: true });
      expect(reading.draft).toBe('');
      // The page has no thread: at most the structure's guess, which the background never lets
      // replace the thread read on the ticket page (lib/background/continuity.ts).
      expect(reading.how?.thread).not.toBe('tool');
      for (const turn of reading.turns) expect(turn.text).not.toMatch(/jQuery|function\s*\(|var /);
    });
  }
});
