import { z } from 'zod';

/**
 * Imported first by every extension page and the background, before any schema is built.
 * zod compiles a fast parser for each object schema with `new Function`, and only tries it to
 * see whether eval is allowed; under the extension's CSP that try is logged as a violation on
 * every page. The jitless parser is the same validation without eval (and without the probe).
 * It must run before the schemas exist: zod decides per schema when it builds it.
 */
z.config({ jitless: true });
