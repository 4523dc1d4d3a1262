import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../input/utf8';

/** Where the CLI writes and reads; swapped for buffers in tests. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** The file's bytes: text is decoded here, strictly, so a file that is not UTF-8 is refused. */
  readBytes(path: string): Uint8Array;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readBytes: (path) => readFileSync(path),
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

/** Reads a file's bytes; a file that cannot be read is a usage error (exit 2). */
export function readBytes(io: CliIO, path: string): Uint8Array {
  try {
    return io.readBytes(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliExit(EXIT_USAGE, code === 'ENOENT' ? `Cannot read ${path}: no such file.` : `Cannot read ${path}: ${(error as Error).message}.`);
  }
}

/** Reads and parses a JSON file; an unreadable, non-UTF-8 or non-JSON file is a usage error (exit 2). */
export function readJson(io: CliIO, path: string): unknown {
  const decoded = decodeUtf8(readBytes(io, path));
  if (!decoded.ok) throw new CliExit(EXIT_USAGE, `${path} is not UTF-8 text (the bytes at offset ${decoded.byteOffset} are not valid UTF-8); save it as UTF-8 and try again.`);
  try {
    return JSON.parse(decoded.text);
  } catch (error) {
    throw new CliExit(EXIT_USAGE, `${path} is not valid JSON: ${(error as Error).message}.`);
  }
}

/** "1 problem", "3 problems". */
export const problemCount = (n: number): string => `${n} ${n === 1 ? 'problem' : 'problems'}`;
