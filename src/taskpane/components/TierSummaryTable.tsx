import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TierSummary } from "../../engine/tiering/tier-result";
import { useLocale } from "../format-context";

/** The header and the cells wrap, so four columns fit a 320 px task pane. */
const wrap = { whiteSpace: "normal", overflowWrap: "anywhere" } as const;

/**
 * Per-tier counts and value, each with its share under it, and the cut-offs: the smallest and largest
 * ranking key (value, or score for score-based methods) in the tier.
 */
export function TierSummaryTable({ tiers, untiered, rankedBy = "value" }: { tiers: readonly TierSummary[]; untiered: number; rankedBy?: "value" | "score" }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  return (
    <Table size="extra-small" aria-label={t("preview.heading")} data-testid="tier-table" style={{ tableLayout: "auto", width: "100%" }}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={wrap}>{t("preview.tier")}</TableHeaderCell>
          <TableHeaderCell style={wrap}>{t("preview.customersAndShare")}</TableHeaderCell>
          <TableHeaderCell style={wrap}>{t("preview.valueAndShare")}</TableHeaderCell>
          <TableHeaderCell style={wrap}>{rankedBy === "score" ? t("preview.cutoffScore") : t("preview.cutoff")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tiers.map((s, i) => (
          <TableRow key={s.label} data-testid={`tier-row-${i}`}>
            <TableCell style={wrap} data-testid={`tier-label-${i}`}>{s.label}</TableCell>
            <TableCell style={wrap}>
              <span data-testid={`tier-count-${i}`}>{fmt.integer(s.customers)}</span>
              <Caption1 block data-testid={`tier-customer-share-${i}`}>{fmt.percent(s.customerShare)}</Caption1>
            </TableCell>
            <TableCell style={wrap}>
              <span data-testid={`tier-value-${i}`}>{fmt.number(s.value)}</span>
              <Caption1 block data-testid={`tier-value-share-${i}`}>{fmt.percent(s.valueShare)}</Caption1>
            </TableCell>
            <TableCell style={wrap} data-testid={`tier-cutoff-${i}`}>
              {s.customers > 0 ? `${fmt.number(s.min)} – ${fmt.number(s.max)}` : "–"}
            </TableCell>
          </TableRow>
        ))}
        {untiered > 0 && (
          <TableRow data-testid="tier-row-none">
            <TableCell style={wrap}>{t("preview.noTier")}</TableCell>
            <TableCell data-testid="tier-count-none">{fmt.integer(untiered)}</TableCell>
            <TableCell /><TableCell />
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
