// addons-linter (Mozilla's add-on linter, what `web-ext lint` runs) ships no types: the slice used here.
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    message: string;
    description: string | string[];
    file?: string;
  }
  export interface LinterResult {
    summary: { errors: number; warnings: number; notices: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  export interface LinterConfig {
    /** The add-on's folder, as the command line's first argument. */
    _: [string];
    logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
    stack: boolean;
    pretty: boolean;
    warningsAsErrors: boolean;
    metadata: boolean;
    output: 'none' | 'json' | 'text';
    boring: boolean;
    selfHosted: boolean;
  }
  const linter: { createInstance(options: { config: LinterConfig; runAsBinary: boolean }): { run(): Promise<LinterResult> } };
  export default linter;
}
