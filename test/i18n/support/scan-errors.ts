import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One `new InputError(...)` / `new HostError(...)` in the source. */
export interface ErrorSite {
  readonly file: string;
  readonly line: number;
  /** The catalog key (without "errors."), or undefined when the code computes it. */
  readonly key?: string;
  /** Names of the params object's properties; undefined when they cannot be read off the source (a variable, a spread). */
  readonly params?: readonly string[];
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Index just past the string / template / comment starting at i (a plain scanner: enough for our own sources). */
function skipQuoted(src: string, i: number): number {
  const q = src[i];
  if (q === "/" && src[i + 1] === "/") return src.indexOf("\n", i) + 1 || src.length;
  if (q === "/" && src[i + 1] === "*") return src.indexOf("*/", i + 2) + 2;
  let j = i + 1;
  while (j < src.length && src[j] !== q) {
    if (src[j] === "\\") j += 2;
    else if (q === "`" && src[j] === "$" && src[j + 1] === "{") j = matching(src, j + 1) + 1;
    else j++;
  }
  return j + 1;
}

/** Index of the bracket closing the one at `open`. */
function matching(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length;) {
    const c = src[i];
    if (c === '"' || c === "'" || c === "`" || (c === "/" && (src[i + 1] === "/" || src[i + 1] === "*"))) {
      i = skipQuoted(src, i);
      continue;
    }
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  throw new Error(`unbalanced bracket at ${open}`);
}

/** The top-level comma-separated pieces between the bracket at `open` and its partner. */
export function splitArgs(src: string, open: number): string[] {
  const close = matching(src, open);
  const args: string[] = [];
  let start = open + 1;
  for (let i = open + 1; i < close;) {
    const c = src[i];
    if (c === '"' || c === "'" || c === "`" || (c === "/" && (src[i + 1] === "/" || src[i + 1] === "*"))) {
      i = skipQuoted(src, i);
      continue;
    }
    if (c === "(" || c === "{" || c === "[") {
      i = matching(src, i) + 1;
      continue;
    }
    if (c === ",") {
      args.push(src.slice(start, i).trim());
      start = i + 1;
    }
    i++;
  }
  const last = src.slice(start, close).trim();
  if (last) args.push(last);
  return args;
}

const literal = (arg: string | undefined) => (arg && /^"[^"\\]*"$/.test(arg) ? arg.slice(1, -1) : undefined);

/** Property names of an object literal `{ a: 1, b, "c": x }`; undefined for anything else or with a spread. */
export function objectKeys(arg: string | undefined): string[] | undefined {
  if (!arg || !arg.startsWith("{")) return undefined;
  const props = splitArgs(arg, 0);
  const names: string[] = [];
  for (const p of props) {
    if (p.startsWith("...")) return undefined;
    const m = /^(?:"([^"]+)"|([A-Za-z_$][\w$]*))\s*(?::|$)/.exec(p);
    if (!m) return undefined;
    names.push(m[1] ?? m[2]);
  }
  return names;
}

/** Every `new <cls>(` in the files; `keyArg` is the argument that holds the catalog key. */
export function errorSites(
  files: readonly string[],
  root: string,
  cls: "InputError" | "HostError",
): (ErrorSite & { args: string[] })[] {
  const sites: (ErrorSite & { args: string[] })[] = [];
  const pattern = new RegExp(`new ${cls}\\(`, "g");
  for (const file of files) {
    const src = readFileSync(file, "utf8");
    for (const m of src.matchAll(pattern)) {
      const open = m.index + m[0].length - 1;
      const args = splitArgs(src, open);
      const line = src.slice(0, m.index).split("\n").length;
      const key = cls === "InputError" ? literal(args[0]) : literal(args[2]);
      const params = cls === "InputError" ? objectKeys(args[1]) : undefined;
      sites.push({ file: relative(root, file), line, key, params, args });
    }
  }
  return sites;
}

/** The keys of an object literal assigned to `const <name>` in a file (e.g. the host's MESSAGES by Office error code). */
export function constObjectKeys(file: string, name: string): string[] {
  const src = readFileSync(file, "utf8");
  const at = src.indexOf(`const ${name}`);
  if (at < 0) throw new Error(`no const ${name} in ${file}`);
  const open = src.indexOf("{", src.indexOf("=", at));
  return objectKeys(src.slice(open, matching(src, open) + 1)) ?? [];
}
