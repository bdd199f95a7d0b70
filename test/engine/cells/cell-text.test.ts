import { cellText } from "../../../src/engine/cells/cell-text";

describe("cellText: a cell as a trimmed key", () => {
  test.each<[unknown, string]>([
    [" Ann ", "Ann"],
    ["李雷", "李雷"],
    [42, "42"],
    [0, "0"],
    [true, "true"],
    ["", ""],
    [null, ""],
    [undefined, ""],
    [{ type: "#N/A" }, ""],
  ])("%p → %p", (cell, key) => expect(cellText(cell as never)).toBe(key));
});
