// First: zod must be jitless before any schema is built (lib/input/zod-jitless.ts).
import '@/lib/input/zod-jitless';
import { installPlainErrors } from '@/lib/i18n/plain-errors';
import { createRoot } from 'react-dom/client';
import { forwardDiagnosticsToBackground } from '@/lib/diagnostics/forward';
import { Console } from '@/components/Console';
import { DbContext } from '@/components/DbContext';
import { getDb } from '@/lib/db/db';
import { detectLanguage, setLanguage } from '@/lib/i18n';
import '@/components/theme.css';
import '@/components/console.css';

forwardDiagnosticsToBackground();
// The rule editor, the tool form and pack import word the validator's problems plainly, in the console's language.
installPlainErrors();

// `?lang=ja|en` pins the console's language (screenshots, a lead who prefers the other one).
const pinned = new URLSearchParams(location.search).get('lang');
if (pinned) setLanguage(detectLanguage(pinned));
document.documentElement.lang = pinned ? detectLanguage(pinned) : navigator.language;

createRoot(document.getElementById('root')!).render(
  <DbContext.Provider value={getDb()}>
    <Console />
  </DbContext.Provider>,
);
