// Kuzu's half of bench/kuzu.sh, in its own process: create the tables, COPY the CSVs, time the six queries.
// Usage: node bench.mjs <csv dir> <database dir> <out.json>
import kuzu from "kuzu";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { queries } from "./queries.mjs";
import { elapsedMs, peakRssMb, pick, readManifest, rowsOf, runs, warmUps, writeJson } from "./measure.mjs";

const [csvDirectory, databaseDirectory, outputPath] = process.argv.slice(2);
const manifest = readManifest(csvDirectory);
mkdirSync(databaseDirectory, { recursive: true });
const database = new kuzu.Database(join(databaseDirectory, "graph.kuzu"));
const connection = new kuzu.Connection(database);

const run = async (statement) => (await connection.query(statement)).close();

// Tables with the id as primary key (Kuzu's index), then one bulk COPY per file, the way Kuzu is meant to be loaded.
const started = process.hrtime.bigint();
for (const node of manifest.nodes) {
  const [key, ...rest] = node.columns;
  await run(`CREATE NODE TABLE ${node.label}(${[`${key} STRING PRIMARY KEY`, ...rest.map((c) => `${c} STRING`)].join(", ")})`);
}
for (const rel of manifest.relationships) {
  await run(`CREATE REL TABLE ${rel.type}(FROM ${rel.from} TO ${rel.to})`);
}
for (const file of [...manifest.nodes.map((n) => [n.label, n.file]), ...manifest.relationships.map((r) => [r.type, r.file])]) {
  await run(`COPY ${file[0]} FROM '${resolve(csvDirectory, file[1])}' (HEADER=true)`);
}
const loadMs = elapsedMs(started);
console.log(`kuzu: loaded in ${loadMs.toFixed(0)} ms`);

const timings = [];
for (const query of queries) {
  const prepared = await connection.prepare(query.cypher);
  if (!prepared.isSuccess()) {
    throw new Error(`(${query.key}) does not prepare: ${prepared.getErrorMessage()}`);
  }
  const parameters = pick(manifest.parameters, query.parameters);
  let last;
  for (let i = 0; i < warmUps; i++) {
    last = await rowsOf(connection, prepared, parameters);
  }
  const runsMs = [];
  for (let i = 0; i < runs; i++) {
    const runStarted = process.hrtime.bigint();
    last = await rowsOf(connection, prepared, parameters);
    runsMs.push(elapsedMs(runStarted));
  }
  timings.push({ key: query.key, query: query.cypher.trim(), runsMs, columns: last.columns, rows: last.rows });
}
await connection.close();
await database.close();
writeJson(outputPath, { engine: "kuzu", loadMs, peakRssMb: peakRssMb(), queries: timings });
