/** An attribute value as XML writes it in double quotes (XML 1.0 §3.1 AttValue, §2.4). */
const escapeAttribute = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * An element's XML with its start tag's attributes changed: each attribute named in `changes` is taken out, and
 * put back with the new value unless that is undefined. The rest of the element is left as it was.
 */
export function withAttributes(xml: string, changes: Readonly<Record<string, string | number | undefined>>): string {
  const end = startTagEnd(xml);
  const selfClosing = xml[end - 1] === "/";
  let tag = xml.slice(0, selfClosing ? end - 1 : end);
  for (const [name, value] of Object.entries(changes)) {
    tag = tag.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*("[^"]*"|'[^']*')`), "");
    if (value !== undefined) tag += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return tag + xml.slice(selfClosing ? end - 1 : end);
}

/** Where the first start tag's `>` is (one inside a quoted attribute value does not end it). */
function startTagEnd(xml: string): number {
  let quote = "";
  for (let i = 0; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  throw new Error(`an element without the end of its start tag: ${xml.slice(0, 40)}`);
}
