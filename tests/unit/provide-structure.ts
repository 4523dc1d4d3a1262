// In the browser the structural reader is injected into a page when it needs it; in tests it is simply there.
import { provideStructure } from '../../lib/page/structure/api';
import { structureApi } from '../../lib/page/structure';

provideStructure(structureApi);
