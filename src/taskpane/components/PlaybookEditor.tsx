import { Field, Input, Select } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { CADENCES, type Cadence, type Playbook, type TaskTemplate } from "../../engine/tasks";
import { useLocale } from "../format-context";
import { parseTyped } from "../model/parse-list";

/** One tier's playbook: each task's title (in the pane's language), cadence and effort, editable. */
export function PlaybookEditor({ playbook, onChange }: { playbook: Playbook; onChange(p: Playbook): void }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const label = playbook.tier;
  const update = (i: number, patch: Partial<TaskTemplate>) =>
    onChange({ ...playbook, templates: playbook.templates.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid", gap: 6 }} data-testid={`tasks-playbook-${label}`}>
      <legend style={{ fontWeight: 600 }}>{t("tasks.playbook", { label })}</legend>
      {playbook.templates.map((x, i) => (
        <div key={x.id} style={{ display: "grid", gap: 4, gridTemplateColumns: "minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr)", alignItems: "start" }}
          role="group" aria-label={t("tasks.taskOf", { n: i + 1, label })}>
          <Field label={t("tasks.title")} hint={`${t(`tasks.types.${x.type}`)} · ${t(`tasks.channels.${x.channel}`)}`}>
            <Input style={{ minWidth: 0 }} data-testid={`tasks-title-${label}-${i}`} value={x.title[lang]} onChange={(_, d) => update(i, { title: { ...x.title, [lang]: d.value } })} />
          </Field>
          <Field label={t("tasks.cadence")}>
            <Select data-testid={`tasks-cadence-${label}-${i}`} value={x.cadence} onChange={(_, d) => update(i, { cadence: d.value as Cadence })}>
              {CADENCES.map((c) => <option key={c} value={c}>{t(`tasks.cadences.${c}`)}</option>)}
            </Select>
          </Field>
          <Field label={t("tasks.effort")}>
            <Input style={{ minWidth: 0 }} data-testid={`tasks-effort-${label}-${i}`} defaultValue={String(x.effortHours)} inputMode="decimal"
              onChange={(_, d) => { const h = parseTyped(d.value); if (h >= 0) update(i, { effortHours: h }); }} />
          </Field>
        </div>
      ))}
    </fieldset>
  );
}
