import { elementsOf } from "./file-styles";

/**
 * A style list of the saved styles part (fonts, fills, borders, cellXfs) that new elements are added to: an
 * element equal to one already there (the same XML) is not added twice.
 */
export class StyleList {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];

  /** The list element `list` of the styles part, its elements named `name`. */
  static of(stylesXml: string, list: string, name: string): StyleList {
    return new StyleList(list, elementsOf(stylesXml, list, name));
  }

  constructor(
    readonly list: string,
    private readonly existing: readonly string[],
  ) {
    existing.forEach((e, i) => this.index.has(e) || this.index.set(e, i));
  }

  at(i: number): string | undefined {
    return i < this.existing.length ? this.existing[i] : this.added[i - this.existing.length];
  }

  /** The index of `element` in the list, added at the end when new. */
  put(element: string): number {
    let i = this.index.get(element);
    if (i === undefined) {
      i = this.existing.length + this.added.length;
      this.added.push(element);
      this.index.set(element, i);
    }
    return i;
  }

  /** The styles part with the added elements at the end of the list and its count attribute updated. */
  into(xml: string): string {
    if (this.added.length === 0) return xml;
    const block = new RegExp(`<${this.list}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${this.list}>)`).exec(xml);
    if (!block) throw new Error(`The workbook package's styles have no ${this.list}.`);
    const count = this.existing.length + this.added.length;
    const attributes = / count="\d+"/.test(block[1])
      ? block[1].replace(/ count="\d+"/, ` count="${count}"`)
      : `${block[1]} count="${count}"`;
    const whole = `<${this.list}${attributes}>${block[2] ?? ""}${this.added.join("")}</${this.list}>`;
    return xml.slice(0, block.index) + whole + xml.slice(block.index + block[0].length);
  }
}
