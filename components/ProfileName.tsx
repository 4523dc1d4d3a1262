import { useEffect, useState } from 'react';
import { useDb } from './DbContext';
import { t } from '@/lib/i18n';
import { useConsole } from '@/lib/console/store';
import { setProfileName } from '@/lib/packs/store';
import styles from './ProfileName.module.css';

/** The name written into rule history ("who changed this"), kept on this browser profile. */
export function ProfileName() {
  const db = useDb();
  const profile = useConsole((s) => s.profile);
  const reload = useConsole((s) => s.reload);
  const [value, setValue] = useState(profile);
  useEffect(() => setValue(profile), [profile]);
  const save = async () => {
    if (value.trim() === profile) return;
    await setProfileName(db, value);
    await reload();
  };
  return (
    <label className={styles.profile}>
      <span className="muted">{t('console_profileLabel')}</span>
      <input
        value={value}
        placeholder={t('console_profilePlaceholder')}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => e.key === 'Enter' && void save()}
        data-testid="profile-name"
      />
    </label>
  );
}
