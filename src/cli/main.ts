import { CliError, EXIT } from "./cli-error";
import { parseCommandLine } from "./flags";
import { runCommand } from "./run-command";
import { sqlCommand } from "./sql-command";
import { MAIN_USAGE, RUN_USAGE, SQL_USAGE } from "./usage";

export interface Console {
  out(text: string): void;
  err(text: string): void;
}

const processConsole: Console = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

async function dispatch(args: readonly string[], io: Console): Promise<number> {
  const { command, flags } = parseCommandLine(args);
  if (command === undefined || command === "help") {
    (flags.help || command === "help" ? io.out : io.err)(MAIN_USAGE);
    return flags.help || command === "help" ? EXIT.ok : EXIT.usage;
  }
  if (command === "sql") {
    if (flags.help) io.out(SQL_USAGE);
    else sqlCommand(flags, io.out);
    return EXIT.ok;
  }
  if (command === "run") {
    if (flags.help) io.out(RUN_USAGE);
    else await runCommand(flags, io.err);
    return EXIT.ok;
  }
  io.err(`tierladder: unknown command "${command}" (expected sql or run; tierladder --help lists them)`);
  return EXIT.usage;
}

/** The command line: runs `args` (process.argv without node and the script), returns the exit code. */
export async function main(args: readonly string[], io: Console = processConsole): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`tierladder: ${e.message}`);
      if (e.exitCode === EXIT.usage) io.err('Run "tierladder --help" for the flags.');
      return e.exitCode;
    }
    // DuckDB's own errors (a file it cannot parse, a type it cannot cast): its first line, as bad input.
    io.err(`tierladder: ${String((e as Error).message ?? e).split("\n")[0]}`);
    return EXIT.badInput;
  }
}
