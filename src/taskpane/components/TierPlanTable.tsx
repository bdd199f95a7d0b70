import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Lang, TierPlan } from "../../engine/ladder";
import { useLocale } from "../format-context";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { headerCell, numberCell, textCell } from "./table-cells";

const useStyles = makeStyles({
  // Many tiers scroll sideways inside the pane rather than widening it.
  scroll: { overflowX: "auto", maxWidth: "100%" },
});

/** Each tier's own funnel side by side (a dash where a tier's ladder skips the stage) and all tiers combined. */
export function TierPlanTable({ plan, lang }: { plan: TierPlan; lang: Lang }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const s = useStyles();
  return (
    <div className={s.scroll}>
      <Table size="extra-small" aria-label={t("ladder.tierPlanTitle")} data-testid="ladder-tier-plan">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={headerCell}>{t("ladder.stage")}</TableHeaderCell>
            {plan.tiers.map((f) => (
              <NumberHeaderCell key={f.tier}>{f.tier}</NumberHeaderCell>
            ))}
            <NumberHeaderCell>{t("ladder.combined")}</NumberHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.combined.map((c, s) => (
            <TableRow key={c.id}>
              <TableCell style={textCell}>{c.names[lang]}</TableCell>
              {plan.tiers.map((f) => (
                <TableCell key={f.tier} style={numberCell} data-testid={`ladder-tier-target-${f.tier}-${s}`}>
                  {c.byTier[f.tier] === undefined ? "–" : fmt.integer(c.byTier[f.tier])}
                </TableCell>
              ))}
              <TableCell style={numberCell} data-testid={`ladder-tier-combined-${s}`}>
                {fmt.integer(c.target)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
