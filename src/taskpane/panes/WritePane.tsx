import { Button, Checkbox, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Section } from "../components/Section";
import { WriteStatus } from "../components/WriteStatus";
import type { ApplyState } from "../hooks/useApplyPlan";
import type { MovementNote } from "../model/movement";
import { OUTPUTS, type OutputKind } from "../model/output-kind";

interface Props {
  /** False until the Tiers tab has a preview. */
  ready: boolean;
  writer: ApplyState;
  movement?: MovementNote;
  /** The outputs ticked (kept by the Shell across tabs and saved with the scheme). */
  chosen: ReadonlySet<OutputKind>;
  setChosen(next: ReadonlySet<OutputKind>): void;
  /** Outputs written with tiers that have changed since. */
  stale: readonly OutputKind[];
  onWrite(outputs: ReadonlySet<OutputKind>): void;
}

/** Write tab: pick the outputs, write them in one plan, see progress and what went where. */
export function WritePane({ ready, writer, movement, chosen, setChosen, stale, onWrite }: Props) {
  const { t } = useTranslation();
  const toggle = (k: OutputKind, on: boolean) => {
    const n = new Set(chosen);
    if (on) n.add(k); else n.delete(k);
    setChosen(n);
  };
  return (
    <Section title={t("write.heading")} id="pane-write">
      {!ready && <Text data-testid="write-no-result">{t("write.noResult")}</Text>}
      <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid" }}>
        <legend>{t("write.outputs")}</legend>
        {OUTPUTS.map((k) => (
          <Checkbox key={k} data-testid={`write-output-${k}`} label={t(`write.${k}`)} checked={chosen.has(k)} onChange={(_, d) => toggle(k, d.checked === true)} />
        ))}
      </fieldset>
      {stale.length > 0 && (
        <MessageBar intent="warning" data-testid="write-stale" layout="multiline">
          <MessageBarBody>{t("write.stale", { outputs: stale.map((k) => t(`write.${k}`)).join(t("write.staleJoin")) })}</MessageBarBody>
        </MessageBar>
      )}
      {chosen.size === 0 && <Text role="alert" data-testid="write-nothing">{t("write.nothing")}</Text>}
      <Button appearance="primary" data-testid="write-button" disabled={!ready || chosen.size === 0 || writer.busy} onClick={() => onWrite(chosen)}>
        {writer.busy ? t("write.writing") : t("write.write")}
      </Button>
      <WriteStatus state={writer} movement={movement} />
    </Section>
  );
}
