import { join } from "node:path";
import { readFileSync } from "node:fs";
import { enUS, zhCN } from "../../src/i18n";
import { constObjectKeys, errorSites, sourceFiles } from "./support/scan-errors";

/**
 * Every error the engine, the host or the pane can raise must read well in both languages: the key of
 * each `new InputError("<key>", {params}, …)` and `new HostError(code, …, "<key>")` in src/ needs
 * `errors.<key>` in en-US and zh-CN, and a message may only use {{placeholders}} the code passes.
 */
const ROOT = join(__dirname, "../..");
const files = ["src/engine", "src/host", "src/taskpane", "src/i18n"].flatMap((d) => sourceFiles(join(ROOT, d)));

function lookup(catalog: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      catalog,
    );
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
const errorsOf = (catalog: { errors: unknown }) => catalog.errors;

/**
 * Files where the key is a variable, with how to read the keys (and params) off the source. A new
 * file of this kind fails the test below until it is added here, so no key goes unchecked.
 */
const COMPUTED: Record<string, readonly { keys: RegExp; prefix?: string; params: readonly string[] }[]> = {
  // validatePlaybooks: fail("<key>", field, expected, found) throws InputError(key, { task, tier, found }) for a
  // tier's playbook, and InputError("playbooks." + key, { task, column, value, found }) for a category playbook.
  [join("src", "engine", "tasks", "validate-playbooks.ts")]: [
    { keys: /fail\("(\w+)",/g, params: ["task", "tier", "found"] },
    { keys: /fail\("(\w+)",/g, prefix: "playbooks.", params: ["task", "column", "value", "found"] },
  ],
};

/**
 * Files that rebuild an InputError with a key some other site made (and this test checked there): the tier
 * worker's reply carries the engine's error across to the page as key, params and message.
 */
const PASSED_ON = new Set([join("src", "taskpane", "preview-worker", "protocol.ts")]);

describe("error messages in the catalogs", () => {
  const inputSites = errorSites(files, ROOT, "InputError").filter((s) => !PASSED_ON.has(s.file));
  const hostSites = errorSites(files, ROOT, "HostError");

  it("find the engine's errors in the source (the scan itself works)", () => {
    expect(inputSites.length).toBeGreaterThan(80);
    expect(inputSites.some((s) => s.key === "rateOutOfRange" && s.params?.join() === "stage,next,found")).toBe(true);
    expect(hostSites.some((s) => s.key === "host.cellsNotEmpty")).toBe(true);
  });

  it("read the computed keys off their files (the six template checks of validatePlaybooks)", () => {
    for (const [file, cs] of Object.entries(COMPUTED))
      for (const c of cs)
        expect([file, [...readFileSync(join(ROOT, file), "utf8").matchAll(c.keys)].length]).toEqual([file, 6]);
  });

  it("know every place that computes its key", () => {
    const computed = [...new Set(inputSites.filter((s) => s.key === undefined).map((s) => s.file))].sort();
    expect(computed).toEqual(Object.keys(COMPUTED).sort());
  });

  const sites = [
    ...inputSites
      .filter((s) => s.key !== undefined)
      .map((s) => ({ where: `${s.file}:${s.line}`, key: s.key!, params: s.params })),
    ...Object.entries(COMPUTED).flatMap(([file, cs]) =>
      cs.flatMap((c) =>
        [...readFileSync(join(ROOT, file), "utf8").matchAll(c.keys)].map((m) => ({
          where: file,
          key: (c.prefix ?? "") + m[1],
          params: c.params as readonly string[] | undefined,
        })),
      ),
    ),
    ...hostSites
      .filter((s) => s.key !== undefined)
      .map((s) => ({ where: `${s.file}:${s.line}`, key: s.key!, params: undefined })),
    // toHostError: an Office error code with a message of its own becomes the key host.<code>.
    ...constObjectKeys(join(ROOT, "src/host/excel/errors.ts"), "MESSAGES").map((code) => ({
      where: "src/host/excel/errors.ts",
      key: `host.${code}`,
      params: undefined,
    })),
  ];

  it.each([
    ["en-US", enUS],
    ["zh-CN", zhCN],
  ] as const)("have errors.<key> in %s for every error the code raises", (_lang, catalog) => {
    const missing = [
      ...new Set(
        sites.filter((s) => typeof lookup(errorsOf(catalog), s.key) !== "string").map((s) => `${s.key} (${s.where})`),
      ),
    ];
    expect(missing).toEqual([]);
  });

  it.each([
    ["en-US", enUS],
    ["zh-CN", zhCN],
  ] as const)("use in %s only the params the code passes", (_lang, catalog) => {
    const wrong: string[] = [];
    for (const s of sites) {
      const text = lookup(errorsOf(catalog), s.key);
      if (typeof text !== "string") continue;
      const given = s.params ?? [];
      const extra = placeholders(text).filter((p) => !given.includes(p));
      if (extra.length > 0)
        wrong.push(
          `${s.key} (${s.where}) uses {{${extra.join("}}, {{")}}} but the code passes ${given.join(", ") || "nothing"}`,
        );
    }
    expect(wrong).toEqual([]);
  });
});
