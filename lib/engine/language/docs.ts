import type { Volatility } from '../../signals/types';
import { signalVolatility } from '../../signals/registry';
import { z } from 'zod';
import { CustomToolSchema } from '../../tools/schema';
import type { Language } from './language';

/**
 * The tables of docs/pack-format.md, written from the registries: each kind's row comes from
 * its own record, so the docs cannot forget a kind or describe one that is gone.
 */

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function reads(v: Volatility): string {
  const parts = [v.draft ? 'the draft' : '', v.clock ? 'the clock' : ''].filter(Boolean);
  return parts.length ? `${parts.join(', ')} (checked on every keystroke)` : '';
}

export function conditionsTable(lang: Language): string {
  const rows = [...lang.conditions.values()].map((kind) => {
    const v: Volatility = { ...kind.volatile };
    for (const id of kind.signals ?? []) Object.assign(v, Object.fromEntries(Object.entries(signalVolatility(id, lang.signals)).filter(([, on]) => on)));
    return `| \`${kind.key}\` | ${cell(kind.form.docValue)} | ${cell(kind.form.help.en)} | ${reads(v)} |`;
  });
  return ['| Condition | Value | Holds when | Also reads |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function checksTable(lang: Language): string {
  const rows = [...lang.checks.values()].map((kind) => `| \`${kind.key}\` | ${cell(kind.form.docValue)} | ${cell(kind.form.help.en)} |`);
  return ['| Check | Value | What the draft must do |', '| --- | --- | --- |', ...rows].join('\n');
}

export function signalsTable(lang: Language): string {
  const rows = Object.values(lang.signals).map((kind) => `| \`${kind.id}\` | ${cell(kind.doc)} | ${reads(signalVolatility(kind.id, lang.signals))} |`);
  return ['| Signal | What it hears | Also reads |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The fields of a tool definition (a pack's `tools`, the console's custom tools), from the schema's own descriptions. */
export function toolsTable(): string {
  const schema = z.toJSONSchema(CustomToolSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, { description?: string }>; required?: string[] };
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties).map(([name, field]) => `| \`${name}\` | ${required.has(name) ? 'yes' : ''} | ${cell(field.description ?? '')} |`);
  return ['| Field | Required | What it holds |', '| --- | --- | --- |', ...rows].join('\n');
}

const SECTIONS = { conditions: conditionsTable, checks: checksTable, signals: signalsTable, tools: () => toolsTable() } as const;

/**
 * Replaces every `<!-- generated:NAME -->…<!-- /generated:NAME -->` block of a markdown file with
 * its table. A block the registries do not know is an error, so a typo cannot hide a stale table.
 */
export function withGeneratedTables(markdown: string, lang: Language): string {
  return markdown.replace(/<!-- generated:(\w+) -->[\s\S]*?<!-- \/generated:\1 -->/g, (_whole, name: string) => {
    const make = SECTIONS[name as keyof typeof SECTIONS];
    if (!make) throw new Error(`docs: no generated table is called "${name}".`);
    return `<!-- generated:${name} -->\n${make(lang)}\n<!-- /generated:${name} -->`;
  });
}
