/**
 * first, first + 1, … (n values). Row loops live in small functions like this one: the JIT optimises
 * them at once, whereas a loop in a long function body runs unoptimised for a while.
 */
export function consecutive(first: number, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = first + i;
  return out;
}
