import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { CADENCES, type Cadence, type Playbook, type TaskTemplate } from "../../engine/tasks";
import { useLocale } from "../format-context";
import { parseTyped } from "../model/parse-list";

const useStyles = makeStyles({
  playbook: { border: "none", padding: 0, margin: 0, display: "grid", gap: "6px" },
  legend: { fontWeight: tokens.fontWeightSemibold },
  // Title wider than cadence and effort; minmax(0, …) lets all three shrink to a 320 px pane.
  task: {
    display: "grid",
    gap: "4px",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr)",
    alignItems: "start",
  },
  input: { minWidth: 0 },
  status: { display: "flex", gap: "8px", alignItems: "center", justifyContent: "space-between" },
});

export interface PlaybookEditorProps<P extends Playbook> {
  readonly playbook: P;
  /** Names the editor's test ids: the tier label, or "category-<n>" for a category playbook. */
  readonly testKey: string;
  onChange(p: P): void;
  /** Customers the playbook applies to in the plan, shown for a category playbook (undefined: no plan yet). */
  readonly customers?: number;
  /** A category playbook can be removed (a tier always has one). */
  onRemove?(): void;
}

/**
 * One playbook, a tier's or a category value's: each task's title (in the pane's language), cadence and
 * effort, editable; a category playbook also says how many customers it applies to and can be removed.
 */
export function PlaybookEditor<P extends Playbook>(props: PlaybookEditorProps<P>) {
  const { playbook, testKey, onChange } = props;
  const { t } = useTranslation();
  const { lang } = useLocale();
  const s = useStyles();
  const target = playbook.target;
  const names: Record<string, string> = target
    ? { column: target.header, value: target.value }
    : { label: playbook.tier ?? "" };
  const update = (i: number, patch: Partial<TaskTemplate>) =>
    onChange({ ...playbook, templates: playbook.templates.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <fieldset className={s.playbook} data-testid={`tasks-playbook-${testKey}`}>
      <legend className={s.legend}>{t(target ? "tasks.categoryPlaybook" : "tasks.playbook", names)}</legend>
      {target && (
        <CategoryStatus customers={props.customers} testKey={testKey} onRemove={props.onRemove} names={names} />
      )}
      {playbook.templates.map((x, i) => (
        <div
          key={x.id}
          className={s.task}
          role="group"
          aria-label={t(target ? "tasks.categoryTaskOf" : "tasks.taskOf", { n: i + 1, ...names })}
        >
          <Field label={t("tasks.title")} hint={`${t(`tasks.types.${x.type}`)} · ${t(`tasks.channels.${x.channel}`)}`}>
            <Input
              className={s.input}
              data-testid={`tasks-title-${testKey}-${i}`}
              value={x.title[lang]}
              onChange={(_, d) => update(i, { title: { ...x.title, [lang]: d.value } })}
            />
          </Field>
          <Field label={t("tasks.cadence")}>
            <Select
              data-testid={`tasks-cadence-${testKey}-${i}`}
              value={x.cadence}
              onChange={(_, d) => update(i, { cadence: d.value as Cadence })}
            >
              {CADENCES.map((c) => (
                <option key={c} value={c}>
                  {t(`tasks.cadences.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("tasks.effort")}>
            <Input
              className={s.input}
              data-testid={`tasks-effort-${testKey}-${i}`}
              defaultValue={String(x.effortHours)}
              inputMode="decimal"
              onChange={(_, d) => {
                const h = parseTyped(d.value);
                if (h >= 0) update(i, { effortHours: h });
              }}
            />
          </Field>
        </div>
      ))}
    </fieldset>
  );
}

/** A category playbook's reach in the plan, and its Remove button. */
function CategoryStatus({
  customers,
  testKey,
  onRemove,
  names,
}: {
  customers: number | undefined;
  testKey: string;
  onRemove?: () => void;
  names: Record<string, string>;
}) {
  const { t } = useTranslation();
  const s = useStyles();
  return (
    <div className={s.status}>
      {customers !== undefined && (
        <Text data-testid={`tasks-playbook-customers-${testKey}`}>
          {customers === 0 ? t("tasks.categoryNone") : t("tasks.categoryCustomers", { count: customers })}
        </Text>
      )}
      {onRemove && (
        <Button
          appearance="subtle"
          size="small"
          data-testid={`tasks-playbook-remove-${testKey}`}
          aria-label={t("tasks.categoryRemove", names)}
          onClick={onRemove}
        >
          {t("tasks.categoryRemoveShort")}
        </Button>
      )}
    </div>
  );
}
