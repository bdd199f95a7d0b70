import { FillPartsReader, fillColorOf, fillKind, fillPartsOf } from "../../../../src/host/fake-excel/file/fill-reading";

// Expected kinds from ECMA-376 Part 1 §18.8.20–§18.8.32 (fill, patternFill, gradientFill, fgColor) and the
// fake's reading of a cell's look (bold and a solid rgb/indexed colour; DESIGN.md "Standalone mode").
const kind = (xml: string, index = 2) => fillKind(fillPartsOf(xml), index);

describe("fillKind: what a cell style's fill is to the fake", () => {
  it("calls no pattern, and the reserved gray125 of fills 0 and 1, no fill at all", () => {
    expect(kind('<fill><patternFill patternType="none"/></fill>')).toBe("none");
    expect(kind("<fill><patternFill/></fill>")).toBe("none");
    expect(kind("<fill/>")).toBe("none");
    expect(kind('<fill><patternFill patternType="gray125"/></fill>', 1)).toBe("none");
  });

  it("reads a solid fill in an rgb colour or an indexed one without a tint", () => {
    expect(kind('<fill><patternFill patternType="solid"><fgColor rgb="FFFFC000"/></patternFill></fill>')).toBe("read");
    expect(kind('<fill><patternFill patternType="solid"><fgColor indexed="13"/></patternFill></fill>')).toBe("read");
  });

  it("leaves theme and tinted colours, other patterns, gradients and unreadable colours beyond what it reads", () => {
    const solid = (fg: string) => `<fill><patternFill patternType="solid">${fg}</patternFill></fill>`;
    expect(kind(solid('<fgColor theme="4"/>'))).toBe("beyond");
    expect(kind(solid('<fgColor rgb="FFFFC000" tint="0.4"/>'))).toBe("beyond");
    expect(kind(solid('<fgColor rgb="not a colour"/>'))).toBe("beyond");
    expect(kind(solid(""))).toBe("beyond");
    expect(kind('<fill><patternFill patternType="gray125"/></fill>', 5)).toBe("beyond");
    // Only gray125 is reserved in fills 0 and 1: another pattern there is the file's own.
    expect(kind('<fill><patternFill patternType="darkGrid"><fgColor rgb="FF00FF00"/></patternFill></fill>', 1)).toBe(
      "beyond",
    );
    expect(kind('<fill><patternFill patternType="darkGrid"><fgColor rgb="FF00FF00"/></patternFill></fill>')).toBe(
      "beyond",
    );
    expect(
      kind('<fill><gradientFill degree="90"><stop position="0"><color theme="0"/></stop></gradientFill></fill>'),
    ).toBe("beyond");
  });
});

describe("fillColorOf: the colour the fake reads from a solid fill", () => {
  it("gives #RRGGBB for an ARGB or RGB colour and the palette index for an indexed one", () => {
    expect(fillColorOf('<fgColor rgb="ffc6efce"/>')).toBe("#C6EFCE");
    expect(fillColorOf('<fgColor rgb="C6EFCE"/>')).toBe("#C6EFCE");
    expect(fillColorOf('<fgColor indexed="10"/>')).toBe(10);
    expect(fillColorOf('<fgColor theme="5"/>')).toBeUndefined();
  });

  it("reads no colour from an rgb value that is not six or eight hex digits", () => {
    expect(fillColorOf('<fgColor rgb="ZZC6EFCE"/>')).toBeUndefined();
    expect(fillColorOf('<fgColor rgb="FFC6EFCE11"/>')).toBeUndefined();
  });
});

describe("FillPartsReader: a fill's parts from a streamed styles part", () => {
  it("takes the fgColor, not the bgColor after it (§18.8.32: a solid fill shows its fgColor)", () => {
    const parts = fillPartsOf('<fill><patternFill patternType="solid"><fgColor rgb="FFFFC000"/><bgColor indexed="64"/></patternFill></fill>'); // prettier-ignore
    expect(fillColorOf(parts.fgColor)).toBe("#FFC000");
  });

  it("starts each fill afresh", () => {
    const reader = new FillPartsReader();
    reader.open("gradientFill", '<gradientFill degree="90">');
    expect(reader.take().gradient).toBe(true);
    reader.open("patternFill", '<patternFill patternType="solid">');
    reader.open("fgColor", '<fgColor rgb="FF00B050"/>');
    expect(fillKind(reader.take(), 3)).toBe("read");
  });
});
