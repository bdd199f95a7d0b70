/** @jest-environment jsdom */
import * as cell from "../../src/functions/cell-functions";
import * as entry from "../../src/functions/functions";
import { loadCustomFunctionsRuntime } from "./office-runtime";
import { column } from "./thrown";

// functions.ts is what Excel calls: each wrapper loads cell-functions.ts (a chunk of its own in the build) and
// must hand its arguments on unchanged to the function of the same name, resolving to its result or rejecting
// with its CustomFunctions.Error (code and message), which Excel shows as it shows a thrown one
// (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors). The results themselves are
// checked against outside figures in the other tests of this folder; here only the wiring is.
loadCustomFunctionsRuntime();

type Outcome = { value: unknown } | { error: { code: string; message: string } };
const asOutcome = (e: unknown): Outcome => {
  const { code, message } = e as { code: string; message: string };
  return { error: { code, message } };
};
function syncOutcome(fn: () => unknown): Outcome {
  try {
    return { value: fn() };
  } catch (e) {
    return asOutcome(e);
  }
}

const values = column([120, 80, 45, 30, 22, 15, 9, 5, 3, 1]);
const dates = column([45000, 45100, 45200, 45300, 45400, 45500, 45600, 45700, 45800, 45900]);
const scores = column([1, 2, 3, 4, 5, 5, 4, 3, 2, 1]);
type Name = keyof typeof cell & keyof typeof entry;

// Each function with arguments it accepts and arguments it refuses (the same calls go to both modules).
const CALLS: [Name, unknown[]][] = [
  ["abc", [values]],
  ["abc", [values, column([0.5, 0.6]), undefined]],
  ["pareto", [values, column([80, 15, 5]), column(["Gold", "Silver", "Bronze"])]],
  ["computed", [values]],
  ["computed", [column(["a", "b"])]],
  ["breaks", [values, 3]],
  ["breaks", [values, 1]],
  ["threshold", [values, column([10, 50])]],
  ["tierOf", [45, values, "abc"]],
  ["tierOf", [45, values, "no such method"]],
  ["score", [values.map((r, i) => [r[0], scores[i][0]]), [[2, 1]]]],
  ["rfm", [values, scores, values]],
  ["segment", [scores, scores, scores]],
  ["lifecycle", [dates, dates, 46000]],
  ["commission", [values, column([0, 50]), column([0.05, 0.1])]],
  ["stages", [30, column([0.5, 0.2])]],
  ["stages", [30, column([50, 20])]],
  ["rates", [column([100, 50, 20])]],
  ["forecast", [column([100, 50]), column([0.5])]],
  ["allocate", [100, column([1, 3])]],
];

describe("the functions Excel calls (functions.ts)", () => {
  it.each(CALLS)("TIER %s resolves or rejects as the synchronous work does", async (name, args) => {
    const call = (m: Record<string, (...a: unknown[]) => unknown>) => m[name](...args);
    const expected = syncOutcome(() => call(cell as never));
    const got = await (call(entry as never) as Promise<unknown>).then((value) => ({ value }), asOutcome);
    expect(got).toEqual(expected);
  });

  it("covers every function of the module and both outcomes", () => {
    const names = Object.keys(entry).filter((k) => typeof (entry as Record<string, unknown>)[k] === "function");
    expect(new Set(CALLS.map(([n]) => n))).toEqual(new Set(names));
    const outcomes = CALLS.map(([n, a]) =>
      syncOutcome(() => (cell as never as Record<string, (...x: unknown[]) => unknown>)[n](...a)),
    );
    expect(outcomes.some((o) => "error" in o)).toBe(true);
    expect(outcomes.filter((o) => "value" in o).length).toBeGreaterThan(CALLS.length / 2);
  });

  it("returns a Promise, so the work loads on the first call rather than with the page", () => {
    expect(entry.abc(values)).toBeInstanceOf(Promise);
  });
});
