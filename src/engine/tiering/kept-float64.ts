/**
 * A Float64Array kept from call to call for work that never leaves the function using it (a copy to
 * select in, a sort's scratch). It grows to the largest length asked for and is not given back.
 * Why: on a million rows, writing to freshly allocated memory costs as much as the work itself (each
 * new page is a page fault; 8 MB is ~2,000 of them), and ~64 MB of new ArrayBuffers start a full GC
 * in V8. Each user owns its own instance, so two users never share one; what `take` returns is valid
 * only until that instance's next `take`, and its contents are whatever was there before.
 */
export class KeptFloat64 {
  private buffer = new Float64Array(0);

  /** An array of length n over the kept memory (not zeroed). */
  take(n: number): Float64Array {
    if (this.buffer.length < n) this.buffer = new Float64Array(n);
    return this.buffer.subarray(0, n);
  }
}
