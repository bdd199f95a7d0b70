import type { FakeContext } from "./fake-context";
import { FakeObject, jsonBytes } from "./fake-object";
import { FakeOfficeError } from "./office-error";
import { legacyPasswordHash } from "./legacy-password-hash";
import type { WorkbookState } from "./state";
import { undocumented } from "./undocumented";
import { bookProtectionOf, isBookProtected, protectBook, unprotectBook } from "./workbook-protection-state";

/**
 * Excel.WorkbookProtection (Workbook.protection, ExcelApi 1.7):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection. `protected` reads the workbook's
 * workbookProtection element (workbook-protection-state.ts); protect and unprotect change it, so the download
 * holds what Excel would save.
 */
export class FakeWorkbookProtection extends FakeObject<WorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state);
  }
  protected describe() {
    return "WorkbookProtection";
  }
  protected scalarNames() {
    return ["protected"];
  }
  protected prop(name: string, s: WorkbookState) {
    this.need("ExcelApi", "1.7", "Workbook.protection");
    if (name === "protected") return isBookProtected(s);
    return undefined;
  }
  get protected(): boolean {
    return this.read("protected");
  }

  /**
   * "Protects the workbook. Fails if the workbook has been protected." Office does not say with which error code:
   * the fake does not guess one (undocumented.ts).
   */
  protect(password?: string | null): void {
    this.act("workbookProtection.protect", jsonBytes(password), (s) => {
      this.need("ExcelApi", "1.7", "WorkbookProtection.protect");
      if (isBookProtected(s)) throw undocumented("WorkbookProtection.protect on a workbook already protected");
      protectBook(s, password ?? undefined);
    });
  }

  /**
   * "Unprotects the workbook." Office does not say what a wrong or missing password does, nor unprotecting a
   * workbook that is not protected: the fake does not guess (undocumented.ts). A password it can check is the legacy
   * hash (§18.2.29 workbookPassword); a strong hash (workbookAlgorithmName, SHA-512 with a salt in Excel's files)
   * the fake cannot check. A password given for a workbook without one is ignored, as VBA's Workbook.Unprotect says
   * ("If the sheet or workbook isn't protected with a password, this argument is ignored",
   * https://learn.microsoft.com/en-us/office/vba/api/excel.workbook.unprotect).
   */
  unprotect(password?: string | null): void {
    this.act("workbookProtection.unprotect", jsonBytes(password), (s) => {
      this.need("ExcelApi", "1.7", "WorkbookProtection.unprotect");
      if (!isBookProtected(s)) throw undocumented("WorkbookProtection.unprotect on a workbook not protected");
      const hash = bookProtectionOf(s).password;
      if (hash && "algorithm" in hash)
        throw new FakeOfficeError(
          "NotImplemented",
          `The fake Excel cannot check a workbook password hashed with ${hash.algorithm}.`,
        );
      if (hash && !password) throw undocumented("WorkbookProtection.unprotect without the workbook's password");
      if (hash && parseInt(legacyPasswordHash(password!), 16) !== parseInt(hash.legacy, 16))
        throw undocumented("WorkbookProtection.unprotect with a wrong password");
      unprotectBook(s);
    });
  }
}
