import { notKeptText } from "../../src/preview/file-open/not-kept-text";
import { previewStrings } from "../../src/preview/preview-strings";

describe("the sentence about what a download will not keep", () => {
  it("says nothing when everything is kept", () => {
    expect(notKeptText(previewStrings("en-US"), [])).toBeUndefined();
  });

  it("lists each feature with its sheets, in English as a reader expects it", () => {
    expect(
      notKeptText(previewStrings("en-US"), [
        { feature: "hyperlinks", sheets: ["Report", "Q3"] },
        { feature: "pivotTables", sheets: [] },
      ]),
    ).toBe(
      "Your file has things this page does not keep, so the downloaded workbook will not have them: hyperlinks (on Report, Q3); PivotTables. Your original file is not changed; keep it.",
    );
  });

  it("lists them in Chinese with Chinese punctuation", () => {
    expect(
      notKeptText(previewStrings("zh-CN"), [
        { feature: "comments", sheets: ["客户", "订单"] },
        { feature: "macros", sheets: [] },
      ]),
    ).toBe(
      "你的文件中有本页面无法保留的内容，下载的工作簿中将没有这些内容：批注和注释（工作表：客户、订单）；宏。原文件不会被修改，请保留好原文件。",
    );
  });
});
