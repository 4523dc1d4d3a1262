import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideStructure } from '@/lib/page/structure/api';
import { structureApi } from '@/lib/page/structure';

// Kizuki's structural reader, injected into a support tool's page only when that page needs it
// (see lib/page/structure/api.ts). It reads nothing by itself: the content script calls it.
export default defineUnlistedScript(() => {
  provideStructure(structureApi);
});
