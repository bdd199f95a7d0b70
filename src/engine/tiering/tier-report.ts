import { inputReport, numericColumn, type InputIssue, type InputReport, type Table } from "../table";

/** What the report is built from: the tiered table, its columns, and the issues gathered on the way. */
export interface ReportInput {
  readonly t: Table;
  readonly valueCol: number | undefined;
  /** The value column's issues, read already (numericColumn), so it is not read twice. */
  readonly valueIssues: readonly InputIssue[] | undefined;
  readonly customerCol: number | undefined;
  /** Each row's customer cell as text (cellText) of `t`, read already, so it is not read twice. */
  readonly customerNames: readonly string[] | undefined;
  readonly orderIssues: InputIssue[] | undefined;
  /** Issues of the other columns the method read. */
  readonly extraIssues: InputIssue[];
  /**
   * Whether the value column's bad cells cost their rows a tier (the method tiers by value). When it does not
   * (lifecycle, behaviour, rules), a blank value — a customer who never ordered — is no mistake to report.
   */
  readonly valueDecides: boolean;
  /** Grid rows left out: their cells are blanked, not the user's mistake. */
  readonly leftOut: ReadonlySet<number> | undefined;
}

function baseReport(r: ReportInput): InputReport {
  if (r.orderIssues) return { issues: [...r.orderIssues, ...r.extraIssues], duplicates: [] };
  if (r.valueCol !== undefined && r.customerCol !== undefined) {
    const base = inputReport(r.t, r.valueCol, r.customerCol, {
      valueIssues: r.valueIssues,
      shownNames: r.customerNames,
    });
    return { issues: [...base.issues, ...r.extraIssues], duplicates: base.duplicates };
  }
  return {
    issues: [
      ...(r.valueCol !== undefined ? (r.valueIssues ?? numericColumn(r.t, r.valueCol).issues) : []),
      ...r.extraIssues,
    ],
    duplicates: [],
  };
}

/** Step 5 of tierTable: the input report, each issue once, in sheet order, without left-out rows. */
export function tierReport(r: ReportInput): InputReport {
  const report = baseReport(r);
  const seen = new Set<string>();
  const issues = report.issues.filter((i) => {
    if (r.leftOut?.has(i.row)) return false;
    if (!r.valueDecides && !r.orderIssues && i.column === r.valueCol && i.reason !== "missing-customer") return false;
    const id = `${i.row}:${i.column}:${i.reason}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { duplicates: report.duplicates, issues: issues.sort((a, b) => a.row - b.row || a.column - b.column) };
}
