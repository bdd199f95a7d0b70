import type { XlContext } from "./xl-types";

/**
 * One Excel.run batch as the chunked readers and writers use it: its request context, its sync (which an
 * apply counts), and the request budget per sync (4 MB by default, under Excel on the web's 5 MB).
 */
export interface Batch {
  readonly ctx: XlContext;
  sync(): Promise<void>;
  readonly budget: number;
}
