// First: zod must be jitless before any schema is built (lib/input/zod-jitless.ts).
import '@/lib/input/zod-jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { engineApi } from '@/lib/engine/api';
import { provideEngine } from '@/lib/engine/load';

// The coaching engine for the background, loaded when a conversation or a pack first needs it
// (lib/engine/load.ts). It does nothing by itself.
export default defineUnlistedScript(() => {
  provideEngine(engineApi);
});
