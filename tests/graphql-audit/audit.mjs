// Runs graphql-http's auditServer against the GraphQL endpoint given as the first argument and prints the
// results as JSON lines: { id, name, status, reason }. Exit code 0 whatever the results: the xUnit test judges them.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://host:port/graphql');
  process.exit(2);
}
const results = await auditServer({ url });
for (const result of results) {
  const line = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    line.reason = result.reason;
  }
  console.log(JSON.stringify(line));
}
