import { groupRows } from "../../../src/engine/tiering/group-rows";

describe("groupRows", () => {
  it("rejects keys that do not match the values row for row", () => {
    expect(() => groupRows(["a"], 2)).toThrow("expected one group key per row (2), found 1");
  });
});
