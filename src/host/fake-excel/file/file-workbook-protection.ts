import { ElementsAsXml } from "./elements-as-xml";
import { XmlScanner } from "./xml-scanner";

/**
 * The workbook part's protection (ECMA-376 Part 1 §18.2.29 workbookProtection, a child of the root, §18.2.27): its
 * structure or windows locked and the password's hash (workbookPassword, or workbookAlgorithmName with its hash,
 * salt and spin count), kept as the file wrote it for the download (workbook-protection-xml.ts); undefined without.
 */
export function fileWorkbookProtection(workbookXml: string): string | undefined {
  const found = new ElementsAsXml((name, depth) => name === "workbookProtection" && depth === 2);
  const scanner = new XmlScanner(found);
  scanner.write(workbookXml);
  scanner.end();
  return found.elements[0]?.xml;
}
