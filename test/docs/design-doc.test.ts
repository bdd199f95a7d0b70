/**
 * docs/DESIGN.md stays true to the tree (issue 12): every folder under src/ is named in its "Folders" section,
 * every top-level source folder has a paragraph of its own, and every path the section or the layout picture
 * names still exists. The expectations are the repository's own directories, read from disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const doc = readFileSync(join(root, "docs/DESIGN.md"), "utf8");

/** The text of a "## <title>" section, up to the next "## " heading. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`docs/DESIGN.md has no "## ${title}" section`);
  const rest = markdown.slice(start + 1);
  const next = rest.indexOf("\n## ", 1);
  return next < 0 ? rest : rest.slice(0, next);
}

/** Every directory under `dir` (relative to the repository, with a trailing "/"), depth first. */
function directoriesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = `${dir}/${entry.name}`;
    out.push(`${path}/`, ...directoriesUnder(path));
  }
  return out;
}

/** Folder paragraphs: "### `path/`" headings and the text under each. */
function folderParagraphs(folders: string): Map<string, string> {
  const paragraphs = new Map<string, string>();
  const parts = folders.split(/^### /m).slice(1);
  for (const part of parts) {
    const heading = /^`([^`]+\/)`\s*\n/.exec(part);
    if (!heading)
      throw new Error(`a folder heading must be one path in backticks ending in "/": ### ${part.split("\n")[0]}`);
    paragraphs.set(heading[1], part.slice(heading[0].length));
  }
  return paragraphs;
}

const ROOT_DIRS = /^(src|test|bench|scripts|docs|assets)\//;
/** A bare file name such as `inspect.ts`, looked up in the paragraph's own folder (globs are skipped). */
const BARE_FILE = /^[\w.-]+\.(ts|tsx|cjs|mjs|json|md|html)$/;

function backticked(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
}

function exists(path: string): boolean {
  const full = join(root, path);
  if (!existsSync(full)) return false;
  return path.endsWith("/") ? statSync(full).isDirectory() : statSync(full).isFile();
}

/** Files under `dir` (recursively) with the name `name`. */
function findFile(dir: string, name: string): boolean {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (entry.isFile() && entry.name === name) return true;
    if (entry.isDirectory() && findFile(`${dir}/${entry.name}`, name)) return true;
  }
  return false;
}

const folders = section(doc, "Folders");
const paragraphs = folderParagraphs(folders);

describe("docs/DESIGN.md, folder paragraphs", () => {
  it("names every folder under src/", () => {
    const named = new Set(backticked(folders));
    const missing = directoriesUnder("src").filter((d) => !named.has(d));
    expect(missing).toEqual([]);
  });

  it("gives each folder directly under src/ and src/host/ a paragraph of its own", () => {
    const own = [...directoriesUnder("src").filter((d) => d.split("/").length === 3), ...directoriesUnder("src/host")];
    const missing = [...new Set(own)].filter((d) => !paragraphs.has(d));
    expect(missing).toEqual([]);
  });

  it("names only folders and files that exist", () => {
    const gone: string[] = [];
    for (const [folder, text] of paragraphs) {
      if (!exists(folder)) gone.push(folder);
      for (const token of backticked(text)) {
        if (ROOT_DIRS.test(token) && !token.includes("*") && !exists(token)) gone.push(token);
        else if (BARE_FILE.test(token) && !findFile(folder.slice(0, -1), token)) gone.push(`${folder}…/${token}`);
      }
    }
    expect(gone).toEqual([]);
  });
});

describe("docs/DESIGN.md, layout picture", () => {
  const picture = /```\n([\s\S]*?)```/.exec(section(doc, "Layout"))?.[1] ?? "";
  const paths = picture
    .split("\n")
    .map((line) => line.split(/\s+/)[0])
    .filter((p) => ROOT_DIRS.test(p));

  it("shows every folder directly under src/", () => {
    const shown = new Set(paths.map((p) => p.split("/").slice(0, 2).join("/") + "/"));
    const missing = directoriesUnder("src").filter((d) => d.split("/").length === 3 && !shown.has(d));
    expect(missing).toEqual([]);
  });

  it("shows only paths that exist", () => {
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });
});

describe("the repository points at its own design document", () => {
  it("links docs/DESIGN.md from the README and no longer names ../shared/DESIGN.md", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme).toContain("(docs/DESIGN.md)");
    expect(readme).not.toContain("shared/DESIGN.md");
  });
});
