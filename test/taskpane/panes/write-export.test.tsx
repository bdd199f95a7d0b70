/** @jest-environment jsdom */
/**
 * Export scheme and Copy as SQL on the Write tab alone, on a store built for the test: the selection read, tiers
 * from the default scheme (rank-share 20/30/50 on Sales). The SQL expected is the generator's for the choices
 * typed, so these tests check the pane passes the dialect, table and names through; what the SQL computes is
 * test/engine/sql's part.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../../src/engine/cells/cell-value";
import { defaultScheme, parseScheme } from "../../../src/engine/scheme";
import { schemeToSql } from "../../../src/engine/sql";
import { WritePane } from "../../../src/taskpane/panes/WritePane";
import { installPolyfills } from "../support/polyfills";
import { renderWithStore } from "../support/render-with-store";
import { StubHost } from "../support/stub-host";

installPolyfills();

// Ten customers, sales 1..10.
const GRID: Grid = [["Customer", "Sales"], ...Array.from({ length: 10 }, (_, i) => [`Customer ${i + 1}`, i + 1])];

/** The blobs the pane made URLs for (jsdom has no URL.createObjectURL). */
let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  URL.createObjectURL = jest.fn((b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = jest.fn();
});

/** A clipboard that copies, or one that refuses as Office on the web's iframe does (office-js issue 1991). */
function stubClipboard(refuse: boolean): jest.Mock {
  const writeText = jest.fn(() =>
    refuse
      ? Promise.reject(new DOMException("The Clipboard API has been blocked", "NotAllowedError"))
      : Promise.resolve(),
  );
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  return writeText;
}

const readBlob = (b: Blob) =>
  new Promise<string>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string);
    r.readAsText(b);
  });

const sqlText = () => (screen.getByTestId("write-sql-text") as HTMLTextAreaElement).value;

describe("Export scheme", () => {
  it("offers tierladder-scheme.json holding the scheme the Tiers form makes, which parseScheme reads back", async () => {
    await renderWithStore(<WritePane />, new StubHost(GRID), { withSelection: true });
    const link = (await screen.findByTestId("write-export-scheme")) as HTMLAnchorElement;
    expect(link.getAttribute("download")).toBe("tierladder-scheme.json");
    expect(link.getAttribute("href")).toBe(`blob:test/${blobs.length}`);
    const json = await readBlob(blobs[blobs.length - 1]);
    // The default scheme on this sheet: rank-share 20/30/50, the columns guessed from the headers.
    expect(parseScheme(json)).toEqual(
      expect.objectContaining({ method: defaultScheme().method, tiers: defaultScheme().tiers }),
    );
    // Columns by index, not by role, so the file runs where there is no sheet to guess from (npx tierladder).
    expect(parseScheme(json).source.columns).toEqual({ customer: 0, value: 1 });
  });

  it("copies the JSON to the clipboard and says so", async () => {
    const user = userEvent.setup();
    await renderWithStore(<WritePane />, new StubHost(GRID), { withSelection: true });
    const writeText = stubClipboard(false);
    await user.click(screen.getByTestId("write-export-json"));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(parseScheme(writeText.mock.calls[0][0])).toEqual(
      expect.objectContaining({ method: { kind: "rank-share" } }),
    );
    expect((await screen.findByTestId("write-export-json-copied")).textContent).toBe("Copied.");
    expect(screen.queryByTestId("write-export-json-text")).toBeNull();
  });

  it("shows the JSON to copy by hand when the host refuses the clipboard", async () => {
    const user = userEvent.setup();
    await renderWithStore(<WritePane />, new StubHost(GRID), { withSelection: true });
    stubClipboard(true);
    await user.click(screen.getByTestId("write-export-json"));
    expect((await screen.findByTestId("write-export-json-copied")).textContent).toContain(
      "Select the text below and copy it",
    );
    const text = screen.getByTestId("write-export-json-text") as HTMLTextAreaElement;
    expect(text.readOnly).toBe(true);
    expect(parseScheme(text.value)).toEqual(expect.objectContaining({ tiers: defaultScheme().tiers }));
  });

  it("has nothing to export before a selection is read", async () => {
    await renderWithStore(<WritePane />, new StubHost(GRID));
    expect(screen.getByTestId("write-export-none")).toBeTruthy();
    expect(screen.queryByTestId("write-export-scheme")).toBeNull();
  });
});

describe("Copy as SQL", () => {
  it("starts on DuckDB, table customers, columns named by the headers", async () => {
    await renderWithStore(<WritePane />, new StubHost(GRID), { withSelection: true });
    expect((screen.getByTestId("write-sql-dialect") as HTMLSelectElement).value).toBe("duckdb");
    expect((screen.getByTestId("write-sql-table") as HTMLInputElement).value).toBe("customers");
    expect((screen.getByTestId("write-sql-column-0") as HTMLInputElement).value).toBe("Customer");
    expect((screen.getByTestId("write-sql-column-1") as HTMLInputElement).value).toBe("Sales");
    expect(screen.getByTestId("write-sql").textContent).toContain("Tested on DuckDB and PostgreSQL");
  });

  it("speaks Chinese in a Chinese pane: 导出方案, 复制为 SQL, the dialects tested", async () => {
    await renderWithStore(<WritePane />, new StubHost(GRID), { withSelection: true, lang: "zh-CN" });
    expect(screen.getByTestId("write-export").textContent).toContain("导出方案");
    expect(screen.getByTestId("write-sql").textContent).toContain("复制为 SQL");
    expect(screen.getByTestId("write-sql").textContent).toContain("已在 DuckDB 和 PostgreSQL 上测试");
  });

  it("gives PostgreSQL's SQL for the table and column names typed", async () => {
    const user = userEvent.setup();
    await renderWithStore(<WritePane />, new StubHost(GRID), { withSelection: true });
    const duckdb = sqlText();
    expect(duckdb).toContain('FROM "customers"');
    await user.selectOptions(screen.getByTestId("write-sql-dialect"), "postgres");
    await user.clear(screen.getByTestId("write-sql-table"));
    await user.type(screen.getByTestId("write-sql-table"), "crm_accounts");
    await user.clear(screen.getByTestId("write-sql-column-1"));
    await user.type(screen.getByTestId("write-sql-column-1"), "amount_usd");
    const postgres = sqlText();
    expect(postgres).not.toBe(duckdb);
    // The generator quotes names (src/engine/sql/dialect.ts).
    expect(postgres).toContain('FROM "crm_accounts"');
    expect(postgres).toContain('"amount_usd"');
    expect(postgres).not.toContain('"customers"');
    // The generator's SQL for the scheme on the screen with these choices, its roles named by index (the SQL has
    // no sheet to guess them from): Customer is column 0, Sales column 1.
    const shown = parseScheme(await readBlob(blobs[blobs.length - 1]));
    const scheme = { ...shown, source: { ...shown.source, columns: { customer: 0, value: 1 } } };
    expect(postgres).toBe(
      schemeToSql(scheme, {
        dialect: "postgres",
        source: { table: "crm_accounts", columns: ["Customer", "amount_usd"] },
      }),
    );
  });

  it("exports computed ABC as thresholds at the preview's cut-offs (R ABCanalysis: A from 17, B from 6)", async () => {
    // ABCanalysis' eleven values (test/engine/tiering/computed-abc.test.ts): A {25,22,17}, B {15,6}, C the rest.
    const eleven: Grid = [
      ["Customer", "Sales"],
      ...[1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22].map((v, i) => [`C${i + 1}`, v]),
    ];
    await renderWithStore(<WritePane />, new StubHost(eleven), {
      withSelection: true,
      actions: [{ type: "tierDraftEdited", edit: (d) => ({ ...d, method: "computed" }) }],
    });
    const shown = parseScheme(await readBlob(blobs[blobs.length - 1]));
    expect(shown.method).toEqual({ kind: "computed" });
    const scheme = { ...shown, source: { ...shown.source, columns: { customer: 0, value: 1 } } };
    const options = { dialect: "duckdb", source: { table: "customers", columns: ["Customer", "Sales"] } } as const;
    expect(sqlText()).toBe(schemeToSql(scheme, { ...options, fixedBounds: [17, 6] }));
  });

  it("copies the SQL, and says how to copy it by hand when the host refuses", async () => {
    const user = userEvent.setup();
    await renderWithStore(<WritePane />, new StubHost(GRID), { withSelection: true });
    const writeText = stubClipboard(false);
    await user.click(screen.getByTestId("write-sql-copy"));
    expect(writeText).toHaveBeenCalledWith(sqlText());
    stubClipboard(true);
    await user.click(screen.getByTestId("write-sql-copy"));
    await waitFor(() =>
      expect(screen.getByTestId("write-sql-copied").textContent).toContain("Select the text below and copy it"),
    );
  });

  it("asks for a table name rather than making SQL without one", async () => {
    const user = userEvent.setup();
    await renderWithStore(<WritePane />, new StubHost(GRID), { withSelection: true });
    await user.clear(screen.getByTestId("write-sql-table"));
    expect(screen.getByTestId("write-sql-problem").textContent).toBe("Type the name of the table the SQL reads.");
    expect(screen.queryByTestId("write-sql-text")).toBeNull();
  });
});
