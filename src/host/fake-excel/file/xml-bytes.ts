/**
 * XML written straight into UTF-8 bytes, a megabyte buffer at a time. A sheet of a million rows is millions of
 * small pieces; joined as JavaScript strings they pile up in the heap until encoded (and the garbage collector
 * walks the whole workbook for them), written as bytes they leave nothing behind.
 */
export class XmlBytes {
  readonly chunks: Uint8Array[] = [];
  private buf: Uint8Array;
  private at = 0;
  private size = 0;

  constructor(private readonly chunkBytes = 1 << 20) {
    this.buf = new Uint8Array(chunkBytes);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.size + this.at;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buf.length) return;
    this.flush();
    if (bytes > this.buf.length) this.buf = new Uint8Array(bytes);
  }

  /** Text that is ASCII and already XML (tags, attributes, numbers). */
  ascii(s: string): void {
    this.room(s.length);
    const { buf } = this;
    let at = this.at;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** A whole number, 0 or more, in decimal; below 2^31 its digits are written without making a string. */
  uint(n: number): void {
    if (n >= 0x80000000) {
      this.ascii(String(n));
      return;
    }
    this.room(10);
    const { buf } = this;
    let digits = 1;
    for (let x = n; x >= 10; x = (x / 10) | 0) digits++;
    let at = this.at + digits;
    this.at = at;
    let x = n | 0;
    do {
      buf[--at] = 48 + (x % 10);
      x = (x / 10) | 0;
    } while (x > 0);
  }

  /** A finite number as xsd:double text: JavaScript's shortest text that reads back the same (integers digit by digit). */
  number(n: number): void {
    if (Number.isInteger(n) && n > -0x80000000 && n < 0x80000000) {
      if (n < 0) this.ascii("-");
      this.uint(Math.abs(n));
    } else this.ascii(String(n));
  }

  /** Any text already escaped for XML, as UTF-8 (a lone surrogate, which XML cannot hold, is written as U+FFFD). */
  text(s: string): void {
    this.room(s.length * 3);
    const { buf } = this;
    let at = this.at;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) buf[at++] = c;
      else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 63);
      } else {
        if (c >= 0xd800 && c < 0xe000) {
          const d = s.charCodeAt(i + 1);
          if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
            buf[at++] = 0xf0 | (c >> 18);
            buf[at++] = 0x80 | ((c >> 12) & 63);
            buf[at++] = 0x80 | ((c >> 6) & 63);
            buf[at++] = 0x80 | (c & 63);
            continue;
          }
          c = 0xfffd;
        }
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 63);
        buf[at++] = 0x80 | (c & 63);
      }
    }
    this.at = at;
  }

  /** Ends the current buffer: what was written is in `chunks`. */
  flush(): void {
    if (this.at === 0) return;
    this.chunks.push(this.buf.subarray(0, this.at));
    this.size += this.at;
    this.buf = new Uint8Array(this.chunkBytes);
    this.at = 0;
  }
}
