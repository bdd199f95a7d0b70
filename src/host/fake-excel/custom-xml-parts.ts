/* eslint-disable @typescript-eslint/no-explicit-any -- load() mirrors Office.js's loosely typed argument. */
/**
 * Custom XML parts of the fake workbook (Excel.CustomXmlPartCollection / CustomXmlPart, ExcelApi 1.5):
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection and
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart. What is modelled, and from where:
 * - add(xml), getByNamespace(uri) (parts whose namespace matches), getItem(id) / getItemOrNullObject(id),
 *   getXml() (a ClientResult, read after sync), setXml(xml), delete(), id and namespaceUri: the pages above;
 *   the members need ExcelApi 1.5 (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-5-requirement-set);
 * - namespaceUri is the root element's namespace (the default xmlns or the prefix's), "" without one;
 * - a part over 1 MB is refused: Office on the web rejects larger custom XML parts "by design"
 *   (https://github.com/OfficeDev/office-js/issues/2408, https://github.com/OfficeDev/office-js/issues/394);
 *   desktop takes more, but the fake follows the strictest host.
 * Undocumented, so the fake throws rather than guesses: XML that is not one well-formed element (what
 * Excel does with it is not documented); setXml changing a part's namespace; reading a ClientResult
 * before its sync.
 */
import {
  type XlClientResult,
  type XlCustomXmlPart,
  type XlCustomXmlPartCollection,
  type XlCustomXmlPartScopedCollection,
  parseXmlPart,
  utf8Length,
} from "../excel";
import { OP_BYTES } from "./context";
import type { FakeContext } from "./fake-context";
import { FakeObject, type FakeObjectOptions, type Resolve, jsonBytes } from "./fake-object";
import { FakeOfficeError, propertyNotLoaded } from "./office-error";
import type { WorkbookState } from "./state";
import { undocumented } from "./undocumented";

/** Office on the web's limit on one part's XML (office-js#2408: "precisely 1MB"), taken as 2^20 UTF-8 bytes. */
export const FAKE_XML_PART_MAX_BYTES = 1024 * 1024;

export interface XmlPartState {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

const partsByWorkbook = new WeakMap<WorkbookState, { readonly parts: XmlPartState[]; next: number }>();

/** The custom XML parts stored in a fake workbook (tests read them through the API; this is the store). */
export function xmlPartsOf(state: WorkbookState): { readonly parts: XmlPartState[]; next: number } {
  let store = partsByWorkbook.get(state);
  if (!store) partsByWorkbook.set(state, (store = { parts: [], next: 1 }));
  return store;
}

function need15(ctx: FakeContext): void {
  if (!ctx.runtime.supports("ExcelApi", "1.5"))
    throw new FakeOfficeError(
      "ApiNotFound",
      "Custom XML parts need ExcelApi 1.5, which this (fake) Excel does not support.",
    );
}

/** The root element's namespace URI; throws for XML the fake cannot vouch for. */
function namespaceOf(xml: string): string {
  if (utf8Length(xml) > FAKE_XML_PART_MAX_BYTES) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The custom XML part is ${utf8Length(xml)} bytes; Office on the web refuses parts over 1 MB (office-js#2408).`,
    );
  }
  const part = parseXmlPart(xml);
  if (!part || part.text === undefined)
    throw undocumented(
      "a custom XML part that is not one well-formed element of text (what Excel does with other XML is not modelled)",
    );
  const prefix = /^<([^\s>:/]+):/.exec(xml.replace(/^[\s\S]*?(?=<[^?!])/, ""))?.[1];
  return part.attributes[prefix ? `xmlns:${prefix}` : "xmlns"] ?? "";
}

/** A collection is bound to its filter; its items are the parts that match when it is loaded. */
interface PartFilter {
  readonly namespaceUri?: string;
}

export class FakeCustomXmlPartCollection extends FakeObject<PartFilter> implements XlCustomXmlPartCollection {
  private readonly namespaceUri?: string;
  constructor(
    ctx: FakeContext,
    resolve: Resolve<PartFilter> | null,
    options: FakeObjectOptions & { readonly namespaceUri?: string } = {},
  ) {
    super(ctx, resolve, options);
    this.namespaceUri = options.namespaceUri;
  }
  /** Workbook.customXmlParts, or getByNamespace(namespaceUri). */
  static of(ctx: FakeContext, namespaceUri?: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(
      ctx,
      () => {
        need15(ctx);
        return { namespaceUri };
      },
      { namespaceUri, bytes: namespaceUri === undefined ? 0 : jsonBytes(namespaceUri) },
    );
  }
  protected describe() {
    return this.namespaceUri === undefined ? "CustomXmlPartCollection" : "CustomXmlPartScopedCollection";
  }
  protected scalarNames() {
    return ["items"];
  }
  protected prop() {
    return undefined;
  }
  /** "items", "items/id", "items/namespaceUri" (or several, comma-separated): the items with those properties loaded. */
  override load(names?: any): this {
    const list = (typeof names === "string" ? names.split(",") : Array.isArray(names) ? names : ["items"])
      .map((n: string) => n.trim())
      .filter(Boolean);
    const props = new Set<string>();
    for (const n of list) {
      const m = /^items(?:\/(id|namespaceUri))?$/.exec(n);
      if (!m) throw new FakeOfficeError("InvalidArgument", `The fake Excel cannot load "${n}" on ${this.describe()}.`);
      (m[1] ? [m[1]] : ["id", "namespaceUri"]).forEach((p) => props.add(p));
    }
    this.ctx.queue.push({
      bytes: OP_BYTES + jsonBytes(list),
      run: (commits) => {
        const filter = this.bound();
        const parts = xmlPartsOf(this.ctx.state).parts.filter(
          (p) => filter.namespaceUri === undefined || p.namespaceUri === filter.namespaceUri,
        );
        const items = parts.map((p) => FakeCustomXmlPart.bound(this.ctx, p, [...props]));
        commits.push(() => this.loaded.set("items", items));
        return parts.reduce(
          (sum, p) => sum + [...props].reduce((s, k) => s + k.length + jsonBytes(p[k as "id"]), 0),
          0,
        );
      },
    });
    return this;
  }
  get items(): FakeCustomXmlPart[] {
    return this.read("items");
  }
  add(xml: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.ctx,
      () => {
        need15(this.ctx);
        const store = xmlPartsOf(this.ctx.state);
        const part = { id: `{fake-xml-part-${store.next++}}`, namespaceUri: namespaceOf(xml), xml };
        store.parts.push(part);
        return part;
      },
      { action: { kind: "customXmlParts.add" }, bytes: jsonBytes(xml) },
    );
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    return FakeCustomXmlPartCollection.of(this.ctx, namespaceUri);
  }
  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.ctx,
      () => {
        need15(this.ctx);
        const part = xmlPartsOf(this.ctx.state).parts.find((p) => p.id === id);
        if (!part) throw new FakeOfficeError("ItemNotFound", `The custom XML part ${id} doesn't exist.`);
        return part;
      },
      { bytes: jsonBytes(id) },
    );
  }
  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.ctx,
      () => {
        need15(this.ctx);
        return xmlPartsOf(this.ctx.state).parts.find((p) => p.id === id) ?? null;
      },
      { nullable: true, bytes: jsonBytes(id) },
    );
  }
}

export type FakeCustomXmlPartScopedCollection = FakeCustomXmlPartCollection & XlCustomXmlPartScopedCollection;

export class FakeCustomXmlPart extends FakeObject<XmlPartState> implements XlCustomXmlPart {
  /** An item of a loaded collection, bound at once with the given properties loaded. */
  static bound(ctx: FakeContext, part: XmlPartState, props: readonly string[]): FakeCustomXmlPart {
    const p = new FakeCustomXmlPart(ctx, null);
    p.target = part;
    p.loaded.set("isNullObject", false);
    for (const k of props) p.loaded.set(k, part[k as "id" | "namespaceUri"]);
    return p;
  }
  protected describe() {
    return `CustomXmlPart ${this.target ? this.target.id : ""}`.trim();
  }
  protected scalarNames() {
    return ["id", "namespaceUri"];
  }
  protected prop(name: string, p: XmlPartState) {
    if (name === "id") return p.id;
    if (name === "namespaceUri") return p.namespaceUri;
    return undefined;
  }
  get id(): string {
    return this.read("id");
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }
  getXml(): XlClientResult<string> {
    let value: string | undefined;
    let ready = false;
    this.ctx.queue.push({
      bytes: OP_BYTES,
      run: (commits) => {
        const p = this.target;
        if (p === undefined)
          throw new FakeOfficeError("InvalidObjectPath", `${this.describe()} was used before it was created.`);
        if (p === null) throw undocumented("CustomXmlPart.getXml on a null object");
        const xml = p.xml;
        commits.push(() => {
          value = xml;
          ready = true;
        });
        return jsonBytes(xml);
      },
    });
    return {
      get value(): string {
        if (!ready) throw propertyNotLoaded("value");
        return value!;
      },
    };
  }
  setXml(xml: string): void {
    this.act("customXmlPart.setXml", jsonBytes(xml), (p) => {
      const ns = namespaceOf(xml);
      if (ns !== p.namespaceUri) throw undocumented("CustomXmlPart.setXml changing the part's namespace");
      p.xml = xml;
    });
  }
  delete(): void {
    this.act("customXmlPart.delete", 0, (p) => {
      const store = xmlPartsOf(this.ctx.state);
      const at = store.parts.indexOf(p);
      if (at >= 0) store.parts.splice(at, 1);
    });
  }
}
