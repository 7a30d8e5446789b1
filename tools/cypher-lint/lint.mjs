// Lints Cypher with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support, Cypher 5).
// Usage: node lint.mjs [--statements FILE.json]... [FILE.cypher | DIR]...
//   FILE.json: {"labels": [...], "relationshipTypes": [...], "statements": [{"source": "...", "text": "..."}]}
//   FILE.cypher / DIR: whole scripts (every *.cypher below DIR), as analysts paste them.
// Parameters are bound at run time, so "Parameter $x is not defined" is not reported.
// Prints one line per diagnostic and a summary; exits 1 when any error was found, 2 on bad usage.
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const severityNames = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const inputs = [];
const schema = { defaultLanguage: 'CYPHER 5', labels: [], relationshipTypes: [] };

function addScripts(path) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      addScripts(join(path, entry));
    }
  } else if (path.endsWith('.cypher')) {
    inputs.push({ source: relative(process.cwd(), path), text: readFileSync(path, 'utf8') });
  }
}

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node lint.mjs [--statements FILE.json]... [FILE.cypher | DIR]...');
  process.exit(2);
}
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--statements') {
    const file = JSON.parse(readFileSync(args[++i], 'utf8'));
    schema.labels.push(...(file.labels ?? []));
    schema.relationshipTypes.push(...(file.relationshipTypes ?? []));
    inputs.push(...file.statements);
  } else {
    addScripts(args[i]);
  }
}

let errors = 0;
let warnings = 0;
for (const { source, text } of inputs) {
  const { diagnostics } = lintCypherQuery(text, schema);
  for (const d of diagnostics.filter(isNotParamError)) {
    const severity = severityNames[d.severity] ?? 'error';
    if (severity === 'error') errors++;
    if (severity === 'warning') warnings++;
    console.log(`${source}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severity}: ${d.message}`);
    console.log(`  in: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}
console.log(`cypher-lint: ${inputs.length} inputs, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
