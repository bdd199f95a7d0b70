import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useLocale } from "../format-context";
import type { Allocation } from "../model/ladder-allocation";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { headerCell, numberCell, textCell } from "./table-cells";

const useStyles = makeStyles({
  // A wide split scrolls sideways inside the pane rather than widening it.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** The split: one row per period or rep/region, one column per stage split, a total row and the sum check. */
export function AllocationTable({ allocation }: { allocation: Allocation }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const s = useStyles();
  const { names, stages, parts } = allocation;
  const sums = stages.map((_, s) => parts.reduce((a, row) => a + row[s], 0));
  const off = stages.findIndex((st, s) => sums[s] !== st.total);
  const onlyDeals = stages.length === 1;
  return (
    <div className={s.scroll}>
      <Table size="extra-small" aria-label={t("ladder.allocTable")} data-testid="ladder-allocation">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={headerCell}>{t("ladder.part")}</TableHeaderCell>
            {stages.map((st) => (
              <NumberHeaderCell key={st.id}>{onlyDeals ? t("ladder.deals") : st.name}</NumberHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {names.map((name, i) => (
            <TableRow key={name} data-testid={`ladder-alloc-row-${i}`}>
              <TableCell style={textCell}>{name}</TableCell>
              {parts[i].map((n, s) => (
                <TableCell
                  key={s}
                  style={numberCell}
                  data-testid={onlyDeals ? `ladder-alloc-${i}` : `ladder-alloc-${i}-${s}`}
                >
                  {fmt.integer(n)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow data-testid="ladder-alloc-total">
            <TableCell style={textCell}>
              <strong>{t("ladder.allocTotal")}</strong>
            </TableCell>
            {sums.map((n, s) => (
              <TableCell key={s} style={numberCell}>
                <strong>{fmt.integer(n)}</strong>
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      <Text role="status" data-testid="ladder-alloc-check" className={off >= 0 ? s.bad : undefined}>
        {off < 0
          ? t("ladder.allocCheckOk")
          : t("ladder.allocCheckBad", { stage: stages[off].name, sum: sums[off], total: stages[off].total })}
      </Text>
    </div>
  );
}
