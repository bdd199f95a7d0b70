import type { XlContext } from "./xl-types";

/**
 * Workbook settings (Excel.SettingCollection, ExcelApi 1.4): values stored in the workbook as JSON, so
 * the scheme and the last-run snapshot travel with the file. Keys are prefixed to stay out of other
 * add-ins' way.
 */
export const SETTING_PREFIX = "TierLadder.";

/** Queues loading one setting; read `.value` after the next sync (undefined when absent). */
export function queueLoadSetting<T>(ctx: XlContext, key: string): () => T | undefined {
  const item = ctx.workbook.settings.getItemOrNullObject(SETTING_PREFIX + key);
  item.load("value");
  // Read by the caller after its next sync: the lint rule cannot see across the returned closure.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return () => (item.isNullObject ? undefined : (item.value as T));
}

/** Queues storing one setting (replaces any earlier value). The value must be JSON-serialisable. */
export function queueSaveSetting(ctx: XlContext, key: string, value: unknown): void {
  // Round-trip through JSON so Dates, undefined and class instances are stored exactly as they will be read back.
  ctx.workbook.settings.add(SETTING_PREFIX + key, JSON.parse(JSON.stringify(value ?? null)));
}
