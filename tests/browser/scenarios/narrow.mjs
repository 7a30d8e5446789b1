// The three pages on a phone-sized screen (390 px wide): nothing wider than the screen, the drawing and the editors
// still have room, and a screenshot of each.
export default async function narrow({ page, base, shot }) {
  await page.setViewportSize({ width: 390, height: 844 });
  const layout = () => page.evaluate(() => ({
    width: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    text: document.body.innerText,
  }));
  const pages = {};

  await page.goto(`${base}/?id=${encodeURIComponent('thesis:taste-is-the-bottleneck')}`);
  await page.waitForFunction(() => window.explorer && window.explorer.cy.nodes('.expanded').length === 1);
  await page.waitForTimeout(500); // the fit animation
  const drawing = await page.evaluate(() => {
    const box = window.explorer.cy.container().getBoundingClientRect();
    return { width: Math.round(box.width), height: Math.round(box.height) };
  });
  pages.explorer = { ...(await layout()), drawing };
  await shot('explorer');

  await page.goto(`${base}/console`);
  await page.waitForSelector('#query');
  pages.console = await layout();
  await shot('console');

  await page.goto(`${base}/graphql`);
  await page.waitForSelector('.graphiql-container');
  pages.graphiql = await layout();
  await shot('graphiql');
  return { pages };
}
