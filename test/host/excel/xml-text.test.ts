import fc from "fast-check";
import { escapeJsonForXml, escapeXmlText, parseXmlPart } from "../../../src/host/excel/xml-text";

// XML 1.0 (https://www.w3.org/TR/xml/): & and < escaped in character data (§2.4), CR normalised to LF
// by parsers (§2.11), the Char production (§2.2) forbids most C0 controls and U+FFFE/U+FFFF.
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe("text inside a custom XML part", () => {
  it("escapes &, <, > and CR, and reads them back", () => {
    const text = "a < b && c > d \"q\" 's' ]]> \r\n 客户 🚀";
    const xml = `<r xmlns="urn:x">${escapeXmlText(text)}</r>`;
    expect(xml).toBe('<r xmlns="urn:x">a &lt; b &amp;&amp; c &gt; d "q" \'s\' ]]&gt; &#13;\n 客户 🚀</r>');
    expect(parseXmlPart(xml)).toEqual({ root: "r", attributes: { xmlns: "urn:x" }, text });
  });

  it("reads what another writer may hand back: a declaration, a prefix, CDATA, character references, CRLF", () => {
    const xml =
      '<?xml version="1.0" encoding="utf-8"?>\r\n<!-- c --><t:r xmlns:t="urn:x" index=\'2\'>A&#x26;B<![CDATA[<raw> & ]]>&#23458;&quot;\r\nz</t:r>\n';
    expect(parseXmlPart(xml)).toEqual({
      root: "r",
      attributes: { "xmlns:t": "urn:x", index: "2" },
      text: 'A&B<raw> & 客"\nz',
    });
  });

  it("refuses what is not one element of text: child elements, unknown entities, a missing end tag", () => {
    expect(parseXmlPart("<r><c/></r>")?.text).toBeUndefined();
    expect(parseXmlPart("<r>&nbsp;</r>")).toBeUndefined();
    expect(parseXmlPart("<r>a & b</r>")).toBeUndefined();
    expect(parseXmlPart("<r>abc")).toBeUndefined();
    expect(parseXmlPart("<r>abc</r><r/>")).toBeUndefined();
  });

  it("JSON text escaped for XML holds only XML characters and reads back as the same value (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const json = escapeJsonForXml(JSON.stringify(s));
        expect(XML_CHAR.test(json)).toBe(true);
        const back = parseXmlPart(`<r>${escapeXmlText(json)}</r>`);
        expect(JSON.parse(back!.text!)).toBe(s);
      }),
    );
  });
});
