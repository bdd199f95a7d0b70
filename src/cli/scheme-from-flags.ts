import { defaultLabels, InputError, parseScheme, type Scheme } from "../engine";
import { badInput, usageError } from "./cli-error";
import { listFlag, numberListFlag, requiredFlag, type Flags } from "./flags";

/** The methods whose options fit on a command line; the others take a scheme file. */
export const FLAG_METHODS = ["rank-share", "value-share", "thresholds"] as const;
type FlagMethod = (typeof FLAG_METHODS)[number];

/** A scheme and the SQL name of each column it numbers (its `source.columns` and `groupBy` index into them). */
export interface SchemeWithColumns {
  readonly scheme: Scheme;
  readonly columns: readonly string[];
}

const DEFAULT_SHARES: Record<Exclude<FlagMethod, "thresholds">, number[]> = {
  "rank-share": [20, 30, 50],
  "value-share": [80, 15, 5],
};

function methodFlag(flags: Flags): FlagMethod {
  const method = requiredFlag(flags, "method", "without --scheme");
  if ((FLAG_METHODS as readonly string[]).includes(method)) return method as FlagMethod;
  throw badInput(
    `--method: expected ${FLAG_METHODS.join(", ")} (other methods need a scheme file, --scheme), found "${method}"`,
  );
}

/** The index of a column named by a flag: in the file's columns when there are some, else added to the list. */
function columnIndex(name: string, flag: string, columns: string[], fixed: boolean): number {
  const i = columns.indexOf(name);
  if (i >= 0) return i;
  if (fixed) throw badInput(`--${flag}: no column "${name}" in the input; its columns are ${columns.join(", ")}`);
  columns.push(name);
  return columns.length - 1;
}

/** "tiers.shares" → "--shares", so a message from the scheme's validation names the flag that set the field. */
const FIELD_FLAGS: [RegExp, string][] = [
  [/^tiers\.shares/, "--shares"],
  [/^tiers\.labels/, "--labels"],
  [/^method\.bounds/, "--bounds"],
];

function validated(scheme: unknown): Scheme {
  try {
    return parseScheme(scheme);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const field = String(e.params.field ?? "");
    const flag = FIELD_FLAGS.find(([re]) => re.test(field))?.[1];
    throw badInput(flag ? `${flag}: ${String(e.params.message)}` : e.message);
  }
}

/**
 * A scheme from `--method … --value … --key … [--shares] [--labels] [--bounds] [--group]`, columns by name. With
 * `fileColumns` (the input file's, for `run`) the names must be among them; without, the statement's columns are
 * the key, the value and the group, in that order.
 */
export function schemeFromFlags(flags: Flags, fileColumns?: readonly string[]): SchemeWithColumns {
  const kind = methodFlag(flags);
  const columns = fileColumns ? [...fileColumns] : [];
  const fixed = fileColumns !== undefined;
  const key = columnIndex(requiredFlag(flags, "key", "without --scheme"), "key", columns, fixed);
  const value = columnIndex(requiredFlag(flags, "value", "without --scheme"), "value", columns, fixed);
  const group = flags.group !== undefined ? columnIndex(flags.group, "group", columns, fixed) : undefined;
  const bounds = numberListFlag(flags, "bounds");
  if (kind === "thresholds" && !bounds) throw usageError("--bounds is required with --method thresholds");
  if (kind !== "thresholds" && bounds) throw badInput(`--bounds: only --method thresholds takes bounds`);
  if (kind === "thresholds" && flags.shares !== undefined)
    throw badInput("--shares: --method thresholds takes --bounds");
  const shares = kind === "thresholds" ? [] : (numberListFlag(flags, "shares") ?? DEFAULT_SHARES[kind]);
  const labels = listFlag(flags, "labels") ?? defaultLabels(kind === "thresholds" ? bounds!.length + 1 : shares.length);
  const scheme = validated({
    version: 1,
    source: { kind: "customers", columns: { customer: key, value } },
    method: kind === "thresholds" ? { kind, bounds } : { kind },
    tiers: { labels, shares },
    ...(group !== undefined ? { groupBy: group } : {}),
  });
  return { scheme, columns };
}
