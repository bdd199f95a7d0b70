/* The base of the fake Excel's proxy objects: each mirrors the Office.js class of the same name (see
 * src/host/excel/xl-types.ts) with its load/sync semantics. Methods and setters only queue operations;
 * context.sync() runs them in order; properties can be read only after load() and a sync. */
import { utf8Length } from "../excel";
import { type ActionInfo, OP_BYTES } from "./context";
import type { FakeContext } from "./fake-context";
import { FakeOfficeError, propertyNotLoaded } from "./office-error";

/** Finds the workbook object a proxy stands for, when the queue reaches it; null for a null object. */
export type Resolve<T> = () => T | null;

/** How a proxy is created: may it be a null object, the action tests can fail at, its request bytes beyond the operation's own. */
export interface FakeObjectOptions {
  readonly nullable?: boolean;
  readonly action?: ActionInfo;
  readonly bytes?: number;
}

/** Thrown by bound() on a null object, so that a child of a null object binds to null too. */
class NullParent extends Error {}

// Request size in UTF-8 bytes, as Excel on the web measures its 5 MB limit.
export const jsonBytes = (v: unknown) => (v === undefined ? 0 : utf8Length(JSON.stringify(v)));

function loadNames(names: unknown): string[] | undefined {
  if (names === undefined) return undefined;
  if (typeof names === "string")
    return names
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(names)) return names.flatMap((n) => loadNames(n) ?? []);
  if (typeof names === "object" && names && "select" in names) return loadNames((names as { select?: string }).select);
  throw new FakeOfficeError("InvalidArgument", "load() takes property names (a string, an array or { select }).");
}

/** Base of every proxy: binding to the workbook object at sync time, loading, and actions. */
export abstract class FakeObject<T> {
  protected target: T | null | undefined;
  protected readonly loaded = new Map<string, unknown>();
  readonly nullable: boolean;
  /** Every proxy takes (ctx, resolve, options); resolve = null: the caller binds the object itself (items of a loaded collection). */
  constructor(
    readonly ctx: FakeContext,
    resolve: Resolve<T> | null,
    options: FakeObjectOptions = {},
  ) {
    const nullable = (this.nullable = options.nullable ?? false);
    if (resolve)
      ctx.queue.push({
        bytes: OP_BYTES + (options.bytes ?? 0),
        info: options.action,
        run: () => {
          try {
            this.target = resolve();
          } catch (e) {
            if (!(e instanceof NullParent)) throw e;
            this.target = null;
          }
          if (this.target === null && !nullable)
            throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${this.describe()}).`);
          this.loaded.set("isNullObject", this.target === null);
          return 0;
        },
      });
  }

  protected abstract describe(): string;
  /** Value of a loadable scalar property, or undefined when the name is not one. */
  protected abstract prop(name: string, target: T): unknown;
  protected abstract scalarNames(): string[];

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** The bound workbook object; a child of a null object is null (for *OrNullObject chains) or an error. */
  bound(): T {
    if (this.target === undefined)
      throw new FakeOfficeError("InvalidObjectPath", `${this.describe()} was used before it was created.`);
    if (this.target === null) throw new NullParent();
    return this.target;
  }

  /** Queues an action on the bound object (public for a proxy's member objects: its format, its title). */
  act(kind: string, bytes: number, run: (t: T) => void, where?: (t: T) => { sheet?: string; address?: string }): void {
    const info: { kind: string; sheet?: string; address?: string } = { kind };
    this.ctx.queue.push({
      bytes: OP_BYTES + bytes,
      info,
      run: () => {
        let t: T;
        try {
          t = this.bound();
        } catch (e) {
          if (e instanceof NullParent)
            throw new FakeOfficeError("ItemNotFound", `${kind} on a null object (${this.describe()}).`);
          throw e;
        }
        Object.assign(info, where?.(t));
        run(t);
        return 0;
      },
    });
  }

  need(set: string, version: string, what: string): void {
    if (!this.ctx.runtime.supports(set, version))
      throw new FakeOfficeError(
        "ApiNotFound",
        `${what} needs ${set} ${version}, which this (fake) Excel does not support.`,
      );
  }

  load(names?: unknown): this {
    const list = loadNames(names) ?? this.scalarNames();
    this.ctx.queue.push({
      bytes: OP_BYTES + jsonBytes(list),
      run: (commits) => {
        const t = this.target;
        if (t === undefined)
          throw new FakeOfficeError("InvalidObjectPath", `${this.describe()} was loaded before it was created.`);
        if (t === null) return 0; // a null object loads nothing; isNullObject says so
        let bytes = 0;
        const got: [string, unknown][] = [];
        for (const name of list) {
          const value = this.loadOne(name, t);
          bytes += name.length + jsonBytes(this.wire(value));
          got.push([name.split("/")[0], value]);
        }
        commits.push(() => got.forEach(([n, v]) => this.loaded.set(n, v)));
        return bytes;
      },
    });
    return this;
  }

  /** What travels in the response for a loaded value (collections: their items' loaded properties). */
  protected wire(value: unknown): unknown {
    return Array.isArray(value) && value[0] instanceof FakeObject
      ? value.map((x: FakeObject<unknown>) => Object.fromEntries(x.loaded))
      : value;
  }

  protected loadOne(name: string, t: T): unknown {
    const value = this.prop(name, t);
    if (value === undefined)
      throw new FakeOfficeError("InvalidArgument", `The fake Excel cannot load "${name}" on ${this.describe()}.`);
    return value;
  }
}
