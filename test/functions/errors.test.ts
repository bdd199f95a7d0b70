/** @jest-environment jsdom */
import { InputError } from "../../src/engine/errors";
import * as F from "../../src/functions/cell-functions";
import {
  functionError,
  guarded,
  isFunctionError,
  LocalFunctionError,
  toFunctionError,
  valueError,
} from "../../src/functions/errors";
import { asSentToExcel, loadCustomFunctionsRuntime } from "./office-runtime";
import { column, thrown } from "./thrown";

// Microsoft's runtime, loaded once: its CustomFunctions.Error is the class Excel receives.
const runtime = loadCustomFunctionsRuntime();
const w = window as unknown as { CustomFunctions?: unknown };

describe("function errors", () => {
  it("uses a local error class with Excel's code and the message when the Office runtime is absent", () => {
    const saved = w.CustomFunctions;
    delete w.CustomFunctions;
    try {
      const e = valueError("values: no numbers found in 3 cells.");
      expect(e).toBeInstanceOf(LocalFunctionError);
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toBe("values: no numbers found in 3 cells.");
    } finally {
      w.CustomFunctions = saved;
    }
  });

  it("uses the runtime's CustomFunctions.Error inside Excel", () => {
    const e = functionError("#N/A", "values: nothing to look up.");
    expect(e).toBeInstanceOf(runtime.Error);
    expect(isFunctionError(e)).toBe(true);
    expect(asSentToExcel(e)).toMatchObject({ code: "#N/A", message: "values: nothing to look up." });
  });

  it("turns an engine InputError into #VALUE! with the engine's English message", () => {
    const mapped = toFunctionError(new InputError("shares.sum", { sum: 90 }, "shares: expected 100 %, found 90 %."));
    expect(mapped).toBeInstanceOf(runtime.Error);
    expect(asSentToExcel(mapped)).toMatchObject({ code: "#VALUE!", message: "shares: expected 100 %, found 90 %." });
  });

  it("lets a programming error through unchanged instead of disguising it as a user error", () => {
    const bug = new TypeError("oops");
    expect(toFunctionError(bug)).toBe(bug);
    expect(() =>
      guarded(() => {
        throw bug;
      }),
    ).toThrow(TypeError);
  });

  it("shows no message for #NUM! in Excel, which is why the functions never raise it (the runtime's own rule)", () => {
    // The runtime's CustomFunctionError.toJSON keeps a message only for #VALUE! and #N/A.
    expect(asSentToExcel(new runtime.Error(runtime.ErrorCode.invalidNumber, "rate 2 is 1.5")).message).toBeUndefined();
    expect(asSentToExcel(new runtime.Error(runtime.ErrorCode.invalidValue, "rate 2 is 1.5")).message).toBe(
      "rate 2 is 1.5",
    );
  });
});

describe("every error a user can cause reaches Excel with its message", () => {
  // One case per check in src/functions that used to raise #NUM! (whose message Excel drops), and a
  // few #VALUE! ones. Each must arrive as #VALUE! with the message, as the runtime serialises it.
  const cases: [what: string, call: () => unknown, message: string][] = [
    [
      "a rate above 1",
      () => F.stages(3, column([50])),
      "rates: rate 1 is 50; expected a fraction above 0 and at most 1 (50 % is 0.5).",
    ],
    [
      "a fractional target",
      () => F.stages(2.5, column([0.5])),
      "target: 2.5 is not allowed; expected a whole number of at least 0.",
    ],
    [
      "a share of 0",
      () => F.abc(column([1, 2]), column([0, 100])),
      "shares: share 1 is 0; every share must be above 0.",
    ],
    [
      "k above the distinct values",
      () => F.breaks(column([1, 1, 2]), 3),
      "k: 3 tiers asked for, but values hold only 2 distinct numbers.",
    ],
    [
      "TIER.OF breaks with 2 distinct values",
      () => F.tierOf(1, column([1, 1, 2]), "breaks"),
      "values: natural breaks makes 3 tiers, but the values hold only 2 distinct numbers.",
    ],
    ["a negative count", () => F.rates([[10, -1]]), "counts: count 2 is -1; counts cannot be negative."],
    [
      "a negative allocation weight",
      () => F.allocate(10, [[1, -2]]),
      "weights: weight 2 is -2; weights cannot be negative.",
    ],
    [
      "all allocation weights 0",
      () => F.allocate(10, [[0, 0]]),
      "weights: all 2 weights are 0; at least one must be above 0.",
    ],
    ["an RFM score of 6", () => F.segment([[6]], [[1]], [[1]]), "r: item 1 is 6; expected a score from 1 to 5."],
    [
      "a direction of 0",
      () => F.score([[1, 2]], [[1, 1]], [[1, 0]]),
      "directions: item 2 is 0; expected 1 (higher is better) or -1 (lower is better).",
    ],
    [
      "a negative score weight",
      () => F.score([[1, 2]], [[1, -1]]),
      "weights: weight 2 is -1; weights cannot be negative.",
    ],
    [
      "all score weights 0",
      () => F.score([[1, 2]], [[0, 0]]),
      "weights: all 2 weights are 0; at least one must be above 0.",
    ],
    [
      "shares not summing to 100",
      () => F.abc(column([1, 2]), column([20, 30, 40])),
      "shares: shares must sum to 1 (fractions) or 100 (percents); they sum to 90.",
    ],
  ];

  it.each(cases)("%s", (_what, call, message) => {
    const e = thrown(call);
    expect(e).toBeInstanceOf(runtime.Error);
    expect(asSentToExcel(e)).toMatchObject({ code: "#VALUE!", message });
  });
});
