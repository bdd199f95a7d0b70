import { Field, Radio, RadioGroup, Select, makeStyles } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Table } from "../../engine/table";
import type { LadderDraft } from "../model/ladder-draft";
import { quarterOf, type AllocBy, type AllocWeight } from "../model/ladder-allocation";
import { ColumnSelect } from "./ColumnSelect";

const useStyles = makeStyles({
  // Two radios side by side wrap in a narrow pane.
  what: { flexWrap: "wrap" },
});

/** How to split the target: across the quarter's months or weeks, or the values of a rep/region column. */
export function AllocationEditor({
  draft,
  set,
  table,
}: {
  draft: LadderDraft;
  set(patch: Partial<LadderDraft>): void;
  table?: Table;
}) {
  const { t } = useTranslation();
  const s = useStyles();
  const close = new Date(`${draft.closeBy}T00:00:00Z`);
  const hasValue = Boolean(table?.columns.some((c) => c.role === "value"));
  return (
    <>
      <Field label={t("ladder.allocateBy")}>
        <Select
          data-testid="ladder-alloc-by"
          value={draft.allocBy}
          onChange={(_, d) => set({ allocBy: d.value as AllocBy })}
        >
          <option value="none">{t("ladder.allocNone")}</option>
          <option value="periods">{t("ladder.allocPeriods")}</option>
          {table && <option value="column">{t("ladder.allocColumn")}</option>}
        </Select>
      </Field>
      {draft.allocBy === "periods" && (
        <Field
          label={t("ladder.periodUnit")}
          hint={Number.isNaN(close.getTime()) ? undefined : t("ladder.quarterOf", quarterOf(close))}
        >
          <Select
            data-testid="ladder-period-unit"
            value={draft.periodUnit}
            onChange={(_, d) => set({ periodUnit: d.value as LadderDraft["periodUnit"] })}
          >
            <option value="month">{t("ladder.months")}</option>
            <option value="week">{t("ladder.weeks")}</option>
          </Select>
        </Field>
      )}
      {draft.allocBy === "column" && table && (
        <>
          <ColumnSelect
            table={table}
            label={t("ladder.allocColumn")}
            testId="ladder-alloc-column"
            value={draft.allocColumn}
            onChange={(c) => set({ allocColumn: c })}
          />
          <Field label={t("ladder.allocWeight")}>
            <Select
              data-testid="ladder-alloc-weight"
              value={draft.allocWeight}
              onChange={(_, d) => set({ allocWeight: d.value as AllocWeight })}
            >
              <option value="equal">{t("ladder.weightEqual")}</option>
              {hasValue && <option value="value">{t("ladder.weightValue")}</option>}
              <option value="customers">{t("ladder.weightCustomers")}</option>
            </Select>
          </Field>
        </>
      )}
      {draft.allocBy !== "none" && (
        <Field label={t("ladder.allocWhat")}>
          <RadioGroup
            layout="horizontal"
            data-testid="ladder-alloc-what"
            value={draft.allocWhat}
            onChange={(_, d) => set({ allocWhat: d.value as LadderDraft["allocWhat"] })}
            className={s.what}
          >
            <Radio value="deals" label={t("ladder.allocDeals")} data-testid="ladder-alloc-what-deals" />
            <Radio value="stages" label={t("ladder.allocStages")} data-testid="ladder-alloc-what-stages" />
          </RadioGroup>
        </Field>
      )}
    </>
  );
}
