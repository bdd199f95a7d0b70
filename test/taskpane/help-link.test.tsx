/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { StubHost } from "./support/stub-host";
import { installPolyfills } from "./support/polyfills";

installPolyfills();

describe("the pane's Help link", () => {
  it.each([
    ["en-US", "Help", "help.html#en-US"],
    ["zh-CN", "帮助", "help.html#zh-CN"],
  ] as const)(
    "in %s opens the help page at that language's section, from the keyboard too",
    async (lang, text, href) => {
      render(
        <App
          host={
            new StubHost([
              ["Customer", "Sales"],
              ["A", 1],
            ])
          }
          language={lang}
        />,
      );
      const link = await screen.findByTestId("app-help");
      expect(link.tagName).toBe("A");
      expect(link.textContent).toBe(text);
      expect(link.getAttribute("href")).toBe(href);
      expect(link.getAttribute("target")).toBe("_blank");
      // The first stop of the Tab key: before the language picker and the tabs.
      await userEvent.setup().tab();
      expect(document.activeElement).toBe(link);
    },
  );
});
