import { createRoot } from 'react-dom/client';
import { forwardDiagnosticsToBackground } from '@/lib/diagnostics/forward';
import { WelcomePage } from '@/components/WelcomePage';
import { detectLanguage, getLanguage, setLanguage, t } from '@/lib/i18n';
import '@/components/theme.css';

forwardDiagnosticsToBackground();

// The browser's language, or a `?lang=ja|en` pin; the page offers the other language too.
const pinned = new URLSearchParams(location.search).get('lang');
if (pinned) setLanguage(detectLanguage(pinned));
document.documentElement.lang = getLanguage();
document.title = t('welcome_title');

createRoot(document.getElementById('root')!).render(<WelcomePage />);
