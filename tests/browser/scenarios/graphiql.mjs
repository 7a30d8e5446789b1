// GraphiQL at /graphql: the headline query is preloaded; run it and read the answer from the result pane.
export default async function graphiql({ page, base, shot }) {
  await page.goto(`${base}/graphql`);
  await page.waitForSelector('.graphiql-container .graphiql-execute-button');
  // The editors are CodeMirror 5 instances, reachable from their wrapper element.
  const editorText = (selector) => page.evaluate((s) => document.querySelector(s)?.CodeMirror?.getValue() ?? null, selector);
  const query = await editorText('.graphiql-query-editor .CodeMirror');
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    () => (document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '').includes('"data"'),
    null, { timeout: 20000 });
  const result = await editorText('.result-window .CodeMirror');
  await shot('headline');
  return { query, result };
}
