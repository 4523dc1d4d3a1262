import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';
import { startDesk } from '../desk/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    deskUrl: string;
  }
}

/** One Chromium check and one desk server for the whole end-to-end run. */
export default async function setup(project: TestProject) {
  ensureChromium();
  const desk = await startDesk({ port: 0 });
  project.provide('deskUrl', desk.url);
  return async () => desk.close();
}
