import JSZip from "jszip";

/**
 * A saved or fixture package read with JSZip and regular expressions only (not the code under test): parts, their
 * relationships resolved to part names (ECMA-376 Part 2, OPC §9.3), content types (§10.1.2), and the parts a
 * sheet reaches through relationships of the kinds a test follows.
 */
export interface Rel {
  readonly id: string;
  readonly kind: string;
  readonly target: string;
  readonly external: boolean;
}

/** A package read with JSZip and regular expressions only (not the code under test). */
export class Package {
  private constructor(readonly zip: JSZip) {}

  static async load(bytes: Uint8Array): Promise<Package> {
    return new Package(await JSZip.loadAsync(bytes));
  }

  parts(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  async text(path: string): Promise<string> {
    const f = this.zip.file(path);
    if (!f) throw new Error(`no ${path}`);
    return f.async("string");
  }

  async bytes(path: string): Promise<Uint8Array> {
    const f = this.zip.file(path);
    if (!f) throw new Error(`no ${path}`);
    return f.async("uint8array");
  }

  /** A part's relationships (OPC: a/_rels/b.xml.rels), internal targets resolved to part names. */
  async rels(source: string): Promise<Rel[]> {
    const path = source.replace(/([^/]+)$/, "_rels/$1.rels");
    if (!this.zip.file(path)) return [];
    const folder = source.split("/").slice(0, -1);
    return [...(await this.text(path)).matchAll(/<Relationship\b([^>]*)\/>/g)].map(([, a]) => {
      const get = (n: string) => new RegExp(`\\s${n}="([^"]*)"`).exec(a)?.[1] ?? "";
      const external = get("TargetMode") === "External";
      const written = get("Target");
      const parts = written.startsWith("/") ? [] : [...folder];
      for (const p of written.replace(/^\//, "").split("/"))
        if (p === "..") parts.pop();
        else parts.push(p);
      const kind = get("Type").split("/").pop() ?? "";
      return { id: get("Id"), kind, target: external || kind === "hyperlink" ? written : parts.join("/"), external };
    });
  }

  /** A sheet's part by its name in the workbook part. */
  async sheetPart(name: string): Promise<string> {
    const book = await this.text("xl/workbook.xml");
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(book)?.[1];
    const rel = (await this.rels("xl/workbook.xml")).find((r) => r.id === id);
    if (!rel) throw new Error(`no sheet ${name}`);
    return rel.target;
  }

  /** The content type [Content_Types].xml gives a part: its Override, else its extension's Default (OPC §10.1.2). */
  async contentType(part: string): Promise<string | undefined> {
    const types = await this.text("[Content_Types].xml");
    const override = new RegExp(`<Override PartName="/${part.replace(/[.[\]]/g, "\\$&")}" ContentType="([^"]+)"`, "i");
    const extension = part.split(".").pop() ?? "";
    return (
      override.exec(types)?.[1] ??
      new RegExp(`<Default Extension="${extension}" ContentType="([^"]+)"`, "i").exec(types)?.[1]
    );
  }

  /** The parts a sheet reaches through relationships of the `followed` kinds, each with its path of them ("drawing>chart"). */
  async reached(sheet: string, followed: ReadonlySet<string>): Promise<{ chain: string; part: string }[]> {
    const out: { chain: string; part: string }[] = [];
    const walk = async (source: string, path: string): Promise<void> => {
      for (const r of await this.rels(source))
        if (followed.has(r.kind) && !r.external) {
          const chain = path ? `${path}>${r.kind}` : r.kind;
          out.push({ chain, part: r.target });
          await walk(r.target, chain);
        }
    };
    await walk(await this.sheetPart(sheet), "");
    return out;
  }

  /** Those parts as what a reader sees of them: the path to each, its bytes and its content type, in one order. */
  async reachedContent(
    sheet: string,
    followed: ReadonlySet<string>,
  ): Promise<{ chain: string; bytes: string; type?: string }[]> {
    const parts = await this.reached(sheet, followed);
    const out = await Promise.all(
      parts.map(async ({ chain, part }) => ({
        chain,
        bytes: Buffer.from(await this.bytes(part)).toString("hex"),
        type: await this.contentType(part),
      })),
    );
    return out.sort((a, b) => (a.chain + a.bytes < b.chain + b.bytes ? -1 : 1));
  }
}

/** The names of a worksheet part's children in order. */
export function childOrder(sheetXml: string): string[] {
  const body = sheetXml.slice(sheetXml.indexOf(">", sheetXml.indexOf("<worksheet")) + 1);
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g)) {
    if (m[1] === "/") depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (m[3] !== "/") depth++;
    }
  }
  return names;
}

/** CT_Worksheet's children in the order §18.3.1.99 gives them. */
export const WORKSHEET_SEQUENCE = (
  "sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios " +
  "autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations " +
  "hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches " +
  "ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls " +
  "webPublishItems tableParts extLst"
).split(" ");
