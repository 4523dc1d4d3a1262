import { describe, expect, it } from 'vitest';
import { earlierContacts } from './history';

describe("the customer's earlier contacts", () => {
  it("counts a contact the tool lists and Kizuki recorded once, and keeps either side's others", () => {
    const tool = [{ startedAt: '2026-11-19T01:00:00Z', summary: 'Catalogue request' }, { startedAt: '2026-11-18T09:00:00Z' }];
    const recorded = [{ startedAt: '2026-11-19T01:00:30Z', summary: 'note' }, { startedAt: '2026-11-10T09:00:00Z' }];
    expect(earlierContacts(tool, recorded).map((e) => e.startedAt)).toEqual(['2026-11-19T01:00:00Z', '2026-11-18T09:00:00Z', '2026-11-10T09:00:00Z']);
    expect(earlierContacts(undefined, [])).toEqual([]);
  });
});
