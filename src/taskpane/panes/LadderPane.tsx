import {
  Badge, Button, Field, Input, Radio, RadioGroup, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookHost } from "../../host";
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
import { StageFunnel } from "../components/StageFunnel";
import { Section } from "../components/Section";
import { NumberHeaderCell } from "../components/NumberHeaderCell";
import { PercentInput } from "../components/PercentInput";
import { headerCell, numberCell, textCell } from "../components/table-cells";
import { visuallyHidden } from "../components/visually-hidden";
import { todayIso } from "../hooks/useTableModel";
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

/** Ladder tab: the target and its close-by date first, then the stages (a compact table), per-tier shares, the split, the funnel. */
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
  // Dates before today are flagged: a close-by date that has passed, a stage that should already have started.
  const today = new Date(`${todayIso()}T00:00:00Z`);
  const closeByPast = new Date(`${draft.closeBy}T00:00:00Z`).getTime() < today.getTime();
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
      <Field label={t("ladder.closeBy")} validationState={closeByPast ? "warning" : "none"}
        validationMessage={closeByPast ? <span data-testid="ladder-close-by-past">{t("ladder.closeByPast")}</span> : undefined}>
        <Input type="date" data-testid="ladder-close-by" value={draft.closeBy} onChange={(_, d) => d.value && set({ closeBy: d.value })} />
      </Field>

      {/* The stages as one compact table (name, rate, days, actual), a row per stage; field messages under it. */}
      <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid", gap: 8, minWidth: 0 }}>
        <legend>{t("ladder.stages")}</legend>
        <Table size="extra-small" aria-label={t("ladder.stages")} data-testid="ladder-stage-table" style={{ tableLayout: "fixed", width: "100%" }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={headerCell}>{t("ladder.stage")}</TableHeaderCell>
              <NumberHeaderCell style={{ width: "17%" }}>{t("ladder.rateShort")}</NumberHeaderCell>
              <NumberHeaderCell style={{ width: "15%" }}>{t("ladder.durationShort")}</NumberHeaderCell>
              <NumberHeaderCell style={{ width: "17%" }}>{t("ladder.actualShort")}</NumberHeaderCell>
              <TableHeaderCell style={{ width: 52 }}><span style={visuallyHidden}>{t("ladder.rowActions")}</span></TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {draft.rows.map((r, i) => {
              const name = r.names[lang];
              const cellInput = { minWidth: 0, width: "100%" } as const;
              const invalid = (key: string) => (p[key] ? { "aria-invalid": true, "aria-describedby": `ladder-problem-${key}` } : {});
              return (
                <TableRow key={r.id} data-testid={`ladder-stage-${i}`} aria-label={name}>
                  <TableCell style={{ paddingInline: 2 }}>
                    <Input size="small" style={cellInput} aria-label={t("ladder.stageName", { n: i + 1 })} data-testid={`ladder-name-${i}`} value={name}
                      onChange={(_, d) => setRow(i, { names: { ...r.names, [lang]: d.value } })} />
                  </TableCell>
                  <TableCell style={{ paddingInline: 2 }}>
                    {i < last ? (
                      <PercentInput size="small" style={cellInput} aria-label={t("ladder.rateOf", { stage: name })} data-testid={`ladder-rate-${i}`} value={r.rate} inputMode="decimal"
                        onChange={(_, d) => setRow(i, { rate: d.value })} {...invalid(`rate-${i}`)} />
                    ) : <span style={{ ...numberCell, display: "block" }}>–</span>}
                  </TableCell>
                  <TableCell style={{ paddingInline: 2 }}>
                    <Input size="small" style={cellInput} aria-label={t("ladder.durationOf", { stage: name })} data-testid={`ladder-duration-${i}`} value={r.duration} inputMode="numeric"
                      onChange={(_, d) => setRow(i, { duration: d.value })} {...invalid(`duration-${i}`)} />
                  </TableCell>
                  <TableCell style={{ paddingInline: 2 }}>
                    <Input size="small" style={cellInput} aria-label={t("ladder.actualOf", { stage: name })} data-testid={`ladder-actual-${i}`} value={r.actual} inputMode="numeric"
                      onChange={(_, d) => setRow(i, { actual: d.value })} {...invalid(`actual-${i}`)} />
                  </TableCell>
                  <TableCell style={{ paddingInline: 0, whiteSpace: "nowrap" }}>
                    {i > 0 && (
                      <Button size="small" appearance="subtle" style={{ minWidth: 0, padding: "0 4px" }} data-testid={`ladder-up-${i}`} aria-label={t("ladder.moveUp", { stage: name })} title={t("ladder.moveUp", { stage: name })}
                        onClick={() => setDraft((d) => {
                          const rows = [...d.rows];
                          [rows[i - 1], rows[i]] = [rows[i], rows[i - 1]];
                          return { ...d, rows };
                        })}>↑</Button>
                    )}
                    {draft.rows.length > 2 && (
                      <Button size="small" appearance="subtle" style={{ minWidth: 0, padding: "0 4px" }} data-testid={`ladder-remove-${i}`} aria-label={t("ladder.removeStage", { stage: name })} title={t("ladder.removeStage", { stage: name })}
                        onClick={() => setDraft((d) => ({ ...d, rows: d.rows.filter((_, j) => j !== i) }))}>×</Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {draft.rows.flatMap((r, i) => (["rate", "duration", "actual"] as const).map((field) => {
          const key = `${field}-${i}`;
          if (!p[key]) return null;
          const message = problemText(t, p[key]);
          // The rate message names its stage already; the others get the stage and the column.
          return (
            <Text block role="alert" key={key} id={`ladder-problem-${key}`} data-testid={`ladder-problem-${key}`} style={{ color: tokens.colorPaletteRedForeground1 }}>
              {field === "rate" ? message : t("ladder.stageProblem", { stage: r.names[lang], field: t(field === "duration" ? "ladder.durationShort" : "ladder.actualShort"), message })}
            </Text>
          );
        }))}
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
          <StageFunnel
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
                <TableHeaderCell style={headerCell}>{t("ladder.stage")}</TableHeaderCell>
                <NumberHeaderCell>{t("ladder.target")}</NumberHeaderCell>
                {outcome.comparison && <NumberHeaderCell>{t("ladder.actual")}</NumberHeaderCell>}
                {outcome.starts && <NumberHeaderCell>{t("ladder.startBy")}</NumberHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {outcome.targets.map((s, i) => (
                <TableRow key={s.id}>
                  <TableCell style={textCell}>{s.names[lang]}</TableCell>
                  <TableCell style={numberCell} data-testid={`ladder-target-${i}`}>{fmt.integer(s.target)}</TableCell>
                  {outcome.comparison && <TableCell style={numberCell}>{fmt.integer(outcome.comparison.stages[i].actual)}</TableCell>}
                  {outcome.starts && (
                    <TableCell style={numberCell} data-testid={`ladder-start-${i}`}>
                      {fmt.date(outcome.starts[i].startBy)}
                      {outcome.starts[i].startBy.getTime() < today.getTime() && (
                        <> <Badge size="small" appearance="tint" color="danger" data-testid={`ladder-start-past-${i}`}>{t("ladder.past")}</Badge></>
                      )}
                    </TableCell>
                  )}
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
