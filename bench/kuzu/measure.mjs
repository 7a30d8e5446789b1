import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// The same counts as the embedded side's QueryTimer.
export const warmUps = 10;
export const runs = 20;

export const readManifest = (csvDirectory) => JSON.parse(readFileSync(join(csvDirectory, "graph.json"), "utf8"));

export const writeJson = (path, value) => writeFileSync(path, JSON.stringify(value, null, 2));

// Only the parameters the statement names: Kuzu refuses ones it does not use.
export const pick = (all, names) => Object.fromEntries(names.map((name) => [name, all[name]]));

// Executes a prepared statement and returns its rows as arrays in column order; the result is closed at once.
export async function rowsOf(connection, prepared, parameters) {
  const result = await connection.execute(prepared, parameters);
  try {
    const columns = result.getColumnNamesSync();
    const records = await result.getAll();
    return { columns, rows: records.map((record) => columns.map((column) => plain(record[column]))) };
  } finally {
    result.close();
  }
}

export function elapsedMs(started) {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

// Peak resident memory of this process (VmHWM), as the embedded side reads it.
export function peakRssMb() {
  const line = readFileSync("/proc/self/status", "utf8").split("\n").find((l) => l.startsWith("VmHWM:"));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : NaN;
}

// JSON has no BigInt; the counts here are far below 2^53.
const plain = (value) => (typeof value === "bigint" ? Number(value) : value);
