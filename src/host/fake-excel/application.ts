import type { XlApplication } from "../excel";
import { OP_BYTES } from "./context";
import type { FakeContext } from "./fake-context";
import { FakeOfficeError } from "./office-error";

/** Excel.Application: only the calculation suspension the host asks for before large writes. */
export class FakeApplication implements XlApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    const ctx = this.ctx;
    ctx.queue.push({
      bytes: OP_BYTES,
      run: () => {
        if (!ctx.runtime.supports("ExcelApi", "1.6"))
          throw new FakeOfficeError("ApiNotFound", "suspendApiCalculationUntilNextSync needs ExcelApi 1.6.");
        ctx.runtime.stats.suspendCalculationCalls++;
        return 0;
      },
    });
  }
}
