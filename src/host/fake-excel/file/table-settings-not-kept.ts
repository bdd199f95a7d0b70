import { isBuiltInTableStyle } from "./table-style";
import { type Relationship, readXml } from "./xlsx-package";
import { attr } from "./xml-scanner";

/**
 * What the download keeps of a table: its plain shape — table (§18.5.1.2) id, name, displayName, ref, a header row
 * (headerRowCount 1; a table without one is refused when read) and no total row; tableColumns and each tableColumn
 * (§18.5.1.3) with its id and name; an autoFilter (§18.3.1.2) with only its ref, or a filterColumn (§18.3.2.7) per
 * column that only shows its button; and a built-in style in tableStyleInfo (§18.5.1.5). totalsRowShown only says
 * whether a total row was ever shown. Without a total row, a column's totalsRowLabel and totalsRowFunction wait for
 * one; the download writes ExcelJS's (lib/doc/table.js): "Total" for the first column, "none" for the others, so
 * those are kept and any other is not. `column` is the tableColumn's place in the table.
 */
const PLAIN: Readonly<Record<string, (name: string, value: string, column: number) => boolean>> = {
  table: (name, value) =>
    ["id", "name", "displayName", "ref", "totalsRowShown"].includes(name) ||
    (name === "headerRowCount" && value === "1") ||
    (name === "totalsRowCount" && value === "0") ||
    (name === "tableType" && value === "worksheet"),
  autoFilter: (name) => name === "ref",
  filterColumn: (name, value) =>
    name === "colId" || (name === "hiddenButton" && value === "0") || (name === "showButton" && value === "1"),
  tableColumns: (name) => name === "count",
  tableColumn: (name, value, column) =>
    name === "id" ||
    name === "name" ||
    (name === "totalsRowLabel" && column === 0 && value === "Total") ||
    (name === "totalsRowFunction" && column > 0 && value === "none"),
  tableStyleInfo: (name, value) => name.startsWith("show") || (name === "name" && isBuiltInTableStyle(value)),
};

/** An attribute no element's meaning hangs on: a namespace declaration, mc:Ignorable, a revision id. */
const aboutThePart = (name: string) => name === "xmlns" || /^xmlns:|^mc:Ignorable$|:uid$/.test(name);

/** An attribute in a start tag: its name (XML 1.0 §3.1 Attribute), then its quoted value. */
const ATTRIBUTE = /\s([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * Everything a table part (ECMA-376 Part 1 §18.5.1) holds beyond the table's plain shape and built-in style, which
 * the download would drop, each once in the order met: an element by its local name (a sortState §18.3.1.92, a filter
 * §18.3.2.6, a calculatedColumnFormula §18.5.1.1, a totalsRowFormula §18.5.1.4, an xmlColumnPr §18.5.1.7, an
 * extLst with the table's alt text … and what is inside it); an attribute as "element@attribute" (a total row, a
 * column's total row function or label, dxf ids and cell styles, a hidden filter button, the table's own dxf ids
 * and cell styles, a tableType other than worksheet, a custom table style's name …); "autoFilter absent" for a
 * table with its filter buttons off (the download's table has them); "relationships" when the part has its own
 * (a query table's). Empty: the table is kept whole.
 */
export function tableSettingsNotKept(xml: string, partRelationships: readonly Relationship[]): string[] {
  const found = new Set<string>();
  let autoFilter = false;
  let column = -1;
  readXml(xml, (element, tag) => {
    const plain = PLAIN[element];
    if (!plain) {
      found.add(element);
      return;
    }
    if (element === "autoFilter") autoFilter = true;
    if (element === "tableColumn") column++;
    for (const [, name] of tag.matchAll(ATTRIBUTE))
      if (!aboutThePart(name) && !plain(name, attr(tag, name) ?? "", column)) found.add(`${element}@${name}`);
  });
  if (!autoFilter) found.add("autoFilter absent");
  if (partRelationships.length > 0) found.add("relationships");
  return [...found];
}
