// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { sampleRule } from '@/lib/packs/fixtures';
import type { Rule } from '@/lib/engine';
import { ProblemsContext } from './FormBits';
import { RuleForm } from './RuleForm';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('the rule form', () => {
  it('edits the rule object the JSON view shows', () => {
    const onChange = vi.fn<(rule: Rule) => void>();
    render(<RuleForm rule={sampleRule()} onChange={onChange} isNew={false} />);
    fireEvent.change(screen.getByTestId('when-customerLast-phrases'), { target: { value: 'refund\nchargeback\n' } });
    expect(onChange.mock.lastCall?.[0].when).toEqual({ customerLast: { phrases: ['refund', 'chargeback'] } });
    fireEvent.change(screen.getByTestId('rule-level'), { target: { value: 'warning' } });
    expect(onChange.mock.lastCall?.[0].level).toBe('warning');
    expect((screen.getByTestId('rule-id') as HTMLInputElement).disabled).toBe(true);
  });

  it('turns a condition into a group and leaves the check out for "always show"', () => {
    const onChange = vi.fn<(rule: Rule) => void>();
    render(<RuleForm rule={sampleRule()} onChange={onChange} isNew />);
    fireEvent.change(screen.getAllByTestId('when-kind')[0]!, { target: { value: 'all' } });
    expect(onChange.mock.lastCall?.[0].when).toEqual({ all: [{ upset: true }] });
    fireEvent.change(screen.getByTestId('check-kind'), { target: { value: '' } });
    expect(onChange.mock.lastCall?.[0]).not.toHaveProperty('check');
  });

  it('shows a problem beside the field it is about', () => {
    render(
      <ProblemsContext.Provider value={[{ path: 'when.customerLast.lexicon', message: 'Unknown lexicon "nope".' }]}>
        <RuleForm rule={sampleRule('x', { when: { customerLast: { lexicon: 'nope' } } })} onChange={() => {}} isNew={false} />
      </ProblemsContext.Provider>,
    );
    expect(screen.getByTestId('field-problem').textContent).toBe('Unknown lexicon "nope".');
  });
});
