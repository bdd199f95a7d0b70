import { planStrings } from "./strings";
import type { PlanLang, WorkbookPlan } from "./types";

export interface OwnerColumnInput {
  readonly lang: PlanLang;
  readonly sheet: string;
  readonly tableName?: string;
  /** 0-based sheet row of the data's header; data rows follow directly. */
  readonly headerRow: number;
  /** The first column right of the user's data: the column goes there or to the first empty one to its right. */
  readonly firstFreeColumn: number;
  /** The suggested owner per data row (null: none could take the customer, or the row has no customer). */
  readonly owners: readonly (string | null)[];
}

/**
 * "Suggested owner" as a column beside the data (issue 14): never over the user's own owner column, which stays
 * as it is; a re-run refreshes TierLadder's column in place like the tier columns.
 */
export function ownerColumnPlan(input: OwnerColumnInput): WorkbookPlan {
  const s = planStrings(input.lang);
  return {
    lang: input.lang,
    sheets: [],
    columns: [
      {
        key: "suggestedOwner",
        sheet: input.sheet,
        tableName: input.tableName,
        headerRow: input.headerRow,
        firstColumn: input.firstFreeColumn,
        headers: [s.suggestedOwner],
        rows: input.owners.map((o) => [o]),
        findEmptyToRight: !input.tableName,
        what: s.suggestedOwnerWhat,
      },
    ],
    settings: [],
  };
}
