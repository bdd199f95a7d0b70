import { type ApplyRun, type Decoration, type Step, notice } from "./apply-types";
import { type OutputRegistry, REGISTRY_KEY } from "./output-registry";
import { type SettingWrite, SETTING_PREFIX, queueLoadSetting, queueSaveSetting, queueWriteHead } from "./settings";
import type { Inspection } from "./inspect";
import type { XlContext } from "./xl-types";

/**
 * The commit: the settings' heads (the last-run snapshot among them), then the output registry, last of all
 * the write's requests. A failing request in a batch stops the batch there, so once the registry (with this
 * run's id) is in the workbook, everything before it is too: hasCommitted tells the two cases apart.
 */
export function commitStep(run: ApplyRun, writes: readonly SettingWrite[], registry: () => OutputRegistry): Step {
  const bytes = writes.reduce((sum, w) => sum + w.head.bytes, 0);
  return {
    bytes: 2000 + bytes,
    progress: notice("write.steps.saving"),
    needsSheetIds: true,
    queue: (c) => {
      const r = registry();
      queueSettingHeads(c, writes);
      queueSaveSetting(c, REGISTRY_KEY, r);
      void run;
    },
  };
}

/** The settings' heads (value or pieces manifest) without deleting old pieces: the one call that stores the last-run snapshot. */
export function queueSettingHeads(ctx: XlContext, writes: readonly SettingWrite[]): void {
  for (const w of writes) queueWriteHead(ctx, { ...w, stale: [] });
}

/** After the commit: pieces of earlier values go (a decoration: leftovers are harmless). */
export function settingsTidy(writes: readonly SettingWrite[]): Decoration[] {
  return writes
    .filter((w) => w.stale.length > 0)
    .map((w) => ({
      what: notice("write.finishing.settings", { setting: w.key }),
      queue: (c: XlContext) => {
        for (const k of w.stale) c.workbook.settings.getItem(k).delete();
      },
    }));
}

/** Whether the registry in the workbook is this run's (the commit went through before the failure). */
export async function hasCommitted(run: ApplyRun, runId: string): Promise<boolean> {
  try {
    const get = queueLoadSetting<OutputRegistry>(run.ctx, REGISTRY_KEY);
    await run.sync();
    return get()?.runId === runId;
  } catch {
    return false;
  }
}

/** Puts the registry and the plan's settings back as they were before the write; pieces it added go. */
export async function restoreSettings(run: ApplyRun, insp: Inspection, writes: readonly SettingWrite[]): Promise<void> {
  const { ctx } = run;
  const all = ctx.workbook.settings.load("items/key");
  await run.sync();
  const now = new Set(all.items.map((s) => s.key));
  const before = new Set(insp.settingKeys);
  const put = (key: string, value: unknown) => {
    if (value !== undefined) queueSaveSetting(ctx, key, value);
    else if (now.has(SETTING_PREFIX + key)) ctx.workbook.settings.getItem(SETTING_PREFIX + key).delete();
  };
  put(REGISTRY_KEY, insp.registryRaw);
  for (const w of writes) {
    put(w.key, insp.oldHeads.get(w.key));
    for (const p of w.pieces) if (!before.has(p.key) && now.has(p.key)) ctx.workbook.settings.getItem(p.key).delete();
  }
  await run.sync();
}
