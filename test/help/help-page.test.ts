/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { enUS } from "../../src/i18n";

/**
 * src/help.html (copied to dist/help.html, opened from the pane's Help link) is a page of help in both
 * languages: for every tiering method the pane offers, what it does and when to use it, in English and
 * in Chinese; and the ladder, the tasks and the worksheet functions.
 */
const page = new DOMParser().parseFromString(readFileSync(join(__dirname, "../../src/help.html"), "utf8"), "text/html");
const methods = Object.keys(enUS.methods);
const CJK = /[\u4e00-\u9fff]/;

describe("the help page", () => {
  it("knows the pane's ten methods", () => {
    expect(methods).toEqual([
      "rank-share",
      "value-share",
      "thresholds",
      "computed",
      "breaks",
      "score",
      "rfm",
      "rules",
      "lifecycle",
      "behaviour",
    ]);
  });

  it.each(["en-US", "zh-CN"])(
    "has a %s section, reachable as help.html#<language>, with every method explained",
    (lang) => {
      const section = page.getElementById(lang)!;
      expect(section).not.toBeNull();
      expect(section.getAttribute("lang")).toBe(lang === "en-US" ? "en" : "zh-CN");
      for (const kind of methods) {
        const name = section.querySelector(`dt[data-method="${kind}"]`);
        const text = section.querySelector(`dd[data-method="${kind}"]`);
        expect(name?.textContent?.trim()).toBeTruthy();
        // What it does and when to use it: a real paragraph, with its "use it when" part.
        expect(text!.textContent!.length).toBeGreaterThan(60);
        expect(text!.querySelector("em")?.textContent).toMatch(lang === "en-US" ? /^Use it$/ : /^适用于$/);
        if (lang === "zh-CN") expect(text!.textContent).toMatch(CJK);
        else expect(text!.textContent).not.toMatch(CJK);
      }
      for (const part of ["methods", "ladder", "tasks", "functions"])
        expect(page.getElementById(`${lang}-${part}`)).not.toBeNull();
    },
  );

  it("links both languages from the top", () => {
    expect([...page.querySelectorAll("nav a")].map((a) => a.getAttribute("href"))).toEqual(["#en-US", "#zh-CN"]);
  });
});
