import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The committed files of test/fixtures/files (made by make_fixtures.py; see the README there). */
export const FIXTURES = join(__dirname, "..", "..", "..", "fixtures", "files");
export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
export const fixtureExpected = <T>(name: string): T => JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as T;

/** What make_fixtures.py wrote into a customers workbook (dates as serials it computed itself). */
export interface XlsxExpected {
  readonly sheets: string[];
  readonly cells: Record<string, unknown>;
  readonly columnFormats: Record<string, (string | null)[]>;
  readonly formats: Record<string, Record<string, string>>;
  readonly tables: { name: string; sheet: string; ref: string; headers: string[] }[];
}
