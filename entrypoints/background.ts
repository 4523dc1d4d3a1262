// First: zod must be jitless before any schema is built (lib/input/zod-jitless.ts).
import '@/lib/input/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { startPackSubscriptionSchedule } from '@/lib/packs/active';
import { startPackToolSync } from '@/lib/packs/pack-tools';
import { startHousekeeping } from '@/lib/background/housekeeping';
import { startDiagnostics } from '@/lib/background/diagnostics';
import { openPanelOnClick } from '@/lib/background/action';
import { startHub } from '@/lib/background/hub';

export default defineBackground(() => {
  startDiagnostics();
  const hub = startHub();
  startPackSubscriptionSchedule();
  startPackToolSync();
  startHousekeeping();
  openPanelOnClick((tab) => {
    if (tab.id !== undefined) hub.pageInvoked(tab.id);
  });
});
