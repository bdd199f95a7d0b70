import type JSZipType from "jszip";
import { attr, XmlScanner } from "./xml-scanner";

type Zip = JSZipType;

/**
 * JSZipObject.internalStream (JSZip 3, documented at https://stuk.github.io/jszip/documentation/api_zipobject/internal_stream.html
 * but missing from its type definitions): the part's bytes a chunk at a time as they are inflated, with the
 * share of the compressed data read so far.
 */
interface PartStream {
  on(event: "data", listener: (chunk: Uint8Array, meta: { percent: number }) => void): PartStream;
  on(event: "end", listener: () => void): PartStream;
  on(event: "error", listener: (e: Error) => void): PartStream;
  resume(): PartStream;
}
interface StreamingZipObject {
  internalStream(type: "uint8array"): PartStream;
}

/** An .xlsx as a zip of parts (ECMA-376 Part 2, Open Packaging Conventions), read a part at a time. */
export class XlsxPackage {
  private constructor(private readonly zip: Zip) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    const JSZip = (await import("jszip")).default;
    return new XlsxPackage(await JSZip.loadAsync(bytes));
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  paths(): string[] {
    return Object.keys(this.zip.files);
  }

  /** A part's text (small parts: the workbook, relationships, styles, tables); undefined when absent. */
  async text(path: string): Promise<string | undefined> {
    return this.zip.file(path)?.async("string");
  }

  /** A part's bytes (a drawing's, an image's, kept whole: sheet-parts-reading.ts); undefined when absent. */
  async bytes(path: string): Promise<Uint8Array | undefined> {
    return this.zip.file(path)?.async("uint8array");
  }

  /**
   * A part's size before compression as its zip entry states it, for weighing progress (0 when unknown).
   * JSZip keeps it on the entry's compressed data (`_data.uncompressedSize`), not in its typed API.
   */
  size(path: string): number {
    const data = (this.zip.file(path) as unknown as { _data?: { uncompressedSize?: unknown } } | null)?._data;
    return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
  }

  /**
   * Streams a part's XML through a scanner as it is inflated and decoded, never holding it whole;
   * `progress` gets the share of the part read (0–1).
   */
  scan(path: string, scanner: XmlScanner, progress: (share: number) => void): Promise<void> {
    const file = this.zip.file(path) as unknown as StreamingZipObject | null;
    if (!file) return Promise.reject(new Error(`the package has no part ${path}`));
    const decoder = new TextDecoder("utf-8");
    return new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (e: unknown) => {
        failed = true;
        reject(e instanceof Error ? e : new Error(String(e)));
      };
      file
        .internalStream("uint8array")
        .on("data", (chunk, meta) => {
          if (failed) return;
          try {
            scanner.write(decoder.decode(chunk, { stream: true }));
            progress(meta.percent / 100);
          } catch (e) {
            fail(e);
          }
        })
        .on("error", fail)
        .on("end", () => {
          if (failed) return;
          try {
            scanner.write(decoder.decode());
            scanner.end();
            progress(1);
            resolve();
          } catch (e) {
            fail(e);
          }
        })
        .resume();
    });
  }
}

/** A relationship of a part (ECMA-376 Part 2 §9.3): its id, type and target part's path in the package. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/**
 * The relationships of the part at `source` ("" for the package), from its .rels part (Part 2 §9.3.5: the
 * rels of a/b.xml are a/_rels/b.xml.rels), with targets resolved against the source's folder (§9.3.2.3:
 * a target starting with "/" is from the package root). External targets (hyperlinks, TargetMode="External")
 * are left out, or with `external` only they are given, their targets as written.
 */
export async function relationships(pkg: XlsxPackage, source: string, external = false): Promise<Relationship[]> {
  const slash = source.lastIndexOf("/");
  const folder = source.slice(0, slash + 1);
  const xml = await pkg.text(`${folder}_rels/${source.slice(slash + 1)}.rels`);
  if (xml === undefined) return [];
  const out: Relationship[] = [];
  readXml(xml, (name, tag) => {
    if (name !== "Relationship" || (attr(tag, "TargetMode") === "External") !== external) return;
    const target = attr(tag, "Target") ?? "";
    const id = attr(tag, "Id") ?? "";
    out.push({ id, type: attr(tag, "Type") ?? "", target: external ? target : resolvePath(folder, target) });
  });
  return out;
}

/** A relationship's target as a part name: relative to the source's folder, or from the root when it starts with "/". */
export function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Scans a small part's XML whole, handing each start tag to `open` (and each end tag to `close`). */
export function readXml(
  xml: string,
  open: (name: string, tag: string) => void,
  close: (name: string) => void = () => undefined,
): void {
  const scanner = new XmlScanner({ open, close, text: () => undefined });
  scanner.write(xml);
  scanner.end();
}

/** The relationship type's last segment ("…/officeDocument/2006/relationships/worksheet" → "worksheet"). */
export const relType = (r: Relationship) => r.type.slice(r.type.lastIndexOf("/") + 1);
