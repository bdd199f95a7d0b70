import { InputError } from "../../../src/engine/errors";
import { thresholdTiers } from "../../../src/engine/tiering/threshold-tiers";
import { NO_TIER } from "../../../src/engine/tiering/types";

describe("thresholdTiers", () => {
  it("puts v ≥ bound 1 in the first tier, v ≥ bound 2 in the second, else the last", () => {
    // As Excel's =IF(v>=10000,"A",IF(v>=2000,"B","C")): bounds are inclusive.
    const t = thresholdTiers([10000, 9999.99, 2000, 1999, -5, NaN], [10000, 2000]);
    expect(Array.from(t)).toEqual([0, 1, 1, 2, 2, NO_TIER]);
  });

  it("rejects bounds that are not strictly decreasing, naming the bound", () => {
    expect(() => thresholdTiers([1], [100, 100])).toThrow(InputError);
    expect(() => thresholdTiers([1], [100, 200])).toThrow("bound 2: expected a value below bound 1 (100), found 200");
    expect(() => thresholdTiers([1], [])).toThrow("expected at least 1 bound");
    expect(() => thresholdTiers([1], [NaN])).toThrow("bound 1: expected a finite number");
  });
});
