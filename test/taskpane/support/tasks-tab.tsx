import { fireEvent, screen } from "@testing-library/react";
import type { StubHost } from "./stub-host";
import { previewTiers } from "./preview-tiers";
import { openTab } from "./open-tab";

/** Tiers the host's selection, opens the Tasks tab, starts on Monday 2025-01-06 and plans `weeks` weeks. */
export async function tasksTab(host: StubHost, weeks: string) {
  const user = await previewTiers(host);
  await openTab(user, "tasks");
  // A date input takes a whole date at once (typed key by key, each partial date is invalid).
  fireEvent.change(screen.getByTestId("tasks-start"), { target: { value: "2025-01-06" } });
  await user.clear(screen.getByTestId("tasks-weeks"));
  await user.type(screen.getByTestId("tasks-weeks"), weeks);
  return user;
}
