/** --help documents every flag parseArgs accepts, for the command that takes it, and exits 0; no command exits 2. */
import { OPTIONS } from "../../src/cli/flags";
import { runCli } from "./run-cli";

const SQL_FLAGS = [
  "scheme",
  "columns",
  "method",
  "key",
  "value",
  "shares",
  "bounds",
  "labels",
  "group",
  "dialect",
  "table",
];
const RUN_FLAGS = ["scheme", "method", "key", "value", "shares", "bounds", "labels", "group", "input", "output"];

describe("tierladder --help", () => {
  it("names every flag the parser accepts", async () => {
    const { code, out } = await runCli("--help");
    expect(code).toBe(0);
    const undocumented = Object.keys(OPTIONS).filter((f) => !out.includes(`--${f}`));
    expect(undocumented).toEqual([]);
    expect(out).toMatch(/Exit codes: 0 .*1 .*\n?.*2 /s);
  });

  it.each([
    ["sql", SQL_FLAGS],
    ["run", RUN_FLAGS],
  ])("%s --help documents its flags", async (command, flags) => {
    const { code, out } = await runCli(command, "--help");
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^Usage: tierladder ${command}`));
    expect(flags.filter((f) => !out.includes(`--${f} `))).toEqual([]);
  });

  it("without a command prints the usage to stderr and exits 2", async () => {
    const { code, out, err } = await runCli();
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("Usage: tierladder <command>");
  });

  it("an unknown command exits 2 naming it", async () => {
    const { code, err } = await runCli("tier");
    expect(code).toBe(2);
    expect(err).toContain('unknown command "tier"');
  });
});
