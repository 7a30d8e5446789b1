// The explorer at /: search "taste", add the thesis, click it to expand, then click a relationship for its evidence.
export default async function explorer({ page, base, shot }) {
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.explorer && window.explorer.cy);
  const idle = () => page.waitForFunction(() => !window.explorer.busy);
  const emptyStateShown = await page.isVisible('#empty');
  const count = () => page.evaluate(() => ({ nodes: window.explorer.cy.nodes().length, edges: window.explorer.cy.edges().length }));

  await page.fill('#search', 'taste');
  await page.press('#search', 'Enter');
  await page.waitForSelector('#results li button');
  const results = await page.$$eval('#results li button', (buttons) => buttons.map((b) => b.innerText.replace(/\s+/g, ' ').trim()));
  await shot('search');

  await page.click('#results li button >> nth=0');
  await page.waitForFunction(() => window.explorer.cy.nodes().length === 1);
  await idle();
  const afterAdd = await count();
  const added = await page.evaluate(() => window.explorer.cy.nodes()[0].id());

  // Click the node where it is drawn, as a person would.
  await page.waitForTimeout(400); // the centring animation
  const point = await renderedPoint(page, `node:${added}`);
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction((before) => window.explorer.cy.nodes().length > before, afterAdd.nodes);
  await idle();
  const afterExpand = { ...(await count()), ids: await page.evaluate(() => window.explorer.cy.nodes().map((n) => n.id())) };
  const panel = await page.innerText('#details');
  await shot('expanded');

  // The headline pairing's edge: click its midpoint, read the evidence in the side panel.
  const edge = await page.evaluate(() => window.explorer.cy.edges()
    .filter((e) => e.data('type') === 'PAIRS_WITH' && e.connectedNodes().some((n) => n.id() === 'thesis:every-agent-needs-a-human-who-cares-about-it'))[0]?.id());
  let edgePanel = null;
  if (edge) {
    const mid = await renderedPoint(page, `edge:${edge}`);
    await page.mouse.click(mid.x, mid.y);
    await page.waitForSelector('#details blockquote');
    edgePanel = await page.innerText('#details');
    await shot('evidence');
  }
  // The pairing two pages state: one edge, and its panel lists both statements.
  const twice = await page.evaluate(() => {
    const edges = window.explorer.cy.edges().filter((e) => e.data('type') === 'PAIRS_WITH'
      && e.connectedNodes().some((n) => n.id() === 'thesis:expertise-gains-value-as-code-gets-cheap')
      && e.connectedNodes().some((n) => n.id() === 'thesis:taste-is-the-bottleneck'));
    if (edges.length !== 1) return { edges: edges.length, panel: null };
    edges[0].emit('tap');
    return { edges: edges.length };
  });
  await idle();
  twice.panel = twice.edges === 1 ? await page.innerText('#details') : null;
  twice.links = await page.$$eval('#details .statements a', (links) => links.map((a) => a.getAttribute('href')));
  // Hide and show a label from the legend.
  const shown = (label) => page.evaluate((l) => window.explorer.cy.nodes().filter((n) => n.data('label') === l && n.visible()).length, label);
  const sourcesBefore = await shown('Source');
  await page.click('#legend button[data-label="Source"]');
  await idle();
  const sourcesHidden = await shown('Source');
  const pressedWhenHidden = await page.getAttribute('#legend button[data-label="Source"]', 'aria-pressed');
  await page.click('#legend button[data-label="Source"]');
  await idle();
  const filter = { sourcesBefore, sourcesHidden, pressedWhenHidden, sourcesAgain: await shown('Source') };
  // The drawing saved as a PNG file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
  const pngPath = await download.path();
  const { readFileSync } = await import('node:fs');
  const pngBytes = readFileSync(pngPath);
  const png = { name: download.suggestedFilename(), bytes: pngBytes.length, signature: pngBytes.subarray(1, 4).toString('ascii') };
  const bodyText = await page.innerText('body');
  const nullText = /\b(null|undefined)\b/.test(bodyText);
  // A deep link, as the console's node chips make: the node opens with its neighbours drawn.
  await page.goto(`${base}/?id=${encodeURIComponent('person:andrew-ambrosino')}`);
  await page.waitForFunction(() => window.explorer && window.explorer.cy.nodes('.expanded').length === 1);
  await idle();
  const deepLink = { ...(await count()), ids: await page.evaluate(() => window.explorer.cy.nodes().map((n) => n.id())) };
  await page.mouse.move(5, 5);
  await shot('deep-link');
  // Where a statement's link leads: the wiki page, its line marked.
  let source = null;
  if (twice.links.length > 0) {
    await page.goto(`${base}${twice.links[0]}`);
    const line = twice.links[0].split('#L')[1];
    source = await page.evaluate((n) => ({
      target: document.querySelector('li:target')?.id ?? null,
      text: document.getElementById(`L${n}`)?.innerText ?? null,
      background: document.querySelector('li:target') ? getComputedStyle(document.querySelector('li:target')).backgroundColor : null,
    }), line);
    await shot('wiki-page');
  }
  return { source, emptyStateShown, results, added, afterAdd, afterExpand, panel, edgePanel, twice, nullText, png, filter, deepLink };
}

// Page coordinates of a node's centre or an edge's midpoint.
async function renderedPoint(page, target) {
  return page.evaluate((t) => {
    const [kind, id] = [t.slice(0, t.indexOf(':')), t.slice(t.indexOf(':') + 1)];
    const cy = window.explorer.cy;
    const element = cy.getElementById(id);
    const p = kind === 'node' ? element.renderedPosition() : element.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, target);
}
