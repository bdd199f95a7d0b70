/**
 * The 16-bit password hash a sheetProtection's `password` attribute holds (ECMA-376 Part 1 §18.3.1.85; the
 * algorithm is ECMA-376 Part 4 "Transitional Migration Features", the legacy password hash of workbookProtection,
 * and MS-OFFCRYPTO §2.3.7.1): each character from the last to the first is XORed into the hash rotated left by
 * one bit within 15 bits, then the length and 0xCE4B. Written as 4 upper-case hex digits without leading zeros,
 * as Excel and xlsxwriter write it. Strong hashes (algorithmName, hashValue, saltValue, spinCount) are not this.
 */
export function legacyPasswordHash(password: string): string {
  const rotate = (h: number) => ((h >> 14) & 0x01) | ((h << 1) & 0x7fff);
  let hash = 0;
  for (let i = password.length - 1; i >= 0; i--) hash = rotate(hash) ^ password.charCodeAt(i);
  hash = rotate(hash) ^ password.length ^ 0xce4b;
  return hash.toString(16).toUpperCase();
}
