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
// "Known failure: <detail>" for 900 scenarios reads best as one line: reasons group by their text before the first ": ".
const groups = new Map();
for (const [reason, count] of reasons) {
  const key = reason.includes(': ') ? reason.slice(0, reason.indexOf(': ')) : reason;
  const group = groups.get(key) ?? { count: 0, reasons: [] };
  group.count += count;
  group.reasons.push(reason);
  groups.set(key, group);
}
for (const [key, group] of [...groups].sort((a, b) => b[1].count - a[1].count)) {
  const line = group.reasons.length === 1 ? group.reasons[0] : `${key} (${group.reasons.length} different details, e.g. "${group.reasons[0].slice(key.length + 2)}")`;
  console.log(`  ${String(group.count).padStart(5)} × ${line}`);
}
