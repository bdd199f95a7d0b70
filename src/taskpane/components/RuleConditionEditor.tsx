import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Table } from "../../engine/table";
import { conditionColumn, holdsNoNumbers, isRangeCondition, valuesNotFound } from "../../engine/tiering";
import type { ConditionFields } from "../../engine/tiering";
import { splitList } from "../model/parse-list";
import { ColumnSelect } from "./ColumnSelect";

const OPS: readonly ConditionFields["op"][] = ["one-of", "equals", "contains", "at-least", "at-most", "between"];

/** What would make the condition match nothing in this table: a value no row holds, or no number in the column. */
function useNothingMatches(table: Table, c: ConditionFields, rule: number): string | undefined {
  const { t } = useTranslation();
  const index = conditionColumn(c, { roleColumn: (role) => table.columns.find((col) => col.role === role)?.index });
  const column = index === undefined ? undefined : table.columns[index];
  // The column's cells once per column, not on every keystroke in the value box.
  const cells = useMemo(() => (column ? table.rows.map((r) => r[column.index]) : []), [table, column]);
  if (!column) return undefined;
  if (isRangeCondition(c)) {
    return holdsNoNumbers(cells) ? t("tiers.ruleNoNumbers", { rule, column: column.header }) : undefined;
  }
  const typed = c.op === "one-of" ? splitList(c.values) : [c.values.trim()].filter((v) => v !== "");
  const missing = valuesNotFound(cells, typed, c.op === "contains" ? "contains" : "equals");
  return missing.length
    ? t("tiers.ruleValuesNotFound", {
        values: missing.map((v) => `“${v}”`).join(t("tiers.ruleValuesJoin")),
        column: column.header,
      })
    : undefined;
}

/**
 * One condition of a rule: a column, a test (category: is one of / is / contains; number range: at
 * least / at most / between, inclusive) and what it compares with. Test ids end in `-<rule>-<condition>`.
 */
export function RuleConditionEditor(props: {
  table: Table;
  condition: ConditionFields;
  rule: number;
  index: number;
  update(patch: Partial<ConditionFields>): void;
  remove(): void;
}) {
  const { t } = useTranslation();
  const { table, condition: c, rule, index } = props;
  const id = `${rule}-${index}`;
  const at = { rule: rule + 1, condition: index + 1 };
  const warning = useNothingMatches(table, c, rule + 1);
  const column = conditionColumn(c, { roleColumn: (role) => table.columns.find((col) => col.role === role)?.index });
  const range = isRangeCondition(c);
  const bound = (which: "min" | "max") => (
    <Field label={t(which === "min" ? "tiers.ruleMin" : "tiers.ruleMax")}>
      <Input
        data-testid={`tiers-rule-${which}-${id}`}
        inputMode="decimal"
        value={c[which]}
        onChange={(_, d) => props.update({ [which]: d.value })}
      />
    </Field>
  );
  return (
    <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid", gap: 4 }}>
      <legend>{t("tiers.ruleCondition", at)}</legend>
      <ColumnSelect
        table={table}
        label={t("tiers.ruleColumn")}
        value={column}
        onChange={(col) => props.update({ column: col })}
        testId={`tiers-rule-column-${id}`}
      />
      <Field label={t("tiers.ruleOp")}>
        <Select
          data-testid={`tiers-rule-op-${id}`}
          value={c.op}
          onChange={(_, d) => props.update({ op: d.value as ConditionFields["op"] })}
        >
          {OPS.map((op) => (
            <option key={op} value={op}>
              {t(`tiers.ruleOps.${op}`)}
            </option>
          ))}
        </Select>
      </Field>
      {!range && (
        <Field label={t(c.op === "one-of" ? "tiers.ruleValueList" : "tiers.ruleValueText")}>
          <Input
            data-testid={`tiers-rule-values-${id}`}
            value={c.values}
            onChange={(_, d) => props.update({ values: d.value })}
          />
        </Field>
      )}
      {range && c.op !== "at-most" && bound("min")}
      {range && c.op !== "at-least" && bound("max")}
      {warning && (
        <div
          role="status"
          data-testid={`tiers-rule-warning-${id}`}
          style={{ color: "var(--colorPaletteDarkOrangeForeground1)" }}
        >
          {warning}
        </div>
      )}
      <Button data-testid={`tiers-rule-remove-condition-${id}`} onClick={props.remove}>
        {t("tiers.removeCondition", at)}
      </Button>
    </fieldset>
  );
}
