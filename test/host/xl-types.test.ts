import type { XlContext } from "../../src/host/excel/xl-types";

// Compile-time check (tsc / ts-jest type-check this file): the real Office.js RequestContext from
// @types/office-js is assignable to the subset the host code is written against, so every member the
// host uses exists on real Excel with a compatible type.
type Assignable<T, U extends T> = U;
export type RealExcelFitsSubset = Assignable<XlContext, Excel.RequestContext>;

describe("Office.js subset", () => {
  it("is satisfied by the real Excel.RequestContext type (checked by the compiler)", () => {
    const check = (ctx: Excel.RequestContext): XlContext => ctx;
    expect(typeof check).toBe("function");
  });
});
