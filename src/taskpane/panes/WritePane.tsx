import { Button, Checkbox, Text } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../components/Section";
import { WriteStatus } from "../components/WriteStatus";
import type { ApplyState } from "../hooks/useApplyPlan";
import type { MovementNote } from "../model/movement";

export type OutputKind = "tierColumns" | "summary" | "tasks" | "funnel";
export const OUTPUTS: readonly OutputKind[] = ["tierColumns", "summary", "tasks", "funnel"];

interface Props {
  /** False until the Tiers tab has a preview. */
  ready: boolean;
  writer: ApplyState;
  movement?: MovementNote;
  onWrite(outputs: ReadonlySet<OutputKind>): void;
}

/** Write tab: pick the outputs, write them in one plan, see progress and what went where. */
export function WritePane({ ready, writer, movement, onWrite }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ReadonlySet<OutputKind>>(() => new Set<OutputKind>(["tierColumns", "summary"]));
  const toggle = (k: OutputKind, on: boolean) =>
    setChosen((s) => { const n = new Set(s); if (on) n.add(k); else n.delete(k); return n; });
  return (
    <Section title={t("write.heading")} id="pane-write">
      {!ready && <Text data-testid="write-no-result">{t("write.noResult")}</Text>}
      <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid" }}>
        <legend>{t("write.outputs")}</legend>
        {OUTPUTS.map((k) => (
          <Checkbox key={k} data-testid={`write-output-${k}`} label={t(`write.${k}`)} checked={chosen.has(k)} onChange={(_, d) => toggle(k, d.checked === true)} />
        ))}
      </fieldset>
      {chosen.size === 0 && <Text role="alert" data-testid="write-nothing">{t("write.nothing")}</Text>}
      <Button appearance="primary" data-testid="write-button" disabled={!ready || chosen.size === 0 || writer.busy} onClick={() => onWrite(chosen)}>
        {writer.busy ? t("write.writing") : t("write.write")}
      </Button>
      <WriteStatus state={writer} movement={movement} />
    </Section>
  );
}
