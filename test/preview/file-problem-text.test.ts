import type { FileProblem } from "../../src/host";
import { fileProblemText } from "../../src/preview/file-open/file-problem-text";
import { previewStrings } from "../../src/preview/preview-strings";

const PROBLEMS: FileProblem[] = [
  "empty",
  "encrypted",
  "xls",
  "notWorkbook",
  "malformed",
  "tooManyRows",
  "tooManyColumns",
  "unsupportedType",
  "tableWithoutHeader",
];

describe("the page's sentence for a file it cannot open", () => {
  it.each(["en-US", "zh-CN"] as const)("names the file and fills every placeholder, in %s", (lang) => {
    const strings = previewStrings(lang);
    const texts = PROBLEMS.map((problem) =>
      fileProblemText(strings, { problem, fileName: "C:\\fakepath\\客户 2025.xlsx", detail: "DETAIL" }),
    );
    for (const text of texts) {
      expect(text).toContain("“客户 2025.xlsx”");
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toContain("fakepath");
    }
    // Each problem has its own sentence.
    expect(new Set(texts).size).toBe(PROBLEMS.length);
  });

  it("says in Chinese what to do for a password-protected file and an .xls", () => {
    const zh = previewStrings("zh-CN");
    expect(fileProblemText(zh, { problem: "encrypted", fileName: "a.xlsx" })).toContain("删除密码");
    expect(fileProblemText(zh, { problem: "xls", fileName: "a.xls" })).toContain("另存为 Excel 工作簿（.xlsx）");
  });
});
