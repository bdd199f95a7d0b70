import type { CondFormatRecord, KeptElement } from "../state";
import { elementParts, qualifiedName } from "./element-parts";
import { CF_RULE_TAG } from "./file-dxfs";
import { withAttributes } from "./start-tag-attributes";
import { EXT_ORDER } from "./sheet-rules-kept";
import { siblingElements } from "./worksheet-sequence";
import { attr } from "./xml-scanner";

/** The worksheet children (ECMA-376 Part 1 §18.3.1.99) that hold rules, kept from a file or written by ExcelJS. */
export const RULE_ELEMENTS: ReadonlySet<string> = new Set(["conditionalFormatting", "dataValidations", "extLst"]);

/** A cfRule with a priority: whose it is, and its place among its own (the file's priority, or the add order). */
interface RuleRef {
  readonly tag: string;
  readonly file: boolean;
  readonly order: number;
}

const declarations = (start: string) => [...start.matchAll(/\sxmlns:([\w.-]+)\s*=\s*("[^"]*"|'[^']*')/g)];

/** `child` with the `xmlns:p` declarations of `outer` start tags that it uses and does not declare itself. */
function withOuterDeclarations(child: string, outer: readonly string[]): string {
  const { start } = elementParts(child);
  const missing = outer
    .flatMap(declarations)
    .filter(([, p]) => new RegExp(`[<\\s/]${p}:`).test(child) && !new RegExp(`\\sxmlns:${p}\\s*=`).test(start));
  const name = qualifiedName(start);
  const added = [...new Map(missing.map(([, p, uri]) => [p, ` xmlns:${p}=${uri}`])).values()].join("");
  return `<${name}${added}${child.slice(1 + name.length)}`;
}

/**
 * One dataValidations (§18.3.1.33) holding every dataValidation of `lists`, its count theirs, its other attributes
 * (disablePrompts, xWindow, yWindow) the first list's.
 */
function mergedValidations(lists: readonly string[]): string {
  const children = lists.flatMap((l) => siblingElements(elementParts(l).inner).elements.map((e) => e.xml));
  const { start, end } = elementParts(lists[0]);
  return elementParts(withAttributes(start + end, { count: children.length })).start + children.join("") + end;
}

/**
 * One extLst (§18.3.1.99 allows one) with one ext per uri (§18.2.10), in Excel's order of them: an ext whose uri came before gives its
 * wrapper's children (x14:conditionalFormattings' conditionalFormatting, x14:dataValidations' dataValidation,
 * MS-XLSX §2.2.4.12) to the first ext's wrapper, with the namespace declarations they relied on, and the wrapper's count
 * (x14:dataValidations has one) made theirs.
 */
function mergedExtLst(lists: readonly string[]): string {
  const byUri = new Map<string, string>();
  for (const ext of lists.flatMap((l) => siblingElements(elementParts(l).inner).elements.map((e) => e.xml))) {
    const uri = (attr(elementParts(ext).start, "uri") ?? "").toUpperCase(); // a GUID: one whatever its case
    const first = byUri.get(uri);
    if (first === undefined) {
      byUri.set(uri, ext);
      continue;
    }
    const [into, from] = [first, ext].map((x) => {
      const outer = elementParts(x);
      const wrapper = siblingElements(outer.inner).elements[0]?.xml ?? "";
      return { outer, wrapper, w: wrapper ? elementParts(wrapper) : undefined };
    });
    if (!into.w || !from.w) throw new Error(`Two extensions ${uri} on one sheet, one of them empty.`);
    const moved = siblingElements(from.w.inner).elements.map((e) =>
      withOuterDeclarations(e.xml, [from.outer.start, from.w!.start]),
    );
    const inner = into.w.inner + moved.join("");
    const count = siblingElements(inner).elements.length;
    const start = / count=/.test(into.w.start)
      ? withAttributes(into.w.start + into.w.end, { count })
      : into.w.start + into.w.end;
    const wrapper = start.slice(0, start.length - into.w.end.length) + inner + into.w.end;
    byUri.set(uri, into.outer.start + into.outer.inner.replace(into.wrapper, wrapper) + into.outer.end);
  }
  // In EXT_ORDER (Excel's), whichever list had an extension first; any other uri after them.
  const place = (uri: string) => EXT_ORDER.findIndex((kept) => kept.toUpperCase() === uri.toUpperCase());
  const rank = (uri: string) => (place(uri) >= 0 ? place(uri) : EXT_ORDER.length);
  const ordered = [...byUri].sort(([a], [b]) => rank(a) - rank(b)).map(([, ext]) => ext);
  return `<extLst>${ordered.join("")}</extLst>`;
}

/**
 * A sheet's rules for the download: the rules ExcelJS wrote (the fake's, in `after`, the part's rest after
 * sheetData) and the rules kept as the file wrote them (`kept`, sheet-rules-kept.ts) as one set of worksheet
 * children, which replace the written ones (worksheet-sequence.ts puts them in place).
 *
 * Priorities (§18.3.1.10: unique on a sheet, 1 the highest) are numbered anew: the rules the add-in added come
 * first, the last added first — Office.js's ConditionalFormatCollection.add "adds a new conditional format to the
 * collection at the first/top priority"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1))
 * — then the file's rules in their own order (those the fake holds by the priority they had in the file: ExcelJS
 * writes the fake's i-th rule with priority i + 1, sheet-to-worksheet.ts). A kept rule's dxfId goes to where the
 * file's differential format went in the download (`dxfIds`, file-dxfs.ts; one the file lacked gets none).
 */
export function rulesForDownload(
  after: string,
  kept: readonly KeptElement[],
  condFormats: readonly CondFormatRecord[],
  dxfIds: ReadonlyMap<number, number>,
): KeptElement[] {
  const written = siblingElements(after).elements.filter((e) => RULE_ELEMENTS.has(e.element));
  const own = kept.filter((e) => RULE_ELEMENTS.has(e.element));
  if (written.length === 0 && own.length === 0) return [];
  const refs: RuleRef[] = [];
  const mark = (xml: string, fromFile: boolean) =>
    xml.replace(CF_RULE_TAG, (tag) => {
      const priority = Number(attr(tag, "priority"));
      if (!Number.isInteger(priority)) return tag; // an x14 rule tied to a main one by its id (a data bar's)
      const record = fromFile ? undefined : condFormats[priority - 1];
      const file = fromFile || record?.priority !== undefined;
      const order = fromFile ? priority : (record?.priority ?? priority - 1);
      const dxfId = fromFile ? attr(tag, "dxfId") : undefined;
      const repointed = dxfId === undefined ? tag : withAttributes(tag, { dxfId: dxfIds.get(Number(dxfId)) });
      refs.push({ tag: repointed, file, order });
      return `\uE000${refs.length - 1}\uE000`;
    });
  const marked = [
    ...own.map((e) => ({ ...e, xml: mark(e.xml, true) })),
    ...written.map((e) => ({ ...e, xml: mark(e.xml, false) })),
  ];
  const ranked = refs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(a.r.file) - Number(b.r.file) || (a.r.file ? a.r.order - b.r.order : b.r.order - a.r.order));
  const priority = new Map(ranked.map(({ i }, rank) => [i, rank + 1]));
  const unmark = (xml: string) =>
    xml.replace(/\uE000(\d+)\uE000/g, (_, i: string) =>
      withAttributes(refs[Number(i)].tag, { priority: priority.get(Number(i)) }),
    );
  const of = (name: string) => marked.filter((e) => e.element === name).map((e) => unmark(e.xml));
  const result: KeptElement[] = of("conditionalFormatting").map((xml) => ({ element: "conditionalFormatting", xml }));
  const validations = of("dataValidations");
  if (validations.length > 0) result.push({ element: "dataValidations", xml: mergedValidations(validations) });
  const extLsts = of("extLst");
  if (extLsts.length > 0) result.push({ element: "extLst", xml: mergedExtLst(extLsts) });
  return result;
}
