/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FileSaveError } from "../../src/host";
import { DownloadButton } from "../../src/preview/components/DownloadButton";
import { downloadMediaType, downloadName } from "../../src/preview/download-name";
import { previewStrings } from "../../src/preview/preview-strings";

/** A save the test finishes by hand, so the progress in between can be seen. */
function pendingSave() {
  let report: (done: number) => void = () => undefined;
  let finish: (bytes: Uint8Array) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const save = jest.fn(
    (onProgress: (done: number) => void) =>
      new Promise<Uint8Array>((resolve, reject) => {
        report = onProgress;
        finish = resolve;
        fail = reject;
      }),
  );
  return { save, report: (d: number) => report(d), finish: (b: Uint8Array) => finish(b), fail: (e: Error) => fail(e) };
}

describe("the Download workbook button", () => {
  const clicks: { href: string; download: string }[] = [];
  const blobs: Blob[] = [];
  beforeEach(() => {
    clicks.length = 0;
    blobs.length = 0;
    URL.createObjectURL = jest.fn((b: Blob) => (blobs.push(b), `blob:test/${blobs.length}`));
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it("shows progress while saving, then downloads the bytes under the file name as an .xlsx Blob", async () => {
    const s = pendingSave();
    render(<DownloadButton save={s.save} fileName="TierLadder-sample.xlsx" strings={previewStrings("en-US")} />);
    const button = screen.getByRole("button", { name: "Download workbook" });
    fireEvent.click(button);
    act(() => s.report(0.4));
    expect((screen.getByTestId("preview-download-progress") as HTMLProgressElement).value).toBe(0.4);
    expect(button.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(button); // ignored while saving
    expect(s.save).toHaveBeenCalledTimes(1);
    await act(async () => s.finish(new Uint8Array([0x50, 0x4b, 3, 4])));
    expect(clicks).toEqual([{ href: "blob:test/1", download: "TierLadder-sample.xlsx" }]);
    expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(blobs[0].size).toBe(4);
    expect(screen.queryByTestId("preview-download-progress")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Saved as TierLadder-sample.xlsx.");
  });

  it("downloads an .xlsm under its name as a macro-enabled workbook's Blob (application/vnd.ms-excel.sheet.macroEnabled.12)", async () => {
    const s = pendingSave();
    render(<DownloadButton save={s.save} fileName="Q3.xlsm" strings={previewStrings("en-US")} />);
    fireEvent.click(screen.getByRole("button", { name: "Download workbook" }));
    expect(screen.getByRole("status").textContent).toBe("Saving the workbook…");
    await act(async () => s.finish(new Uint8Array([0x50, 0x4b, 3, 4])));
    expect(clicks).toEqual([{ href: "blob:test/1", download: "Q3.xlsm" }]);
    // The Blob constructor lowercases its type (File API, Blob constructor: "convert every character in t to ASCII lowercase").
    expect(blobs[0].type).toBe("application/vnd.ms-excel.sheet.macroenabled.12");
    expect(screen.getByRole("status").textContent).toBe("Saved as Q3.xlsm.");
  });

  it("says why in Chinese when the save fails, naming the sheet, cells and colour, and can be tried again", async () => {
    const s = pendingSave();
    render(<DownloadButton save={s.save} fileName="客户.xlsx" strings={previewStrings("zh-CN")} />);
    fireEvent.click(screen.getByRole("button", { name: "下载工作簿" }));
    const refused = new FileSaveError(
      { problem: "fillColour", sheet: "客户", address: "A1:C1", detail: "Orange" },
      "Sheet “客户”, A1:C1: the fill colour “Orange” cannot be saved; only #RRGGBB colours are supported.",
    );
    await act(async () => s.fail(refused));
    expect(screen.getByRole("status").textContent).toBe(
      "无法保存工作簿：工作表“客户”中单元格 A1:C1 的填充颜色为“Orange”，只有 #RRGGBB 形式的颜色才能保存。请为这些单元格换一种填充颜色，然后重新下载。",
    );
    expect(clicks).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "下载工作簿" }));
    expect(s.save).toHaveBeenCalledTimes(2);
  });

  it("words an unexpected failure in the page's language, with the writer's own words in brackets", async () => {
    const s = pendingSave();
    render(<DownloadButton save={s.save} fileName="客户.xlsx" strings={previewStrings("zh-CN")} />);
    fireEvent.click(screen.getByRole("button", { name: "下载工作簿" }));
    await act(async () => s.fail(new Error("The save worker stopped: out of memory")));
    expect(screen.getByRole("status").textContent).toBe(
      "无法保存工作簿：写入文件时出错（The save worker stopped: out of memory）。请重试；如果仍然失败，请报告此消息。",
    );
  });
});

describe("the downloaded file's name", () => {
  it("is the opened file's name with .xlsx, or TierLadder-sample.xlsx", () => {
    expect(downloadName()).toBe("TierLadder-sample.xlsx");
    expect(downloadName("Q3 sales.csv")).toBe("Q3 sales.xlsx");
    expect(downloadName("客户名单.xlsx")).toBe("客户名单.xlsx");
    expect(downloadName("C:\\fakepath\\book.v2.xlsx")).toBe("book.v2.xlsx");
    expect(downloadName(".xlsx")).toBe("TierLadder-sample.xlsx");
  });

  it("has .xlsm when the workbook keeps a VBA project, whatever the opened file's extension", () => {
    expect(downloadName("Q3.xlsm", "xlsm")).toBe("Q3.xlsm");
    expect(downloadName("Q3.xlsx", "xlsm")).toBe("Q3.xlsm"); // a renamed .xlsm: named by what it holds
    expect(downloadName(undefined, "xlsm")).toBe("TierLadder-sample.xlsm");
  });

  it("has .xlsx when the workbook keeps no VBA project, an .xlsm's or a .csv's name too", () => {
    expect(downloadName("Q3.xlsm")).toBe("Q3.xlsx"); // an .xlsm without a project (or with a missing one)
    expect(downloadName("Q3.csv", "xlsx")).toBe("Q3.xlsx");
    expect(downloadName("Q3.xlsx", "xlsx")).toBe("Q3.xlsx");
  });

  it("gives each name its media type: .xlsm a macro-enabled workbook's, any other an .xlsx's", () => {
    expect(downloadMediaType("Q3.xlsm")).toBe("application/vnd.ms-excel.sheet.macroEnabled.12");
    expect(downloadMediaType("Q3.XLSM")).toBe("application/vnd.ms-excel.sheet.macroEnabled.12");
    expect(downloadMediaType("Q3.xlsx")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
});
