// The Cypher console: run a read (rows, then the graph tab), a write (refused) and a broken query (line and column).
export default async function cypherConsole({ page, base, shot }) {
  await page.goto(`${base}/console`);
  const run = async (query) => {
    await page.fill('#query', query);
    await page.focus('#query');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => !document.querySelector('#run').disabled && document.querySelector('#status').textContent !== 'Running…');
  };

  await run('MATCH (p:Person)-[h:HOLDS]->(t:Thesis)\nRETURN p, h, t\nORDER BY p.name, t.name');
  await page.waitForSelector('table.rows tbody tr');
  const read = {
    columns: await page.$$eval('table.rows th', (cells) => cells.map((c) => c.innerText)),
    rows: await page.$$eval('table.rows tbody tr', (rows) => rows.length),
    firstRow: await page.innerText('table.rows tbody tr >> nth=0'),
    firstLink: await page.getAttribute('table.rows tbody tr >> nth=0 >> a.chip >> nth=0', 'href'),
    status: await page.innerText('#status'),
    errorShown: await page.isVisible('#error'),
  };
  await shot('table');
  await page.click('#tab-graph');
  await page.waitForFunction(() => window.cypherConsole.cy && window.cypherConsole.cy.nodes().length > 0);
  read.graph = await page.evaluate(() => ({ nodes: window.cypherConsole.cy.nodes().length, edges: window.cypherConsole.cy.edges().length }));
  read.graphTab = await page.innerText('#tab-graph');
  await shot('graph');

  await page.click('#tab-table');
  await run("CREATE (p:Person {id: 'person:browser-test', name: 'Browser Test'}) RETURN p");
  await page.waitForSelector('#error:not([hidden])');
  const write = { error: await page.innerText('#error'), readOnlyStyle: await page.$eval('#error', (e) => e.classList.contains('readonly')) };
  await shot('write-refused');

  await run('MATCH (n:Thesis)\nWHERE n.name = \nRETURN n');
  await page.waitForSelector('#error:not([hidden])');
  const syntax = { error: await page.innerText('#error') };
  await shot('syntax-error');

  // A query from the analysts' library, with the example parameters it comes with.
  await page.selectOption('#examples', 'library:theses-pairing-with');
  const parameters = JSON.parse(await page.inputValue('#parameters'));
  await page.focus('#query');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('table.rows tbody tr');
  const library = {
    parameters,
    rows: await page.$$eval('table.rows tbody tr', (rows) => rows.map((r) => r.innerText)),
    errorShown: await page.isVisible('#error'),
  };
  await shot('library');
  return { read, write, syntax, library };
}
