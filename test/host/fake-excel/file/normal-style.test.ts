import { fileNormalOf } from "../../../../src/host/fake-excel/file/normal-style";

/**
 * fileNormalOf on styles parts written here (ECMA-376 Part 1 §18.8): numFmts (§18.8.31; a file's own formats are
 * 164 and up, §18.8.30), cellStyleXfs (§18.8.9), cellXfs (§18.8.10) and cellStyles (§18.8.7: builtinId 0 is Normal).
 */
const NUM_FMTS =
  '<numFmts count="4"><numFmt numFmtId="14" formatCode="d/m/yy"/><numFmt numFmtId="163" formatCode="0.000"/>' +
  '<numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165"/></numFmts>';

const styles = (parts: { cellStyleXfs?: string; cellXfs?: string; cellStyles?: string }) =>
  `<styleSheet>${NUM_FMTS}<fonts count="1"><font/></fonts>` +
  (parts.cellStyleXfs === undefined ? "" : `<cellStyleXfs>${parts.cellStyleXfs}</cellStyleXfs>`) +
  (parts.cellXfs === undefined ? "" : `<cellXfs>${parts.cellXfs}</cellXfs>`) +
  (parts.cellStyles === undefined ? "" : `<cellStyles>${parts.cellStyles}</cellStyles>`) +
  "</styleSheet>";

describe("fileNormalOf", () => {
  it("is undefined for a styles part without cell formats", () => {
    expect(fileNormalOf(styles({ cellStyleXfs: '<xf fontId="0"/>' }))).toBeUndefined();
    expect(fileNormalOf(styles({ cellXfs: "" }))).toBeUndefined();
  });

  it("reads cellXfs xf 0's ids, its own format's code and its children, and the xf of the cellStyle with builtinId 0", () => {
    const normal = fileNormalOf(
      styles({
        cellStyleXfs:
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0"/><xf numFmtId="14" fontId="3" fillId="2" borderId="1"/>',
        cellXfs:
          '<xf numFmtId="164" fontId="2" fillId="5" borderId="4" xfId="1">\n  <alignment horizontal="center"/><protection locked="0"/>\n</xf>' +
          '<xf numFmtId="0" fontId="9" fillId="9" borderId="9" xfId="0"/>',
        cellStyles:
          '<cellStyle name="Heading" xfId="0" builtinId="10"/><cellStyle name="Normal" xfId="1" builtinId="0"/>',
      }),
    );
    expect(normal).toEqual({
      cellXf: {
        numFmtId: 164,
        formatCode: "0.0%",
        fontId: 2,
        fillId: 5,
        borderId: 4,
        children: '<alignment horizontal="center"/><protection locked="0"/>',
      },
      styleXf: { numFmtId: 14, fontId: 3, fillId: 2, borderId: 1, children: "" },
    });
  });

  it("gives a built-in format no code, even one the numFmts list, and a file's own format without a code none", () => {
    const of = (numFmtId: number) =>
      fileNormalOf(styles({ cellXfs: `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0"/>` }))!.cellXf;
    expect(Object.keys(of(14))).not.toContain("formatCode");
    expect(Object.keys(of(163))).not.toContain("formatCode");
    expect(of(164).formatCode).toBe("0.0%");
    expect(Object.keys(of(165))).not.toContain("formatCode");
  });

  it("reads an attribute left out as 0", () => {
    expect(fileNormalOf(styles({ cellXfs: '<xf fontId="2"/>' }))?.cellXf).toEqual({
      numFmtId: 0,
      fontId: 2,
      fillId: 0,
      borderId: 0,
      children: "",
    });
  });

  it("reads a style xf with children, named by a cellStyle with children of its own (CT_CellStyle's extLst)", () => {
    const normal = fileNormalOf(
      styles({
        cellStyleXfs: '<xf fontId="1"/><xf numFmtId="0" fontId="3"><alignment vertical="top"/></xf>',
        cellXfs: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>',
        cellStyles: '<cellStyle name="Normal" xfId="1" builtinId="0"><extLst><ext uri="{x}"/></extLst></cellStyle>',
      }),
    );
    expect(normal?.styleXf).toEqual({
      numFmtId: 0,
      fontId: 3,
      fillId: 0,
      borderId: 0,
      children: '<alignment vertical="top"/>',
    });
  });

  it("takes the first cellStyleXfs xf when no cellStyle is builtinId 0", () => {
    const normal = fileNormalOf(
      styles({
        cellStyleXfs: '<xf numFmtId="0" fontId="7" fillId="0" borderId="0"/><xf fontId="8"/>',
        cellXfs: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>',
        cellStyles: '<cellStyle name="Good" xfId="1" builtinId="26"/>',
      }),
    );
    expect(normal?.styleXf.fontId).toBe(7);
  });

  it("takes cellXfs xf 0 as the style's too when there are no cellStyleXfs, or none at the cellStyle's xfId", () => {
    const cellXfs = '<xf numFmtId="0" fontId="4" fillId="0" borderId="0"/>';
    const alone = fileNormalOf(styles({ cellXfs }));
    expect(alone?.styleXf).toEqual(alone?.cellXf);
    const pastTheEnd = fileNormalOf(
      styles({
        cellStyleXfs: '<xf fontId="1"/>',
        cellXfs,
        cellStyles: '<cellStyle name="Normal" xfId="3" builtinId="0"/>',
      }),
    );
    expect(pastTheEnd?.styleXf.fontId).toBe(4);
  });
});
