import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { PlaybookCount } from "../model/tasks-plan";
import { useLocale } from "../format-context";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { headerCell, numberCell, textCell } from "./table-cells";

/** Tasks per playbook: the tiers' in tier order ("Tier A"), then the category playbooks ("Type is B2B"). */
export function TaskCountsTable({ counts }: { counts: readonly PlaybookCount[] }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const label = (c: PlaybookCount) =>
    c.target
      ? t("tasks.countsCategory", { column: c.target.header, value: c.target.value })
      : t("tasks.countsTier", { label: c.tier });
  return (
    <Table size="extra-small" aria-label={t("tasks.countsHeading")} data-testid="tasks-counts">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={headerCell}>{t("tasks.countsPlaybook")}</TableHeaderCell>
          <NumberHeaderCell>{t("tasks.count")}</NumberHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {counts.map((c, i) => (
          <TableRow key={i}>
            <TableCell style={textCell}>{label(c)}</TableCell>
            <TableCell style={numberCell} data-testid={`tasks-count-${i}`}>
              {fmt.integer(c.tasks)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
