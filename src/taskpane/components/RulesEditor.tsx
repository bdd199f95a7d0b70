import { Button, Field, Select } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Table } from "../../engine/table";
import { NEW_CONDITION, type ConditionFields, type RuleFields } from "../../engine/tiering";
import type { TierDraft } from "../model/tier-draft";
import { splitList } from "../model/parse-list";
import { RuleConditionEditor } from "./RuleConditionEditor";

const box = { border: "none", padding: 0, margin: 0, display: "grid", gap: 8 } as const;

/**
 * Rules, first match wins, else a default tier: each rule gives a tier when all its conditions hold,
 * each condition on a column of its own (a category test or a number range).
 */
export function RulesEditor(props: {
  table: Table;
  draft: TierDraft;
  set(u: (d: TierDraft) => TierDraft): void;
  validation?: string;
}) {
  const { t } = useTranslation();
  const { table, draft, set } = props;
  const tierOptions = splitList(draft.labels).map((l, i) => (
    <option key={i} value={String(i)}>
      {l}
    </option>
  ));
  const updateRule = (i: number, change: (r: RuleFields) => RuleFields) =>
    set((d) => ({ ...d, rules: d.rules.map((r, j) => (j === i ? change(r) : r)) }));
  const updateCondition = (i: number, k: number, patch: Partial<ConditionFields>) =>
    updateRule(i, (r) => ({ ...r, when: r.when.map((c, j) => (j === k ? { ...c, ...patch } : c)) }));
  return (
    <fieldset style={box} data-testid="tiers-rules">
      <legend>{t("methods.rules")}</legend>
      {draft.rules.map((r, i) => (
        <fieldset key={i} style={box} data-testid={`tiers-rule-${i}`}>
          <legend>{t("tiers.rule", { n: i + 1 })}</legend>
          {r.when.map((c, k) => (
            <RuleConditionEditor
              key={k}
              table={table}
              condition={c}
              rule={i}
              index={k}
              update={(patch) => updateCondition(i, k, patch)}
              remove={() => updateRule(i, (x) => ({ ...x, when: x.when.filter((_, j) => j !== k) }))}
            />
          ))}
          <Button
            data-testid={`tiers-rule-add-condition-${i}`}
            onClick={() => updateRule(i, (x) => ({ ...x, when: [...x.when, NEW_CONDITION] }))}
          >
            {t("tiers.addCondition", { n: i + 1 })}
          </Button>
          <Field label={t("tiers.ruleTier", { n: i + 1 })}>
            <Select
              data-testid={`tiers-rule-tier-${i}`}
              value={String(r.tier)}
              onChange={(_, d) => updateRule(i, (x) => ({ ...x, tier: Number(d.value) }))}
            >
              {tierOptions}
            </Select>
          </Field>
          <Button
            data-testid={`tiers-rule-remove-${i}`}
            onClick={() => set((d) => ({ ...d, rules: d.rules.filter((_, j) => j !== i) }))}
          >
            {t("tiers.removeRule", { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button
        data-testid="tiers-rule-add"
        onClick={() => set((d) => ({ ...d, rules: [...d.rules, { when: [NEW_CONDITION], tier: 0 }] }))}
      >
        {t("tiers.addRule")}
      </Button>
      <Field label={t("tiers.defaultTier")}>
        <Select
          data-testid="tiers-rules-default"
          value={String(draft.defaultTier)}
          onChange={(_, d) => set((x) => ({ ...x, defaultTier: Number(d.value) }))}
        >
          {tierOptions}
        </Select>
      </Field>
      {props.validation && (
        <div role="alert" data-testid="tiers-rules-error" style={{ color: "var(--colorPaletteRedForeground1)" }}>
          {props.validation}
        </div>
      )}
    </fieldset>
  );
}
