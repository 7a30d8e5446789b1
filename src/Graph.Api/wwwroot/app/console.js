// The read-only Cypher console: run a query (Ctrl+Enter), see rows as a table and, when they hold
// nodes, relationships or paths, as a graph.
(function () {
  'use strict';
  const { caption, shortCaption, colorOf, stylesheet, renderLegend } = window.GraphStyle;
  const $ = (id) => document.getElementById(id);
  const query = $('query');
  let cy = null;
  let lastGraph = null;
  window.cypherConsole = { get cy() { return cy; } };

  // ---- values ----------------------------------------------------------------------------------

  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const isNode = (v) => isObject(v) && typeof v.elementId === 'string' && Array.isArray(v.labels) && isObject(v.properties);
  const isRelationship = (v) => isObject(v) && typeof v.elementId === 'string' && typeof v.type === 'string' && 'startElementId' in v;
  const isPath = (v) => isObject(v) && Array.isArray(v.nodes) && Array.isArray(v.relationships) && !('elementId' in v);

  // Every node and relationship a value holds, however deeply (lists, maps, paths).
  function collect(value, graph) {
    if (isNode(value)) graph.nodes.set(value.elementId, value);
    else if (isRelationship(value)) graph.relationships.set(value.elementId, value);
    else if (isPath(value)) { value.nodes.forEach((n) => collect(n, graph)); value.relationships.forEach((r) => collect(r, graph)); }
    else if (Array.isArray(value)) value.forEach((v) => collect(v, graph));
    else if (isObject(value)) Object.values(value).forEach((v) => collect(v, graph));
  }

  const el = (tag, className, ...children) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    element.append(...children);
    return element;
  };

  function nodeChip(node) {
    const dot = el('span', 'dot');
    dot.style.background = colorOf(node.labels[0]);
    const text = `${node.labels.join(':')} · ${shortCaption(caption(node.properties, node.elementId))}`;
    // Nodes with a stable id open in the explorer, with their neighbours.
    const chip = typeof node.properties.id === 'string' ? el('a', 'chip', dot, text) : el('span', 'chip', dot, text);
    if (chip.tagName === 'A') chip.href = `/?id=${encodeURIComponent(node.properties.id)}`;
    chip.title = JSON.stringify(node.properties, null, 1);
    return chip;
  }

  function relationshipText(rel) {
    const span = el('span', 'rel', `[:${rel.type}]`);
    span.title = rel.properties && rel.properties.evidence ? rel.properties.evidence : JSON.stringify(rel.properties);
    return span;
  }

  function cell(value) {
    if (value === null) return el('span', 'null', 'null');
    if (typeof value === 'number') return el('span', 'num', String(value));
    if (typeof value === 'string' || typeof value === 'boolean') return document.createTextNode(String(value));
    if (isNode(value)) return nodeChip(value);
    if (isRelationship(value)) return relationshipText(value);
    if (isPath(value)) {
      const span = el('span', '');
      value.nodes.forEach((n, i) => {
        if (i > 0) span.append(' ', relationshipText(value.relationships[i - 1]), ' ');
        span.append(nodeChip(n));
      });
      return span;
    }
    // Lists of plain values read best as text; anything nested stays JSON.
    if (Array.isArray(value) && value.length > 0 && value.every((v) => v === null || typeof v !== 'object')) {
      return document.createTextNode(value.map(String).join(', '));
    }
    if (Array.isArray(value) && value.length === 0) return el('span', 'null', '[]');
    return el('span', 'json', JSON.stringify(value));
  }

  // ---- running -----------------------------------------------------------------------------------

  async function run() {
    const text = query.value;
    if (!text.trim()) return;
    let parameters;
    try {
      parameters = $('parameters').value.trim() ? JSON.parse($('parameters').value) : {};
      if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) throw new Error('it is not a JSON object');
    } catch (error) {
      showError(0, { message: `The parameters are not a JSON object: ${error.message}` }, text);
      return;
    }
    $('run').disabled = true;
    setStatus('Running…');
    hideError();
    const started = performance.now();
    try {
      const response = await window.GraphApiKey.fetch('/cypher', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query: text, parameters }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok || !body || body.error) {
        showError(response.status, body && body.error ? body.error : { message: `The server answered ${response.status} ${response.statusText}.` }, text);
        setStatus('');
        return;
      }
      render(body);
    } catch (error) {
      showError(0, { message: `The server did not answer (${error.message}).` }, text);
      setStatus('');
    } finally {
      $('run').disabled = false;
      console.debug(`query took ${Math.round(performance.now() - started)} ms`);
    }
  }

  function setStatus(text, warn) {
    const status = $('status');
    status.textContent = text;
    status.classList.toggle('warn', !!warn);
  }

  function render(body) {
    const n = body.rows.length;
    if (body.truncated) {
      setStatus(`Showing the first ${n} of ${body.totalRows} rows (the console's cap); add a LIMIT to choose which.`, true);
    } else {
      setStatus(`${n} row${n === 1 ? '' : 's'} in ${body.elapsedMs} ms`);
    }
    const view = $('table-view');
    if (body.columns.length === 0 || n === 0) {
      view.replaceChildren(el('p', 'hint', n === 0 ? 'No rows.' : 'The statement returned nothing.'));
    } else {
      const head = el('tr', '', ...body.columns.map((c) => el('th', '', c)));
      const rows = body.rows.map((row) => el('tr', '', ...row.map((v) => el('td', '', cell(v)))));
      view.replaceChildren(el('table', 'rows', el('thead', '', head), el('tbody', '', ...rows)));
    }

    const graph = { nodes: new Map(), relationships: new Map() };
    body.rows.forEach((row) => row.forEach((v) => collect(v, graph)));
    lastGraph = graph;
    const tab = $('tab-graph');
    const drawable = graph.nodes.size + graph.relationships.size > 0;
    tab.disabled = !drawable;
    tab.textContent = drawable ? `Graph (${graph.nodes.size} nodes, ${graph.relationships.size} relationships)` : 'Graph';
    if (!drawable) select('table');
    else if (!$('graph-view').hidden) drawGraph();
  }

  function showError(status, error, text) {
    const box = $('error');
    box.classList.toggle('readonly', status === 403);
    const parts = [document.createTextNode(error.message)];
    if (error.line) {
      parts.push(document.createTextNode(` (line ${error.line}, column ${error.column})`));
      const line = text.split('\n')[error.line - 1] || '';
      parts.push(el('code', '', `${line}\n${' '.repeat(Math.max(0, error.column - 1))}^`));
      placeCaret(text, error.line, error.column);
    }
    if (error.code) parts.push(el('div', 'code', error.code));
    box.replaceChildren(...parts);
    box.hidden = false;
    // Rows left from the previous query would read as this one's answer.
    $('table-view').replaceChildren(el('p', 'hint', 'No results: fix the query above and run it again.'));
    lastGraph = null;
    $('tab-graph').disabled = true;
    $('tab-graph').textContent = 'Graph';
    select('table');
  }

  function hideError() {
    $('error').hidden = true;
  }

  function placeCaret(text, line, column) {
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += Math.max(0, column - 1);
    query.focus();
    query.setSelectionRange(offset, offset);
  }

  // ---- graph view --------------------------------------------------------------------------------

  function drawGraph() {
    if (!lastGraph) return;
    const elements = [];
    const present = new Set(lastGraph.nodes.keys());
    for (const node of lastGraph.nodes.values()) {
      const label = node.labels[0] || '';
      const text = caption(node.properties, node.elementId);
      elements.push({ group: 'nodes', data: { id: `n${node.elementId}`, label, caption: text, short: shortCaption(text) } });
    }
    for (const rel of lastGraph.relationships.values()) {
      // A relationship returned without its ends still gets drawn, between placeholder nodes.
      for (const end of [rel.startElementId, rel.endElementId]) {
        if (!present.has(end)) {
          present.add(end);
          elements.push({ group: 'nodes', classes: 'placeholder', data: { id: `n${end}`, label: '', short: `#${end}` } });
        }
      }
      elements.push({ group: 'edges', data: { id: `r${rel.elementId}`, type: rel.type, source: `n${rel.startElementId}`, target: `n${rel.endElementId}` } });
    }
    if (cy) cy.destroy();
    cy = cytoscape({ container: $('cy'), style: stylesheet, elements, minZoom: 0.2, maxZoom: 2.5 });
    cy.edges().addClass('labelled');
    // cose with room for the labels: strong repulsion and long edges keep captions from piling up.
    cy.layout({
      name: elements.length > 1 ? 'cose' : 'grid',
      animate: false,
      padding: 40,
      randomize: true,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 40000,
      idealEdgeLength: () => 70,
      nodeOverlap: 20,
      componentSpacing: 40,
      gravity: 1,
      numIter: 2500,
    }).run();
    const counts = {};
    cy.nodes().forEach((n) => { if (n.data('label')) counts[n.data('label')] = (counts[n.data('label')] || 0) + 1; });
    renderLegend($('legend'), counts);
  }

  function select(which) {
    const graph = which === 'graph';
    $('tab-table').setAttribute('aria-selected', String(!graph));
    $('tab-graph').setAttribute('aria-selected', String(graph));
    $('table-view').hidden = graph;
    $('graph-view').hidden = !graph;
    if (graph) drawGraph();
  }

  // ---- wiring ------------------------------------------------------------------------------------

  $('run').addEventListener('click', run);
  const runOnCtrlEnter = (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };
  query.addEventListener('keydown', runOnCtrlEnter);
  $('parameters').addEventListener('keydown', runOnCtrlEnter);
  // The analysts' query library: each choice fills the query and its example parameters.
  const library = new Map();
  window.GraphApiKey.fetch('/cypher/library').then((r) => (r.ok ? r.json() : [])).then((queries) => {
    const group = $('library');
    for (const q of queries) {
      library.set(`library:${q.name}`, q);
      const option = document.createElement('option');
      option.value = `library:${q.name}`;
      option.textContent = `${q.name}: ${q.description}`;
      group.append(option);
    }
    group.hidden = queries.length === 0;
  }).catch(() => { /* the hand-written examples still work */ });

  $('examples').addEventListener('change', (event) => {
    const choice = event.target.value;
    if (!choice) return;
    const fromLibrary = library.get(choice);
    query.value = fromLibrary ? fromLibrary.text : choice;
    $('parameters').value = JSON.stringify(fromLibrary ? fromLibrary.parameters : {}, null, 1);
    event.target.value = '';
    query.focus();
  });
  $('tab-table').addEventListener('click', () => select('table'));
  $('tab-graph').addEventListener('click', () => select('graph'));
  query.focus();
})();
