import type { WorkbookPlan } from "../../engine/plans";
import {
  type ApplyProgress,
  type ApplyReport,
  HostError,
  type RangeRef,
  type SelectionRead,
  type WorkbookHost,
} from "../host-api";
import type { ApplyOptions } from "./apply-plan";
import { toHostError } from "./errors";
import { type ReadOptions, readRange, readSelection } from "./read";
import { queueLoadSetting, saveSettingValue, SETTING_MAX_BYTES } from "./settings";
import { hostRequirements } from "./requirement-sets";
import { resolveStoredSetting } from "./snapshot-store";
import type { Batch } from "./batch";
import { PAYLOAD_BUDGET_BYTES } from "./chunking";
import type { ExcelEnv, XlContext } from "./xl-types";

/**
 * The WorkbookHost on the Excel JavaScript API. `env` is bindOfficeEnv() in Excel, or the env of
 * createFakeExcel() in tests and the preview page: the same code runs on both.
 */
export function createExcelHost(env: ExcelEnv, options: ReadOptions & ApplyOptions = {}): WorkbookHost {
  const batchOf = (ctx: XlContext): Batch => ({
    ctx,
    sync: () => ctx.sync(),
    budget: options.budgetBytes ?? PAYLOAD_BUDGET_BYTES,
  });
  return {
    readSelection: (): Promise<SelectionRead> => readSelection(env, options),
    readRange: (ref: RangeRef): Promise<SelectionRead> => readRange(env, ref, options),
    onSelectionChanged: (callback) => env.onSelectionChanged(callback),
    // The write code is a chunk of its own, fetched on the first write: opening the pane only reads.
    applyPlan: async (plan: WorkbookPlan, onProgress?: (p: ApplyProgress) => void): Promise<ApplyReport> => {
      const { applyPlan } = await import(/* webpackChunkName: "excel-write" */ "./apply-plan");
      return applyPlan(env, plan, onProgress, options);
    },
    async loadSetting<T>(key: string): Promise<T | undefined> {
      try {
        return await env.run(async (ctx) => {
          const get = queueLoadSetting<unknown>(ctx, key);
          await ctx.sync();
          // A large value is stored in custom XML parts, or in settings pieces by older versions: read and join them.
          return await resolveStoredSetting<T>(batchOf(ctx), key, get(), (v) => env.isSetSupported("ExcelApi", v));
        });
      } catch (e) {
        throw toHostError(e, `Reading the setting ${key}`);
      }
    },
    async saveSetting<T>(key: string, value: T): Promise<void> {
      try {
        const { tooBig } = await env.run((ctx) => saveSettingValue(batchOf(ctx), key, value));
        if (tooBig !== undefined) {
          throw new HostError(
            "SettingTooLarge",
            `The setting ${key} is ${(tooBig / 2 ** 20).toFixed(1)} MB, more than the ${SETTING_MAX_BYTES / 2 ** 20} MB TierLadder stores in a workbook; it was not saved.`,
            "host.settingTooLarge",
            {
              setting: key,
              size: (tooBig / 2 ** 20).toFixed(1),
              limit: SETTING_MAX_BYTES / 2 ** 20,
            },
          );
        }
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
    requirements: () => hostRequirements((name, version) => env.isSetSupported(name, version)),
  };
}
