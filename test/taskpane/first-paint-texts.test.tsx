/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../src/engine/cells/cell-value";
import type { Scheme } from "../../src/engine/scheme";
import { HostError } from "../../src/host/host-api";
import * as catalogs from "../../src/i18n/catalogs";
import { enUSFirst } from "../../src/i18n/en-US-first";
import { enUSSteps } from "../../src/i18n/en-US-steps";
import { App } from "../../src/taskpane/App";
import * as lazyPanes from "../../src/taskpane/panes/lazy-panes";
import { installPolyfills } from "./support/polyfills";
import { StubHost } from "./support/stub-host";

installPolyfills();

// The pane's first script carries only English's first part (src/i18n/en-US-first.ts); the steps part comes with
// the later steps (src/i18n/catalogs.ts). So everything the pane can show before a later step is opened (header,
// tabs, the Data step with its reads, errors and order-history choices, the saved-scheme offer) must find its
// text in the first part. Here the pane runs with the first part only, as a real pane does before the steps
// part arrives, and the page must show no catalog key of the steps part instead of a text.
const STEP_SECTIONS = Object.keys(enUSSteps);
const rawStepKey = new RegExp(`(^|[^A-Za-z])(${STEP_SECTIONS.join("|")})\\.[a-zA-Z]`);

beforeEach(() => {
  const real = catalogs.catalogFor;
  jest.spyOn(catalogs, "catalogFor").mockImplementation((lang) => (lang === "en-US" ? enUSFirst : real(lang)));
  jest.spyOn(lazyPanes, "preloadSteps").mockImplementation(() => undefined); // no step (and its texts) loads
});
afterEach(() => jest.restoreAllMocks());

const CUSTOMERS: Grid = [
  ["Customer", "Region", "Sales rep", "Sales", "First order", "Last order"],
  ...Array.from({ length: 6 }, (_, i) => [`Customer ${i + 1}`, i % 2 ? "East" : "West", "Ann", i + 1, 45000, 45100]),
  ["Bad Co", "East", "Ann", "n/a", 45000, 45100],
];
const ORDERS: Grid = [
  ["Customer", "Order date", "Amount"],
  ["P", 45000, 10],
  ["Q", 45001, 20],
  ["P", 45002, 30],
];

async function readSelection(host: StubHost) {
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByTestId("data-use-selection"));
  return user;
}

/** Every text node and label-like attribute of the page that reads like a key of the steps part. */
function expectNoStepKeys() {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? "");
  for (const el of document.body.querySelectorAll("*"))
    for (const name of ["aria-label", "title", "placeholder"]) texts.push(el.getAttribute(name) ?? "");
  expect(texts.filter((text) => rawStepKey.test(text))).toEqual([]);
  expect(texts.join("").length).toBeGreaterThan(100); // the pane did render
}

describe("what the pane shows before a later step is opened has its English text in the first part", () => {
  it("has no section in both parts (the pane adds the steps part without merging sections)", () => {
    expect(Object.keys(enUSFirst).filter((k) => STEP_SECTIONS.includes(k))).toEqual([]);
  });

  it("the Data step after reading a customer list", async () => {
    await readSelection(new StubHost(CUSTOMERS));
    await screen.findByTestId("data-address");
    expect(screen.getByTestId("data-counts").textContent).toBe("7 rows, 7 customers");
    expectNoStepKeys();
  });

  it("the Data step after reading an order list (the as-of date)", async () => {
    await readSelection(new StubHost(ORDERS));
    await screen.findByTestId("data-address");
    expectNoStepKeys();
  });

  it("a failed read", async () => {
    const host = new StubHost(CUSTOMERS);
    host.readError = new HostError("EmptySelection", "The selection Sheet1!H9 is empty.", "host.emptySelection", {
      address: "Sheet1!H9",
    });
    await readSelection(host);
    expect((await screen.findByTestId("data-error")).textContent).toContain("Could not read the selection");
    expectNoStepKeys();
  });

  it("a selection without a header row", async () => {
    await readSelection(
      new StubHost([
        [1, 2],
        [3, 4],
      ]),
    );
    await screen.findByTestId("data-address");
    expectNoStepKeys();
  });

  it("the saved-scheme offer", async () => {
    const host = new StubHost(CUSTOMERS);
    const scheme: Scheme = {
      version: 1,
      source: { kind: "customers", columns: {} },
      method: { kind: "value-share" },
      tiers: { labels: ["A", "B", "C"], shares: [80, 15, 5] },
    };
    host.settings.set("scheme", scheme);
    render(<App host={host} />);
    await screen.findByTestId("saved-scheme");
    expectNoStepKeys();
  });
});
