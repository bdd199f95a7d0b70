import { ElementsAsXml } from "../../../../src/host/fake-excel/file/elements-as-xml";
import { XmlScanner } from "../../../../src/host/fake-excel/file/xml-scanner";

/** Recording worksheet elements as XML text for the download (sheet-elements-kept.ts), chunk by chunk. */
function recorded(xml: string, wanted: (name: string, depth: number) => boolean): string[] {
  const handler = new ElementsAsXml(wanted);
  const scanner = new XmlScanner(handler, 1);
  for (const chunk of xml.match(/[\s\S]{1,7}/g) ?? []) scanner.write(chunk);
  scanner.end();
  return handler.elements.map((e) => e.xml);
}

describe("elements recorded as XML", () => {
  it("records an element whole, empty children and escaped text as written, CDATA as escaped text", () => {
    const xml =
      '<worksheet xmlns="m"><sheetData><row r="1"/></sheetData><headerFooter><oddHeader>&amp;C<![CDATA[A&B]]></oddHeader>' +
      '<evenFooter/></headerFooter><pageMargins left="0.7"/></worksheet>';
    expect(recorded(xml, (name, depth) => depth === 2 && name !== "sheetData")).toEqual([
      "<headerFooter><oddHeader>&amp;CA&amp;B</oddHeader><evenFooter/></headerFooter>",
      '<pageMargins left="0.7"/>',
    ]);
  });

  it("declares the file root's prefixes an element uses, so it reads the same in another part", () => {
    const xml =
      '<x:worksheet xmlns:x="main" xmlns:r="rels"><x:autoFilter ref="A1:B2"><x:filterColumn colId="0"/></x:autoFilter>' +
      '<x:pageMargins left="1"/></x:worksheet>';
    expect(recorded(xml, (_, depth) => depth === 2)).toEqual([
      '<x:autoFilter xmlns:x="main" ref="A1:B2"><x:filterColumn colId="0"/></x:autoFilter>',
      '<x:pageMargins xmlns:x="main" left="1"/>',
    ]);
  });

  it("declares the prefixes an mc:Choice requires (ECMA-376 Part 3 §10.2: Requires names namespace prefixes), not others", () => {
    const xml =
      '<worksheet xmlns="main" xmlns:x14="x14-ns" xmlns:x15="x15-ns" xmlns:mc="mc-ns"><controls>' +
      '<mc:AlternateContent><mc:Choice Requires="x14"><control/></mc:Choice></mc:AlternateContent></controls></worksheet>';
    expect(recorded(xml, (name, depth) => depth === 2 && name === "controls")).toEqual([
      '<controls xmlns:x14="x14-ns" xmlns:mc="mc-ns"><mc:AlternateContent><mc:Choice Requires="x14"><control/></mc:Choice></mc:AlternateContent></controls>',
    ]);
  });
});
