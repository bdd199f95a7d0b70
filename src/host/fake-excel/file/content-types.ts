import { readXml } from "./xlsx-package";
import { attr } from "./xml-scanner";

/**
 * A package's [Content_Types].xml (ECMA-376 Part 2 §10.1.2): a part's content type is its Override by part name,
 * else the Default for its extension. Part names and extensions compare without regard to ASCII case (§9.1.1.1.2,
 * §10.1.2.2.2).
 */
export class ContentTypes {
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();

  constructor(xml: string) {
    readXml(xml, (name, tag) => {
      const type = attr(tag, "ContentType");
      if (type === undefined) return;
      const part = attr(tag, "PartName");
      const extension = attr(tag, "Extension");
      if (name === "Override" && part !== undefined) this.overrides.set(part.toLowerCase(), type);
      if (name === "Default" && extension !== undefined) this.defaults.set(extension.toLowerCase(), type);
    });
  }

  /** The content type of a part, its name without the leading "/"; undefined when the package gives it none. */
  of(part: string): string | undefined {
    const override = this.overrides.get(`/${part}`.toLowerCase());
    if (override !== undefined) return override;
    const dot = part.lastIndexOf(".");
    return dot < 0 || dot < part.lastIndexOf("/") ? undefined : this.defaults.get(part.slice(dot + 1).toLowerCase());
  }

  /** The Default content type for an extension, if any. */
  defaultOf(extension: string): string | undefined {
    return this.defaults.get(extension.toLowerCase());
  }
}
