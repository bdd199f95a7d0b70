import { ownerColumnPlan } from "../../../src/engine/plans";

describe("the Suggested owner column", () => {
  it("goes beside the data under its own header, one cell per data row, in either language", () => {
    const input = { sheet: "Customers", headerRow: 0, firstFreeColumn: 5, owners: ["Wang Li", null, "Zhao Min"] };
    const en = ownerColumnPlan({ ...input, lang: "en-US" }).columns[0];
    expect(en).toMatchObject({ key: "suggestedOwner", sheet: "Customers", headerRow: 0, firstColumn: 5 });
    expect(en.headers).toEqual(["Suggested owner"]);
    expect(en.rows).toEqual([["Wang Li"], [null], ["Zhao Min"]]);
    // Never over a column of the user's: when the column is taken, the next empty one to the right.
    expect(en.findEmptyToRight).toBe(true);
    expect(ownerColumnPlan({ ...input, lang: "zh-CN" }).columns[0].headers).toEqual(["建议负责人"]);
  });
});
