import type { OfficeJsExcel } from "../../../support/office-js";
import { failure } from "./batch-failure";

/** The error renaming sheet `sheet` to `name` through office.js fails with; undefined when the rename is taken. */
export const renameFailure = (fake: OfficeJsExcel, sheet: string, name: string) =>
  failure(
    fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).name = name;
      await ctx.sync();
    }),
  );
