// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_PACK_TOOLS } from '../input/limits';
import { samplePack } from '../packs/fixtures';
import { validatePack } from './validate';

/** A pack's tools are checked at every door a pack comes through, with the rest of the pack. */
const inHouse = { id: 'acme-desk', name: 'ACME desk', urlPattern: 'https://support.acme.example/tickets/*', messages: '.msg', customerMessage: '.from-customer', draft: '#reply' };
const deskFix = { id: 'desk-next', name: 'Sora Desk, next release', extends: 'desk', urlPattern: 'http://127.0.0.1/desk/*', messages: '[data-desk-entry]' };

function problemsOf(input: unknown) {
  const result = validatePack(input);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems;
}

describe('tools in a pack', () => {
  it('accepts a new tool and a fix to a built-in tool', () => {
    const result = validatePack(samplePack(undefined, { tools: [inHouse, deskFix] }));
    expect(result.ok && result.pack.tools?.map((tool) => tool.id)).toEqual(['acme-desk', 'desk-next']);
  });

  it('refuses every broken tool at once, each problem at its JSON path', () => {
    const problems = problemsOf(samplePack(undefined, {
      tools: [
        { ...inHouse, urlPattern: 'support.acme.example', messages: 'div[[' },
        { ...deskFix, extends: 'zendesc' },
        { ...inHouse, name: '' },
        { ...inHouse, id: 'desk-next', conversationIdFromUrl: '/tickets/' },
      ] as never,
    }));
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['tools[0].urlPattern', 'tools[0].messages', 'tools[1].extends', 'tools[2].name', 'tools[3].id', 'tools[3].conversationIdFromUrl']));
    expect(problems.find((p) => p.path === 'tools[1].extends')?.message).toContain('"zendesc" is not a built-in tool');
    expect(problems.find((p) => p.path === 'tools[3].id')).toMatchObject({ tool: { code: 'duplicate-id', value: 'desk-next' } });
    expect(problems.find((p) => p.path === 'tools[0].messages')?.tool).toEqual({ field: 'messages', code: 'selector', value: 'div[[' });
  });

  it('finds the tools\' problems even when a rule of the same pack does not parse', () => {
    const pack = { ...samplePack(undefined, { tools: [{ ...deskFix, extends: 'nope' }] }), rules: [{ id: 'half' }] };
    const paths = problemsOf(pack).map((p) => p.path);
    expect(paths).toContain('tools[0].extends');
    expect(paths.some((p) => p.startsWith('rules[0]'))).toBe(true);
  });

  it('refuses a port in a pack tool\'s pattern, since a pack serves Firefox too', () => {
    const problems = problemsOf(samplePack(undefined, { tools: [{ ...inHouse, urlPattern: 'https://support.acme.example:8443/*' }] }));
    expect(problems).toEqual([expect.objectContaining({ path: 'tools[0].urlPattern', tool: expect.objectContaining({ code: 'pattern-port-on-firefox' }) })]);
  });

  it('refuses a tool that reads nothing, and a field no tool has', () => {
    const problems = problemsOf(samplePack(undefined, { tools: [{ id: 'empty', name: 'Empty', urlPattern: 'https://x.example/*', colour: 'red' }] as never }));
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['tools[0].messages', 'tools[0]']));
  });

  it(`holds a pack to ${MAX_PACK_TOOLS} tools, before looking at any of them`, () => {
    const tools = Array.from({ length: MAX_PACK_TOOLS + 1 }, (_, i) => ({ ...inHouse, id: `tool-${i}` }));
    expect(problemsOf(samplePack(undefined, { tools }))).toEqual([{ path: 'tools', message: `${MAX_PACK_TOOLS + 1} tools; a pack holds at most ${MAX_PACK_TOOLS}.` }]);
    expect(validatePack(samplePack(undefined, { tools: tools.slice(1) })).ok).toBe(true);
  });
});
