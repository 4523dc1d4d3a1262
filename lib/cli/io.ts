import { readFileSync } from 'node:fs';

/** Where the CLI writes and reads; swapped for buffers in tests. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  readText(path: string): string;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readText: (path) => readFileSync(path, 'utf8'),
};

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A failure that ends the command with an exit code and one clear sentence on stderr. */
export class CliExit extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

/** Reads and parses a JSON file; an unreadable or non-JSON file is a usage error (exit 2). */
export function readJson(io: CliIO, path: string): unknown {
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliExit(EXIT_USAGE, code === 'ENOENT' ? `Cannot read ${path}: no such file.` : `Cannot read ${path}: ${(error as Error).message}.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliExit(EXIT_USAGE, `${path} is not valid JSON: ${(error as Error).message}.`);
  }
}
