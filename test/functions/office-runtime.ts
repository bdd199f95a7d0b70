import { readFileSync } from "node:fs";

/**
 * Microsoft's custom-functions runtime (@microsoft/office-js, dist/custom-functions-runtime.debug.js),
 * loaded into the test's jsdom window the way a page loads it: a <script> element whose file name
 * the library checks, then the file run in the global scope. It defines `window.CustomFunctions`
 * (Error, ErrorCode, …), so the functions under test throw the real CustomFunctions.Error, and the
 * tests build error arguments with the real class. Test files using this need
 * `@jest-environment jsdom`. Loading twice is harmless (the second call reuses the first).
 */
export function loadCustomFunctionsRuntime(): typeof CustomFunctions {
  const w = window as unknown as { CustomFunctions?: typeof CustomFunctions };
  if (typeof w.CustomFunctions?.Error !== "function") {
    const file = require.resolve("@microsoft/office-js/dist/custom-functions-runtime.debug.js");
    const tag = document.createElement("script");
    tag.src = "https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.debug.js";
    document.head.appendChild(tag);
    (0, eval)(readFileSync(file, "utf8"));
  }
  return w.CustomFunctions as typeof CustomFunctions;
}

/**
 * An error cell as Excel hands it to a custom function once functions.json sets
 * `allowErrorForDataTypeAny`: the runtime turns the host's `{ type: "CustomFunctionError", code }`
 * into `new CustomFunctionError(value.code)` (custom-functions-runtime.debug.js,
 * CustomFunctionProxy._transferCustomFunctionError), with no message. Built here the same way.
 */
export function errorCell(code: string): CustomFunctions.Error {
  const runtime = loadCustomFunctionsRuntime();
  return new runtime.Error(code as CustomFunctions.ErrorCode);
}

/** What Excel receives for a thrown error: the runtime's own JSON of it (code and shown message). */
export function asSentToExcel(error: unknown): { code: string; message?: string } {
  return JSON.parse(JSON.stringify(error)) as { code: string; message?: string };
}
