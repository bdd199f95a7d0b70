import {
  Button, Field, Input, Radio, RadioGroup, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookHost } from "../../host/host-api";
import { pipelineActuals } from "../model/pipeline-actuals";
import { defaultShares } from "../model/tier-draft";
import { splitList } from "../model/parse-list";
import { useTranslation } from "react-i18next";
import type { Table as DataTable } from "../../engine/table";
import { AllocationEditor } from "../components/AllocationEditor";
import { AllocationTable } from "../components/AllocationTable";
import { TierLaddersEditor } from "../components/TierLaddersEditor";
import { TierPlanTable } from "../components/TierPlanTable";
import { ErrorBar } from "../components/ErrorBar";
import { FunnelChart } from "../components/FunnelChart";
import { Section } from "../components/Section";
import { useLocale } from "../format-context";
import type { LadderDraftState } from "../hooks/useLadderDraft";
import { computeLadder, type LadderDraft, type LadderRow } from "../model/ladder-draft";
import { problemText } from "../model/problem-text";

interface Props {
  host: WorkbookHost;
  ladder: LadderDraftState;
  labels?: readonly string[];
  table?: DataTable;
  onWriteFunnel(): void;
  writing: boolean;
}

/** Ladder tab: stages, rates and durations; the target; per-tier shares; the split; the funnel. */
export function LadderPane({ host, ladder, labels, table, onWriteFunnel, writing }: Props) {
  const { t } = useTranslation();
  const { lang, fmt } = useLocale();
  const { draft, setDraft } = ladder;
  const outcome = useMemo(() => computeLadder(draft, lang, labels, table), [draft, lang, labels, table]);
  const p = outcome.problems;
  const setRow = (i: number, patch: Partial<LadderRow>) =>
    setDraft((d) => ({ ...d, rows: d.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const set = (patch: Partial<LadderDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const last = draft.rows.length - 1;
  const bottleneck = outcome.comparison?.bottleneck ?? undefined;
  const [pipelineError, setPipelineError] = useState<unknown>();
  const [unknownStages, setUnknownStages] = useState<{ row: number; stage: string }[]>([]);
  /** Fills the actual counts from a pipeline selection (deals with their current stage). */
  const readActuals = async () => {
    try {
      if (!outcome.ladder) return;
      const read = await host.readSelection();
      const { reached, unknown } = pipelineActuals(outcome.ladder, read.grid, read.top);
      setDraft((d) => ({ ...d, rows: d.rows.map((r, i) => ({ ...r, actual: String(reached[i] ?? 0) })) }));
      setUnknownStages(unknown);
      setPipelineError(undefined);
    } catch (e) {
      setPipelineError(e);
    }
  };

  return (
    <Section title={t("ladder.heading")} id="pane-ladder">
      <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid", gap: 8 }}>
        <legend>{t("ladder.stages")}</legend>
        {draft.rows.map((r, i) => {
          const name = r.names[lang];
          return (
            <div key={r.id} style={{ display: "grid", gap: 4, gridTemplateColumns: "repeat(3, minmax(0, 1fr))", alignItems: "end" }} data-testid={`ladder-stage-${i}`}
              role="group" aria-label={name}>
              <Field label={t("ladder.stageName", { n: i + 1 })} style={{ gridColumn: "1 / -1" }}>
                <Input data-testid={`ladder-name-${i}`} value={name} onChange={(_, d) => setRow(i, { names: { ...r.names, [lang]: d.value } })} />
              </Field>
              {i === last && <span />}
              {i < last && (
                <Field label={t("ladder.rateShort")} validationMessage={problemText(t, p[`rate-${i}`])} validationState={p[`rate-${i}`] ? "error" : "none"}>
                  <Input style={{ minWidth: 0 }} data-testid={`ladder-rate-${i}`} value={r.rate} inputMode="decimal" onChange={(_, d) => setRow(i, { rate: d.value })} />
                </Field>
              )}
              <Field label={t("ladder.durationShort")} validationMessage={problemText(t, p[`duration-${i}`])} validationState={p[`duration-${i}`] ? "error" : "none"}>
                <Input style={{ minWidth: 0 }} data-testid={`ladder-duration-${i}`} value={r.duration} inputMode="numeric" onChange={(_, d) => setRow(i, { duration: d.value })} />
              </Field>
              <Field label={t("ladder.actualShort")} validationMessage={problemText(t, p[`actual-${i}`])} validationState={p[`actual-${i}`] ? "error" : "none"}>
                <Input style={{ minWidth: 0 }} data-testid={`ladder-actual-${i}`} value={r.actual} inputMode="numeric" onChange={(_, d) => setRow(i, { actual: d.value })} />
              </Field>
              <div style={{ display: "flex", gap: 4, gridColumn: "1 / -1" }}>
                {i > 0 && (
                  <Button size="small" data-testid={`ladder-up-${i}`} onClick={() => setDraft((d) => {
                    const rows = [...d.rows];
                    [rows[i - 1], rows[i]] = [rows[i], rows[i - 1]];
                    return { ...d, rows };
                  })}>{t("ladder.moveUp", { stage: name })}</Button>
                )}
                {draft.rows.length > 2 && (
                  <Button size="small" data-testid={`ladder-remove-${i}`} onClick={() => setDraft((d) => ({ ...d, rows: d.rows.filter((_, j) => j !== i) }))}>
                    {t("ladder.removeStage", { stage: name })}
                  </Button>
                )}
              </div>
            </div>
          );
        })}
        <Button data-testid="ladder-read-actuals" disabled={!outcome.ladder} onClick={() => void readActuals()}>{t("ladder.readActuals")}</Button>
        <ErrorBar error={pipelineError} testId="ladder-actuals-error" doing="read" />
        {unknownStages.length > 0 && (
          <Text role="status" data-testid="ladder-unknown-stages">
            {t("ladder.unknownStages", { rows: unknownStages.slice(0, 10).map((u) => `${u.row} (${u.stage})`).join(", ") })}
          </Text>
        )}
        <Button data-testid="ladder-add" onClick={() => setDraft((d) => {
          const n = d.rows.length + 1;
          const id = `stage-${Date.now().toString(36)}-${n}`;
          // The new stage goes before the last (signed) stage, with a 50 % rate.
          const rows = [...d.rows];
          rows.splice(rows.length - 1, 0, { id, names: { "en-US": `Stage ${n}`, "zh-CN": `阶段 ${n}` }, rate: "50", duration: "7", actual: "" });
          return { ...d, rows };
        })}>{t("ladder.addStage")}</Button>
      </fieldset>

      <Field label={t("ladder.targetKind")}>
        <RadioGroup layout="horizontal" value={draft.targetKind} onChange={(_, d) => set({ targetKind: d.value as "deals" | "revenue" })} data-testid="ladder-target-kind">
          <Radio value="deals" label={t("ladder.deals")} data-testid="ladder-kind-deals" />
          <Radio value="revenue" label={t("ladder.revenue")} data-testid="ladder-kind-revenue" />
        </RadioGroup>
      </Field>
      {draft.targetKind === "deals" ? (
        <Field label={t("ladder.dealTarget")} validationMessage={problemText(t, p.target)} validationState={p.target ? "error" : "none"}>
          <Input data-testid="ladder-deals" value={draft.deals} inputMode="numeric" onChange={(_, d) => set({ deals: d.value })} />
        </Field>
      ) : (
        <>
          <Field label={t("ladder.revenueTarget")} validationMessage={problemText(t, p.target)} validationState={p.target ? "error" : "none"}>
            <Input data-testid="ladder-revenue" value={draft.revenue} inputMode="decimal" onChange={(_, d) => set({ revenue: d.value })} />
          </Field>
          <Field label={t("ladder.avgDeal")} validationMessage={problemText(t, p.avgDeal)} validationState={p.avgDeal ? "error" : "none"}>
            <Input data-testid="ladder-avg-deal" value={draft.avgDeal} inputMode="decimal" onChange={(_, d) => set({ avgDeal: d.value })} />
          </Field>
        </>
      )}
      <Field label={t("ladder.closeBy")}>
        <Input type="date" data-testid="ladder-close-by" value={draft.closeBy} onChange={(_, d) => d.value && set({ closeBy: d.value })} />
      </Field>

      {labels && labels.length > 0 && (
        <>
          <Switch data-testid="ladder-per-tier" label={t("ladder.perTier")} checked={draft.perTier} onChange={(_, d) => {
            // Shares 20/30/50 (… equal for other tier counts) to start with, so the per-tier plan shows at once.
            const shares = splitList(defaultShares("rank-share", labels.length));
            setDraft((x) => ({
              ...x, perTier: d.checked,
              tiers: Object.fromEntries(labels.map((l, i) => [l, x.tiers[l] ?? { share: shares[i] ?? "", avgDeal: "" }])),
            }));
          }} />
          {draft.perTier && <TierLaddersEditor labels={labels} draft={draft} setDraft={setDraft} problems={p} lang={lang} />}
        </>
      )}

      <AllocationEditor draft={draft} set={set} table={table} />

      <ErrorBar error={outcome.error} testId="ladder-error" />
      {outcome.targets && (
        <div data-testid="ladder-result" aria-live="polite">
          <FunnelChart
            stages={outcome.targets.map((s) => ({ name: s.names[lang], target: s.target }))}
            bottleneck={bottleneck?.step}
            title={t("ladder.funnelTitle")} desc={t("ladder.funnelDesc")} bottleneckLabel={t("ladder.bottleneck")}
          />
          {bottleneck && (
            <Text block weight="semibold" data-testid="ladder-bottleneck">
              {t("ladder.bottleneckAt", { stage: outcome.targets[bottleneck.step].names[lang] })}
              {" — "}{t(`notes.${bottleneck.reason.key}`, { ...bottleneck.reason.params, defaultValue: bottleneck.text })}
            </Text>
          )}
          <Table size="extra-small" aria-label={t("ladder.targets")} data-testid="ladder-targets">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("ladder.stage")}</TableHeaderCell>
                <TableHeaderCell>{t("ladder.target")}</TableHeaderCell>
                {outcome.comparison && <TableHeaderCell>{t("ladder.actual")}</TableHeaderCell>}
                {outcome.starts && <TableHeaderCell>{t("ladder.startBy")}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {outcome.targets.map((s, i) => (
                <TableRow key={s.id}>
                  <TableCell>{s.names[lang]}</TableCell>
                  <TableCell data-testid={`ladder-target-${i}`}>{fmt.integer(s.target)}</TableCell>
                  {outcome.comparison && <TableCell>{fmt.integer(outcome.comparison.stages[i].actual)}</TableCell>}
                  {outcome.starts && <TableCell>{fmt.date(outcome.starts[i].startBy)}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {outcome.tierPlan && <TierPlanTable plan={outcome.tierPlan} lang={lang} />}
          {outcome.allocation && <AllocationTable allocation={outcome.allocation} />}
          <Button appearance="primary" data-testid="ladder-write-funnel" disabled={writing} onClick={onWriteFunnel}>{t("ladder.writeFunnel")}</Button>
        </div>
      )}
    </Section>
  );
}
