import { defineSetting } from './store';
import type { Diagnostic } from '../diagnostics/log';

/** The background's log of every context's handled failures, for this browser session only. */
export const diagnosticsSetting = defineSetting<Diagnostic[]>({
  area: 'session',
  key: 'kizuki:diagnostics',
  version: 1,
  fallback: [],
  parse: (value) => (Array.isArray(value) ? (value as Diagnostic[]) : null),
});
