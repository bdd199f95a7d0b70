import type { Scheme } from "../../engine/scheme";
import type { Table } from "../../engine/table";
import type { TierResult } from "../../engine/tiering";

/** The file "Export scheme" saves. */
export const SCHEME_FILE_NAME = "tierladder-scheme.json";

/**
 * The scheme as the exported file holds it: the same object the workbook setting keeps (commands.ts saves the
 * scheme itself, Office stores it as JSON), pretty-printed; parseScheme reads it back.
 */
export function schemeJson(scheme: Scheme): string {
  return `${JSON.stringify(scheme, null, 2)}\n`;
}

/**
 * Default SQL name of each column of the table, by column index: its header, trimmed (the generator quotes
 * names, so spaces, dots and non-Latin letters inside a name are fine). readTable names a blank header
 * "Column D", as the Data tab shows it.
 */
export function defaultSqlColumns(table: Pick<Table, "columns"> | undefined): string[] {
  return table ? table.columns.map((c) => c.header.trim()) : [];
}

/**
 * The SQL name of each column: the user's name where they typed one (non-blank, trimmed), the default otherwise.
 * Renames are kept by the column's default name, so they survive reading the same sheet again and never land on
 * another column when the selection changes.
 */
export function sqlColumns(defaults: readonly string[], renamed: Readonly<Record<string, string>>): string[] {
  return defaults.map((name) => renamed[name]?.trim() || name);
}

/** Why the workbook's cut-offs cannot be carried to SQL (a catalog key under exportScheme, with its params). */
export interface CutoffProblem {
  readonly key: "cutoffsPerGroup" | "cutoffsEmptyTier";
  readonly params: Readonly<Record<string, string | number>>;
}

/** Methods whose cut-offs come from the whole value curve: the SQL gets them as fixed thresholds. */
export const COMPUTED_CUTOFFS: ReadonlySet<Scheme["method"]["kind"]> = new Set(["computed", "breaks"]);

/**
 * The thresholds (value ≥ bound, as the thresholds method reads them) that give every customer of the preview
 * the tier it has there, for computed ABC and natural breaks: the smallest value in each tier but the last.
 *
 * Not the computed A/B limit itself: computed ABC puts a value in A only when it is strictly above the limit
 * (computed-abc.ts, as R's ABCanalysis), and that limit is itself a customer's value, so "≥ limit" would move
 * that customer from B to A. The smallest value of A is the threshold that keeps every tier as the pane shows it;
 * the same holds for natural breaks, whose clusters are intervals of the sorted values.
 * Undefined for other methods; a problem when the groups have cut-offs of their own or a tier is empty.
 */
export function fixedBoundsOf(
  scheme: Scheme,
  result: Pick<TierResult, "tiers" | "groups">,
): { bounds?: readonly number[]; problem?: CutoffProblem } {
  if (!COMPUTED_CUTOFFS.has(scheme.method.kind)) return {};
  if (result.groups && result.groups.names.length > 1)
    return { problem: { key: "cutoffsPerGroup", params: { groups: result.groups.names.length } } };
  const bounds: number[] = [];
  for (const tier of result.tiers.slice(0, -1)) {
    if (!(tier.customers > 0) || !Number.isFinite(tier.min))
      return { problem: { key: "cutoffsEmptyTier", params: { tier: tier.label } } };
    bounds.push(tier.min);
  }
  return { bounds };
}
