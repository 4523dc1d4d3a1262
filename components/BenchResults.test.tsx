// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { parsePastedConversation } from '@/lib/console/bench';
import { sampleRule, samplePack } from '@/lib/packs/fixtures';
import { checkConversation } from '@/lib/engine';
import { BenchResults } from './BenchResults';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

describe('bench results', () => {
  it('marks the phrase that triggered a prompt and says why the others stayed quiet', () => {
    const parsed = parsePastedConversation('customer: Hello, I want a refund please.\ndraft: One moment.');
    if (!parsed.ok) throw new Error('parse failed');
    const pack = samplePack([sampleRule(), sampleRule('never-fires', { when: { customerLast: { phrases: ['zebra'] } } })]);
    render(<BenchResults evaluation={checkConversation(parsed.conversation, pack)} conversation={parsed.conversation} focus="say-thanks" />);
    const prompt = screen.getByTestId('bench-prompt');
    expect(prompt.getAttribute('data-rule-id')).toBe('say-thanks');
    expect(prompt.querySelector('mark')?.textContent).toBe('refund');
    const quiet = screen.getByTestId('bench-quiet');
    expect(quiet.getAttribute('data-rule-id')).toBe('never-fires');
    expect(quiet.querySelector('.muted')?.textContent?.length).toBeGreaterThan(3);
  });
});
