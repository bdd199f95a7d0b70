import { onRerunRequested, requestRerun } from "../../src/commands/rerun-request";

describe("re-run requests from the ribbon", () => {
  it("delivers a request to the subscribed pane at once", () => {
    const seen: string[] = [];
    const off = onRerunRequested(() => seen.push("run"));
    requestRerun();
    requestRerun();
    off();
    expect(seen).toEqual(["run", "run"]);
  });

  it("keeps a request made before the pane subscribed, and delivers it once on subscription", () => {
    requestRerun();
    requestRerun();
    const seen: string[] = [];
    const off = onRerunRequested(() => seen.push("run"));
    expect(seen).toEqual(["run"]);
    off();
  });

  it("stops delivering after unsubscribe (the request then waits for the next pane)", () => {
    const seen: string[] = [];
    const off = onRerunRequested(() => seen.push("first"));
    off();
    requestRerun();
    expect(seen).toEqual([]);
    const off2 = onRerunRequested(() => seen.push("second"));
    expect(seen).toEqual(["second"]);
    off2();
  });
});
