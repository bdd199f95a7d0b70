/**
 * The manifest, checked offline: office-addin-manifest reads it (no network), every resource it
 * references is defined, every URL points at the same origin the dev server uses, every icon file
 * exists at the size it claims, and the production rewrite leaves no localhost behind.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";

/** office-addin-manifest pulls in ESM that jest's CommonJS runtime cannot load, so read it in plain Node. */
function readWithOfficeAddinManifest(): Record<string, unknown> & {
  hosts?: string[];
  defaultSettings?: { sourceLocation?: string };
} {
  const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile("manifest.xml").then((m) => process.stdout.write(JSON.stringify(m)))`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

const xml = readFileSync("manifest.xml", "utf8");
const attr = (name: string) => [...xml.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) => m[1]);

describe("manifest.xml", () => {
  it("is read by office-addin-manifest as an Excel task-pane add-in with read-write permission", () => {
    const info = readWithOfficeAddinManifest();
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.displayName).toBe("TierLadder");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
  });

  it("defines every resource id it references, and each id once", () => {
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    const referenced = attr("resid");
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(defined).toContain(id);
  });

  it("keeps control and group ids unique", () => {
    const ids = [...xml.matchAll(/<(?:Group|Control)[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(expect.arrayContaining(["TierLadder.Group", "TierLadder.OpenPane", "TierLadder.Rerun"]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses a long-lived shared runtime for the pane, the functions and the commands", () => {
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
  });

  it("declares the TIER namespace for the custom functions", () => {
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="TIER"\/>/);
  });

  it("points every URL at https://localhost:3000 during development", () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://localhost:3000")).toBe(true);
  });

  it("has en-US strings with a zh-CN override for every label a user sees", () => {
    for (const id of [
      "Group.Label",
      "OpenPane.Label",
      "Rerun.Label",
      "OpenPane.Tooltip",
      "Rerun.Tooltip",
      "GetStarted.Title",
      "GetStarted.Description",
    ]) {
      const block = xml.match(new RegExp(`<bt:String id="${id.replace(".", "\\.")}"[\\s\\S]*?</bt:String>`));
      expect(block?.[0]).toMatch(/<bt:Override Locale="zh-CN" Value="[^"]+"\/>/);
    }
  });

  it("ships every icon it names, at the size it claims (PNG header width and height)", () => {
    const icons = [...xml.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80]));
    for (const size of [16, 32, 64, 80, 128]) {
      const file = `assets/icon-${size}.png`;
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  it("loses every localhost URL in the production rewrite", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rewriteManifest } = require("../../webpack.config.js");
    const prod: string = rewriteManifest(xml, "production");
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain("https://tierladder.example.com/taskpane.html");
    expect(rewriteManifest(xml, "development")).toBe(xml);
  });
});
