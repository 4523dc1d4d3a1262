import { useEffect, useState } from 'react';
import { reportFailure } from '@/lib/diagnostics/log';
import { readSetting, watchSetting, type Setting } from '@/lib/settings/store';

/** A stored setting, kept current as the background or another page writes it; `undefined` until read. */
export function useSetting<T>(setting: Setting<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const stop = watchSetting(setting, (next) => live && setValue(next));
    readSetting(setting).then((v) => live && setValue(v), (error: unknown) => reportFailure(`setting ${setting.key}: read`, error));
    return () => {
      live = false;
      stop();
    };
  }, [setting]);
  return value;
}
