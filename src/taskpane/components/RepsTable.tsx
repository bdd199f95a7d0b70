import { Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useLocale } from "../format-context";
import type { RepsDraft } from "../model/reps-draft";
import type { RepsOutcome, RepView } from "../model/reps-plan";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { headerCell, numberCell, textCell } from "./table-cells";

type SetDraft = (edit: (d: RepsDraft) => RepsDraft) => void;

/** One row per rep: tier mix, A customers, actual sales, quota (typed here when quotas are typed), attainment, grade, payout. */
export function RepsTable({
  outcome,
  draft,
  setDraft,
}: {
  outcome: RepsOutcome;
  draft: RepsDraft;
  setDraft: SetDraft;
}) {
  const { t } = useTranslation();
  return (
    <Table size="extra-small" aria-label={t("reps.tableLabel")} data-testid="reps-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={headerCell}>{t("reps.rep")}</TableHeaderCell>
          <TableHeaderCell style={headerCell}>{t("reps.tierMix")}</TableHeaderCell>
          <NumberHeaderCell>{t("reps.actual")}</NumberHeaderCell>
          <NumberHeaderCell>{t("reps.quota")}</NumberHeaderCell>
          <NumberHeaderCell>{t("reps.attainment")}</NumberHeaderCell>
          <TableHeaderCell style={headerCell}>{t("reps.grade")}</TableHeaderCell>
          <NumberHeaderCell>{t("reps.payout")}</NumberHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {outcome.reps.map((r, i) => (
          <RepRowView key={r.rep} r={r} i={i} labels={outcome.labels} draft={draft} setDraft={setDraft} />
        ))}
      </TableBody>
    </Table>
  );
}

function RepRowView(props: { r: RepView; i: number; labels: readonly string[]; draft: RepsDraft; setDraft: SetDraft }) {
  const { r, i, labels, draft, setDraft } = props;
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const mix = r.customersPerTier.map((n, k) => `${labels[k]} ${fmt.integer(n)}`).join(" · ");
  return (
    <TableRow data-testid={`reps-row-${i}`}>
      <TableCell style={textCell}>{r.rep}</TableCell>
      <TableCell style={textCell} data-testid={`reps-mix-${i}`}>
        {mix}
      </TableCell>
      <TableCell style={numberCell} data-testid={`reps-actual-${i}`}>
        {fmt.number(r.actual, 2)}
      </TableCell>
      <TableCell style={numberCell} data-testid={`reps-quota-${i}`}>
        {draft.quotaMode === "typed" ? (
          <Input
            size="small"
            aria-label={t("reps.quotaOf", { rep: r.rep })}
            data-testid={`reps-quota-input-${i}`}
            value={draft.quotas[r.rep] ?? ""}
            onChange={(_, d) => setDraft((x) => ({ ...x, quotas: { ...x.quotas, [r.rep]: d.value } }))}
          />
        ) : r.quota === undefined ? (
          "—"
        ) : (
          fmt.number(r.quota, 0)
        )}
      </TableCell>
      <TableCell style={numberCell} data-testid={`reps-attainment-${i}`}>
        {r.attainment === undefined ? "—" : fmt.percent(r.attainment, 1)}
      </TableCell>
      <TableCell style={textCell} data-testid={`reps-grade-${i}`}>
        {r.grade ?? "—"}
      </TableCell>
      <TableCell style={numberCell} data-testid={`reps-payout-${i}`}>
        {r.payout === undefined ? "—" : fmt.number(r.payout, 2)}
      </TableCell>
    </TableRow>
  );
}
