import { parseArgs } from "node:util";
import { badInput, usageError } from "./cli-error";

/** Every flag of every command (Node's util.parseArgs: strict, so a misspelt flag is a usage error). */
export const OPTIONS = {
  help: { type: "boolean", short: "h" },
  scheme: { type: "string" },
  columns: { type: "string" },
  method: { type: "string" },
  value: { type: "string" },
  key: { type: "string" },
  group: { type: "string" },
  shares: { type: "string" },
  labels: { type: "string" },
  bounds: { type: "string" },
  dialect: { type: "string" },
  table: { type: "string" },
  input: { type: "string" },
  output: { type: "string" },
} as const;

export type FlagName = Exclude<keyof typeof OPTIONS, "help">;
export type Flags = { readonly help: boolean } & { readonly [K in FlagName]?: string };

export interface CommandLine {
  readonly command: string | undefined;
  readonly flags: Flags;
}

/** The command (first word) and its flags; an unknown flag, a flag without its value or a stray word is a usage error. */
export function parseCommandLine(args: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // Node adds a hint about "--" to an unknown option; the first sentence is what went wrong.
    throw usageError((e as Error).message.split(/\n|\. To specify/)[0]);
  }
  const [command, ...extra] = parsed.positionals;
  if (extra.length) throw usageError(`unexpected argument "${extra[0]}" (flags start with --)`);
  const { help, ...rest } = parsed.values;
  return { command, flags: { help: help === true, ...rest } };
}

/** A comma-separated list flag (--shares 20,30,50), trimmed, empty items refused. */
export function listFlag(flags: Flags, name: FlagName): string[] | undefined {
  const text = flags[name];
  if (text === undefined) return undefined;
  const items = text.split(",").map((s) => s.trim());
  if (items.some((s) => s === ""))
    throw badInput(`--${name}: expected a comma-separated list with no empty item, found "${text}"`);
  return items;
}

/** A comma-separated list of numbers (--shares 20,30,50, --bounds 1000,100). */
export function numberListFlag(flags: Flags, name: FlagName): number[] | undefined {
  return listFlag(flags, name)?.map((item) => {
    const n = Number(item);
    if (!Number.isFinite(n)) throw badInput(`--${name}: expected numbers separated by commas, found "${item}"`);
    return n;
  });
}

/** A flag the command cannot do without. */
export function requiredFlag(flags: Flags, name: FlagName, why: string): string {
  const v = flags[name];
  if (v === undefined || v === "") throw usageError(`--${name} is required ${why}`);
  return v;
}
