import { InputError } from "../errors";
import { checkCount } from "./check";
import { DEFAULT_TIER_FILLS, HEADER_FILL, planStrings } from "./strings";
import type { PlanLang, PlanValue, WorkbookPlan } from "./types";

export interface TierColumnsInput {
  readonly sheet: string;
  /** Set when the data is an Excel table: the columns become new table columns. */
  readonly tableName?: string;
  /** 0-based sheet row of the data's header; data rows follow directly. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** First column right of the data (0-based). */
  readonly firstFreeColumn: number;
  /** One entry per data row, in sheet order; tier null = no tier (invalid value). */
  readonly rows: readonly {
    readonly tier: string | null;
    readonly score?: number | null;
    readonly rank: number | null;
    readonly why: string;
    readonly previousTier?: string | null;
  }[];
  /**
   * Add a "Previous tier" column after Tier (each row's tier in the last run; blank for a customer new
   * since then, or on the first run). Set whenever customers can be matched across runs, so the block
   * keeps its width from the first run on and a re-run refreshes it in place.
   */
  readonly withPrevious?: boolean;
  readonly labels: readonly string[];
  /** Fill per label; defaults to Excel's Good / Neutral / Bad fills. */
  readonly colours?: readonly string[];
  readonly lang: PlanLang;
  readonly overwrite?: boolean;
}

/**
 * Tier columns beside the data: Tier, Previous tier (withPrevious), Score (only when some row has a score), Rank, Why, with a bold
 * header and one conditional fill colour per tier label. Re-running refreshes the same block (key
 * "tierColumns").
 */
export function tierColumnsPlan(input: TierColumnsInput): WorkbookPlan {
  const s = planStrings(input.lang);
  checkTierColumnsInput(input);
  const withScore = input.rows.some((r) => typeof r.score === "number");
  const prev = input.withPrevious === true;
  const headers = [s.tier, ...(prev ? [s.previousTier] : []), ...(withScore ? [s.score] : []), s.rank, s.why];
  const rows: PlanValue[][] = input.rows.map((r) => {
    const base: PlanValue[] = [r.tier];
    if (prev) base.push(r.previousTier ?? null);
    if (withScore) base.push(typeof r.score === "number" && Number.isFinite(r.score) ? r.score : null);
    base.push(r.rank, r.why);
    return base;
  });
  const colours = input.colours ?? DEFAULT_TIER_FILLS;
  return {
    lang: input.lang,
    sheets: [],
    settings: [],
    columns: [
      {
        key: "tierColumns",
        sheet: input.sheet,
        tableName: input.tableName,
        headerRow: input.headerRow,
        firstColumn: input.firstFreeColumn,
        headers,
        rows,
        // Rank needs no format (General shows whole numbers); a per-row format would double the request size.
        columnFormats: withScore ? headers.map((h) => (h === s.score ? "0.0" : undefined)) : undefined,
        headerFill: HEADER_FILL,
        conditionalFills: {
          column: 0,
          rules: input.labels.map((label, i) => ({ equals: label, fill: colours[i % colours.length] })),
        },
        overwrite: input.overwrite,
        findEmptyToRight: !input.tableName,
        what: s.tierColumns,
      },
    ],
  };
}

/** The data directly under its header, at least 2 labels, and every row's tier one of them. */
function checkTierColumnsInput(input: TierColumnsInput): void {
  if (input.firstDataRow !== input.headerRow + 1) {
    throw new InputError(
      "plans.headerGap",
      { headerRow: input.headerRow + 1, firstDataRow: input.firstDataRow + 1 },
      `Tier columns need the data directly under its header: header on row ${input.headerRow + 1}, data from row ${input.firstDataRow + 1}.`,
    );
  }
  checkCount(input.headerRow, "headerRow");
  checkCount(input.firstFreeColumn, "firstFreeColumn");
  if (input.labels.length < 2)
    throw new InputError(
      "plans.labels",
      { found: input.labels.length },
      `Tier columns need at least 2 tier labels, found ${input.labels.length}.`,
    );
  input.rows.forEach((r, i) => {
    if (r.tier !== null && !input.labels.includes(r.tier)) {
      throw new InputError(
        "plans.unknownTier",
        { row: i + 1, tier: r.tier },
        `Data row ${i + 1}: tier "${r.tier}" is not one of the labels ${input.labels.join(", ")}.`,
      );
    }
  });
}
