import { browser } from 'wxt/browser';
import { appendDiagnostic, setDiagnosticsSink, type Diagnostic, type DiagnosticMessage } from '../diagnostics/log';
import { diagnosticsSetting } from '../settings/diagnostics';
import { readSetting, writeSetting } from '../settings/store';

/**
 * The background keeps one log for every context: its own failures, the pages' (over their
 * port) and the extension pages' (runtime messages). It lives in session storage, so the
 * panel's and the console's diagnostics can show it and a worker restart keeps it.
 */
export function startDiagnostics(): void {
  let kept: Diagnostic[] | null = null;
  let pending: Diagnostic[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = async () => {
    timer = null;
    kept ??= await readSetting(diagnosticsSetting).catch(() => []);
    for (const entry of pending) kept = appendDiagnostic(kept, entry);
    pending = [];
    // Writing the log must never log a failure of its own: that would loop.
    await writeSetting(diagnosticsSetting, kept).catch(() => {});
  };
  setDiagnosticsSink((entry) => {
    pending.push(entry);
    timer ??= setTimeout(() => void flush(), 500);
  });
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = raw as DiagnosticMessage | undefined;
    if (message?.type === 'kizuki-diagnostic' && message.entry) {
      pending.push(message.entry);
      timer ??= setTimeout(() => void flush(), 500);
    }
  });
}
