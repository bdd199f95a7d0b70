/**
 * An element's XML in three: its start tag (a `>` inside a quoted value does not end it), what is inside it, and
 * its end tag. An empty-element tag is given as a start tag and an end tag with nothing inside.
 */
export function elementParts(xml: string): { start: string; inner: string; end: string } {
  const start = /^<(?:"[^"]*"|'[^']*'|[^'">])*>/.exec(xml)?.[0];
  if (start === undefined) throw new Error(`not an element: ${xml.slice(0, 40)}`);
  if (start.endsWith("/>")) return { start: `${start.slice(0, -2)}>`, inner: "", end: `</${qualifiedName(start)}>` };
  const end = xml.slice(xml.lastIndexOf("</"));
  return { start, inner: xml.slice(start.length, xml.length - end.length), end };
}

/** A start tag's element name as written, prefix included. */
export function qualifiedName(start: string): string {
  return /^<([^\s/>]+)/.exec(start)?.[1] ?? "";
}
