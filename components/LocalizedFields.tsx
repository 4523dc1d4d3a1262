import { t } from '@/lib/i18n';
import type { LocalizedText, Phrasing, Phrasings } from '@/lib/engine';
import { compact, Field, FieldProblems, ListInput } from './FormBits';
import styles from './RuleForm.module.css';

/** The same text in Japanese and English, side by side. */
export function LocalizedFields({ label, value, onChange, path, testId, disabled }: { label: string; value: LocalizedText | undefined; onChange: (v: LocalizedText) => void; path: string; testId: string; disabled?: boolean }) {
  const v = value ?? {};
  const set = (lang: 'ja' | 'en', text: string) => onChange(compact({ ...v, [lang]: text || undefined }) as LocalizedText);
  return (
    <fieldset className={styles.fieldset}>
      <legend>{label}</legend>
      <div className={styles.row}>
        {(['ja', 'en'] as const).map((lang) => (
          <Field key={lang} label={lang === 'ja' ? t('console_japanese') : t('console_english')} path={`${path}.${lang}`}>
            {(id) => <textarea id={id} rows={2} lang={lang} value={v[lang] ?? ''} disabled={disabled} onChange={(e) => set(lang, e.target.value)} data-testid={`${testId}-${lang}`} />}
          </Field>
        ))}
      </div>
      <FieldProblems path={path} exact />
    </fieldset>
  );
}

const textOf = (phrasing: Phrasing) => (typeof phrasing === 'string' ? phrasing : phrasing.text);

/**
 * Example phrasings the agent can copy or insert, one per line, per language. A line limited to
 * channels in the JSON keeps its limits while its text stays the same.
 */
export function PhrasingFields({ value, onChange, path, disabled }: { value: Phrasings | undefined; onChange: (v: Phrasings | undefined) => void; path: string; disabled?: boolean }) {
  const v = value ?? {};
  const set = (lang: 'ja' | 'en', lines: string[] | undefined) => {
    const list = lines?.map((text) => v[lang]?.find((p) => typeof p !== 'string' && p.text === text) ?? text);
    const next = compact({ ...v, [lang]: list });
    onChange(Object.keys(next).length ? next : undefined);
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('console_phrasings')}</legend>
      <div className={styles.row}>
        {(['ja', 'en'] as const).map((lang) => (
          <Field key={lang} label={lang === 'ja' ? t('console_japanese') : t('console_english')} path={`${path}.${lang}`} hint={t('console_onePerLine')}>
            {(id) => <ListInput id={id} value={v[lang]?.map(textOf)} disabled={disabled} onChange={(list) => set(lang, list)} testId={`phrasings-${lang}`} />}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
