/**
 * Ribbon commands (manifest: Home › TierLadder). With the shared runtime this bundle is loaded by the
 * task pane's page, so the command can hand its work to the pane: it shows the pane and raises a
 * re-run request that the pane performs with its progress bar and messages.
 */
import { requestRerun } from "./rerun-request";

async function rerunScheme(event: Office.AddinCommands.Event): Promise<void> {
  try {
    requestRerun();
    // SharedRuntime 1.1: bring the pane up so the user sees the progress and the result.
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate("rerunScheme", rerunScheme);
});
