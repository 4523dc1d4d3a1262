// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { getDb } from '@/lib/db/db';
import { DbContext } from './DbContext';
import { ruleCatalog } from '@/lib/packs/catalog';
import { useConsole } from '@/lib/console/store';
import { sampleRule, samplePack } from '@/lib/packs/fixtures';
import { disabledRuleIds } from '@/lib/packs/store';
import { RulesList } from './RulesList';

const sources = {
  builtin: samplePack([sampleRule('apologise-first', { level: 'warning', category: 'empathy' })], { id: 'kizuki-builtin' }),
  team: samplePack([sampleRule('say-thanks')]),
  locked: ['apologise-first'],
};

beforeEach(() => {
  setLanguage('en');
  useConsole.setState({
    loaded: true,
    catalog: ruleCatalog(sources),
    figures: new Map([['say-thanks', { shown: 7, followed: 4, dismissed: 2 }]]),
    changed: vi.fn(async () => {}),
  });
});
afterEach(cleanup);

const rows = () => screen.queryAllByTestId('rule-row').map((row) => row.getAttribute('data-rule-id'));

describe('RulesList', () => {
  it('shows each rule with its pack and its last-30-day figures', () => {
    render(<DbContext.Provider value={getDb()}><RulesList /></DbContext.Provider>);
    expect(rows()).toEqual(['apologise-first', 'say-thanks']);
    const thanks = screen.getAllByTestId('rule-row')[1]!;
    expect(thanks.getAttribute('data-source')).toBe('team');
    expect([...thanks.querySelectorAll('td')].slice(3).map((td) => td.textContent)).toEqual(['7', '4', '2']);
  });

  it('filters by search text and by pack', () => {
    render(<DbContext.Provider value={getDb()}><RulesList /></DbContext.Provider>);
    fireEvent.change(screen.getByTestId('rules-search'), { target: { value: 'say-' } });
    expect(rows()).toEqual(['say-thanks']);
    fireEvent.change(screen.getByTestId('rules-search'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('rules-filter-pack'), { target: { value: 'builtin' } });
    expect(rows()).toEqual(['apologise-first']);
  });

  it('switches a rule off, and keeps a rule locked by policy on', async () => {
    render(<DbContext.Provider value={getDb()}><RulesList /></DbContext.Provider>);
    const [locked, thanks] = screen.getAllByRole('switch') as HTMLInputElement[];
    expect(locked!.disabled).toBe(true);
    fireEvent.click(thanks!);
    await waitFor(() => expect(useConsole.getState().changed).toHaveBeenCalled());
    expect(await disabledRuleIds(getDb())).toContain('say-thanks');
  });
});
