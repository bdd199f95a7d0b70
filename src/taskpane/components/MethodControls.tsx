import { Field, Input, makeStyles, Select, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ChoiceField, DraftField, FormControl, MethodFields, Problem } from "../../engine/tiering";
import type { Table } from "../../engine/table";
import type { TierDraft } from "../model/tier-draft";
import { problemText } from "../model/problem-text";
import { ColumnSelect } from "./ColumnSelect";
import { RulesEditor } from "./RulesEditor";
import { ScoreFactorsEditor } from "./ScoreFactorsEditor";

const useStyles = makeStyles({
  group: { border: "none", padding: 0, margin: 0, display: "grid", gap: "8px" },
});

export interface MethodControlsProps {
  readonly controls: readonly FormControl[];
  readonly table: Table;
  readonly listKind: "customers" | "orders";
  readonly draft: TierDraft;
  setDraft(update: (d: TierDraft) => TierDraft): void;
  readonly problems: Partial<Record<DraftField, Problem>>;
}

/** One option of a choice, as its control lists it (the value is one of the field's own). */
const withChoice =
  <K extends ChoiceField>(field: K, value: string) =>
  (d: TierDraft): TierDraft => ({ ...d, [field]: value as MethodFields[K] });

/** A method's settings as its module describes them (TieringMethod.form.controls): no per-method code here. */
export function MethodControls(props: MethodControlsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { table, listKind, draft, setDraft, problems } = props;
  const render = (c: FormControl, key: number): ReactNode => {
    switch (c.type) {
      case "text": {
        if (c.lists && c.lists !== listKind) return null;
        const problem = problemText(t, problems[c.problem]);
        return (
          <Field
            key={key}
            label={t(c.label)}
            hint={c.hint ? t(c.hint) : undefined}
            validationMessage={problem}
            validationState={problem ? "error" : "none"}
          >
            <Input
              data-testid={c.testId}
              value={draft[c.field]}
              onChange={(_, d) => setDraft((x) => ({ ...x, [c.field]: d.value }))}
              inputMode="decimal"
            />
          </Field>
        );
      }
      case "choice":
        return (
          <Field key={key} label={t(c.label)}>
            <Select
              data-testid={c.testId}
              value={draft[c.field]}
              onChange={(_, d) => setDraft(withChoice(c.field, d.value))}
            >
              {c.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {t(o.label)}
                </option>
              ))}
            </Select>
          </Field>
        );
      case "column":
        if (c.lists && c.lists !== listKind) return null;
        return (
          <ColumnSelect
            key={key}
            table={table}
            label={t(c.label)}
            testId={c.testId}
            value={draft[c.field] ?? table.columns.find((col) => c.role !== undefined && col.role === c.role)?.index}
            onChange={(col) => setDraft((x) => ({ ...x, [c.field]: col }))}
            validation={c.problem ? problemText(t, problems[c.problem]) : undefined}
          />
        );
      case "note":
        return c.lists && c.lists !== listKind ? null : (
          <Text key={key} block data-testid={c.testId}>
            {t(c.text)}
          </Text>
        );
      case "factors":
        return (
          <ScoreFactorsEditor
            key={key}
            table={table}
            draft={draft}
            set={setDraft}
            validation={problemText(t, problems[c.problem])}
          />
        );
      case "rules":
        return (
          <RulesEditor
            key={key}
            table={table}
            draft={draft}
            set={setDraft}
            validation={problemText(t, problems[c.problem])}
          />
        );
      case "group": {
        const problem = problemText(t, problems[c.problem]);
        return (
          <fieldset key={key} className={styles.group} data-testid={c.testId}>
            <legend>{t(c.legend)}</legend>
            {c.children.map(render)}
            {problem && (
              <div role="alert" data-testid={`${c.testId}-error`}>
                {problem}
              </div>
            )}
          </fieldset>
        );
      }
    }
  };
  return <>{props.controls.map(render)}</>;
}
