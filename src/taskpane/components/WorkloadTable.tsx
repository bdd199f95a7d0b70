import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { dateOfDay } from "../../engine/ladder";
import type { OwnerWorkload } from "../../engine/tasks";
import { useLocale } from "../format-context";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { headerCell, numberCell, textCell } from "./table-cells";
import { WeeklyProfile } from "./WeeklyProfile";

const useStyles = makeStyles({
  // "Overloaded" in Chinese or a narrow pane wraps inside the badge rather than overflowing it.
  load: { height: "auto", whiteSpace: "normal", textAlign: "center" },
});

/** Each owner's tasks, average and peak hours a week (with the week-by-week profile), and whether that is over capacity. */
export function WorkloadTable({ workload, startDay }: { workload: readonly OwnerWorkload[]; startDay: number }) {
  const { t } = useTranslation();
  return (
    <Table size="extra-small" aria-label={t("tasks.workload")} data-testid="tasks-workload">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={headerCell}>{t("tasks.owner")}</TableHeaderCell>
          <NumberHeaderCell>{t("tasks.count")}</NumberHeaderCell>
          <NumberHeaderCell>{t("tasks.averageHours")}</NumberHeaderCell>
          <NumberHeaderCell>{t("tasks.peakHours")}</NumberHeaderCell>
          <TableHeaderCell style={headerCell}>{t("tasks.load")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {workload.map((w, i) => (
          <WorkloadRow key={w.owner} w={w} i={i} startDay={startDay} />
        ))}
      </TableBody>
    </Table>
  );
}

function WorkloadRow({ w, i, startDay }: { w: OwnerWorkload; i: number; startDay: number }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const s = useStyles();
  const peakWeek = fmt.date(dateOfDay(startDay + 7 * w.hoursByWeek.indexOf(w.peakHours)));
  return (
    <TableRow data-testid={`tasks-owner-${i}`}>
      <TableCell style={textCell}>{w.owner}</TableCell>
      <TableCell style={numberCell} data-testid={`tasks-owner-count-${i}`}>
        {fmt.integer(w.tasks)}
      </TableCell>
      <TableCell style={numberCell} data-testid={`tasks-owner-average-${i}`}>
        {fmt.number(w.averageHours, 1)}
      </TableCell>
      <TableCell style={numberCell} data-testid={`tasks-owner-peak-${i}`}>
        {fmt.number(w.peakHours, 1)}
        <WeeklyProfile
          hours={w.hoursByWeek}
          capacity={w.capacity}
          label={t("tasks.profile", {
            owner: w.owner,
            peak: fmt.number(w.peakHours, 1),
            week: peakWeek,
            average: fmt.number(w.averageHours, 1),
          })}
          testId={`tasks-owner-profile-${i}`}
        />
      </TableCell>
      <TableCell>
        <Badge appearance="tint" color={w.overloaded ? "danger" : "success"} className={s.load}>
          {w.overloaded ? t("tasks.overloaded") : t("tasks.ok")}
        </Badge>
      </TableCell>
    </TableRow>
  );
}
