import { Badge, Button, Checkbox, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
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
import { InputError } from "../../engine/errors";
import { dateOfDay } from "../../engine/ladder/calendar-days";
import { WeeklyProfile } from "../components/WeeklyProfile";
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
  // Too many rows for one sheet: say how many, and offer a shorter horizon or fewer tiers instead.
  const tooMany = outcome.error instanceof InputError && outcome.error.key === "tooManyTasks" ? outcome.error.params : undefined;
  // With one sheet per owner, still too many when one owner alone fills more than a sheet.
  const ownerTooMany = outcome.error instanceof InputError && outcome.error.key === "tooManyTasksForOwner" ? outcome.error.params : undefined;
  const shorter = tooMany ? Math.max(1, Math.floor((Number(draft.weeks) * Number(tooMany.max)) / Number(tooMany.count))) : undefined;
  const labels = output?.result.labels ?? [];
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
      {labels.length > 0 && (
        <fieldset style={{ border: "none", padding: 0, margin: 0 }} data-testid="tasks-tiers">
          <legend>{t("tasks.tiersIncluded")}</legend>
          {labels.map((l, i) => (
            <Checkbox
              key={l} data-testid={`tasks-tier-${i}`} label={l} checked={!draft.skipTiers.includes(l)}
              onChange={(_, d) => setDraft((x) => ({ ...x, skipTiers: d.checked ? x.skipTiers.filter((s) => s !== l) : [...x.skipTiers, l] }))}
            />
          ))}
        </fieldset>
      )}
      <Checkbox data-testid="tasks-per-owner" label={t("tasks.perOwner")} checked={draft.perOwner}
        onChange={(_, d) => setDraft((x) => ({ ...x, perOwner: d.checked === true }))} />
      {ownerTooMany && (
        <MessageBar intent="error" data-testid="tasks-owner-too-many" layout="multiline">
          <MessageBarBody>{t("tasks.ownerTooMany", { owner: String(ownerTooMany.owner), count: fmt.integer(Number(ownerTooMany.count)), max: fmt.integer(Number(ownerTooMany.max)) })}</MessageBarBody>
        </MessageBar>
      )}
      {tooMany ? (
        <MessageBar intent="error" data-testid="tasks-too-many" layout="multiline">
          <MessageBarBody>{t("tasks.tooMany", { count: fmt.integer(Number(tooMany.count)), max: fmt.integer(Number(tooMany.max)) })}</MessageBarBody>
          <MessageBarActions>
            <Button data-testid="tasks-shorter" onClick={() => setDraft((x) => ({ ...x, weeks: String(shorter) }))}>{t("tasks.shorterHorizon", { count: shorter })}</Button>
            <Button data-testid="tasks-split-owners" onClick={() => setDraft((x) => ({ ...x, perOwner: true }))}>{t("tasks.perOwner")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : !ownerTooMany && <ErrorBar error={outcome.error} testId="tasks-error" />}
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
                <NumberHeaderCell>{t("tasks.averageHours")}</NumberHeaderCell>
                <NumberHeaderCell>{t("tasks.peakHours")}</NumberHeaderCell>
                <TableHeaderCell style={headerCell}>{t("tasks.load")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {outcome.workload.map((w, i) => (
                <TableRow key={w.owner} data-testid={`tasks-owner-${i}`}>
                  <TableCell style={textCell}>{w.owner}</TableCell>
                  <TableCell style={numberCell} data-testid={`tasks-owner-count-${i}`}>{fmt.integer(w.tasks)}</TableCell>
                  <TableCell style={numberCell} data-testid={`tasks-owner-average-${i}`}>{fmt.number(w.averageHours, 1)}</TableCell>
                  <TableCell style={numberCell} data-testid={`tasks-owner-peak-${i}`}>
                    {fmt.number(w.peakHours, 1)}
                    <WeeklyProfile
                      hours={w.hoursByWeek} capacity={w.capacity}
                      label={t("tasks.profile", { owner: w.owner, peak: fmt.number(w.peakHours, 1), week: fmt.date(dateOfDay(outcome.list!.startDay + 7 * w.hoursByWeek.indexOf(w.peakHours))), average: fmt.number(w.averageHours, 1) })}
                      testId={`tasks-owner-profile-${i}`}
                    />
                  </TableCell>
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
