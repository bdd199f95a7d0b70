import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TierSummary } from "../../engine/tiering/tier-result";
import { useLocale } from "../format-context";

/** Per-tier counts, value and shares, and the cut-offs (smallest and largest ranking key in the tier). */
export function TierSummaryTable({ tiers, untiered }: { tiers: readonly TierSummary[]; untiered: number }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  return (
    <Table size="extra-small" aria-label={t("preview.heading")} data-testid="tier-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("preview.tier")}</TableHeaderCell>
          <TableHeaderCell>{t("preview.customers")}</TableHeaderCell>
          <TableHeaderCell>{t("preview.customerShare")}</TableHeaderCell>
          <TableHeaderCell>{t("preview.value")}</TableHeaderCell>
          <TableHeaderCell>{t("preview.valueShare")}</TableHeaderCell>
          <TableHeaderCell>{t("preview.cutoff")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tiers.map((s, i) => (
          <TableRow key={s.label} data-testid={`tier-row-${i}`}>
            <TableCell data-testid={`tier-label-${i}`}>{s.label}</TableCell>
            <TableCell data-testid={`tier-count-${i}`}>{fmt.integer(s.customers)}</TableCell>
            <TableCell>{fmt.percent(s.customerShare)}</TableCell>
            <TableCell data-testid={`tier-value-${i}`}>{fmt.number(s.value)}</TableCell>
            <TableCell>{fmt.percent(s.valueShare)}</TableCell>
            <TableCell data-testid={`tier-cutoff-${i}`}>
              {s.customers > 0 ? `${fmt.number(s.min)} – ${fmt.number(s.max)}` : "–"}
            </TableCell>
          </TableRow>
        ))}
        {untiered > 0 && (
          <TableRow data-testid="tier-row-none">
            <TableCell>{t("preview.noTier")}</TableCell>
            <TableCell data-testid="tier-count-none">{fmt.integer(untiered)}</TableCell>
            <TableCell /><TableCell /><TableCell /><TableCell />
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
