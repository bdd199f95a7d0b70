import { WorkbookState } from "../../../../src/host/fake-excel/state";
import { FileSaveError } from "../../../../src/host/fake-excel/file/file-save-error";
import { type FileWorkbook, fileWorkbook } from "../../../../src/host/fake-excel/file/file-workbook";
import { saveInWorker } from "../../../../src/host/fake-excel/file/save-in-worker";
import {
  ROWS_PER_MESSAGE,
  createSaveHandler,
  type SaveWorkerMessage,
  type SaveWorkerReply,
} from "../../../../src/host/fake-excel/file/save-worker-protocol";

/** 45,000 rows (three row messages of 20,000), a format on every other row, a formula, a table, a setting, an empty sheet. */
function bigFile(): FileWorkbook {
  const state = new WorkbookState();
  const data = state.addSheet("Data");
  state.addSheet("Empty");
  state.setTyped(data, 0, 0, "Customer");
  state.setTyped(data, 0, 1, "Sales");
  for (let r = 1; r < 45_000; r++) {
    state.setTyped(data, r, 0, `C${r}`);
    state.setTyped(data, r, 1, r);
    if (r % 2) state.setFormat(data, r, 1, "0.00");
  }
  state.setFormula(data, 1, 2, { formula: "=B2*2", value: 2 });
  state.tables.push({ name: "Top", sheet: data, rect: { row: 0, column: 0, rowCount: 10, columnCount: 2 } });
  state.settings.set("scheme", JSON.stringify({ kind: "rank-share" }));
  return fileWorkbook(state, "en-US");
}

/** A stand-in for the Web Worker: each message crosses by structured cloning, as postMessage does, to the real handler. */
function clonedWorker(write: (file: FileWorkbook, onProgress: (d: number) => void) => Promise<Uint8Array>) {
  const sent: SaveWorkerMessage[] = [];
  const port = {
    onmessage: null as ((e: { data: SaveWorkerReply }) => void) | null,
    onerror: null as ((e: { message?: string }) => void) | null,
    terminated: false,
    postMessage(message: SaveWorkerMessage) {
      sent.push(message);
      void handle(structuredClone(message));
    },
    terminate() {
      port.terminated = true;
    },
  };
  const handle = createSaveHandler(write, (reply) =>
    setTimeout(() => port.onmessage?.({ data: structuredClone(reply) })),
  );
  return { port, sent };
}

describe("saving in the save worker", () => {
  it("sends the workbook in parts of 20,000 rows and the worker writes exactly the workbook the page has", async () => {
    const file = bigFile();
    let received: FileWorkbook | undefined;
    const { port, sent } = clonedWorker(async (f, onProgress) => {
      received = f;
      onProgress(0.5);
      return new Uint8Array([1, 2, 3]);
    });
    const progress: number[] = [];
    const bytes = await saveInWorker(port, file, (d) => progress.push(d));
    expect([...bytes]).toEqual([1, 2, 3]);
    expect(progress).toEqual([0.5]);
    expect(port.terminated).toBe(true);
    // 1 workbook message, ceil(45,000 / 20,000) = 3 row messages for Data, none for Empty, 1 save.
    expect(sent.map((m) => m.kind)).toEqual(["workbook", "rows", "rows", "rows", "save"]);
    expect(sent.filter((m) => m.kind === "rows").map((m) => (m as { from: number }).from)).toEqual([
      0,
      ROWS_PER_MESSAGE,
      2 * ROWS_PER_MESSAGE,
    ]);
    expect(received).toEqual(file);
    expect(received!.sheets[0].values[44_999]).toEqual(["C44999", 44_999]);
    expect(received!.sheets[0].formulas.get(1 * 16_384 + 2)).toBe("=B2*2");
  });

  it("rejects with the worker's message when the write fails, and stops the worker", async () => {
    const { port } = clonedWorker(async () => {
      throw new Error("Sheet “Data”, A1:C1: the fill colour “Orange” cannot be saved");
    });
    await expect(saveInWorker(port, bigFile())).rejects.toThrow("the fill colour “Orange” cannot be saved");
    expect(port.terminated).toBe(true);
  });

  it("brings a refusal the writer names back as the same FileSaveError, for the page to word", async () => {
    const data = { problem: "fillColour", sheet: "Data", address: "A1:C1", detail: "Orange" } as const;
    const { port } = clonedWorker(async () => {
      throw new FileSaveError(data, "Sheet “Data”, A1:C1: the fill colour “Orange” cannot be saved");
    });
    const error = await saveInWorker(port, bigFile()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileSaveError);
    expect({ ...(error as FileSaveError) }).toMatchObject(data);
  });

  it("marks every sheet's quote-prefixed cells in what it sends", async () => {
    const state = new WorkbookState();
    const data = state.addSheet("Data");
    state.setTyped(data, 2, 1, "'0042");
    let received: FileWorkbook | undefined;
    const { port } = clonedWorker(async (f) => {
      received = f;
      return new Uint8Array();
    });
    await saveInWorker(port, fileWorkbook(state, "en-US"));
    expect([...received!.sheets[0].quotePrefix]).toEqual([2 * 16_384 + 1]);
    expect(received!.sheets[0].values[2]).toEqual([undefined, "0042"]);
  });
});
