/** Excel's column letters for a 0-based index: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
