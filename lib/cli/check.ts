import { checkConversation, ConversationError, type Prompt } from '../engine';
import { CliExit, EXIT_OK, EXIT_PROBLEMS, problemCount, readJson, type CliIO } from './io';
import { loadPack } from './pack-arg';


const LABEL = { warning: 'WARNING', nudge: 'NUDGE', tip: 'TIP' } as const;

function describe(p: Prompt): string[] {
  const lines = [`${LABEL[p.level]}  ${p.ruleId}  ${p.message}`, `    why: ${p.why}`];
  if (p.trigger) {
    const where = p.trigger.source === 'draft' ? 'the draft' : `${p.trigger.source}${p.trigger.turnIndex === undefined ? '' : ` turn ${p.trigger.turnIndex}`}`;
    lines.push(`    because of "${p.trigger.phrase}" in ${where} (characters ${p.trigger.start}–${p.trigger.end})`);
  }
  for (const e of p.phrasings) lines.push(`    e.g. ${e}`);
  return lines;
}

/** `kizuki check FILE.json [--pack PACK.json] [--json]` */
export function runCheckCommand(io: CliIO, file: string, packPath: string | undefined, json: boolean): number {
  const pack = loadPack(io, packPath);
  const conversation = readJson(io, file);
  let evaluation;
  try {
    evaluation = checkConversation(conversation, pack);
  } catch (error) {
    if (!(error instanceof ConversationError)) throw error;
    for (const p of error.problems) io.err(`${file}: ${p.path}: ${p.message}`);
    throw new CliExit(EXIT_PROBLEMS, `${file} is not a valid conversation: ${problemCount(error.problems.length)} listed above.`);
  }
  if (json) {
    const prompts = evaluation.prompts.map((p) => ({ ruleId: p.ruleId, level: p.level, message: p.message, category: p.category, why: p.why, phrasings: p.phrasings, ...(p.trigger ? { trigger: p.trigger } : {}) }));
    io.out(JSON.stringify({ prompts, satisfied: evaluation.satisfied }));
    return EXIT_OK;
  }
  if (evaluation.prompts.length === 0) io.out('No prompts: nothing to coach in this conversation.');
  for (const p of evaluation.prompts) io.out(describe(p).join('\n'));
  return EXIT_OK;
}
