// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { setLanguage } from '@/lib/i18n';
import { installPlainErrors } from '@/lib/i18n/plain-errors';
import { freshDb } from '@/lib/db/testing';
import { useConsole } from '@/lib/console/store';
import { DbContext } from './DbContext';
import { RuleEditor } from './RuleEditor';

// CodeMirror's JSON-schema package does not load under Vitest; the form is what is tested here.
vi.mock('./RuleJsonEditor', () => ({ RuleJsonEditor: () => null }));

/** A new rule, as a team lead meets it: an empty form is not a list of mistakes. */
beforeAll(() => installPlainErrors());
afterAll(() => z.config({ customError: undefined }));
beforeEach(() => {
  setLanguage('en');
  useConsole.setState({ loaded: true, sources: null, catalog: [], lexicons: {}, changed: vi.fn(async () => {}) });
});
afterEach(cleanup);

const renderNew = () => render(<DbContext.Provider value={freshDb()}><RuleEditor ruleId={null} onDone={() => {}} /></DbContext.Provider>);

describe('the rule editor on a new rule', () => {
  it('says nothing is wrong before the lead has touched anything', () => {
    renderNew();
    expect(screen.queryByTestId('save-blocked')).toBeNull();
    expect(screen.queryByTestId('rule-problems')).toBeNull();
    expect(screen.queryByTestId('field-problem')).toBeNull();
  });

  it('lists every problem once the lead tries to save, in plain words naming the field, counted properly', async () => {
    renderNew();
    fireEvent.click(screen.getByTestId('save-rule'));
    const blocked = await screen.findByTestId('save-blocked');
    expect(blocked.textContent).toMatch(/^Fix \d+ problems to save\.$/);
    const problems = screen.getByTestId('rule-problems').textContent ?? '';
    expect(problems).toContain('Category: fill this in.');
    expect(problems).not.toMatch(/Too small|expected string|>=/);
    expect(screen.getAllByTestId('field-problem').length).toBeGreaterThan(0);
  });

  it('shows the problems once a field is touched, and says "1 problem" when one is left', async () => {
    renderNew();
    fireEvent.change(screen.getByTestId('rule-category'), { target: { value: 'tone' } });
    await screen.findByTestId('save-blocked');
    expect(screen.getByTestId('rule-problems').textContent).not.toContain('Category');
    fireEvent.change(screen.getByTestId('rule-id'), { target: { value: 'x' } });
    fireEvent.change(screen.getByTestId('when-customerLast-phrases'), { target: { value: 'refund' } });
    fireEvent.change(screen.getByTestId('check-exists-phrases'), { target: { value: 'sorry' } });
    fireEvent.change(screen.getByTestId('rule-message-en'), { target: { value: 'Say sorry.' } });
    await waitFor(() => expect(screen.getByTestId('save-blocked').textContent).toBe('Fix 1 problem to save.'));
  });
});
