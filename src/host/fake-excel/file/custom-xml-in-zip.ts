import { FileOpenError } from "./file-open-error";

/**
 * The custom XML parts of an .xlsx, in item order: customXml/item1.xml, item2.xml … (ECMA-376 Part 1 §15.2.4,
 * Custom XML Data Storage Part; §22.5 for its properties part). ExcelJS does not read them, so JSZip (ExcelJS's
 * own zip library) opens the package again for just these entries.
 */
export async function customXmlParts(fileName: string, bytes: Uint8Array): Promise<string[]> {
  const JSZip = (await import("jszip")).default;
  let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new FileOpenError("malformed", fileName, e instanceof Error ? e.message : String(e));
  }
  const items = Object.keys(zip.files)
    .map((path) => ({ path, n: Number(/^customXml\/item(\d+)\.xml$/i.exec(path)?.[1]) }))
    .filter((p) => Number.isInteger(p.n))
    .sort((a, b) => a.n - b.n);
  return Promise.all(items.map((p) => zip.file(p.path)!.async("string")));
}
