// The explorer's view as a user keeps and shares it: expand two nodes, hide a label, draw a path between two nodes,
// undo, go back, open the address in a fresh page, save an SVG; label boxes checked for overlap at 1280 and 390 px.
export default async function views({ page, base, shot }) {
  // The layout starts from random spots; a seeded Math.random makes every run draw the same picture, so a failed
  // overlap check can be replayed rather than waited for.
  await page.addInitScript(() => {
    let state = 20261205;
    Math.random = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 4294967296;
    };
  });
  const idle = () => page.waitForFunction(() => window.explorer && !window.explorer.busy);
  const snapshot = () => page.evaluate(() => {
    const cy = window.explorer.cy;
    return {
      url: location.search,
      nodes: cy.nodes(':visible').map((n) => n.id()).sort(),
      edges: cy.edges(':visible').map((e) => e.id()).sort(),
      selected: cy.$(':selected').map((e) => e.id()),
      hidden: [...window.explorer.view.hidden],
      path: [...window.explorer.view.path],
      onPathEdges: cy.edges('.on-path').length,
      overlaps: window.explorer.overlappingLabels(),
      undoDisabled: document.getElementById('undo').disabled,
    };
  });
  const tap = (id) => page.evaluate((i) => window.explorer.cy.getElementById(i).emit('tap'), id);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${base}/?id=${encodeURIComponent('thesis:taste-is-the-bottleneck')}`);
  await page.waitForFunction(() => window.explorer && window.explorer.cy.nodes('.expanded').length === 1);
  await idle();
  await tap('person:andrew-ambrosino');
  await page.waitForFunction(() => window.explorer.cy.nodes('.expanded').length === 2);
  await idle();
  const expanded = await snapshot();
  await shot('expanded-1280');

  await page.click('#legend button[data-label="Quote"]');
  await idle();
  const hidden = await snapshot();

  // A path between two drawn nodes that no relationship joins directly.
  const ends = await page.evaluate(() => {
    const cy = window.explorer.cy;
    const nodes = cy.nodes(':visible').sort((a, b) => a.id().localeCompare(b.id()));
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id() < b.id() && a.edgesWith(b).empty()) return [a.id(), b.id()];
      }
    }
    return null;
  });
  await tap(ends[0]);
  await idle();
  const firstEnd = await snapshot();
  await page.click('#details button:has-text("Path from here")');
  const pathHint = await page.innerText('#banner');
  await tap(ends[1]);
  await page.waitForFunction(() => window.explorer.view.path.length > 0);
  await idle();
  const withPath = await snapshot();
  await shot('path-1280');

  // Undo returns to the view before the path; the browser's Back to the view before the label was hidden (one more
  // step back when tapping the path's first end expanded it).
  await page.click('#undo');
  await page.waitForFunction(() => window.explorer.view.path.length === 0);
  await idle();
  const undone = await snapshot();
  for (let steps = 0; steps < 3 && (await page.evaluate(() => window.explorer.view.hidden.length)) > 0; steps++) {
    await page.goBack();
    await idle();
  }
  const back = await snapshot();

  // The shared address of the path view, loaded afresh (nothing of this session's drawing survives a load), draws the same view.
  const shared = page;
  await shared.goto('about:blank');
  await shared.goto(`${base}/${withPath.url}`);
  await shared.waitForFunction(() => window.explorer && window.explorer.cy.nodes().length > 0 && !window.explorer.busy);
  const restored = await snapshot();

  // The view as an SVG document.
  const [download] = await Promise.all([shared.waitForEvent('download'), shared.click('#svg')]);
  const { readFileSync } = await import('node:fs');
  const svgText = readFileSync(await download.path(), 'utf8');
  const svg = {
    name: download.suggestedFilename(),
    opens: svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'),
    circles: (svgText.match(/<circle /g) || []).length,
    lines: (svgText.match(/<line /g) || []).length,
    hasCaption: svgText.includes('taste is the bottleneck'),
    parses: await shared.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null, svgText),
  };

  // The same view on a phone-sized screen: labels still apart.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/${withPath.url}`);
  await page.waitForFunction(() => window.explorer && window.explorer.cy.nodes().length > 0 && !window.explorer.busy);
  const narrow = await snapshot();
  await shot('path-390');
  const text = await page.innerText('body');
  return { ends, expanded, hidden, firstEnd, pathHint, withPath, undone, back, restored, svg, narrow, nullText: /\b(null|undefined)\b/.test(text) };
}
