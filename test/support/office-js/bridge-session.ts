import type { FakeExcel } from "../../../src/host/fake-excel";
import type { FakeContext } from "../../../src/host/fake-excel/fake-context";
import { utf8Length } from "../../../src/host/excel/utf8-length";
import { type KeptObjects, replayBatch } from "./replay-batch";
import {
  ActionKind,
  KEEP_REFERENCE,
  PathType,
  REMOVE_REFERENCE,
  type WireRequestBody,
  type WireRequestMessage,
  type WireResponseMessage,
} from "./wire";

/** What travelled between office.js and the workbook, measured on the real serialized bodies. */
export interface WireStats {
  /** Requests office.js sent (one per context.sync() with queued work, plus the one releasing kept references at the end of Excel.run). */
  officeJsSyncs: number;
  /** Of those, the requests that only released kept references (_RemoveReference, at the end of an Excel.run). */
  officeJsReleaseRequests: number;
  /** UTF-8 bytes of each request body as office.js serialized it. */
  officeJsRequestBytes: number[];
  /** UTF-8 bytes of each response body. */
  officeJsResponseBytes: number[];
}

export interface WireLimits {
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

/**
 * The session object Excel.run accepts in place of a host: office.js asks it for the request URL
 * (_resolveRequestUrlAndHeaderInfo) and for a request executor (_createRequestExecutorOrNull) — private
 * members of the pinned office.js 1.1.110 (ClientRequestContext.ensureRequestUrlAndHeaderInfo) — and hands
 * the executor every request. The executor answers each from the fake Excel's workbook.
 */
export function createBridgeSession(fake: FakeExcel, stats: WireStats, limits: WireLimits): object {
  const kept: KeptObjects = new Map();
  let references = 0;
  const executor = {
    async executeAsync(
      _customData: unknown,
      _flags: number,
      message: WireRequestMessage,
    ): Promise<WireResponseMessage> {
      // Excel on the web limits requests and responses to 5 MB, measured on what travels: the serialized body.
      // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
      const text = JSON.stringify(message.Body);
      const bytes = utf8Length(text);
      stats.officeJsSyncs++;
      stats.officeJsRequestBytes.push(bytes);
      if (bytes > limits.maxRequestBytes) {
        stats.officeJsResponseBytes.push(0);
        return failed(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${bytes} bytes > ${limits.maxRequestBytes}).`,
          413,
        );
      }
      const body = JSON.parse(text) as WireRequestBody; // what the server receives: undefined arguments arrive as null
      const bookkeeping = onlyBookkeeping(body);
      if (bookkeeping) stats.officeJsReleaseRequests++;
      const response = bookkeeping
        ? (releaseReferences(body, kept), {})
        : await fake.run((ctx) => replayBatch(ctx as FakeContext, body, kept, () => `bridge-ref-${++references}`));
      const responseBytes = utf8Length(JSON.stringify(response));
      stats.officeJsResponseBytes.push(responseBytes);
      if (responseBytes > limits.maxResponseBytes) {
        return failed(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (${responseBytes} bytes > ${limits.maxResponseBytes}).`,
          413,
        );
      }
      return { ErrorCode: "", ErrorMessage: "", HttpStatusCode: 200, Headers: {}, Body: response };
    },
  };
  return {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://fake-excel.invalid/", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
}

function failed(code: string, message: string, httpStatusCode: number): WireResponseMessage {
  return { ErrorCode: code, ErrorMessage: message, HttpStatusCode: httpStatusCode, Headers: {}, Body: null };
}

/** A request that only keeps or releases references (the last one of every Excel.run) touches no workbook data: no fake sync. */
function onlyBookkeeping(body: WireRequestBody): boolean {
  return body.Actions.every(
    (a) =>
      (a.ActionType === ActionKind.Instantiate &&
        body.ObjectPaths[String(a.ObjectPathId)]?.ObjectPathType === PathType.Global) ||
      (a.ActionType === ActionKind.Method && (a.Name === REMOVE_REFERENCE || a.Name === KEEP_REFERENCE)),
  );
}

function releaseReferences(body: WireRequestBody, kept: KeptObjects): void {
  for (const a of body.Actions) if (a.Name === REMOVE_REFERENCE) kept.delete(String(a.ArgumentInfo?.Arguments?.[0]));
}
