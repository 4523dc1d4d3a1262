import { createContext, useContext } from 'react';
import type { Language } from '@/lib/engine/language/language';
import { language } from '@/lib/engine/schema';

/** The rule language the console's form lists kinds from: the shipped one, unless a test gives another. */
export const LanguageContext = createContext<Language>(language);

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
