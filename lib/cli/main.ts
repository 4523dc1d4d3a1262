import { PackError } from '../engine';
import { runCheckCommand } from './check';
import { CliExit, EXIT_PROBLEMS, EXIT_USAGE, processIO, type CliIO } from './io';
import { runLintCommand } from './lint';
import { runTestCommand } from './test';

export const USAGE = `Usage:
  kizuki check FILE.json [--pack PACK.json] [--json]   prompts for one conversation
  kizuki test [PACK.json]                              run every rule's examples (built-in pack by default)
  kizuki lint [PACK.json]                              validate a pack`;

interface Args {
  command?: string;
  files: string[];
  pack?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.json = true;
    else if (a === '--pack') {
      const next = argv[++i];
      if (next === undefined) throw new CliExit(EXIT_USAGE, '--pack needs a file name.');
      args.pack = next;
    } else if (a.startsWith('--pack=')) args.pack = a.slice('--pack='.length);
    else if (a.startsWith('-') && a !== '-') throw new CliExit(EXIT_USAGE, `Unknown option ${a}.`);
    else if (args.command === undefined) args.command = a;
    else args.files.push(a);
  }
  return args;
}

/** Runs one CLI invocation and returns its exit code (0 ok, 1 problems, 2 usage). */
export function runCli(argv: string[], io: CliIO = processIO): number {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    const args = parseArgs(argv);
    const tooMany = (max: number) => {
      if (args.files.length > max) throw new CliExit(EXIT_USAGE, `Too many file names: ${args.files.join(' ')}.`);
    };
    switch (args.command) {
      case 'check': {
        const file = args.files[0];
        if (file === undefined) throw new CliExit(EXIT_USAGE, 'kizuki check needs a conversation file: kizuki check FILE.json.');
        tooMany(1);
        return runCheckCommand(io, file, args.pack, args.json);
      }
      case 'test':
      case 'lint':
        tooMany(1);
        return (args.command === 'test' ? runTestCommand : runLintCommand)(io, args.files[0] ?? args.pack);
      case undefined:
        io.err(USAGE);
        return EXIT_USAGE;
      default:
        throw new CliExit(EXIT_USAGE, `Unknown command "${args.command}"; use check, test or lint.`);
    }
  } catch (error) {
    if (error instanceof CliExit) {
      io.err(error.message);
      if (error.code === EXIT_USAGE && /needs|Unknown|Too many/.test(error.message)) io.err(USAGE);
      return error.code;
    }
    if (error instanceof PackError) {
      for (const p of error.problems) io.err(`${p.path}: ${p.message}`);
      io.err('The pack was refused.');
      return EXIT_PROBLEMS;
    }
    throw error;
  }
}

// Run directly (bin/kizuki.mjs imports this file).
if (process.argv[1] && /(main\.ts|kizuki(\.mjs)?)$/.test(process.argv[1])) {
  process.exitCode = runCli(process.argv.slice(2));
}
