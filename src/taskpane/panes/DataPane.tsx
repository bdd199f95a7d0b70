import { Button, Switch, Text, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { ErrorBar } from "../components/ErrorBar";
import { Section } from "../components/Section";
import { StepBoundary } from "../components/StepBoundary";
import { useSelectionRead, type SelectionState } from "../hooks/useSelectionRead";
import { useTableModel } from "../hooks/useTableModel";
import { LazySelectionDetails } from "./lazy-panes";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** Data tab: read the selection, show where from and how much, let the user fix each column's role (SelectionDetails). */
export function DataPane() {
  const { t } = useTranslation();
  const selection = useSelectionRead();
  const model = useTableModel();
  return (
    <Section title={t("data.heading")} id="pane-data">
      <Text>{t("data.intro")}</Text>
      <SelectionControls selection={selection} />
      {/* What shows once a selection is read is a chunk of its own (SelectionDetails.tsx), fetched when the pane
          is idle after its first paint: the first paint does not need its Fluent controls (issue 16). */}
      {selection.read ? (
        <StepBoundary step="data">
          <LazySelectionDetails read={selection.read} model={model} />
        </StepBoundary>
      ) : (
        <ErrorBar error={model.error} testId="data-table-error" />
      )}
    </Section>
  );
}

/** "Use selection", "Follow the selection", and how the read is going. */
function SelectionControls({ selection }: { selection: SelectionState }) {
  const { t } = useTranslation();
  const s = useStyles();
  return (
    <>
      <div className={s.actions}>
        <Button appearance="primary" data-testid="data-use-selection" onClick={() => void selection.readSelection()}>
          {t("data.useSelection")}
        </Button>
        <Switch
          data-testid="data-follow"
          label={t("data.follow")}
          checked={selection.follow}
          onChange={(_, d) => selection.setFollow(d.checked)}
        />
      </div>
      {selection.loading && <Spinner size="tiny" label={t("data.reading")} data-testid="data-loading" />}
      <ErrorBar error={selection.error} testId="data-error" doing="read" />
      {!selection.read && !selection.loading && <Text data-testid="data-empty">{t("data.empty")}</Text>}
    </>
  );
}
