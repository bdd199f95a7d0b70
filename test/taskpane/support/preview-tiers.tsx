import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import type { StubHost } from "./stub-host";
import { openTab } from "./open-tab";

/**
 * The first steps of most pane tests, as a user takes them: render the pane on `host`, Use selection,
 * open the Tiers tab and wait for the preview table. Returns the user-event session to go on with.
 */
export async function previewTiers(host: StubHost): Promise<ReturnType<typeof userEvent.setup>> {
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByTestId("data-use-selection"));
  await screen.findByTestId("data-address");
  await openTab(user, "tiers");
  await screen.findByTestId("tier-table");
  return user;
}
