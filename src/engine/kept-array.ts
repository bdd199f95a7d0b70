/** The typed arrays a KeptArray can hold. */
type Numbers = Float64Array | Int32Array | Uint32Array;

/**
 * A typed array kept from call to call for work that never leaves the function using it (a copy to select
 * in, a sort's scratch, a hash table's slots). It grows to the largest length asked for and is not given back.
 * Why: on a million rows, writing to freshly allocated memory costs as much as the work itself (each new page
 * is a page fault; 8 MB is ~2,000 of them, ~45 ms on the project's machine), and ~64 MB of new ArrayBuffers
 * start a full GC in V8. Each user owns its own instance, so two users never share one; what `take` returns is
 * valid only until that instance's next `take`, and holds whatever was there before (not zeroed).
 */
export class KeptArray<T extends Numbers> {
  private buffer: T;

  /** `make(n)`: a new array of length n of the kept type, e.g. `(n) => new Float64Array(n)`. */
  constructor(private readonly make: (n: number) => T) {
    this.buffer = make(0);
  }

  /** An array of length n over the kept memory. */
  take(n: number): T {
    if (this.buffer.length < n) this.buffer = this.make(n);
    return this.buffer.subarray(0, n) as T;
  }
}
