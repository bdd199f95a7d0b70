/**
 * Bytes that a string takes in UTF-8, as it travels in a request body: Excel's 5 MB payload limit is
 * in bytes, and a Chinese character is 3 bytes, not 1. Counted without allocating (no TextEncoder), and
 * skipped entirely for plain ASCII, which most values are. A lone surrogate counts 3 bytes: the WHATWG
 * encoder (TextEncoder, as fetch and XHR send a body) writes it as U+FFFD
 * (https://encoding.spec.whatwg.org/#utf-8-encoder, via USVString conversion).
 */
export function utf8Length(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (isPairAt(text, i)) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a high surrogate at `i` is followed by a low one (one character beyond U+FFFF). */
export function isPairAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i),
    lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
