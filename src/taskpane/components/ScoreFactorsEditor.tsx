import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Table } from "../../engine/table";
import type { TierDraft } from "../model/tier-draft";
import { ColumnSelect } from "./ColumnSelect";

/** Score factors: a column, a weight and a direction each; add and remove. */
export function ScoreFactorsEditor(props: {
  table: Table;
  draft: TierDraft;
  set(u: (d: TierDraft) => TierDraft): void;
  validation?: string;
}) {
  const { t } = useTranslation();
  const { table, draft, set } = props;
  const update = (i: number, patch: Partial<TierDraft["factors"][number]>) =>
    set((d) => ({ ...d, factors: d.factors.map((f, j) => (j === i ? { ...f, ...patch } : f)) }));
  const numeric = table.columns.find((c) => c.kind === "number") ?? table.columns[0];
  return (
    <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid", gap: 8 }} data-testid="tiers-factors">
      <legend>{t("tiers.factors")}</legend>
      {draft.factors.map((f, i) => {
        const name = table.columns[f.column]?.header ?? String(f.column);
        return (
          <div key={i} style={{ display: "grid", gap: 4, gridTemplateColumns: "1fr" }}>
            <ColumnSelect
              table={table}
              label={`${t("tiers.factor")} ${i + 1}`}
              value={f.column}
              onChange={(c) => c !== undefined && update(i, { column: c })}
              testId={`tiers-factor-column-${i}`}
            />
            <Field label={t("tiers.weight", { column: name })}>
              <Input
                data-testid={`tiers-factor-weight-${i}`}
                value={f.weight}
                onChange={(_, d) => update(i, { weight: d.value })}
                inputMode="decimal"
              />
            </Field>
            <Field label={t("tiers.direction", { column: name })}>
              <Select
                data-testid={`tiers-factor-direction-${i}`}
                value={f.direction}
                onChange={(_, d) => update(i, { direction: d.value as "higher" | "lower" })}
              >
                <option value="higher">{t("tiers.higher")}</option>
                <option value="lower">{t("tiers.lower")}</option>
              </Select>
            </Field>
            <Button
              data-testid={`tiers-factor-remove-${i}`}
              onClick={() => set((d) => ({ ...d, factors: d.factors.filter((_, j) => j !== i) }))}
            >
              {t("tiers.removeFactor", { column: name })}
            </Button>
          </div>
        );
      })}
      <Button
        data-testid="tiers-factor-add"
        onClick={() =>
          set((d) => ({ ...d, factors: [...d.factors, { column: numeric.index, weight: "1", direction: "higher" }] }))
        }
      >
        {t("tiers.addFactor")}
      </Button>
      {props.validation && (
        <div role="alert" data-testid="tiers-factors-error" style={{ color: "var(--colorPaletteRedForeground1)" }}>
          {props.validation}
        </div>
      )}
    </fieldset>
  );
}
