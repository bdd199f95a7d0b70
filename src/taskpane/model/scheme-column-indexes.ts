import type { ColumnRef, Scheme, SchemeMethod } from "../../engine/scheme";
import type { Table } from "../../engine/table";
import { columnWithRole } from "./table-model";

/** The roles a scheme fixes to a column index in source.columns. */
const SOURCE_ROLES = ["customer", "value", "date", "frequency", "recency"] as const;

/** A method's column references, each by index where the table has a column with that role. */
function methodWithIndexes(m: SchemeMethod, ref: (r: ColumnRef) => ColumnRef): SchemeMethod {
  switch (m.kind) {
    case "score":
      return { ...m, factors: m.factors.map((f) => ({ ...f, column: ref(f.column) })) };
    case "rules":
      return {
        ...m,
        rules: m.rules.map((r) => ({ ...r, when: r.when.map((c) => ({ ...c, column: ref(c.column) })) })),
      };
    case "behaviour":
      return m.recent === undefined ? m : { ...m, recent: ref(m.recent) };
    case "lifecycle":
      return {
        ...m,
        ...(m.first !== undefined ? { first: ref(m.first) } : {}),
        ...(m.last !== undefined ? { last: ref(m.last) } : {}),
      };
    default:
      return m;
  }
}

/**
 * The scheme with its columns named by index in `table` (the table the preview tiers): a role left to the
 * sheet's guess (source.columns, groupBy, a factor's or a rule's column) becomes the index of the column that has
 * it there. The SQL has no sheet to guess roles from (src/engine/sql/sql-columns.ts), so this is the scheme it
 * gets; the tiers are the same, since tierTable resolves each role to that same column (tier-source.ts). A role no
 * column has is left as it is, for the generator to name.
 */
export function schemeWithColumnIndexes(scheme: Scheme, table: Table): Scheme {
  const ref = (r: ColumnRef): ColumnRef => (typeof r === "number" ? r : (columnWithRole(table, r) ?? r));
  const columns = { ...scheme.source.columns };
  for (const role of SOURCE_ROLES) columns[role] ??= columnWithRole(table, role);
  for (const role of SOURCE_ROLES) if (columns[role] === undefined) delete columns[role];
  return {
    ...scheme,
    source: { ...scheme.source, columns },
    method: methodWithIndexes(scheme.method, ref),
    ...(scheme.groupBy !== undefined ? { groupBy: ref(scheme.groupBy) } : {}),
  };
}
