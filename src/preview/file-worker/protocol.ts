import type { FileOpenErrorData, OpenProgress, PackedWorkbook } from "../../host";

/**
 * Page → file worker: read this file. The File itself is posted (a handle; structured cloning copies no bytes)
 * and the worker reads its bytes: reading a 34 MB file with File.arrayBuffer() on the page ran as main-thread
 * tasks of up to 315 ms in Chromium (its FileReaderLoader copies the data there).
 */
export interface OpenFileRequest {
  readonly fileName: string;
  readonly file: Blob;
}

/** File worker → page: progress while reading, then the workbook (packed: typed arrays transferred) or why it could not be opened. */
export type OpenFileReply =
  | { readonly type: "progress"; readonly progress: OpenProgress }
  | { readonly type: "opened"; readonly workbook: PackedWorkbook }
  | { readonly type: "failed"; readonly problem: FileOpenErrorData }
  | { readonly type: "crashed"; readonly message: string };
