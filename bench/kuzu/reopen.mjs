// Opens the database bench.mjs persisted, in this new process, and answers one trivial query: Kuzu's reopen time.
// Usage: node reopen.mjs <csv dir> <database dir> <out.json>
import kuzu from "kuzu";
import { join } from "node:path";
import { reopenQuery } from "./queries.mjs";
import { elapsedMs, readManifest, rowsOf, writeJson } from "./measure.mjs";

const [csvDirectory, databaseDirectory, outputPath] = process.argv.slice(2);
const manifest = readManifest(csvDirectory);
const started = process.hrtime.bigint();
const database = new kuzu.Database(join(databaseDirectory, "graph.kuzu"));
const connection = new kuzu.Connection(database);
const prepared = await connection.prepare(reopenQuery);
const { rows } = await rowsOf(connection, prepared, { personId: manifest.parameters.personId });
const reopenMs = elapsedMs(started);
await connection.close();
await database.close();
writeJson(outputPath, { engine: "kuzu", reopenMs, rows });
