import { summaryDataProblem } from "../../../src/taskpane/model/summary-data-problem";

const tier = (label: string, customers: number, value: number) => ({
  label,
  customers,
  customerShare: NaN,
  value,
  valueShare: NaN,
  min: NaN,
  max: NaN,
});

describe("summaryDataProblem", () => {
  it("names each kind of data the summary cannot share out", () => {
    expect(summaryDataProblem([tier("A", 0, 0), tier("B", 0, 0)])?.key).toBe("summaryNoCustomers");
    expect(summaryDataProblem([tier("A", 2, 0), tier("B", 1, 0)])?.params).toEqual({ count: 3 });
    // 2e308 is past Number.MAX_VALUE (1.7976931348623157e308): the tier sum is Infinity.
    expect(summaryDataProblem([tier("A", 2, 1e308 * 2), tier("B", 1, 1)])?.key).toBe("summaryValueTooLarge");
    // Each tier finite, their total not: 1.5e308 + 1.5e308 overflows.
    expect(summaryDataProblem([tier("A", 1, 1.5e308), tier("B", 1, 1.5e308)])?.key).toBe("summaryValueTooLarge");
    expect(summaryDataProblem([tier("A", 1, 5), tier("B", 1, 0)])).toBeUndefined();
  });
});
