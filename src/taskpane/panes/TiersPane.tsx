import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { MethodKind } from "../../engine/scheme";
import { METHOD_KINDS, methodOf } from "../../engine/tiering";
import type { Table } from "../../engine/table";
import { ColumnSelect } from "../components/ColumnSelect";
import { ErrorBar } from "../components/ErrorBar";
import { InputReportList } from "../components/InputReportList";
import { MethodControls } from "../components/MethodControls";
import { Section } from "../components/Section";
import { TierChart } from "../components/TierChart";
import { TierSummaryTable } from "../components/TierSummaryTable";
import { useLocale } from "../format-context";
import type { TierDraftState } from "../hooks/useTierDraft";
import type { TierPreview } from "../hooks/useTierPreview";
import { usePreviewShownMark } from "../hooks/usePreviewShownMark";
import { draftControls, fixesLabels, withMethod, withTierCount } from "../model/tier-draft";
import { problemText } from "../model/problem-text";
import { summaryDataProblem } from "../model/summary-data-problem";
import { untieredCount } from "../model/untiered-count";

/** The methods in the pane's order (the registry's). */
export const METHODS: readonly MethodKind[] = METHOD_KINDS;

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
const useStyles = makeStyles({
  // A long method name must not widen the pane (narrow task panes are 320 px).
  method: { maxWidth: "100%", minWidth: 0, "& select": { textOverflow: "ellipsis" } },
});

export function TiersPane({ table, origin, listKind, tier, preview, onJump }: Props) {
  const { t } = useTranslation();
  const s = useStyles();
  const { draft, setDraft, check } = tier;
  const p = check.problems;
  if (!table)
    return (
      <Section title={t("tiers.heading")} id="pane-tiers">
        <Text data-testid="tiers-no-data">{t("tiers.noData")}</Text>
      </Section>
    );

  const m = draft.method;
  const method = methodOf({ kind: m });
  const fixedLabels = fixesLabels(draft);

  return (
    <Section title={t("tiers.heading")} id="pane-tiers">
      <Field label={t("tiers.method")}>
        <Select
          className={s.method}
          data-testid="tiers-method"
          value={m}
          onChange={(_, d) => setDraft((x) => withMethod(x, d.value as MethodKind))}
        >
          {METHODS.map((k) => (
            <option key={k} value={k}>
              {t(`methods.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      {listKind === "customers" && method.needsValue && (
        <ColumnSelect
          table={table}
          label={t("tiers.valueColumn")}
          testId="tiers-value-column"
          value={draft.valueColumn ?? table.columns.find((c) => c.role === "value")?.index}
          onChange={(c) => setDraft((x) => ({ ...x, valueColumn: c }))}
          validation={problemText(t, p.valueColumn)}
        />
      )}
      {listKind === "orders" && p.valueColumn && (
        <MessageBar intent="error" data-testid="tiers-value-error">
          <MessageBarBody>{problemText(t, p.valueColumn)}</MessageBarBody>
        </MessageBar>
      )}
      {!fixedLabels && (
        <>
          <Field
            label={t("tiers.count")}
            validationMessage={problemText(t, p.tierCount)}
            validationState={p.tierCount ? "error" : "none"}
          >
            <Input
              type="number"
              min={2}
              max={26}
              data-testid="tiers-count"
              value={String(draft.tierCount)}
              disabled={method.form.tierCount !== undefined}
              onChange={(_, d) => setDraft((x) => withTierCount(x, Math.trunc(Number(d.value))))}
            />
          </Field>
          <Field
            label={t("tiers.labels")}
            hint={t("tiers.labelsHint")}
            validationMessage={problemText(t, p.labels)}
            validationState={p.labels ? "error" : "none"}
          >
            <Input
              data-testid="tiers-labels"
              value={draft.labels}
              onChange={(_, d) => setDraft((x) => ({ ...x, labels: d.value }))}
            />
          </Field>
        </>
      )}
      <MethodControls
        controls={draftControls(draft)}
        table={table}
        listKind={listKind}
        draft={draft}
        setDraft={setDraft}
        problems={p}
      />
      {method.grouped && (
        <ColumnSelect
          table={table}
          label={t("tiers.groupBy")}
          testId="tiers-group-by"
          noneLabel={t("tiers.noGroup")}
          value={draft.groupBy}
          onChange={(c) => setDraft((x) => ({ ...x, groupBy: c }))}
        />
      )}

      <TiersPreview preview={preview} origin={origin} onJump={onJump} />
    </Section>
  );
}

/** The preview under the settings: notes, chart, summary and input report of the tiering as it stands. */
function TiersPreview({ preview, origin, onJump }: Pick<Props, "preview" | "origin" | "onJump">) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const out = preview.output;
  // Tiers the method names itself (RFM segments) carry the engine's English names; show them in the pane's language.
  const names = out ? methodOf(out.result.method).labelNames?.(out.result.method, lang) : undefined;
  const shownTiers = names
    ? out?.result.tiers.map((s, i) => ({ ...s, label: names[i] ?? s.label }))
    : out?.result.tiers;
  // Rows left out (hidden or filtered) have no tier either, but are not counted as untiered.
  const left = preview.excludeRows;
  // Data the summary cannot share out (all 0, or beyond a double): said here too, before any write.
  const dataProblem = out ? summaryDataProblem(out.result.tiers) : undefined;
  const untiered = useMemo(() => (out ? untieredCount(out.result, left) : 0), [out, left]);
  usePreviewShownMark(out);
  return (
    <>
      <h3 style={{ margin: 0, fontSize: "inherit" }}>{t("preview.heading")}</h3>
      {preview.pending && (
        <Field validationMessage={t("preview.pending")} validationState="none">
          <ProgressBar data-testid="tiers-preview-pending" aria-label={t("preview.pending")} />
        </Field>
      )}
      <ErrorBar error={preview.error} testId="tiers-error" />
      {out && shownTiers && (
        <div
          data-testid="tiers-preview"
          aria-live="polite"
          aria-busy={preview.pending ? true : undefined}
          style={preview.pending ? { opacity: 0.6 } : undefined}
        >
          {out.result.notes.map((n) => (
            <MessageBar key={n.key} intent="warning">
              <MessageBarBody>{t(`notes.${n.key}`, { ...n.params, defaultValue: n.message })}</MessageBarBody>
            </MessageBar>
          ))}
          {dataProblem && (
            <MessageBar intent="warning" data-testid="tiers-data-problem">
              <MessageBarBody>{t(`errors.${dataProblem.key}`, dataProblem.params)}</MessageBarBody>
            </MessageBar>
          )}
          <TierChart
            tiers={shownTiers}
            title={t("preview.chartTitle")}
            desc={t("preview.chartDesc")}
            customersLabel={t("preview.customerShare")}
            valueLabel={t("preview.valueShare")}
          />
          <TierSummaryTable tiers={shownTiers} untiered={untiered} rankedBy={out.result.rankedBy} />
          <InputReportList report={out.report} origin={origin} onJump={onJump} />
        </div>
      )}
    </>
  );
}
