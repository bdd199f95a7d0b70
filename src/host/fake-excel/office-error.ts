/**
 * The error the fake Excel raises, shaped like OfficeExtension.Error (code, message, debugInfo), so the
 * host's error mapping (src/host/excel/errors.ts) treats both alike.
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Excel's text for reading a property that was not loaded (OfficeExtension.ErrorCodes.propertyNotLoaded). */
export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
