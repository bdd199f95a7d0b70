/**
 * Running sums per customer, in typed arrays indexed by the customer's number (first-appearance order): the
 * order aggregation touches them once per line, and dense arrays keep that pass in cache where an object per
 * customer would cost a memory access of its own (issue 13: 1,048,576 lines joined and graded in under 1.5 s).
 */
export class OrderSums {
  count = 0;
  names: string[] = [];
  keys: string[] = [];
  value = new Float64Array(1024);
  orders = new Int32Array(1024);
  first = new Float64Array(1024);
  last = new Float64Array(1024);
  recent = new Int32Array(1024);

  /** Calendar days from customer c's last order to the as-of date (a serial; negative when the order lies after it). */
  recencyDays(c: number, asOf: number): number {
    return asOf - Math.floor(this.last[c]);
  }

  /** A new customer (its first valid line's date as first and last); returns its number. */
  add(id: { name: string; key: string }, serial: number): number {
    if (this.count === this.value.length) this.grow();
    const c = this.count++;
    this.names.push(id.name);
    this.keys.push(id.key);
    this.first[c] = serial;
    this.last[c] = serial;
    return c;
  }

  private grow(): void {
    const size = this.value.length * 2;
    const bigger = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.value = bigger(this.value);
    this.orders = bigger(this.orders);
    this.first = bigger(this.first);
    this.last = bigger(this.last);
    this.recent = bigger(this.recent);
  }
}
