/**
 * End to end: `npx tierladder` as a user types it in the project (package.json's bin → bin/tierladder.mjs → tsx →
 * src/cli/main.ts), exit codes and streams as a shell sees them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");

function tierladder(...args: string[]) {
  const r = spawnSync("npx", ["--no-install", "tierladder", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("npx tierladder", () => {
  it("--help prints the usage and exits 0", () => {
    const { code, out } = tierladder("--help");
    expect(code).toBe(0);
    expect(out).toContain("Usage: tierladder <command>");
  });

  it("sql prints a statement on stdout; an unknown flag exits 2 with the message on stderr", () => {
    const ok = tierladder("sql", "--method", "rank-share", "--key", "Customer", "--value", "Sales");
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/SELECT/i);
    const bad = tierladder("sql", "--nope");
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    expect(bad.err).toContain("Unknown option '--nope'");
  });

  it("run writes the tiers of a CSV (the README's thresholds 20, 5: Key, Core, Tail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "tierladder-bin-"));
    try {
      writeFileSync(join(dir, "c.csv"), "Customer,Sales\nCobalt,25\nGarnet,5\nAcme,1\nNone,\n");
      const { code, err } = tierladder(
        ...["run", "--method", "thresholds", "--key", "Customer", "--value", "Sales", "--bounds", "20,5"],
        ...["--labels", "Key,Core,Tail", "--input", join(dir, "c.csv"), "--output", join(dir, "t.csv")],
      );
      expect({ code, err }).toEqual({ code: 0, err: expect.stringContaining("4 customers written") });
      const rows = readFileSync(join(dir, "t.csv"), "utf8").trim().split("\n");
      const cols = rows[0].split(",");
      const tierOf = new Map(
        rows
          .slice(1)
          .map((r) => r.split(","))
          .map((c) => [c[cols.indexOf("Customer")], c[cols.indexOf("tier")]]),
      );
      expect(Object.fromEntries(tierOf)).toEqual({ Cobalt: "Key", Garnet: "Core", Acme: "Tail", None: "" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
