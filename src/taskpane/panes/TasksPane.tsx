import { Badge, Button, Field, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Table as DataTable } from "../../engine/table";
import type { TierTableOutput } from "../../engine/tiering/tier-result";
import { ErrorBar } from "../components/ErrorBar";
import { PlaybookEditor } from "../components/PlaybookEditor";
import { Section } from "../components/Section";
import { useLocale } from "../format-context";
import { NumberHeaderCell } from "../components/NumberHeaderCell";
import { headerCell, numberCell, textCell } from "../components/table-cells";
import type { TasksDraftState } from "../hooks/useTasksDraft";
import { computeTasks, type TasksOutcome } from "../model/tasks-plan";
import { problemText } from "../model/problem-text";

interface Props {
  tasks: TasksDraftState;
  table?: DataTable;
  output?: TierTableOutput;
  onWriteTasks(outcome: TasksOutcome): void;
  writing: boolean;
}

/** Tasks tab: playbooks per tier, horizon and capacity, task counts and workload per owner. */
export function TasksPane({ tasks, table, output, onWriteTasks, writing }: Props) {
  const { t } = useTranslation();
  const { lang, fmt } = useLocale();
  const { draft, setDraft } = tasks;
  const outcome = useMemo(() => computeTasks(draft, output, table, lang), [draft, output, table, lang]);
  const p = outcome.problems;
  return (
    <Section title={t("tasks.heading")} id="pane-tasks">
      {!output && <Text data-testid="tasks-no-result">{t("tasks.noResult")}</Text>}
      <Field label={t("tasks.start")}>
        <Input type="date" data-testid="tasks-start" value={draft.start} onChange={(_, d) => d.value && setDraft((x) => ({ ...x, start: d.value }))} />
      </Field>
      <Field label={t("tasks.weeks")} validationMessage={problemText(t, p.weeks)} validationState={p.weeks ? "error" : "none"}>
        <Input data-testid="tasks-weeks" value={draft.weeks} inputMode="numeric" onChange={(_, d) => setDraft((x) => ({ ...x, weeks: d.value }))} />
      </Field>
      <Field label={t("tasks.capacity")} validationMessage={problemText(t, p.capacity)} validationState={p.capacity ? "error" : "none"}>
        <Input data-testid="tasks-capacity" value={draft.capacity} inputMode="decimal" onChange={(_, d) => setDraft((x) => ({ ...x, capacity: d.value }))} />
      </Field>
      <ErrorBar error={outcome.error} testId="tasks-error" />
      {outcome.list && outcome.counts && outcome.workload && (
        <div data-testid="tasks-preview" aria-live="polite">
          <Text block weight="semibold" data-testid="tasks-total">{t("tasks.total", { count: outcome.list.length })}</Text>
          <Table size="extra-small" aria-label={t("tasks.countsHeading")} data-testid="tasks-counts">
            <TableHeader><TableRow><TableHeaderCell style={headerCell}>{t("preview.tier")}</TableHeaderCell><NumberHeaderCell>{t("tasks.count")}</NumberHeaderCell></TableRow></TableHeader>
            <TableBody>
              {outcome.counts.map((c, i) => (
                <TableRow key={c.tier}><TableCell style={textCell}>{c.tier}</TableCell><TableCell style={numberCell} data-testid={`tasks-count-${i}`}>{fmt.integer(c.tasks)}</TableCell></TableRow>
              ))}
            </TableBody>
          </Table>
          <Table size="extra-small" aria-label={t("tasks.workload")} data-testid="tasks-workload">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={headerCell}>{t("tasks.owner")}</TableHeaderCell>
                <NumberHeaderCell>{t("tasks.count")}</NumberHeaderCell>
                <NumberHeaderCell>{t("tasks.hoursPerWeek")}</NumberHeaderCell>
                <TableHeaderCell style={headerCell}>{t("tasks.load")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {outcome.workload.map((w, i) => (
                <TableRow key={w.owner} data-testid={`tasks-owner-${i}`}>
                  <TableCell style={textCell}>{w.owner}</TableCell>
                  <TableCell style={numberCell} data-testid={`tasks-owner-count-${i}`}>{fmt.integer(w.tasks)}</TableCell>
                  <TableCell style={numberCell}>{fmt.number(w.averageHours, 1)} / {fmt.number(w.peakHours, 1)}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={w.overloaded ? "danger" : "success"} style={{ height: "auto", whiteSpace: "normal", textAlign: "center" }}>{w.overloaded ? t("tasks.overloaded") : t("tasks.ok")}</Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Button appearance="primary" data-testid="tasks-write" disabled={writing} onClick={() => onWriteTasks(outcome)}>{t("tasks.writeTasks")}</Button>
        </div>
      )}
      {outcome.playbooks.map((pb) => (
        <PlaybookEditor key={pb.tier} playbook={pb} onChange={(next) => setDraft((d) => ({ ...d, playbooks: { ...d.playbooks, [next.tier]: next } }))} />
      ))}
    </Section>
  );
}
