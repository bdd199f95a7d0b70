import type { FakeContext } from "./fake-context";
import { FakeObject, jsonBytes } from "./fake-object";
import { FakeOfficeError } from "./office-error";
import { accessDenied } from "./protected-writes";
import { legacyPasswordHash } from "./legacy-password-hash";
import { type ProtectionOptions, protectSheet, protectionOf, unprotectSheet } from "./sheet-protection";
import type { SheetState } from "./state";
import { undocumented } from "./undocumented";

/**
 * Excel.WorksheetProtection (ExcelApi 1.2; a password needs 1.7):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection. `protected` and `options`
 * read the sheet's sheetProtection element (sheet-protection.ts); protect and unprotect change it, so the
 * download holds what Excel would save.
 */
export class FakeWorksheetProtection extends FakeObject<SheetState> {
  constructor(ctx: FakeContext, sheet: () => SheetState) {
    super(ctx, sheet);
  }
  protected describe() {
    return `WorksheetProtection ${this.target ? this.target.name : ""}`.trim();
  }
  protected scalarNames() {
    return ["protected", "options"];
  }
  protected prop(name: string, s: SheetState) {
    this.need("ExcelApi", "1.2", "Worksheet.protection");
    if (name === "protected") return protectionOf(s).protected;
    if (name === "options") return { ...protectionOf(s).options };
    return undefined;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get options(): ProtectionOptions {
    return this.read("options");
  }

  /**
   * "Protects a worksheet. Fails if the worksheet has already been protected." Excel answers AccessDenied there
   * (https://github.com/OfficeDev/office-js/issues/6784, whose reporters relied on it doing nothing until 2026-06;
   * the fake follows the documented failure).
   */
  protect(options?: Partial<ProtectionOptions> | null, password?: string | null): void {
    this.act("worksheetProtection.protect", jsonBytes(options) + jsonBytes(password), (s) => {
      this.need("ExcelApi", "1.2", "WorksheetProtection.protect");
      if (password !== undefined && password !== null)
        this.need("ExcelApi", "1.7", "WorksheetProtection.protect with a password");
      if (options !== undefined && options !== null && typeof options !== "object")
        throw new FakeOfficeError("InvalidArgument", "The protection options must be an object.");
      if (protectionOf(s).protected)
        throw accessDenied("WorksheetProtection.protect", `the sheet "${s.name}" is already protected`);
      protectSheet(s, options ?? {}, password ?? undefined);
    });
  }

  /**
   * Unprotects the sheet. Office does not say what a wrong or missing password does, nor unprotecting a sheet that is
   * not protected (a no-op until 2026-06, AccessDenied since: https://github.com/OfficeDev/office-js/issues/6784):
   * the fake does not guess (undocumented.ts). A password it can check is the legacy hash (§18.3.1.85 password);
   * a strong hash (algorithmName, SHA-512 with a salt and 100,000 rounds in Excel's files) the fake cannot check.
   * A password given for a sheet without one is ignored, as VBA's Worksheet.Unprotect says
   * (https://learn.microsoft.com/en-us/office/vba/api/excel.worksheet.unprotect).
   */
  unprotect(password?: string | null): void {
    this.act("worksheetProtection.unprotect", jsonBytes(password), (s) => {
      this.need("ExcelApi", "1.2", "WorksheetProtection.unprotect");
      if (password !== undefined && password !== null)
        this.need("ExcelApi", "1.7", "WorksheetProtection.unprotect with a password");
      const now = protectionOf(s);
      if (!now.protected) throw undocumented(`WorksheetProtection.unprotect on the unprotected sheet "${s.name}"`);
      const hash = now.password;
      if (hash && "algorithm" in hash)
        throw new FakeOfficeError(
          "NotImplemented",
          `The fake Excel cannot check a password hashed with ${hash.algorithm} (sheet "${s.name}").`,
        );
      if (hash && !password)
        throw undocumented(`WorksheetProtection.unprotect without the password of the sheet "${s.name}"`);
      if (hash && parseInt(legacyPasswordHash(password!), 16) !== parseInt(hash.legacy, 16))
        throw undocumented(`WorksheetProtection.unprotect with a wrong password for the sheet "${s.name}"`);
      unprotectSheet(s);
    });
  }
}
