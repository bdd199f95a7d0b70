import { readdirSync } from "node:fs";
import { join } from "node:path";
import { BENCHES } from "../../bench/benches";

describe("bench/benches.ts", () => {
  it("lists every bench file of bench/, and no file that is not there", () => {
    // `npm run bench` runs only what benches.ts lists (scripts/bench.mjs bundles it), so a new
    // *.bench.ts left out of the list would silently never run.
    const onDisk = readdirSync(join(__dirname, "../../bench"))
      .filter((f) => f.endsWith(".bench.ts"))
      .sort();
    expect(Object.keys(BENCHES).sort()).toEqual(onDisk);
  });
});
