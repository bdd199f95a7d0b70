import { useSelectionRead } from "../hooks/useSelectionRead";
import { useTableModel } from "../hooks/useTableModel";
import { useTierDraft } from "../hooks/useTierDraft";
import { useTierPreview } from "../hooks/useTierPreview";
import { useWorkflow } from "../store/context";
import { TiersPane } from "./TiersPane";

/** The Tiers pane with its props from the store (TiersPane takes them as props). */
export function TiersStep() {
  const { commands } = useWorkflow();
  const { read } = useSelectionRead();
  const model = useTableModel();
  const origin = { top: read?.top ?? 0, left: read?.left ?? 0 };
  return (
    <TiersPane
      table={model.source}
      origin={origin}
      listKind={model.listKind}
      tier={useTierDraft()}
      preview={useTierPreview()}
      onJump={commands.jumpTo}
    />
  );
}
