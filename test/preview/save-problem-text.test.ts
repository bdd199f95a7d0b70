import { FileSaveError, type SaveProblem } from "../../src/host";
import { previewStrings } from "../../src/preview/preview-strings";
import { saveProblemText } from "../../src/preview/save-problem-text";

/** Each refusal the writer names reads as a sentence in both languages with every fact it carries, nothing left as a placeholder. */
const PROBLEMS: Record<SaveProblem, { sheet?: string; address?: string; detail: string }> = {
  fillColour: { sheet: "客户 Data", address: "A1:C3", detail: "Orange" },
  conditionalFormat: { sheet: "客户 Data", address: "B2:B9", detail: "ContainsText" },
  textTooLong: { sheet: "客户 Data", address: "D7", detail: "40000" },
  notFinite: { sheet: "客户 Data", address: "E5", detail: "NaN" },
  noNoteRow: { sheet: "客户 Data", detail: "Sales chart" },
  internal: { detail: "The workbook package has no xl/styles.xml." },
};

describe("the page's words for a workbook that could not be saved", () => {
  it.each(["en-US", "zh-CN"] as const)("name the sheet, the cells and what was refused (%s)", (lang) => {
    for (const [problem, facts] of Object.entries(PROBLEMS)) {
      const text = saveProblemText(
        previewStrings(lang),
        new FileSaveError({ problem: problem as SaveProblem, ...facts }, "x"),
      );
      for (const fact of Object.values(facts)) expect([problem, text.includes(fact)]).toEqual([problem, true]);
      expect([problem, /[{}]/.test(text)]).toEqual([problem, false]);
    }
  });

  it("keeps an unexpected error's own words, inside the page's sentence", () => {
    expect(saveProblemText(previewStrings("en-US"), new Error("disk full"))).toBe(
      "writing the file failed (disk full). Try again; if it fails again, report this message.",
    );
  });
});
