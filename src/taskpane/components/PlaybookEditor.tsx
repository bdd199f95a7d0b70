import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
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
});

/** One tier's playbook: each task's title (in the pane's language), cadence and effort, editable. */
export function PlaybookEditor({ playbook, onChange }: { playbook: Playbook; onChange(p: Playbook): void }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const s = useStyles();
  const label = playbook.tier;
  const update = (i: number, patch: Partial<TaskTemplate>) =>
    onChange({ ...playbook, templates: playbook.templates.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <fieldset className={s.playbook} data-testid={`tasks-playbook-${label}`}>
      <legend className={s.legend}>{t("tasks.playbook", { label })}</legend>
      {playbook.templates.map((x, i) => (
        <div key={x.id} className={s.task} role="group" aria-label={t("tasks.taskOf", { n: i + 1, label })}>
          <Field label={t("tasks.title")} hint={`${t(`tasks.types.${x.type}`)} · ${t(`tasks.channels.${x.channel}`)}`}>
            <Input
              className={s.input}
              data-testid={`tasks-title-${label}-${i}`}
              value={x.title[lang]}
              onChange={(_, d) => update(i, { title: { ...x.title, [lang]: d.value } })}
            />
          </Field>
          <Field label={t("tasks.cadence")}>
            <Select
              data-testid={`tasks-cadence-${label}-${i}`}
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
              data-testid={`tasks-effort-${label}-${i}`}
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
