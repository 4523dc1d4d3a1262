import type { TestProject } from 'vitest/node';
import { ensureFirefox } from './firefox';
import { startDesk } from '../desk/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    deskUrl: string;
  }
}

/** One Firefox check and one desk server for the whole Firefox run. */
export default async function setup(project: TestProject) {
  ensureFirefox();
  const desk = await startDesk({ port: 0 });
  project.provide('deskUrl', desk.url);
  return async () => desk.close();
}
