import type { Dialect } from "../dialect";
import type { SourceContext } from "../sql-source";

/**
 * One method's SQL: the stages it adds before the common statistics (scores), the column rows are ranked by,
 * and the tier index (0-based, NULL = no tier) as an expression over the statistics stage's columns:
 * rank_ (1 + rows strictly above, in the row's group), n_ (rows with a key in the group), vabove_ (the share of
 * positive value strictly above), v (the value).
 */
export interface MethodSql {
  readonly stages?: readonly { readonly name: string; readonly columns?: readonly string[]; readonly sql?: string }[];
  /** The alias rows are ranked by (the value, or the method's score). */
  readonly rankKey: string;
  readonly tier: string;
  readonly labels: readonly string[];
  /** Extra output columns (`expr AS name`, name already quoted). */
  readonly outputs?: readonly string[];
  /** Lines for the comment at the top of the SQL. */
  readonly comment?: readonly string[];
}

export interface MethodSqlContext {
  readonly d: Dialect;
  readonly src: SourceContext;
  readonly labels: readonly string[];
  readonly shares: readonly number[];
  readonly fixedBounds?: readonly number[];
}
