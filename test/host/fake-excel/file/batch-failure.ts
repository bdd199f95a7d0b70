/** The error an Office.js batch fails with; undefined when it does not fail. */
export async function failure(batch: Promise<unknown>): Promise<OfficeExtension.Error | undefined> {
  try {
    await batch;
    return undefined;
  } catch (e) {
    return e as OfficeExtension.Error;
  }
}
