import type { Scheme } from "../../engine/scheme";
import type { Table } from "../../engine/table";
import { tierTable, type TierTableOutput } from "../../engine/tiering";
import type { Lang } from "../../i18n/language";
import { localizeOutput } from "./localize-output";

export interface SchemeRun {
  readonly table: Table;
  readonly scheme: Scheme;
  readonly lang: Lang;
  /** Grid rows left out of tiering (hidden or filtered out). */
  readonly excludeRows?: ReadonlySet<number>;
  readonly today?: Date;
}

/**
 * The one way from a table and a scheme to tiers, for the Tiers tab's preview and for Re-run: the engine's
 * tierTable with the rows left out, fixed tier names (RFM segments, lifecycle stages) in the pane's language. Throws what tierTable throws.
 */
export function runScheme({ table, scheme, lang, excludeRows, today = new Date() }: SchemeRun): TierTableOutput {
  return localizeOutput(tierTable(table, scheme, { today, excludeRows }), lang);
}

/** The Tiers tab's preview: the tiers, or why there are none (errors are kept, not thrown). */
export interface TierPreview {
  readonly output?: TierTableOutput;
  readonly error?: unknown;
  /** The grid rows left out of `output` (they have no tier but are not "untiered"). */
  readonly excludeRows?: ReadonlySet<number>;
  /**
   * The tiers are being worked out off the page's thread (a large table): `output`, when there is one, is the
   * previous scheme's, shown until the new one arrives, and nothing may be written from it.
   */
  readonly pending?: boolean;
}

/** runScheme for the preview: nothing until there is a table and a valid scheme; an error is shown, not thrown. */
export function previewScheme(
  run: Omit<SchemeRun, "table" | "scheme"> & { table?: Table; scheme?: Scheme },
): TierPreview {
  const { table, scheme, excludeRows } = run;
  if (!table || !scheme) return {};
  try {
    return { output: runScheme({ ...run, table, scheme }), excludeRows };
  } catch (error) {
    return { error };
  }
}
