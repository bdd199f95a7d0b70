/**
 * Which outputs in the workbook are TierLadder's own, so a re-run refreshes them instead of adding copies.
 * Stored in the workbook settings (key TierLadder.outputs). Sheets are known by id (stable across
 * renames), column blocks by the id of their sheet, their header row and key, and by what was written
 * there (a fingerprint of the cells): a block whose cells no longer match is not TierLadder's any more.
 */
import type { Rect } from "./a1";

/** One of TierLadder's sheets, and the names its plan tables got (a table keeps its name across refreshes). */
export interface RegistrySheet {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly tables?: readonly { readonly plan: string; readonly name: string }[];
  /** The cells TierLadder wrote (its tables and blocks): on a refresh, other non-blank cells are the user's and are kept. */
  readonly areas?: readonly Rect[];
}

/** A block of columns TierLadder wrote beside the user's data. */
export interface RegistryColumn {
  readonly key: string;
  readonly sheetId: string;
  readonly headerRow: number;
  readonly column: number;
  readonly columnCount: number;
  /** Data rows written (header excluded). */
  readonly rowCount: number;
  readonly tableName?: string;
  readonly headers: readonly string[];
  /** blockFingerprint of the cells written (header and rows); absent in registries of earlier versions. */
  readonly fingerprint?: string;
}

export interface OutputRegistry {
  readonly version: 1;
  readonly sheets: readonly RegistrySheet[];
  readonly columns: readonly RegistryColumn[];
  /** Set by each write, saved last: after a failed sync, it tells whether the write had committed. */
  readonly runId?: string;
}

export const REGISTRY_KEY = "outputs";

export function emptyRegistry(): OutputRegistry {
  return { version: 1, sheets: [], columns: [] };
}

/** Accepts what the settings hold only when it has the expected shape (a hand-edited setting is ignored). */
export function parseRegistry(value: unknown): OutputRegistry {
  const v = value as Partial<OutputRegistry> | undefined;
  if (!v || v.version !== 1 || !Array.isArray(v.sheets) || !Array.isArray(v.columns)) return emptyRegistry();
  return v as OutputRegistry;
}

/** A sheet name not used yet (case-insensitive, as Excel compares): "Name", "Name (2)", … within 31 characters. */
export function uniqueSheetName(preferred: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  const clean =
    preferred
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/^'+|'+$/g, "")
      .slice(0, 31) || "TierLadder";
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** A table name not used yet: "TierLadderTasks", "TierLadderTasks_2", … */
export function uniqueTableName(preferred: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  const clean = preferred.replace(/[^A-Za-z0-9_.]/g, "_").replace(/^[^A-Za-z_]/, "_$&");
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) if (!lower.has(`${clean}_${i}`.toLowerCase())) return `${clean}_${i}`;
}
