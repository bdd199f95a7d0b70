import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TierSummary } from "../../engine/tiering";
import { useLocale } from "../format-context";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { headerCell, nowrap, numberStackCell, textCell } from "./table-cells";

const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
});

/**
 * Per-tier counts and value, each with its share under it, and the cut-offs: the smallest and largest
 * ranking key (value, or score for score-based methods) in the tier.
 */
export function TierSummaryTable({
  tiers,
  untiered,
  rankedBy = "value",
}: {
  tiers: readonly TierSummary[];
  untiered: number;
  rankedBy?: "value" | "score";
}) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const s = useStyles();
  return (
    <Table size="extra-small" aria-label={t("preview.heading")} data-testid="tier-table" className={s.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={headerCell}>{t("preview.tier")}</TableHeaderCell>
          <NumberHeaderCell>{t("preview.customersAndShare")}</NumberHeaderCell>
          <NumberHeaderCell>{t("preview.valueAndShare")}</NumberHeaderCell>
          <NumberHeaderCell>{rankedBy === "score" ? t("preview.cutoffScore") : t("preview.cutoff")}</NumberHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tiers.map((s, i) => (
          <TableRow key={s.label} data-testid={`tier-row-${i}`}>
            <TableCell style={textCell} data-testid={`tier-label-${i}`}>
              {s.label}
            </TableCell>
            <TableCell style={numberStackCell}>
              <span style={nowrap} data-testid={`tier-count-${i}`}>
                {fmt.integer(s.customers)}
              </span>
              <Caption1 block style={nowrap} data-testid={`tier-customer-share-${i}`}>
                {fmt.percent(s.customerShare)}
              </Caption1>
            </TableCell>
            <TableCell style={numberStackCell}>
              <span style={nowrap} data-testid={`tier-value-${i}`}>
                {fmt.number(s.value)}
              </span>
              <Caption1 block style={nowrap} data-testid={`tier-value-share-${i}`}>
                {fmt.percent(s.valueShare)}
              </Caption1>
            </TableCell>
            {/* The range may wrap at the dash, never inside either number. */}
            <TableCell style={numberStackCell} data-testid={`tier-cutoff-${i}`}>
              {s.customers > 0 ? (
                <>
                  <span style={nowrap}>{fmt.number(s.min)}</span> – <span style={nowrap}>{fmt.number(s.max)}</span>
                </>
              ) : (
                "–"
              )}
            </TableCell>
          </TableRow>
        ))}
        {untiered > 0 && (
          <TableRow data-testid="tier-row-none">
            <TableCell style={textCell}>{t("preview.noTier")}</TableCell>
            <TableCell style={numberStackCell} data-testid="tier-count-none">
              <span style={nowrap}>{fmt.integer(untiered)}</span>
            </TableCell>
            <TableCell />
            <TableCell />
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
