// First: zod must be jitless before any schema is built (lib/input/zod-jitless.ts).
import '@/lib/input/zod-jitless';
import { createRoot } from 'react-dom/client';
import { forwardDiagnosticsToBackground } from '@/lib/diagnostics/forward';
import { NotebookPage } from '@/components/NotebookPage';
import { detectLanguage, getLanguage, setLanguage, t } from '@/lib/i18n';
import { getDb } from '@/lib/db/db';
import '@/components/theme.css';

forwardDiagnosticsToBackground();

// `?lang=ja|en` pins the language, as in the side panel.
const pinned = new URLSearchParams(location.search).get('lang');
if (pinned) setLanguage(detectLanguage(pinned));
document.documentElement.lang = getLanguage();
document.title = t('notes_notebookTitle');

createRoot(document.getElementById('root')!).render(<NotebookPage db={getDb()} />);
