import { execFileSync } from "node:child_process";

let built = false;

/** Builds dist/ in production mode once per bench run (the bundle size and the browser benches all read it). */
export function productionBuild(): void {
  if (built) return;
  execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });
  built = true;
}
