import { Button, Checkbox, MessageBar, MessageBarBody, Text, makeStyles } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { SchemeExportSection } from "../components/SchemeExportSection";
import { Section } from "../components/Section";
import { WriteStatus } from "../components/WriteStatus";
import { useOutputChoice } from "../hooks/useOutputChoice";
import { useTierPreview } from "../hooks/useTierPreview";
import { useTierDraft } from "../hooks/useTierDraft";
import { useWriteStatus } from "../hooks/useWriteStatus";
import { OUTPUTS, type OutputKind } from "../model/output-kind";
import { useWorkflow } from "../store/context";

const useStyles = makeStyles({
  outputs: { border: "none", padding: 0, margin: 0, display: "grid" },
});

/** Write tab: pick the outputs, write them in one plan, see progress and what went where; then export the scheme. */
export function WritePane() {
  const { t } = useTranslation();
  const s = useStyles();
  const { commands } = useWorkflow();
  const { chosen, setChosen, stale } = useOutputChoice();
  const status = useWriteStatus();
  // Ready once the Tiers tab has a preview.
  const { output } = useTierPreview();
  const { scheme } = useTierDraft().check;
  const ready = Boolean(output && scheme);
  const toggle = (k: OutputKind, on: boolean) => {
    const n = new Set(chosen);
    if (on) n.add(k);
    else n.delete(k);
    setChosen(n);
  };
  return (
    <Section title={t("write.heading")} id="pane-write">
      {!ready && <Text data-testid="write-no-result">{t("write.noResult")}</Text>}
      <fieldset className={s.outputs}>
        <legend>{t("write.outputs")}</legend>
        {OUTPUTS.map((k) => (
          <Checkbox
            key={k}
            data-testid={`write-output-${k}`}
            label={t(`write.${k}`)}
            checked={chosen.has(k)}
            onChange={(_, d) => toggle(k, d.checked === true)}
          />
        ))}
      </fieldset>
      {stale.length > 0 && (
        <MessageBar intent="warning" data-testid="write-stale" layout="multiline">
          <MessageBarBody>
            {t("write.stale", { outputs: stale.map((k) => t(`write.${k}`)).join(t("write.staleJoin")) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {chosen.size === 0 && (
        <Text role="alert" data-testid="write-nothing">
          {t("write.nothing")}
        </Text>
      )}
      <Button
        appearance="primary"
        data-testid="write-button"
        disabled={!ready || chosen.size === 0 || status.busy}
        onClick={() => commands.writeChosen(chosen)}
      >
        {status.busy ? t("write.writing") : t("write.write")}
      </Button>
      <WriteStatus status={status} />
      <SchemeExportSection />
    </Section>
  );
}
