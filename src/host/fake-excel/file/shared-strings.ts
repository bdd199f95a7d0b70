import { type XmlHandler, xmlText, xstring } from "./xml-scanner";

/**
 * Collects the shared string table (ECMA-376 Part 1 §18.4.9 sst, §18.4.8 si) as a scanner's handler: each
 * `si` is its `t`, or the `t` of its rich text runs (`r`, §18.4.4) one after another; phonetic runs (`rPh`,
 * §18.4.6) are reading aids, not part of the text.
 */
export class SharedStrings implements XmlHandler {
  readonly strings: string[] = [];
  /** The items written as rich text runs (§18.4.4 r): their formatting within the text is not kept. */
  readonly rich = new Set<number>();
  private item = "";
  private inItem = false;
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === "si") {
      this.inItem = true;
      this.item = "";
    } else if (name === "rPh") this.phonetic++;
    else if (name === "r" && this.inItem) this.rich.add(this.strings.length);
    else if (name === "t" && this.inItem && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "rPh") this.phonetic--;
    else if (name === "si") {
      this.strings.push(xstring(this.item));
      this.inItem = false;
    }
  }

  text(raw: string, cdata: boolean): void {
    if (this.inText) this.item += xmlText(raw, cdata);
  }
}
