import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Table } from "../../engine/table";
import { valuesNotFound } from "../../engine/tiering";
import type { TierDraft } from "../model/tier-draft";
import { splitList } from "../model/parse-list";
import { ColumnSelect } from "./ColumnSelect";

/** Rules on one category column: "if the value is one of …, tier X", first match wins, else a default tier. */
export function RulesEditor(props: {
  table: Table;
  draft: TierDraft;
  set(u: (d: TierDraft) => TierDraft): void;
  validation?: string;
}) {
  const { t } = useTranslation();
  const { table, draft, set } = props;
  const labels = splitList(draft.labels);
  const tierOptions = labels.map((l, i) => (
    <option key={i} value={String(i)}>
      {l}
    </option>
  ));
  const column = draft.rulesColumn === undefined ? undefined : table.columns[draft.rulesColumn];
  const cells = column ? table.rows.map((r) => r[column.index]) : undefined;
  // A value no row holds makes the rule match nothing without a word: say so under the rule.
  const notFound = (values: string) => {
    if (!column || !cells) return undefined;
    const missing = valuesNotFound(cells, splitList(values));
    return missing.length
      ? t("tiers.ruleValuesNotFound", {
          values: missing.map((v) => `“${v}”`).join(t("tiers.ruleValuesJoin")),
          column: column.header,
        })
      : undefined;
  };
  const update = (i: number, patch: Partial<TierDraft["rules"][number]>) =>
    set((d) => ({ ...d, rules: d.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  return (
    <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid", gap: 8 }} data-testid="tiers-rules">
      <legend>{t("methods.rules")}</legend>
      <ColumnSelect
        table={table}
        label={t("tiers.rulesColumn")}
        value={draft.rulesColumn}
        onChange={(c) => set((d) => ({ ...d, rulesColumn: c }))}
        testId="tiers-rules-column"
        validation={props.validation}
      />
      {draft.rules.map((r, i) => (
        <div key={i} style={{ display: "grid", gap: 4 }}>
          <Field
            label={t("tiers.ruleValues", { n: i + 1 })}
            validationState={notFound(r.values) ? "warning" : "none"}
            validationMessage={
              notFound(r.values) && <span data-testid={`tiers-rule-not-found-${i}`}>{notFound(r.values)}</span>
            }
          >
            <Input
              data-testid={`tiers-rule-values-${i}`}
              value={r.values}
              onChange={(_, d) => update(i, { values: d.value })}
            />
          </Field>
          <Field label={t("tiers.ruleTier", { n: i + 1 })}>
            <Select
              data-testid={`tiers-rule-tier-${i}`}
              value={String(r.tier)}
              onChange={(_, d) => update(i, { tier: Number(d.value) })}
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
        </div>
      ))}
      <Button
        data-testid="tiers-rule-add"
        onClick={() => set((d) => ({ ...d, rules: [...d.rules, { values: "", tier: 0 }] }))}
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
    </fieldset>
  );
}
