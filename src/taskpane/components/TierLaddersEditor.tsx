import { Button, Field, Input, Switch, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Lang } from "../../engine/ladder";
import type { LadderDraft } from "../model/ladder-draft";
import type { TierLadderDraft } from "../model/tier-ladders";
import type { Problem } from "../model/tier-draft";
import { problemText } from "../model/problem-text";
import { PercentInput } from "./PercentInput";

interface Props {
  labels: readonly string[];
  draft: LadderDraft;
  setDraft(update: (d: LadderDraft) => LadderDraft): void;
  problems: Readonly<Record<string, Problem>>;
  lang: Lang;
}

const fieldState = (p: Problem | undefined) => (p ? "error" : "none");

/**
 * Per tier: its share of the target, its average deal size (revenue targets) and, when switched on,
 * its own stages and rates, starting from a copy of the main ladder (stages can be left out).
 */
export function TierLaddersEditor({ labels, draft, setDraft, problems: p, lang }: Props) {
  const { t } = useTranslation();
  const setTier = (label: string, patch: Partial<TierLadderDraft>) =>
    setDraft((d) => ({ ...d, tiers: { ...d.tiers, [label]: { ...(d.tiers[label] ?? { share: "", avgDeal: "" }), ...patch } } }));
  return (
    <>
      {labels.map((label) => {
        const tier = draft.tiers[label] ?? { share: "", avgDeal: "" };
        const rows = tier.rows;
        return (
          <fieldset key={label} data-testid={`ladder-tier-${label}`} style={{ border: "none", padding: 0, margin: 0, display: "grid", gap: 4, minWidth: 0 }}>
            <legend style={{ fontWeight: 600 }}>{t("ladder.tierGroup", { label })}</legend>
            <Field label={t("ladder.tierShare", { label })} validationMessage={problemText(t, p[`share-${label}`])} validationState={fieldState(p[`share-${label}`])}>
              <PercentInput data-testid={`ladder-tier-share-${label}`} value={tier.share} inputMode="decimal" onChange={(_, d) => setTier(label, { share: d.value })} />
            </Field>
            {draft.targetKind === "revenue" && (
              <Field label={t("ladder.tierAvgDeal", { label })} hint={t("ladder.tierAvgHint")}
                validationMessage={problemText(t, p[`avgDeal-${label}`])} validationState={fieldState(p[`avgDeal-${label}`])}>
                <Input data-testid={`ladder-tier-avg-${label}`} value={tier.avgDeal} inputMode="decimal" onChange={(_, d) => setTier(label, { avgDeal: d.value })} />
              </Field>
            )}
            <Switch data-testid={`ladder-tier-own-${label}`} label={t("ladder.tierOwn", { label })} checked={rows !== undefined}
              onChange={(_, d) => setTier(label, { rows: d.checked ? draft.rows.map((r) => ({ ...r, actual: "" })) : undefined })} />
            {rows?.map((r, i) => {
              const stage = r.names[lang];
              const key = `rate-${label}-${i}`;
              return (
                <div key={r.id} style={{ display: "flex", flexWrap: "wrap", gap: 4, alignItems: "end" }}>
                  {i < rows.length - 1 ? (
                    <Field label={t("ladder.tierRate", { label, stage })} validationMessage={problemText(t, p[key])} validationState={fieldState(p[key])} style={{ flex: "1 1 160px", minWidth: 0 }}>
                      <PercentInput data-testid={`ladder-tier-rate-${label}-${i}`} value={r.rate} inputMode="decimal" style={{ minWidth: 0 }}
                        onChange={(_, d) => setTier(label, { rows: rows.map((x, j) => (j === i ? { ...x, rate: d.value } : x)) })} />
                    </Field>
                  ) : <Text style={{ flex: "1 1 160px" }}>{t("ladder.tierLastStage", { stage })}</Text>}
                  {rows.length > 2 && i < rows.length - 1 && (
                    <Button size="small" data-testid={`ladder-tier-remove-${label}-${i}`} aria-label={t("ladder.tierRemoveStage", { stage, label })}
                      onClick={() => setTier(label, { rows: rows.filter((_, j) => j !== i) })}>×</Button>
                  )}
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </>
  );
}
