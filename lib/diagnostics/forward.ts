import { browser } from 'wxt/browser';
import { setDiagnosticsSink, type DiagnosticMessage } from './log';

/** For extension pages (panel, console, notebook): their handled failures go to the background's log. */
export function forwardDiagnosticsToBackground(): void {
  setDiagnosticsSink((entry) => {
    // With no background to receive it (the extension is reloading), the entry stays in this page's memory.
    void browser.runtime.sendMessage({ type: 'kizuki-diagnostic', entry } satisfies DiagnosticMessage).catch(() => {});
  });
}
