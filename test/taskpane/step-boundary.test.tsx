/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { lazy } from "react";
import { StepBoundary } from "../../src/taskpane/components/StepBoundary";
import { renderWithStore } from "./support/render-with-store";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";

installPolyfills();

// A step whose code never arrives, and one whose chunk fails to load (webpack rejects the import with a ChunkLoadError).
const Pending = lazy(() => new Promise<{ default: () => null }>(() => undefined));
const Failing = lazy(() => Promise.reject(new Error("Loading chunk step-ladder failed.")));

describe("a step whose code loads when first opened", () => {
  it("shows a spinner naming the step, in the pane's language, while its code loads", async () => {
    const host = new StubHost([["Customer", "Sales"]]);
    const { unmount } = await renderWithStore(
      <StepBoundary step="ladder">
        <Pending />
      </StepBoundary>,
      host,
    );
    expect(screen.getByTestId("step-loading").textContent).toBe("Loading Ladder…");
    expect(screen.queryByTestId("step-ladder")).toBeNull();
    unmount();
    await renderWithStore(
      <StepBoundary step="tasks">
        <Pending />
      </StepBoundary>,
      host,
      { lang: "zh-CN" },
    );
    expect(screen.getByTestId("step-loading").textContent).toBe("正在加载“分层任务”…");
  });

  it("says the step could not be loaded, and what to do, when its chunk fails", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined); // React logs the caught error
    await renderWithStore(
      <StepBoundary step="ladder">
        <Failing />
      </StepBoundary>,
      new StubHost([["Customer", "Sales"]]),
    );
    const bar = await screen.findByTestId("step-load-failed");
    expect(bar.textContent).toBe("Ladder could not be loadedCheck the network connection, then reload the add-in.");
    expect(screen.queryByTestId("step-loading")).toBeNull();
    spy.mockRestore();
  });
});
