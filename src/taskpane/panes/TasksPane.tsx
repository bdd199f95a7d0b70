import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { InputError } from "../../engine/errors";
import type { Table } from "../../engine/table";
import { CategoryPlaybookForm } from "../components/CategoryPlaybookForm";
import { ErrorBar } from "../components/ErrorBar";
import { PlaybookEditor } from "../components/PlaybookEditor";
import { Section } from "../components/Section";
import { TaskCountsTable } from "../components/TaskCountsTable";
import { WorkloadTable } from "../components/WorkloadTable";
import { useLocale } from "../format-context";
import { useTableModel } from "../hooks/useTableModel";
import { useTasksDraft, type TasksDraftState } from "../hooks/useTasksDraft";
import { useTierPreview } from "../hooks/useTierPreview";
import { useWriteStatus } from "../hooks/useWriteStatus";
import {
  addCategoryPlaybook,
  categoryPlaybooksOf,
  hasCategoryPlaybook,
  setCategoryPlaybook,
} from "../model/category-playbooks";
import { problemText } from "../model/problem-text";
import { computeTasks, type TasksOutcome } from "../model/tasks-plan";
import { useWorkflow } from "../store/context";

const useStyles = makeStyles({
  tiers: { border: "none", padding: 0, margin: 0 },
});

/**
 * Tasks tab: horizon and capacity, task counts and workload per owner, a playbook per tier, and playbooks
 * for a category value of the customer table (added, edited and removed here).
 */
export function TasksPane() {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const tasks = useTasksDraft();
  const { draft } = tasks;
  const table = useTableModel().source;
  const output = useTierPreview().output;
  const outcome = useMemo(() => computeTasks(draft, output, table, lang), [draft, output, table, lang]);
  return (
    <Section title={t("tasks.heading")} id="pane-tasks">
      {!output && <Text data-testid="tasks-no-result">{t("tasks.noResult")}</Text>}
      <TasksSettings tasks={tasks} outcome={outcome} labels={output?.result.labels ?? []} />
      <TooManyTasks tasks={tasks} outcome={outcome} />
      {outcome.list && outcome.counts && outcome.workload && <TasksPreview outcome={outcome} />}
      <Playbooks tasks={tasks} outcome={outcome} table={table} />
    </Section>
  );
}

/** The tiers' playbooks, then the category playbooks and the form that adds one (given a table to pick from). */
function Playbooks({ tasks, outcome, table }: { tasks: TasksDraftState; outcome: TasksOutcome; table?: Table }) {
  const { draft, setDraft } = tasks;
  const tierBooks = outcome.playbooks.flatMap((pb) => (pb.target === undefined ? [pb] : []));
  const categoryBooks = categoryPlaybooksOf(draft);
  // Counts follow outcome.playbooks: the tiers' first, then the category playbooks in order.
  const customersOf = (i: number) => outcome.counts?.[tierBooks.length + i]?.customers;
  return (
    <>
      {tierBooks.map((pb) => (
        <PlaybookEditor
          key={pb.tier}
          testKey={pb.tier}
          playbook={pb}
          onChange={(next) => setDraft((d) => ({ ...d, playbooks: { ...d.playbooks, [next.tier]: next } }))}
        />
      ))}
      {categoryBooks.map((pb, i) => (
        <PlaybookEditor
          key={`${pb.target.column}:${pb.target.value}`}
          testKey={`category-${i}`}
          playbook={pb}
          customers={customersOf(i)}
          onChange={(next) => setDraft((d) => setCategoryPlaybook(d, i, next))}
          onRemove={() => setDraft((d) => setCategoryPlaybook(d, i))}
        />
      ))}
      {table && (
        <CategoryPlaybookForm
          table={table}
          has={(target) => hasCategoryPlaybook(draft, target)}
          onAdd={(target, starter) => setDraft((d) => addCategoryPlaybook(d, target, starter))}
        />
      )}
    </>
  );
}

/** Start, horizon, capacity, the tiers included, one sheet per owner. */
function TasksSettings({
  tasks,
  outcome,
  labels,
}: {
  tasks: TasksDraftState;
  outcome: TasksOutcome;
  labels: readonly string[];
}) {
  const { t } = useTranslation();
  const s = useStyles();
  const { draft, setDraft } = tasks;
  const p = outcome.problems;
  const skip = (l: string, included: boolean) =>
    setDraft((x) => ({ ...x, skipTiers: included ? x.skipTiers.filter((s) => s !== l) : [...x.skipTiers, l] }));
  return (
    <>
      <Field label={t("tasks.start")}>
        <Input
          type="date"
          data-testid="tasks-start"
          value={draft.start}
          onChange={(_, d) => d.value && setDraft((x) => ({ ...x, start: d.value }))}
        />
      </Field>
      <Field
        label={t("tasks.weeks")}
        validationMessage={problemText(t, p.weeks)}
        validationState={p.weeks ? "error" : "none"}
      >
        <Input
          data-testid="tasks-weeks"
          value={draft.weeks}
          inputMode="numeric"
          onChange={(_, d) => setDraft((x) => ({ ...x, weeks: d.value }))}
        />
      </Field>
      <Field
        label={t("tasks.capacity")}
        validationMessage={problemText(t, p.capacity)}
        validationState={p.capacity ? "error" : "none"}
      >
        <Input
          data-testid="tasks-capacity"
          value={draft.capacity}
          inputMode="decimal"
          onChange={(_, d) => setDraft((x) => ({ ...x, capacity: d.value }))}
        />
      </Field>
      {labels.length > 0 && (
        <fieldset className={s.tiers} data-testid="tasks-tiers">
          <legend>{t("tasks.tiersIncluded")}</legend>
          {labels.map((l, i) => (
            <Checkbox
              key={l}
              data-testid={`tasks-tier-${i}`}
              label={l}
              checked={!draft.skipTiers.includes(l)}
              onChange={(_, d) => skip(l, d.checked === true)}
            />
          ))}
        </fieldset>
      )}
      <Checkbox
        data-testid="tasks-per-owner"
        label={t("tasks.perOwner")}
        checked={draft.perOwner}
        onChange={(_, d) => setDraft((x) => ({ ...x, perOwner: d.checked === true }))}
      />
    </>
  );
}

/** The key and params of an InputError with one of `key`, else undefined. */
function errorParams(error: unknown, key: string) {
  return error instanceof InputError && error.key === key ? error.params : undefined;
}

/** Too many rows for one sheet: say how many, and offer a shorter horizon or one sheet per owner instead; else the plan's error. */
function TooManyTasks({ tasks, outcome }: { tasks: TasksDraftState; outcome: TasksOutcome }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const { draft, setDraft } = tasks;
  const tooMany = errorParams(outcome.error, "tooManyTasks");
  // With one sheet per owner, still too many when one owner alone fills more than a sheet.
  const ownerTooMany = errorParams(outcome.error, "tooManyTasksForOwner");
  const shorter = tooMany
    ? Math.max(1, Math.floor((Number(draft.weeks) * Number(tooMany.max)) / Number(tooMany.count)))
    : undefined;
  const count = (n: unknown) => fmt.integer(Number(n));
  return (
    <>
      {ownerTooMany && (
        <MessageBar intent="error" data-testid="tasks-owner-too-many" layout="multiline">
          <MessageBarBody>
            {t("tasks.ownerTooMany", {
              owner: String(ownerTooMany.owner),
              count: count(ownerTooMany.count),
              max: count(ownerTooMany.max),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {tooMany ? (
        <MessageBar intent="error" data-testid="tasks-too-many" layout="multiline">
          <MessageBarBody>
            {t("tasks.tooMany", { count: count(tooMany.count), max: count(tooMany.max) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button data-testid="tasks-shorter" onClick={() => setDraft((x) => ({ ...x, weeks: String(shorter) }))}>
              {t("tasks.shorterHorizon", { count: shorter })}
            </Button>
            <Button data-testid="tasks-split-owners" onClick={() => setDraft((x) => ({ ...x, perOwner: true }))}>
              {t("tasks.perOwner")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        !ownerTooMany && <ErrorBar error={outcome.error} testId="tasks-error" />
      )}
    </>
  );
}

/** The plan's size: tasks in all, per tier and per owner, and the button that writes it. */
function TasksPreview({ outcome }: { outcome: TasksOutcome }) {
  const { t } = useTranslation();
  const { commands } = useWorkflow();
  const writing = useWriteStatus().busy;
  return (
    <div data-testid="tasks-preview" aria-live="polite">
      <Text block weight="semibold" data-testid="tasks-total">
        {t("tasks.total", { count: outcome.list!.length })}
      </Text>
      <TaskCountsTable counts={outcome.counts!} />
      <WorkloadTable workload={outcome.workload!} startDay={outcome.list!.startDay} />
      <Button
        appearance="primary"
        data-testid="tasks-write"
        disabled={writing}
        onClick={() => commands.writeTasks(outcome)}
      >
        {t("tasks.writeTasks")}
      </Button>
    </div>
  );
}
