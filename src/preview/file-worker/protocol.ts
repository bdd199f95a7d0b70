import type { FileOpenErrorData, OpenProgress, PackedWorkbook } from "../../host";

/** Page → file worker: read this file (its bytes are transferred, not copied). */
export interface OpenFileRequest {
  readonly fileName: string;
  readonly bytes: ArrayBuffer;
}

/** File worker → page: progress while reading, then the workbook (packed: typed arrays transferred) or why it could not be opened. */
export type OpenFileReply =
  | { readonly type: "progress"; readonly progress: OpenProgress }
  | { readonly type: "opened"; readonly workbook: PackedWorkbook }
  | { readonly type: "failed"; readonly problem: FileOpenErrorData }
  | { readonly type: "crashed"; readonly message: string };
