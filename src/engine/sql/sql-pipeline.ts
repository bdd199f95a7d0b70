/**
 * The statement as a chain of CTEs, each `SELECT *, <new columns> FROM <the previous one>`: window functions
 * cannot nest, so each step that needs the previous step's windows is a stage of its own.
 */
export class SqlPipeline {
  private readonly stages: { name: string; sql: string }[] = [];

  constructor(first: { name: string; sql: string }) {
    this.stages.push(first);
  }

  /** The name of the last stage. */
  get last(): string {
    return this.stages[this.stages.length - 1].name;
  }

  /** A stage with the previous stage's columns and these (`expr AS alias`). */
  add(name: string, columns: readonly string[]): this {
    this.stages.push({ name, sql: `SELECT *,\n    ${columns.join(",\n    ")}\n  FROM ${this.last}` });
    return this;
  }

  /** A stage written in full (it reads earlier stages by name). */
  raw(name: string, sql: string): this {
    this.stages.push({ name, sql });
    return this;
  }

  /** WITH … followed by the final SELECT. */
  toSql(finalSelect: string): string {
    return `WITH\n${this.stages.map((s) => `${s.name} AS (\n  ${s.sql}\n)`).join(",\n")}\n${finalSelect}`;
  }
}
