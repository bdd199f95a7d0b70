import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Table } from "../../engine/table";
import { PLAYBOOK_STARTERS, starterFor, type PlaybookStarter, type PlaybookTarget } from "../../engine/tasks";
import { categoryValues, MAX_CATEGORY_VALUES } from "../model/category-playbooks";
import { ColumnSelect } from "./ColumnSelect";

const useStyles = makeStyles({
  form: { border: "none", padding: 0, margin: 0, display: "grid", gap: "6px" },
  legend: { fontWeight: tokens.fontWeightSemibold },
});

export interface CategoryPlaybookFormProps {
  readonly table: Table;
  /** Whether a playbook for this column value exists already (the same playbook never twice). */
  has(target: Pick<PlaybookTarget, "column" | "value">): boolean;
  onAdd(target: PlaybookTarget, starter: PlaybookStarter): void;
}

/**
 * "Add a playbook for customers where <column> is <value>": the table's columns, then the column's
 * values, then the tasks to start with (suggested from the value: a win-back call for Lost / 流失客户, an
 * onboarding call for New / 新客户). Native drop-downs and a button: reachable and usable by keyboard.
 */
export function CategoryPlaybookForm({ table, has, onAdd }: CategoryPlaybookFormProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const [column, setColumn] = useState<number | undefined>(undefined);
  const [value, setValue] = useState("");
  // The starter the user chose; undefined follows the value's suggestion.
  const [chosen, setChosen] = useState<PlaybookStarter | undefined>(undefined);
  const values = useMemo(() => (column === undefined ? undefined : categoryValues(table, column)), [table, column]);
  const header = table.columns.find((c) => c.index === column)?.header ?? "";
  const starter = chosen ?? (value ? starterFor(value) : "follow-up");
  const exists = column !== undefined && value !== "" && has({ column, value });
  const problem = !values
    ? undefined
    : values.more
      ? t("tasks.categoryTooManyValues", { column: header, max: MAX_CATEGORY_VALUES })
      : values.values.length === 0
        ? t("tasks.categoryNoValues", { column: header })
        : exists
          ? t("tasks.categoryExists", { column: header, value })
          : undefined;
  const pickColumn = (c: number | undefined) => {
    setColumn(c);
    setValue("");
    setChosen(undefined);
  };
  return (
    <fieldset className={s.form} data-testid="tasks-category-form">
      <legend className={s.legend}>{t("tasks.categoryHeading")}</legend>
      <ColumnSelect
        table={table}
        label={t("tasks.categoryColumn")}
        value={column}
        onChange={pickColumn}
        testId="tasks-category-column"
        hint={t("tasks.categoryHint")}
      />
      <Field label={t("tasks.categoryValue")} validationMessage={problem} validationState={problem ? "error" : "none"}>
        <Select
          data-testid="tasks-category-value"
          value={value}
          disabled={!values || values.more}
          onChange={(_, d) => setValue(d.value)}
        >
          <option value="">—</option>
          {!values?.more &&
            values?.values.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
        </Select>
      </Field>
      <Field label={t("tasks.categoryStarter")}>
        <Select
          data-testid="tasks-category-starter"
          value={starter}
          onChange={(_, d) => setChosen(d.value as PlaybookStarter)}
        >
          {PLAYBOOK_STARTERS.map((k) => (
            <option key={k} value={k}>
              {t(`tasks.starters.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        data-testid="tasks-category-add"
        disabled={column === undefined || value === "" || exists}
        onClick={() => {
          onAdd({ column: column!, header, value }, starter);
          setValue("");
          setChosen(undefined);
        }}
      >
        {t("tasks.categoryAdd")}
      </Button>
    </fieldset>
  );
}
