import { InputError } from "../../../src/engine/errors";
import { ruleTiers } from "../../../src/engine/tiering/rule-tiers";

const TYPE = ["Key account", " key ACCOUNT ", "Distributor", "Retail", null, "Retail chain"];
const REGION = ["East", "West", "East", "North", "East", "South"];

describe("ruleTiers", () => {
  it("gives each row the tier of the first rule whose conditions all hold, comparing trimmed text without case", () => {
    const t = ruleTiers(
      [TYPE, REGION],
      [
        { when: [{ column: 0, op: "equals", value: "key account" }], tier: 0 },
        {
          when: [
            { column: 0, op: "one-of", values: ["Distributor", "Wholesaler"] },
            { column: 1, op: "equals", value: "east" },
          ],
          tier: 1,
        },
        { when: [{ column: 0, op: "contains", value: "RETAIL" }], tier: 2 },
      ],
      3,
    );
    // Row 1 " key ACCOUNT " matches rule 1 after trimming; row 4 (blank type) matches nothing → default 3.
    expect(Array.from(t)).toEqual([0, 0, 1, 2, 3, 2]);
  });

  it("lets an earlier rule win over a later one", () => {
    const t = ruleTiers(
      [REGION],
      [
        { when: [{ column: 0, op: "equals", value: "East" }], tier: 2 },
        { when: [{ column: 0, op: "one-of", values: ["east", "west"] }], tier: 0 },
      ],
      1,
    );
    expect(Array.from(t)).toEqual([2, 0, 2, 1, 2, 1]);
  });

  it("rejects a condition on a column that does not exist, naming the rule and condition", () => {
    expect(() => ruleTiers([REGION], [{ when: [{ column: 2, op: "equals", value: "x" }], tier: 0 }], 1)).toThrow(
      "rule 1, condition 1: expected a column from 0 to 0, found 2.",
    );
    expect(() => ruleTiers([REGION], [], -1)).toThrow(InputError);
  });
});
