// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCustomTool } from '@/lib/tools/schema';
import { problemsByField } from '@/lib/packs/custom-tools';
import { fieldsFromTool, toolFromFields } from '@/lib/console/tool-fields';
import { CustomToolForm, toolProblemText } from './CustomToolForm';

afterEach(cleanup);

describe('the custom tool form', () => {
  it('turns filled fields into a tool that validates, leaving empty optional fields out', () => {
    const fields = { ...fieldsFromTool(null), id: 'inhouse', name: 'In-house desk', urlPattern: 'https://support.example.co.jp/*', messages: '.msg', customerMessage: '.from-customer', draft: 'textarea', callSelector: '.status' };
    fields.callLabels = { ...fields.callLabels, connected: '通話中' };
    const tool = toolFromFields(fields);
    expect(tool).not.toHaveProperty('customerName');
    const result = validateCustomTool(tool);
    expect(result.ok).toBe(true);
    if (result.ok) expect(toolFromFields(fieldsFromTool(result.tool))).toEqual(tool);
  });

  it('shows each problem beside its field', () => {
    const result = validateCustomTool(toolFromFields({ ...fieldsFromTool(null), id: 'Bad Id', name: 'x', urlPattern: 'nope', messages: '.m', customerMessage: '.c', draft: 'textarea' }));
    if (result.ok) throw new Error('expected problems');
    render(<CustomToolForm fields={fieldsFromTool(null)} onChange={() => {}} problems={problemsByField(result.problems, toolProblemText)} />);
    const urlField = screen.getByTestId('tool-urlPattern').closest('[data-field]')!;
    expect(urlField.querySelector('[data-testid="tool-problem"]')?.textContent).toMatch(/match pattern/);
    expect(screen.getByTestId('tool-id').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('tool-draft').getAttribute('aria-invalid')).toBe('false');
  });
});
