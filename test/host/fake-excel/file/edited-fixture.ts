import JSZip from "jszip";
import { fixtureBytes } from "./fixture-files";

/** The fixture `file` with `edit` done to its zip: the damaged or hand-changed file a test opens instead. */
export async function editedFixture(file: string, edit: (zip: JSZip) => void | Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes(file));
  await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}
