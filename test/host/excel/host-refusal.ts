import { HostError } from "../../../src/host/host-api";

/** The HostError a host write is refused with; a write that lands, or fails with anything else, fails the test. */
export async function refusal(write: Promise<unknown>): Promise<HostError> {
  try {
    await write;
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error("the write was not refused");
}
