import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
// The steps' modules, compiled (ts-jest) when a test file loads rather than inside a test's 5 s on the first
// click; the pane still imports them lazily, and jest's import() then finds them in its registry.
import "../../../src/taskpane/panes/LadderPane";
import "../../../src/taskpane/panes/RepsPane";
import "../../../src/taskpane/panes/TasksPane";
import "../../../src/taskpane/panes/TiersStep";
import "../../../src/taskpane/panes/WritePane";
import "../../../src/taskpane/components/WriteStatus";
import "../../../src/taskpane/store/write-modules";

type Step = "data" | "tiers" | "write" | "ladder" | "tasks" | "reps";

/**
 * Clicks a step's tab and waits until its pane is there: every step but Data loads its code when first
 * opened (src/taskpane/panes/lazy-panes.ts), showing a spinner until then.
 */
export async function openTab(user: UserEvent, step: Step): Promise<void> {
  await user.click(screen.getByTestId(`tab-${step}`));
  // The step renders once its code is there; on a loaded machine a big step takes more than findBy's 1 s default.
  if (step !== "data") await screen.findByTestId(`step-${step}`, {}, { timeout: 4000 });
}
