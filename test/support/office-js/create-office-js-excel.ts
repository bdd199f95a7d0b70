import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type FakeStats } from "../../../src/host/fake-excel";
import type { ExcelEnv, XlContext } from "../../../src/host/excel/xl-types";
import { createBridgeSession, type WireStats } from "./bridge-session";
import { loadOfficeJs } from "./load-office-js";

/** The fake's own counters, unchanged, and the ones measured on office.js's real requests. */
export type OfficeJsStats = FakeStats & WireStats;

export interface OfficeJsExcel extends Omit<FakeExcel, "stats"> {
  readonly stats: OfficeJsStats;
}

const FIVE_MB = 5 * 1024 * 1024;

/**
 * The fake Excel behind Microsoft's own client library: `env.run` is the real Excel.run of
 * @microsoft/office-js, so the host's proxies, load(), sync(), PropertyNotLoaded, null objects and
 * OfficeExtension.Error are office.js's; every request it sends is answered from the fake's workbook.
 * Same options and shape as createFakeExcel.
 */
export function createOfficeJsExcel(options: FakeExcelOptions): OfficeJsExcel {
  const fake = createFakeExcel(options);
  const { Excel } = loadOfficeJs();
  const stats: OfficeJsStats = Object.assign(fake.stats, {
    officeJsSyncs: 0,
    officeJsReleaseRequests: 0,
    officeJsRequestBytes: [] as number[],
    officeJsResponseBytes: [] as number[],
  });
  const session = createBridgeSession(fake, stats, {
    maxRequestBytes: options.maxRequestBytes ?? FIVE_MB,
    maxResponseBytes: options.maxResponseBytes ?? FIVE_MB,
  });
  // Excel.run(session, batch): the typings name only the public overloads, hence the cast.
  const excelRun = Excel.run as unknown as <T>(
    session: object,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>;
  // Excel.RequestContext is assignable to XlContext (test/host/xl-types.test.ts).
  const run = <T>(batch: (context: XlContext) => Promise<T>): Promise<T> =>
    excelRun(session, (context) => batch(context));
  const env: ExcelEnv = { ...fake.env, run };
  const testing = {
    ...fake.testing,
    resetStats() {
      fake.testing.resetStats();
      stats.officeJsSyncs = 0;
      stats.officeJsReleaseRequests = 0;
      stats.officeJsRequestBytes.length = 0;
      stats.officeJsResponseBytes.length = 0;
    },
  };
  return { ...fake, run, env, stats, testing };
}
