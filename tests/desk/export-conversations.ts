/**
 * Writes each desk scenario, played to its end, as a conversation JSON file in
 * tests/fixtures/conversations/ — ready for `npx kizuki check` and for a team lead's test bench.
 * Run: npx tsx tests/desk/export-conversations.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarios, scenarioToConversation } from './scenarios';

export const CONVERSATIONS_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/conversations')}/`;

export function scenarioConversations() {
  return loadScenarios().map((scenario) => ({
    id: scenario.id,
    lessons: scenario.lessons,
    json: `${JSON.stringify(scenarioToConversation(scenario), null, 2)}\n`,
  }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { id, json } of scenarioConversations()) writeFileSync(`${CONVERSATIONS_DIR}${id}.json`, json);
  console.log(`Wrote ${scenarioConversations().length} conversations to ${CONVERSATIONS_DIR}`);
}
