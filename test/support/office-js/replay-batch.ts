/* eslint-disable @typescript-eslint/no-explicit-any -- fake proxies are reached by the member names on the wire, so they are used untyped here. */
import { FakeOfficeError } from "../../../src/host/fake-excel";
import type { Op } from "../../../src/host/fake-excel/context";
import {
  FakeCustomXmlPart,
  FakeCustomXmlPartCollection,
  xmlPartsOf,
} from "../../../src/host/fake-excel/custom-xml-parts";
import { FakeChart } from "../../../src/host/fake-excel/chart";
import { FakeChartCollection } from "../../../src/host/fake-excel/chart-collection";
import type { FakeContext } from "../../../src/host/fake-excel/fake-context";
import { FakeRange } from "../../../src/host/fake-excel/range";
import { FakeTable } from "../../../src/host/fake-excel/table";
import { FakeTableCollection } from "../../../src/host/fake-excel/table-collection";
import { FakeWorksheet } from "../../../src/host/fake-excel/worksheet";
import { FakeWorksheetCollection } from "../../../src/host/fake-excel/worksheet-collection";
import {
  ActionKind,
  ITEMS,
  KEEP_REFERENCE,
  PathType,
  REFERENCE_ID,
  REMOVE_REFERENCE,
  VALIDATE_ARRAY_SIZE,
  type WireAction,
  type WireArguments,
  type WireObjectPath,
  type WireRequestBody,
  type WireResponseBody,
  memberName,
  wireName,
} from "./wire";

/** A request the fake cannot answer (a member it lacks, a wire shape the bridge does not translate): a test bug, not an Excel error. */
export class BridgeError extends Error {
  constructor(message: string) {
    super(`office.js bridge: ${message}`);
    this.name = "BridgeError";
  }
}

/** References office.js asked Excel to keep (_KeepReference), by the _ReferenceId we answered: each re-creates its object in a later batch. */
export type KeptObjects = Map<string, (ctx: FakeContext) => unknown>;

/** What a method path returned when the fake returns nothing (SettingCollection.add): usable only if nothing refers to it. */
class NoObject {
  constructor(readonly what: string) {}
}

/**
 * Arguments where null is a value, not an omitted optional argument: SettingCollection.add(key, value) takes
 * `value: string | number | boolean | Date | any[] | any`, required
 * (https://learn.microsoft.com/javascript/api/excel/excel.settingcollection#excel-excel-settingcollection-add-member(1)),
 * so add(key, null) stores null. Keyed by the fake's class and the wire name.
 */
const NULL_IS_A_VALUE: Record<string, readonly number[]> = { "FakeSettingCollection.Add": [1] };

type Answer =
  | { readonly kind: "instantiate"; readonly action: WireAction }
  | { readonly kind: "query"; readonly action: WireAction; readonly select: string[]; readonly collection: boolean }
  | { readonly kind: "value"; readonly action: WireAction; readonly value: unknown }
  | { readonly kind: "result"; readonly action: WireAction; readonly result: { readonly value: unknown } };

const isFakeObject = (p: unknown): p is { bound(): unknown; readonly isNullObject: boolean } =>
  typeof (p as any)?.bound === "function";
const isCollection = (p: unknown): boolean => isFakeObject(p) && "items" in (p as object);
/** What a fake method returns for office.js's ClientResult (getXml, getCount, …): an object whose value is readable after sync. */
const isClientResult = (v: unknown): v is { readonly value: unknown } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !isFakeObject(v) && "value" in v;
const describe = (p: unknown): string =>
  p instanceof NoObject ? p.what : ((p as object)?.constructor?.name ?? String(p));

/**
 * Replays one office.js request on a fresh fake context: a fake proxy for each ObjectPath (the same member
 * called on the parent's proxy), the Actions in order, then one fake sync(); answers Results (loaded
 * values, _ReferenceIds, null objects) or the Error of the action that failed, as Excel answers office.js.
 */
export async function replayBatch(
  ctx: FakeContext,
  body: WireRequestBody,
  kept: KeptObjects,
  newReferenceId: () => string,
): Promise<WireResponseBody> {
  const proxies = new Map<number, unknown>();
  const keep = new Set<number>();
  const answers: Answer[] = [];

  // Tag every operation the fake queues with the action that queued it; the fake runs them in queue order,
  // so the first one that did not complete names the action that failed.
  let replaying = -1,
    completed = 0;
  const tags: number[] = [];
  const push = ctx.queue.push.bind(ctx.queue);
  ctx.queue.push = (op: Op) => {
    tags.push(replaying);
    push({
      ...op,
      run: (commits) => {
        const bytes = op.run(commits);
        completed++;
        return bytes;
      },
    });
  };

  const args = (info: WireArguments | undefined, valueAt: readonly number[] = []): unknown[] => {
    const refs = info?.ReferencedObjectPathIds ?? [];
    return (info?.Arguments ?? []).map((a, i) => {
      const ref = refs[i];
      if (Array.isArray(ref)) throw new BridgeError("client objects inside an array argument are not translated");
      if (typeof ref === "number" && ref !== 0) return proxyOf(ref);
      // A null argument is an omitted optional one (JSON has no undefined), except where the API takes any value.
      return a === null && !valueAt.includes(i) ? undefined : a;
    });
  };
  const member = (parent: unknown, name: string): unknown => {
    const value = parent instanceof NoObject ? undefined : (parent as any)?.[memberName(name)];
    if (value === undefined)
      throw new BridgeError(`${describe(parent)} has no member "${memberName(name)}" in the fake`);
    return value;
  };
  const call = (parent: unknown, name: string, list: unknown[]): unknown => {
    const f = member(parent, name);
    if (typeof f !== "function")
      throw new BridgeError(`${describe(parent)}.${memberName(name)} is not a method in the fake`);
    const result = f.apply(parent, list);
    return result === undefined ? new NoObject(`${describe(parent)}.${memberName(name)}()`) : result;
  };

  function proxyOf(id: number): unknown {
    if (proxies.has(id)) return proxies.get(id);
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new BridgeError(`the request has no ObjectPath ${id}`);
    const proxy = build(path);
    proxies.set(id, proxy);
    return proxy;
  }

  function build(path: WireObjectPath): unknown {
    const parent = () => proxyOf(path.ParentObjectPathId ?? -1);
    switch (path.ObjectPathType) {
      case PathType.Global:
        return ctx.workbook;
      case PathType.Property: {
        const p = parent();
        // Excel's root object is the workbook; context.application is workbook.application on the wire.
        if (p === ctx.workbook && path.Name === "Application") return ctx.application;
        return member(p, path.Name);
      }
      case PathType.Method: {
        const p = parent();
        if (path.Name === "GetItemAt" && typeof (p as any)?.getItemAt !== "function")
          return itemAt(ctx, p, Number(path.ArgumentInfo?.Arguments?.[0]));
        return call(p, path.Name, args(path.ArgumentInfo, NULL_IS_A_VALUE[`${describe(p)}.${path.Name}`]));
      }
      case PathType.Indexer:
        return call(parent(), "GetItem", args(path.ArgumentInfo));
      case PathType.ReferenceId: {
        const make = kept.get(path.Name);
        if (!make)
          throw new BridgeError(`no kept object has the reference id ${path.Name} (released, or never answered)`);
        return make(ctx);
      }
      default:
        throw new BridgeError(`ObjectPathType ${path.ObjectPathType} (${path.Name}) is not translated`);
    }
  }

  let failure: { error: FakeOfficeError; at: number } | undefined;
  for (let i = 0; i < body.Actions.length && !failure; i++) {
    const action = body.Actions[i];
    replaying = i;
    try {
      replay(action);
    } catch (e) {
      // Excel runs the actions before the one that failed, then stops (the fake does the same at sync).
      if (e instanceof FakeOfficeError) failure = { error: e, at: i };
      else throw e;
    }
  }

  function replay(action: WireAction): void {
    switch (action.ActionType) {
      case ActionKind.Instantiate:
        proxyOf(action.ObjectPathId);
        answers.push({ kind: "instantiate", action });
        return;
      case ActionKind.Query: {
        const q = action.QueryInfo ?? {};
        const select = q.Select ?? [];
        if (select.length === 0 || q.Expand?.length || q.Top !== undefined || q.Skip !== undefined)
          throw new BridgeError(`only load("name,…") queries are translated, not ${JSON.stringify(q)}`);
        if (select.some((s) => s.includes("/")))
          throw new BridgeError(`navigation loads (${select.join(",")}) are not translated`);
        const proxy = proxyOf(action.ObjectPathId);
        const collection = isCollection(proxy);
        call(proxy, "Load", [collection ? select.map((s) => `items/${s}`) : select]);
        answers.push({ kind: "query", action, select, collection });
        return;
      }
      case ActionKind.Method: {
        if (action.Name === KEEP_REFERENCE) {
          keep.add(action.ObjectPathId);
          return;
        }
        if (action.Name === REMOVE_REFERENCE) {
          kept.delete(String(action.ArgumentInfo?.Arguments?.[0]));
          return;
        }
        // office.js checks a large write's shape before splitting it; the fake checks each block's shape when it writes.
        if (action.Name === VALIDATE_ARRAY_SIZE) return;
        const target = proxyOf(action.ObjectPathId);
        const value = call(
          target,
          action.Name,
          args(action.ArgumentInfo, NULL_IS_A_VALUE[`${describe(target)}.${action.Name}`]),
        );
        // A method returning a ClientResult answers its value once the fake's sync has filled it in.
        if (isClientResult(value)) answers.push({ kind: "result", action, result: value });
        else if (!(value instanceof NoObject) && (value === null || typeof value !== "object" || Array.isArray(value)))
          answers.push({ kind: "value", action, value });
        return;
      }
      case ActionKind.SetProperty: {
        const proxy = proxyOf(action.ObjectPathId);
        const name = memberName(action.Name);
        if (proxy instanceof NoObject || !(name in (proxy as object)))
          throw new BridgeError(`${describe(proxy)} has no property "${name}" in the fake`);
        (proxy as any)[name] = action.ArgumentInfo?.Arguments?.[0];
        return;
      }
      case ActionKind.Trace:
        return;
      default:
        throw new BridgeError(`ActionType ${action.ActionType} (${action.Name}) is not translated`);
    }
  }

  replaying = -1;
  try {
    await ctx.sync();
  } catch (e) {
    if (!(e instanceof FakeOfficeError)) throw e;
    // A request refused whole, or a response too big after every action ran, names no action.
    const at = e.code === "RequestPayloadSizeLimitExceeded" ? -1 : (tags[completed] ?? -1);
    return { Error: errorOf(e, at) };
  }
  if (failure) return { Error: errorOf(failure.error, failure.at) };

  const references = new Map<number, string>();
  const referenceOf = (pathId: number, proxy: unknown): string | undefined => {
    // A kept range answers a reference id: later batches then address the same cells, as in Excel.
    if (!keep.has(pathId) || !(proxy instanceof FakeRange)) return undefined;
    let id = references.get(pathId);
    if (!id) {
      const target = proxy.bound();
      id = newReferenceId();
      references.set(pathId, id);
      kept.set(id, (c) => new FakeRange(c, () => target));
    }
    return id;
  };
  const results = answers.map((a) => ({ ActionId: a.action.Id, Value: valueOf(a) }));
  function valueOf(a: Answer): unknown {
    if (a.kind === "value") return a.value;
    if (a.kind === "result") return a.result.value;
    const proxy = proxies.get(a.action.ObjectPathId);
    if (isNull(proxy)) return null; // office.js marks the object null: isNullObject is true, its properties read undefined
    if (a.kind === "instantiate") {
      const ref = referenceOf(a.action.ObjectPathId, proxy);
      return ref ? { [REFERENCE_ID]: ref } : {};
    }
    const pick = (o: any) => Object.fromEntries(a.select.map((s) => [wireName(s), o[s]]));
    return a.collection ? { [ITEMS]: (proxy as any).items.map(pick) } : pick(proxy);
  }
  return { Results: results };
}

function isNull(proxy: unknown): boolean {
  if (!isFakeObject(proxy)) return false;
  try {
    return proxy.isNullObject;
  } catch {
    return false;
  }
}

function errorOf(e: FakeOfficeError, actionIndex: number) {
  return {
    Code: e.code,
    Message: e.message,
    Location: e.debugInfo.errorLocation,
    ...(actionIndex >= 0 ? { ActionIndex: actionIndex } : {}),
  };
}

/** Item `index` of a loaded collection (office.js addresses items without an id by position: GetItemAt). */
function itemAt(ctx: FakeContext, collection: unknown, index: number): unknown {
  const pick = <T>(list: T[]): T => {
    const item = list[index];
    if (item === undefined) throw new FakeOfficeError("ItemNotFound", `The collection has no item ${index}.`);
    return item;
  };
  if (collection instanceof FakeWorksheetCollection) return new FakeWorksheet(ctx, () => pick(ctx.state.sheets));
  if (collection instanceof FakeChartCollection) return new FakeChart(ctx, () => pick(collection.bound()));
  if (collection instanceof FakeTableCollection || describe(collection) === "FakeTableScoped") {
    return new FakeTable(
      ctx,
      () => pick((collection as unknown as { bound(): Parameters<typeof pick>[0] }).bound()) as never,
    );
  }
  if (collection instanceof FakeCustomXmlPartCollection) {
    // Items in the collection's order (the workbook's parts, filtered by namespace for getByNamespace), as its load lists them.
    return new FakeCustomXmlPart(ctx, () => {
      const filter = collection.bound();
      return pick(
        xmlPartsOf(ctx.state).parts.filter(
          (p) => filter.namespaceUri === undefined || p.namespaceUri === filter.namespaceUri,
        ),
      );
    });
  }
  throw new BridgeError(`items of ${describe(collection)} cannot be addressed by position`);
}
