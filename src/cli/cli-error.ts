/**
 * What the command line exits with: 0 done, 1 input it cannot use (a flag's value, the scheme, the file), 2 a
 * command line it cannot read (unknown command or flag, a required flag missing). The message is one line that
 * names the flag or the scheme's field.
 */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A value the command line cannot use, e.g. `--dialect: expected duckdb or postgres, found "mysql".` */
export const badInput = (message: string): CliError => new CliError(message, EXIT.badInput);

/** A command line that does not parse, e.g. an unknown flag. */
export const usageError = (message: string): CliError => new CliError(message, EXIT.usage);
