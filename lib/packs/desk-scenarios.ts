import type { DeskScenario } from './bench';

/**
 * The desk's scripted scenarios, bundled by Vite for the bench (tests/desk/scenarios.ts reads
 * them with fs, which an extension page cannot).
 */
const modules = import.meta.glob<DeskScenario>('/tests/desk/scenarios/*.json', { eager: true, import: 'default' });

export const deskScenarios: DeskScenario[] = Object.values(modules).sort((a, b) => a.id.localeCompare(b.id));
