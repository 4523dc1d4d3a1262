import { describe, expect, it } from 'vitest';
import { builtinPack } from '../engine';
import type { CliIO } from './io';
import { runCli } from './main';

function run(argv: string[], files: Record<string, unknown> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readBytes: (path) => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return f instanceof Uint8Array ? f : new TextEncoder().encode(typeof f === 'string' ? f : JSON.stringify(f));
    },
  };
  const code = runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const upset = { turns: [{ from: 'customer', text: 'This is ridiculous!! Still not fixed.' }], draft: 'Our policy does not allow it.' };

describe('kizuki CLI', () => {
  it('check --json prints the prompts in the documented shape', () => {
    const r = run(['check', 'c.json', '--json'], { 'c.json': upset });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { prompts: { ruleId: string; level: string; message: string }[] };
    expect(json.prompts[0]).toMatchObject({ ruleId: 'apologise-first', level: 'warning', message: expect.any(String) });
  });

  it('check --json gives a named agent\'s first chat reply greet-and-introduce, with phrasings in their name and none about a call', () => {
    const firstReply = {
      channel: 'chat',
      agent: { name: 'Taylor' },
      customer: { name: 'Robert Chen' },
      turns: [{ from: 'customer', text: 'Where is my refund? I asked last week.' }],
      draft: 'Let me look into that.',
    };
    const r = run(['check', 'c.json', '--json'], { 'c.json': firstReply });
    const { prompts } = JSON.parse(r.out) as { prompts: { ruleId: string; phrasings: string[] }[] };
    const greet = prompts.find((p) => p.ruleId === 'greet-and-introduce');
    expect(greet?.phrasings.length).toBeGreaterThan(0);
    for (const text of greet!.phrasings) {
      expect(text).toContain('Taylor');
      expect(text).not.toMatch(/call|ring|phone/i);
      expect(text).not.toMatch(/[{}[\]]/);
    }
    expect(greet!.phrasings.join(' ')).toContain('Robert');
    // Every prompt carries its phrasings, filled in: no placeholder reaches the agent.
    for (const p of prompts) expect(JSON.stringify(p.phrasings)).not.toMatch(/\{(agent|customer)/);
  });

  it('check prints a readable list with the phrase that triggered each prompt', () => {
    const r = run(['check', 'c.json'], { 'c.json': upset });
    expect(r.out).toMatch(/WARNING\s+apologise-first/);
    expect(r.out).toMatch(/because of ".+" in (the draft|customer turn \d+) \(characters \d+–\d+\)/);
  });

  it('test passes on the built-in pack and fails (exit 1) when an example fails', () => {
    expect(run(['test']).code).toBe(0);
    const broken = structuredClone(builtinPack);
    broken.rules[0]!.examples = { fire: [{ turns: [{ from: 'customer', text: 'Thank you!' }] }] };
    const r = run(['test', 'p.json'], { 'p.json': broken });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL\s+apologise-first\s+examples\.fire\[0\]/);
  });

  it('lint refuses a broken pack, listing every problem by JSON path (exit 1)', () => {
    const broken = { ...structuredClone(builtinPack), rules: [{ ...builtinPack.rules[0], level: 'loud' }, { ...builtinPack.rules[0], when: { customerLast: { pattern: '(?<=x)y' } } }] };
    const r = run(['lint', 'p.json'], { 'p.json': broken });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/p\.json: rules\[0\]\.level/);
    expect(r.err).toMatch(/rules\[1\]\.when\.customerLast\.pattern: .*"apologise-first"/);
    expect(r.err).toMatch(/rules\[1\]\.id: Duplicate/);
  });

  it('lint checks the tools a pack carries and counts them when they pass', () => {
    const fix = { id: 'zendesk-fix', name: 'Zendesk, new log', extends: 'zendesk', urlPattern: 'https://*.zendesk.com/agent/*', messages: '[data-test-id="omni-log-entry"]' };
    const ok = run(['lint', 'p.json'], { 'p.json': { ...builtinPack, tools: [fix] } });
    expect(ok).toMatchObject({ code: 0, out: expect.stringContaining('1 tool') });
    const r = run(['lint', 'p.json'], { 'p.json': { ...builtinPack, tools: [{ ...fix, extends: 'zendsk' }, { ...fix, urlPattern: 'https://help.example:8443/*' }] } });
    expect(r.code).toBe(1);
    expect(r.err).toContain('p.json: tools[0].extends: "zendsk" is not a built-in tool');
    expect(r.err).toContain('p.json: tools[1].urlPattern: "https://help.example:8443/*" names a port');
    expect(r.err).toContain('p.json: tools[1].id: Another tool in this pack already has the id "zendesk-fix".');
  });

  it('unreadable or non-JSON files and bad usage exit 2 with one clear sentence', () => {
    expect(run(['check', 'nope.json'])).toMatchObject({ code: 2, err: 'Cannot read nope.json: no such file.' });
    expect(run(['lint', 'x.json'], { 'x.json': '{ not json' }).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['check']).code).toBe(2);
  });

  it('lint refuses a pack whose rule fails its own example, naming the example (exit 1)', () => {
    const broken = structuredClone(builtinPack);
    broken.rules[0]!.examples = { fire: [{ turns: [{ from: 'customer', text: 'Thank you!' }] }] };
    const r = run(['lint', 'p.json'], { 'p.json': broken });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/p\.json: rules\[0\]\.examples\.fire\[0\]: Example fire\[0\] of rule "apologise-first" fails/);
  });

  it('lint refuses a pack that is not UTF-8 rather than reading replacement characters (exit 2)', () => {
    const sjis = new Uint8Array([...new TextEncoder().encode('{"format":1,"id":"p","name":"'), 0x95, 0xd4, 0x8b, 0xe0, ...new TextEncoder().encode('","rules":[]}')]);
    const r = run(['lint', 'p.json'], { 'p.json': sjis });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/p\.json: Not UTF-8 text: the bytes at offset 29/);
    expect(run(['check', 'c.json'], { 'c.json': sjis }).err).toMatch(/c\.json is not UTF-8 text/);
  });

  it('lists the first 50 problems of a long refusal, then how many more', () => {
    const broken = { ...structuredClone(builtinPack), rules: Array.from({ length: 80 }, (_, i) => ({ ...builtinPack.rules[0], id: `r-${i}`, level: 'loud' })) };
    const lines = run(['lint', 'p.json'], { 'p.json': broken }).err.split('\n');
    expect(lines.filter((l) => /^p\.json: rules\[\d+\]\.level/.test(l))).toHaveLength(50);
    expect(lines).toContain('p.json: … and 30 more problems.');
    expect(lines.at(-1)).toBe('p.json was refused: 80 problems listed above.');
  });

  it('an invalid conversation is reported by JSON path (exit 1)', () => {
    const r = run(['check', 'c.json'], { 'c.json': { turns: [{ from: 'robot', text: 'hi' }] } });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/turns\[0\]\.from/);
  });
});
