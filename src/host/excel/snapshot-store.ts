import { LAST_RUN_SETTING, type PlanSetting } from "../../engine/plans";
import { resolvePieces } from "./settings";
import {
  type XmlPartsHead,
  XML_PART_BYTES,
  fromXmlParts,
  generationOf,
  isXmlPartsHead,
  namespaceOfGeneration,
  toXmlParts,
} from "./snapshot-parts";
import type { XlContext } from "./xl-types";
import type { Batch } from "./batch";

/**
 * Where the last-run snapshot lives. Settings keep small things (the scheme, the output registry, and
 * here a small head); Excel keeps settings to about 2 MB in all
 * (https://learn.microsoft.com/javascript/api/office/office.settings#office-office-settings-set-member(1),
 * quoted in https://github.com/OfficeDev/office-js/issues/621) and users report InvalidArgument near 1 MB
 * (https://github.com/OfficeDev/office-js/issues/3957), while the snapshot of 1,048,576 customers is
 * several MB. The snapshot goes to custom XML parts (Workbook.customXmlParts, ExcelApi 1.5:
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-5-requirement-set),
 * the store Office provides for an add-in's own data that travels with the file, cut into parts of
 * 768 KiB (snapshot-parts.ts says why). A very hidden worksheet
 * (https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility) was the other candidate; it
 * was not chosen because its cells hold at most 32,767 characters each
 * (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3),
 * because it takes a sheet name the user might want and counts among the workbook's sheets, and because
 * a protected workbook structure forbids adding sheets.
 *
 * A write adds the new parts (a new generation, its own namespace) in steps before the final sync; the
 * final sync switches the head in settings and deletes every older TierLadder part, so a failed write
 * leaves the previous snapshot readable, and undo() removes the parts the failed write added. Without
 * ExcelApi 1.5 movement is not tracked: the head becomes null (an older snapshot must not be compared
 * with later runs), and the pane says so once (requirement-sets.ts).
 * Old workbooks keep the snapshot in settings, whole or in pieces (settings.ts): they still read, and
 * the next write stores the snapshot in parts and deletes the pieces (planSettingWrite's stale keys).
 */
export interface SnapshotWrite {
  /** The plan's settings, the snapshot replaced by its head (small). */
  readonly settings: readonly PlanSetting[];
  /** One step per part, each under the request budget; run before the final step. */
  readonly steps: readonly { readonly bytes: number; readonly what: string; queue(ctx: XlContext): void }[];
  /** English warnings for the apply report (a snapshot too large to keep). */
  readonly warnings: readonly string[];
  /** Queued with the final step: deletes the parts of earlier generations. */
  queueCommit(ctx: XlContext): void;
  /** After a failed write: removes the parts this write added. */
  undo(ctx: XlContext, sync: () => Promise<void>): Promise<void>;
}

/** Largest snapshot kept (JSON text); above it movement is not tracked and the report says so. */
export const SNAPSHOT_MAX_CHARS = 64 * 1024 * 1024;

/**
 * The one entry point of apply-plan.ts: call before the inspect sync (it queues listing the workbook's
 * custom XML parts when the plan saves a snapshot), and call the returned function after that sync.
 */
export function prepareSnapshotWrite(
  ctx: XlContext,
  settings: readonly PlanSetting[],
  supports: (version: string) => boolean,
): () => SnapshotWrite {
  const snapshot = settings.find((s) => s.key === LAST_RUN_SETTING);
  const others = settings.filter((s) => s !== snapshot);
  const nothing: SnapshotWrite = {
    settings,
    steps: [],
    warnings: [],
    queueCommit: () => undefined,
    undo: async () => undefined,
  };
  if (!snapshot) return () => nothing;
  if (!supports("1.5")) return () => ({ ...nothing, settings: [...others, { key: LAST_RUN_SETTING, value: null }] });
  const listed = ctx.workbook.customXmlParts.load("items/id,items/namespaceUri");
  return () => {
    const ours = listed.items
      .map((p) => ({ id: p.id, generation: generationOf(p.namespaceUri) }))
      .filter((p) => p.generation !== undefined);
    const generation = Math.max(0, ...ours.map((p) => p.generation!)) + 1;
    const { head, parts } = toXmlParts(snapshot.value, generation);
    const chars = head.chars;
    if (chars > SNAPSHOT_MAX_CHARS) {
      return {
        ...nothing,
        settings: [...others, { key: LAST_RUN_SETTING, value: null }],
        warnings: [
          `The tiers of this run take ${(chars / 2 ** 20).toFixed(1)} MB, more than the ${SNAPSHOT_MAX_CHARS / 2 ** 20} MB TierLadder keeps in a workbook, so the next run cannot report tier movement.`,
        ],
        queueCommit: (c) => ours.forEach((p) => c.workbook.customXmlParts.getItem(p.id).delete()),
      };
    }
    return {
      settings: [...others, { key: LAST_RUN_SETTING, value: head }],
      steps: parts.map((part, i) => ({
        bytes: part.bytes + 1024,
        what: `Saving the last-run tiers (${i + 1} of ${parts.length})`,
        queue: (c: XlContext) => {
          c.workbook.customXmlParts.add(part.xml);
        },
      })),
      warnings: [],
      queueCommit: (c) => ours.forEach((p) => c.workbook.customXmlParts.getItem(p.id).delete()),
      async undo(c, sync) {
        const added = c.workbook.customXmlParts.getByNamespace(namespaceOfGeneration(generation)).load("items/id");
        await sync();
        if (added.items.length === 0) return;
        added.items.forEach((p) => p.delete());
        await sync();
      },
    };
  };
}

/**
 * What a setting's head stands for: the value itself, a value in settings pieces (older workbooks), or a
 * value in custom XML parts (read as many per sync as fit the response budget). Parts that are missing
 * or do not match the head read as undefined: no movement rather than a wrong one.
 */
export async function resolveStoredSetting<T>(
  io: Batch,
  key: string,
  head: unknown,
  supports: (version: string) => boolean,
): Promise<T | undefined> {
  if (!isXmlPartsHead(head)) return resolvePieces<T>(io, key, head);
  if (!supports("1.5")) return undefined;
  return (await readXmlParts(io.ctx, head, () => io.sync(), io.budget)) as T | undefined;
}

async function readXmlParts(
  ctx: XlContext,
  head: XmlPartsHead,
  sync: () => Promise<void>,
  budget: number,
): Promise<unknown> {
  const found = ctx.workbook.customXmlParts.getByNamespace(namespaceOfGeneration(head.generation)).load("items/id");
  await sync();
  if (found.items.length !== head.parts) return undefined;
  const perSync = Math.max(1, Math.floor(budget / (XML_PART_BYTES + 1024)));
  const xmls: string[] = [];
  for (let i = 0; i < found.items.length; i += perSync) {
    const results = found.items.slice(i, i + perSync).map((p) => p.getXml());
    await sync();
    for (const r of results) xmls.push(r.value);
  }
  return fromXmlParts(head, xmls);
}
