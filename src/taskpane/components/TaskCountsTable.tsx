import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useLocale } from "../format-context";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { headerCell, numberCell, textCell } from "./table-cells";

/** Tasks per tier, in tier order. */
export function TaskCountsTable({ counts }: { counts: readonly { readonly tier: string; readonly tasks: number }[] }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  return (
    <Table size="extra-small" aria-label={t("tasks.countsHeading")} data-testid="tasks-counts">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={headerCell}>{t("preview.tier")}</TableHeaderCell>
          <NumberHeaderCell>{t("tasks.count")}</NumberHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {counts.map((c, i) => (
          <TableRow key={c.tier}>
            <TableCell style={textCell}>{c.tier}</TableCell>
            <TableCell style={numberCell} data-testid={`tasks-count-${i}`}>
              {fmt.integer(c.tasks)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
