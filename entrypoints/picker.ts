import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installPicker } from '@/lib/console/picker/picker';

// The console's point-and-click picker, injected into a support tool's tab only while a team
// lead picks a part of the page (see lib/console/tool-picker.ts). It does nothing by itself.
export default defineUnlistedScript(() => {
  installPicker();
});
