import linter from 'addons-linter';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

/**
 * The Firefox build as Mozilla's add-on store reads it (`web-ext lint` runs the same linter):
 * an error there blocks the upload, a manifest warning means Firefox ignores a key we rely on.
 */
describe("the Firefox build under Mozilla's add-on linter", () => {
  it("has no error, and no warning but the bundled libraries' eval and innerHTML patterns", async () => {
    const result = await linter
      .createInstance({
        config: { _: [EXTENSION_DIR], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
        runAsBinary: false,
      })
      .run();
    const brief = (messages: typeof result.errors) => messages.map(({ code, file, description }) => ({ code, file, description }));
    expect(brief(result.errors)).toEqual([]);
    // Left, as warnings: libraries' uses of `Function` (zod's probe, which falls back when the
    // extension's CSP forbids it; a global-object lookup in the console's JSON editor) and
    // innerHTML writes (React; the JSON editor's messages).
    const libraryPatterns = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);
    expect(brief(result.warnings.filter((warning) => !libraryPatterns.has(warning.code)))).toEqual([]);
  });
});
