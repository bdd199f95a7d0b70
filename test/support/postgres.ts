/**
 * A throw-away PostgreSQL server for tests: Debian's PostgreSQL 15 binaries, a fresh cluster in a temp dir, trust
 * authentication, listening on 127.0.0.1 at a free port only (its socket in that dir too, never /var/run). Start it
 * in beforeAll, stop it in afterAll. When the binaries are missing the start throws (the test fails, it is not
 * skipped): CI installs them (.ci/run), and a result that silently left PostgreSQL out would claim a dialect that
 * was not run.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";

export const PG_BIN = process.env.TIERLADDER_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface PgServer {
  readonly port: number;
  /** A connected client to the `postgres` database (the caller ends it, or `stop` does). */
  connect(): Promise<Client>;
  /** Stops the server and removes its directory. */
  stop(): Promise<void>;
}

/** initdb refuses to run as root, so as root the cluster belongs to the `postgres` user. */
const asRoot = process.getuid?.() === 0;

function run(command: string, args: string[], what: string): SpawnSyncReturns<string> {
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const out = spawnSync(cmd, argv, { encoding: "utf8", timeout: 60_000 });
  if (out.status !== 0) {
    throw new Error(`${what} failed (${out.error?.message ?? `exit ${out.status}`}): ${out.stderr || out.stdout}`);
  }
  return out;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function requireBinaries(): void {
  const missing = ["initdb", "pg_ctl"].filter((b) => !existsSync(join(PG_BIN, b)));
  if (missing.length) {
    throw new Error(
      `PostgreSQL 15 server binaries not found (${missing.map((b) => join(PG_BIN, b)).join(", ")}): ` +
        "install Debian's server (apt-get install -y postgresql, as .ci/run does), or set TIERLADDER_PG_BIN.",
    );
  }
}

/** A fresh cluster in a temp dir owned by the user that runs the server. */
function initCluster(): { dir: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), "tierladder-pg-"));
  if (asRoot) {
    const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
    chownSync(dir, id("-u"), id("-g"));
  }
  const data = join(dir, "data");
  run(
    join(PG_BIN, "initdb"),
    ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
    "initdb",
  );
  return { dir, data };
}

function startServer(dir: string, data: string, port: number): void {
  // fsync off: a test cluster is thrown away, durability buys nothing but time.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  run(
    join(PG_BIN, "pg_ctl"),
    ["-D", data, "-o", options, "-l", join(dir, "server.log"), "-w", "start"],
    "pg_ctl start",
  );
}

/** Starts a server (a second free port is tried when another process took the first meanwhile). */
export async function startPostgres(): Promise<PgServer> {
  requireBinaries();
  const { dir, data } = initCluster();
  let port = await freePort();
  try {
    startServer(dir, data, port);
  } catch {
    port = await freePort();
    startServer(dir, data, port);
  }
  const clients: Client[] = [];
  return {
    port,
    async connect() {
      const client = new Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
      await client.connect();
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.allSettled(clients.map((c) => c.end()));
      try {
        run(join(PG_BIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"], "pg_ctl stop");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
