import type { WorkbookPlan } from "../../engine/plans/types";
import type { ApplyProgress, ApplyReport, SelectionRead, WorkbookHost } from "../host-api";
import { type ApplyOptions, applyPlan } from "./apply-plan";
import { toHostError } from "./errors";
import { type ReadOptions, readSelection } from "./read";
import { queueLoadSetting, queueSaveSetting } from "./settings";
import type { ExcelEnv } from "./xl-types";

/**
 * The WorkbookHost on the Excel JavaScript API. `env` is bindOfficeEnv() in Excel, or the env of
 * createFakeExcel() in tests and the preview page: the same code runs on both.
 */
export function createExcelHost(env: ExcelEnv, options: ReadOptions & ApplyOptions = {}): WorkbookHost {
  return {
    readSelection: (): Promise<SelectionRead> => readSelection(env, options),
    onSelectionChanged: (callback) => env.onSelectionChanged(callback),
    applyPlan: (plan: WorkbookPlan, onProgress?: (p: ApplyProgress) => void): Promise<ApplyReport> => applyPlan(env, plan, onProgress, options),
    async loadSetting<T>(key: string): Promise<T | undefined> {
      try {
        return await env.run(async (ctx) => {
          const get = queueLoadSetting<T>(ctx, key);
          await ctx.sync();
          return get();
        });
      } catch (e) {
        throw toHostError(e, `Reading the setting ${key}`);
      }
    },
    async saveSetting<T>(key: string, value: T): Promise<void> {
      try {
        await env.run(async (ctx) => {
          queueSaveSetting(ctx, key, value);
          await ctx.sync();
        });
      } catch (e) {
        throw toHostError(e, `Saving the setting ${key}`);
      }
    },
    async selectCell(sheet: string, row: number, column: number): Promise<void> {
      try {
        await env.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRangeByIndexes(row, column, 1, 1).select();
          await ctx.sync();
        });
      } catch (e) {
        throw toHostError(e, `Selecting row ${row + 1}, column ${column + 1} of ${sheet}`);
      }
    },
    displayLanguage: () => env.displayLanguage(),
  };
}
