import { useSyncExternalStore } from 'react';
import { getLanguage, onLanguageChange, type UiLang } from './index';

/** Re-renders the component when the agent switches the UI language. */
export function useUiLanguage(): UiLang {
  return useSyncExternalStore(onLanguageChange, getLanguage, getLanguage);
}
