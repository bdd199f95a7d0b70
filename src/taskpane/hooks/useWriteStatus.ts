import type { WriteSlice } from "../store/write-slice";
import { useWorkflow } from "../store/context";

/** The current (or last) write: busy and progress, then the report with tier movement, or the error. */
export function useWriteStatus(): WriteSlice {
  return useWorkflow().state.write;
}
