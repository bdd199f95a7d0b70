import type { Table } from "../../table";
import type { RuleCondition } from "../rule-tiers";
import type { ColumnRef } from "./column-ref";

/** A score factor as typed in the pane. */
export interface FactorFields {
  readonly column: number;
  readonly weight: string;
  readonly direction: "higher" | "lower";
}

/**
 * A rule's condition as typed in the pane: its column (undefined = not chosen yet), its operator, the
 * text a category test looks for (a comma list for "one-of") and the bounds a number range takes.
 */
export interface ConditionFields {
  readonly column?: ColumnRef;
  readonly op: RuleCondition["op"];
  readonly values: string;
  readonly min: string;
  readonly max: string;
}

/** A rule as typed in the pane: its conditions, all of which must hold, give `tier`. */
export interface RuleFields {
  readonly when: readonly ConditionFields[];
  readonly tier: number;
}

/**
 * The pane's method settings as typed (strings where the user types), shared by every method: each
 * method reads the fields it shows. Column indexes are in the selection; undefined = the column whose
 * role fits.
 */
export interface MethodFields {
  readonly shares: string;
  readonly bounds: string;
  readonly factors: readonly FactorFields[];
  readonly scoreThen: "rank-share" | "thresholds";
  readonly rfmTierBy: "segment" | "score";
  /** RFM by segment: the ten segments or the eight classes (RFM 八类客户). */
  readonly rfmModel: "rfm10" | "rfm8";
  readonly recencyColumn?: number;
  readonly frequencyColumn?: number;
  readonly rules: readonly RuleFields[];
  readonly defaultTier: number;
  /** Day windows, e.g. lifecycle's new / at-risk / lost. */
  readonly windows: string;
  readonly firstDateColumn?: number;
  readonly lastDateColumn?: number;
  /** Behaviour: the window in days orders are counted over, and the count from which a customer is frequent. */
  readonly recentDays: string;
  readonly frequentFrom: string;
  /** Behaviour on a customer list: its column of orders in the last N days. */
  readonly recentOrdersColumn?: number;
}

/** The fields a control of each type edits. */
type FieldsOf<T> = { [K in keyof MethodFields]-?: MethodFields[K] extends T ? K : never }[keyof MethodFields];
export type TextField = FieldsOf<string>;
export type ColumnField = {
  [K in keyof MethodFields]-?: NonNullable<MethodFields[K]> extends number
    ? undefined extends MethodFields[K]
      ? K
      : never
    : never;
}[keyof MethodFields];
export type ChoiceField = "scoreThen" | "rfmTierBy" | "rfmModel";

/** A form field that can carry a message (`validation.*` key) under its control. */
export type DraftField =
  | "tierCount"
  | "labels"
  | "shares"
  | "bounds"
  | "valueColumn"
  | "factors"
  | "rfm"
  | "rules"
  | "windows"
  | "dates"
  | "recentDays"
  | "frequentFrom"
  | "recentOrders";

/** A message for one field: a catalog key under `validation.` and its params. */
export interface Problem {
  readonly key: string;
  readonly params?: Record<string, string | number>;
}

/**
 * One control of a method's settings, as data the pane renders; `label`, `hint` and option labels are
 * catalog keys. `lists` shows it for that kind of list only.
 */
export type FormControl =
  | {
      readonly type: "text";
      readonly field: TextField;
      readonly label: string;
      readonly hint?: string;
      readonly testId: string;
      readonly problem: DraftField;
      readonly lists?: "customers" | "orders";
    }
  | {
      readonly type: "choice";
      readonly field: ChoiceField;
      readonly label: string;
      readonly testId: string;
      readonly options: readonly { readonly value: string; readonly label: string }[];
    }
  | {
      readonly type: "column";
      readonly field: ColumnField;
      readonly role?: "recency" | "frequency" | "date";
      readonly label: string;
      readonly testId: string;
      readonly lists?: "customers" | "orders";
      readonly problem?: DraftField;
    }
  | { readonly type: "note"; readonly text: string; readonly testId: string; readonly lists?: "customers" | "orders" }
  | { readonly type: "factors"; readonly problem: DraftField }
  | { readonly type: "rules"; readonly problem: DraftField }
  | {
      readonly type: "group";
      readonly legend: string;
      readonly testId: string;
      readonly problem: DraftField;
      readonly children: readonly FormControl[];
    };

/** What a form conversion can use: the table, the list kind, and the pane's parsing of typed text. */
export interface FormContext {
  readonly table: Table | undefined;
  readonly listKind: "customers" | "orders";
  /** The selection's column with this role, if any. */
  roleColumn(role: string): number | undefined;
  /** The thresholds typed, when the form shows them and they are valid. */
  readonly bounds: readonly number[];
  /** A number as typed ("1,234.5", "12.5%"); NaN when it is not one. */
  number(text: string): number;
  /** A list as typed, split on commas (also Chinese ones). */
  list(text: string): string[];
}

/** How the pane shows a method's settings and turns them into its options and back. */
export interface MethodForm<O> {
  /** Its controls, in order, for the fields as they are now (e.g. thresholds only when score is cut by them). */
  controls(fields: MethodFields): readonly FormControl[];
  /** A tier count the method fixes (computed ABC: 3). */
  readonly tierCount?: number;
  /** Whether the method names the tiers itself (then the count and labels are not asked for). */
  fixedLabels?(fields: MethodFields): boolean;
  /** Whether its options count days to the as-of date, so a customer list's scheme keeps it too. */
  readonly usesAsOf?: boolean;
  /** Default shares for 3 tiers (else 20, 30, 50). */
  readonly threeTierShares?: string;
  /** Problems of its own fields, by the field they show under. */
  problems?(fields: MethodFields, ctx: FormContext): Partial<Record<DraftField, Problem>>;
  /** Source columns it saves in the scheme (`source.columns`). */
  sourceColumns?(fields: MethodFields, ctx: FormContext): { recency?: number; frequency?: number };
  /** The fields (valid, see problems) → its options. */
  toOptions(fields: MethodFields, ctx: FormContext): O;
  /** Its options → the fields (back from a saved scheme). */
  toFields(options: O): Partial<MethodFields>;
}
