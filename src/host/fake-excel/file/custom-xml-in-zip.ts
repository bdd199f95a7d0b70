import type { XlsxPackage } from "./xlsx-package";

/**
 * The custom XML parts of an .xlsx, in item order: customXml/item1.xml, item2.xml … (ECMA-376 Part 1 §15.2.4,
 * Custom XML Data Storage Part; §22.5 for its properties part).
 */
export async function customXmlParts(pkg: XlsxPackage): Promise<string[]> {
  const items = pkg
    .paths()
    .map((path) => ({ path, n: Number(/^customXml\/item(\d+)\.xml$/i.exec(path)?.[1]) }))
    .filter((p) => Number.isInteger(p.n))
    .sort((a, b) => a.n - b.n);
  return Promise.all(items.map(async (p) => (await pkg.text(p.path))!));
}
