// Lists why tests were skipped, with counts, from the TRX files `dotnet test` wrote (Directory.Build.props turns the
// TRX logger on for every test project). Usage: node .ci/skip-reasons.mjs DIR... ; prints "  N × reason" lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function trxFiles(dir) {
  let found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(trxFiles(path));
    else if (name.endsWith('.trx')) found.push(path);
  }
  return found;
}

const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const reasons = new Map();
for (const dir of process.argv.slice(2)) {
  for (const file of trxFiles(dir)) {
    const xml = readFileSync(file, 'utf8');
    for (const [, result] of xml.matchAll(/<UnitTestResult\b([\s\S]*?)(?:\/>|<\/UnitTestResult>)/g)) {
      if (!/outcome="NotExecuted"/.test(result)) continue;
      const message = result.match(/<Message>([\s\S]*?)<\/Message>/) ?? result.match(/<StdOut>([\s\S]*?)<\/StdOut>/);
      const reason = message ? unescape(message[1]).trim().split('\n')[0] : '(no reason given)';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
}
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${String(count).padStart(5)} × ${reason}`);
}
