import { Field, Input, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { MethodKind } from "../../engine/scheme";
import { RFM_NAMES, rfmGroupIds, NO_TIER } from "../../engine/tiering";
import type { Table } from "../../engine/table";
import { ColumnSelect } from "../components/ColumnSelect";
import { ErrorBar } from "../components/ErrorBar";
import { InputReportList } from "../components/InputReportList";
import { RulesEditor } from "../components/RulesEditor";
import { ScoreFactorsEditor } from "../components/ScoreFactorsEditor";
import { Section } from "../components/Section";
import { TierChart } from "../components/TierChart";
import { TierSummaryTable } from "../components/TierSummaryTable";
import { useLocale } from "../format-context";
import type { TierDraftState } from "../hooks/useTierDraft";
import type { TierPreview } from "../hooks/useTierPreview";
import { withMethod, withTierCount } from "../model/tier-draft";
import { problemText } from "../model/problem-text";
import { summaryDataProblem } from "../model/summary-data-problem";

export const METHODS: readonly MethodKind[] = ["rank-share", "value-share", "computed", "breaks", "thresholds", "score", "rfm", "rules"];

interface Props {
  table: Table | undefined;
  /** Where the selection starts on the sheet (0-based), so the input report names sheet rows and columns. */
  origin: { top: number; left: number };
  listKind: "customers" | "orders";
  tier: TierDraftState;
  preview: TierPreview;
  onJump(row: number, column: number): void;
}

/** Tiers tab: the method and its settings, validated as you type, and the preview of the result. */
export function TiersPane({ table, origin, listKind, tier, preview, onJump }: Props) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const { draft, setDraft, check } = tier;
  const p = check.problems;
  if (!table) return <Section title={t("tiers.heading")} id="pane-tiers"><Text data-testid="tiers-no-data">{t("tiers.noData")}</Text></Section>;

  const m = draft.method;
  const usesShares = m === "rank-share" || m === "value-share" || (m === "score" && draft.scoreThen === "rank-share") || (m === "rfm" && draft.rfmTierBy === "score");
  const usesBounds = m === "thresholds" || (m === "score" && draft.scoreThen === "thresholds");
  const segmentTiers = m === "rfm" && draft.rfmTierBy === "segment";
  const out = preview.output;
  // RFM segment tiers carry the engine's English segment (or class) names; show them in the pane's language.
  const shownTiers = out && segmentTiers
    ? out.result.tiers.map((s, i) => ({ ...s, label: RFM_NAMES[lang][rfmGroupIds(out.result.method.rfmModel)[i]] ?? s.label }))
    : out?.result.tiers;
  // Rows left out (hidden or filtered) have no tier either, but are not counted as untiered.
  const left = preview.excludeRows;
  // Data the summary cannot share out (all 0, or beyond a double): said here too, before any write.
  const dataProblem = out ? summaryDataProblem(out.result.tiers) : undefined;
  const untiered = out ? out.result.tier.reduce((c, x, i) => c + (x === NO_TIER && !left?.has(out.result.gridRows[i]) ? 1 : 0), 0) : 0;

  return (
    <Section title={t("tiers.heading")} id="pane-tiers">
      <Field label={t("tiers.method")}>
        <Select data-testid="tiers-method" value={m} onChange={(_, d) => setDraft((x) => withMethod(x, d.value as MethodKind))}>
          {METHODS.map((k) => <option key={k} value={k}>{t(`methods.${k}`)}</option>)}
        </Select>
      </Field>
      {listKind === "customers" && m !== "score" && m !== "rules" && (
        <ColumnSelect
          table={table} label={t("tiers.valueColumn")} testId="tiers-value-column"
          value={draft.valueColumn ?? table.columns.find((c) => c.role === "value")?.index}
          onChange={(c) => setDraft((x) => ({ ...x, valueColumn: c }))}
          validation={problemText(t, p.valueColumn)}
        />
      )}
      {listKind === "orders" && p.valueColumn && (
        <MessageBar intent="error" data-testid="tiers-value-error"><MessageBarBody>{problemText(t, p.valueColumn)}</MessageBarBody></MessageBar>
      )}
      {!segmentTiers && (
        <>
          <Field label={t("tiers.count")} validationMessage={problemText(t, p.tierCount)} validationState={p.tierCount ? "error" : "none"}>
            <Input
              type="number" min={2} max={26} data-testid="tiers-count" value={String(draft.tierCount)} disabled={m === "computed"}
              onChange={(_, d) => setDraft((x) => withTierCount(x, Math.trunc(Number(d.value))))}
            />
          </Field>
          <Field label={t("tiers.labels")} hint={t("tiers.labelsHint")} validationMessage={problemText(t, p.labels)} validationState={p.labels ? "error" : "none"}>
            <Input data-testid="tiers-labels" value={draft.labels} onChange={(_, d) => setDraft((x) => ({ ...x, labels: d.value }))} />
          </Field>
        </>
      )}
      {usesShares && (
        <Field
          label={t("tiers.shares")}
          hint={m === "value-share" ? t("tiers.sharesHintValue") : t("tiers.sharesHintRank")}
          validationMessage={problemText(t, p.shares)} validationState={p.shares ? "error" : "none"}
        >
          <Input data-testid="tiers-shares" value={draft.shares} onChange={(_, d) => setDraft((x) => ({ ...x, shares: d.value }))} inputMode="decimal" />
        </Field>
      )}
      {m === "score" && (
        <>
          <ScoreFactorsEditor table={table} draft={draft} set={setDraft} validation={problemText(t, p.factors)} />
          <Field label={t("tiers.scoreTiering")}>
            <Select data-testid="tiers-score-then" value={draft.scoreThen} onChange={(_, d) => setDraft((x) => ({ ...x, scoreThen: d.value as "rank-share" | "thresholds" }))}>
              <option value="rank-share">{t("methods.rank-share")}</option>
              <option value="thresholds">{t("methods.thresholds")}</option>
            </Select>
          </Field>
        </>
      )}
      {usesBounds && (
        <Field label={t("tiers.bounds")} hint={t("tiers.boundsHint")} validationMessage={problemText(t, p.bounds)} validationState={p.bounds ? "error" : "none"}>
          <Input data-testid="tiers-bounds" value={draft.bounds} onChange={(_, d) => setDraft((x) => ({ ...x, bounds: d.value }))} inputMode="decimal" />
        </Field>
      )}
      {m === "rfm" && (
        <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid", gap: 8 }} data-testid="tiers-rfm">
          <legend>{t("tiers.rfmColumns")}</legend>
          <Field label={t("tiers.scoreTiering")}>
            <Select data-testid="tiers-rfm-tier-by" value={draft.rfmTierBy} onChange={(_, d) => setDraft((x) => ({ ...x, rfmTierBy: d.value as "segment" | "score" }))}>
              <option value="segment">{t("methods.rfm")}</option>
              <option value="score">{t("methods.rank-share")}</option>
            </Select>
          </Field>
          {segmentTiers && (
            <Field label={t("tiers.rfmModel")}>
              <Select data-testid="tiers-rfm-model" value={draft.rfmModel} onChange={(_, d) => setDraft((x) => ({ ...x, rfmModel: d.value as "rfm10" | "rfm8" }))}>
                <option value="rfm10">{t("tiers.rfmModels.rfm10")}</option>
                <option value="rfm8">{t("tiers.rfmModels.rfm8")}</option>
              </Select>
            </Field>
          )}
          {listKind === "customers" && (
            <>
              <ColumnSelect table={table} label={t("tiers.recency")} testId="tiers-rfm-recency" value={draft.recencyColumn ?? table.columns.find((c) => c.role === "recency")?.index} onChange={(c) => setDraft((x) => ({ ...x, recencyColumn: c }))} />
              <ColumnSelect table={table} label={t("tiers.frequency")} testId="tiers-rfm-frequency" value={draft.frequencyColumn ?? table.columns.find((c) => c.role === "frequency")?.index} onChange={(c) => setDraft((x) => ({ ...x, frequencyColumn: c }))} />
            </>
          )}
          {listKind === "orders" && <Text block data-testid="tiers-rfm-from-orders">{t("tiers.rfmFromOrders")}</Text>}
          {p.rfm && <div role="alert" data-testid="tiers-rfm-error">{problemText(t, p.rfm)}</div>}
        </fieldset>
      )}
      {m === "rules" && <RulesEditor table={table} draft={draft} set={setDraft} validation={problemText(t, p.rules)} />}
      {m !== "rules" && (
        <ColumnSelect
          table={table} label={t("tiers.groupBy")} testId="tiers-group-by" noneLabel={t("tiers.noGroup")}
          value={draft.groupBy} onChange={(c) => setDraft((x) => ({ ...x, groupBy: c }))}
        />
      )}

      <h3 style={{ margin: 0, fontSize: "inherit" }}>{t("preview.heading")}</h3>
      <ErrorBar error={preview.error} testId="tiers-error" />
      {out && shownTiers && (
        <div data-testid="tiers-preview" aria-live="polite">
          {out.result.notes.map((n) => (
            <MessageBar key={n.key} intent="warning"><MessageBarBody>{t(`notes.${n.key}`, { ...n.params, defaultValue: n.message })}</MessageBarBody></MessageBar>
          ))}
          {dataProblem && (
            <MessageBar intent="warning" data-testid="tiers-data-problem"><MessageBarBody>{t(`errors.${dataProblem.key}`, dataProblem.params)}</MessageBarBody></MessageBar>
          )}
          <TierChart
            tiers={shownTiers} title={t("preview.chartTitle")} desc={t("preview.chartDesc")}
            customersLabel={t("preview.customerShare")} valueLabel={t("preview.valueShare")}
          />
          <TierSummaryTable tiers={shownTiers} untiered={untiered} rankedBy={out.result.rankedBy} />
          <InputReportList report={out.report} origin={origin} onJump={onJump} />
        </div>
      )}
    </Section>
  );
}
