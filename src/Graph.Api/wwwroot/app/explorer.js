// The explorer: search for a node, add it, click nodes to expand their neighbours, find a path between two nodes,
// read fields and evidence. What is drawn follows the view (explorer-view.js), which the URL and the history hold.
(function () {
  'use strict';
  const { stylesheet, renderLegend, colorOf, shortCaption } = window.GraphStyle;
  const { change } = window.ExplorerView;
  const $ = (id) => document.getElementById(id);

  const neighboursPerExpand = 60;
  const maxDrawn = 400; // the server's limit for one drawing

  const cy = cytoscape({
    container: $('cy'),
    style: stylesheet,
    minZoom: 0.1,
    maxZoom: 2.5,
    boxSelectionEnabled: false,
  });

  let view = window.ExplorerView.empty();
  const hoods = new Map(); // node id -> { degree, ids }: its neighbourhood as the server gave it
  let pathStart = null; // the node a path is being drawn from, waiting for the click on its other end
  let generation = 0; // each draw's number; a draw that finds a newer one has started gives way to it
  let pending = 0;

  // For the browser tests and for curious users in the dev tools.
  window.explorer = {
    cy,
    get busy() { return pending > 0; },
    get view() { return view; },
    overlappingLabels: () => window.ExplorerLayout.overlappingLabels(cy),
    svg: () => window.GraphSvg.fromCy(cy),
  };

  // ---- talking to the server -------------------------------------------------------------------

  async function getJson(url, init) {
    let response;
    try {
      response = await window.GraphApiKey.fetch(url, { headers: { Accept: 'application/json', ...(init && init.body ? { 'Content-Type': 'application/json' } : {}) }, ...init });
    } catch (error) {
      throw new Error(`The server did not answer (${error.message}).`);
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(body && body.error ? body.error.message : `The server answered ${response.status} ${response.statusText}.`);
    }
    return body;
  }

  function banner(message, kind) {
    const element = $('banner');
    element.textContent = message;
    element.className = `banner ${kind}`;
    element.hidden = false;
    clearTimeout(banner.timer);
    if (kind === 'error') banner.timer = setTimeout(() => { element.hidden = true; }, 8000);
  }
  const showError = (message) => banner(message, 'error');
  const hideBanner = () => { $('banner').hidden = true; };

  // ---- the view and the history ------------------------------------------------------------------

  // A change the user makes: a new history entry (Back and Undo return to the view before), then the drawing.
  // Selecting only replaces the entry, so Back does not step through every click.
  function commit(next, { replace = false } = {}) {
    const depth = (history.state && history.state.depth) || 0;
    const entry = { depth: replace ? depth : depth + 1, view: next };
    history[replace ? 'replaceState' : 'pushState'](entry, '', window.ExplorerView.toQuery(next));
    $('undo').disabled = entry.depth === 0;
    return draw(next);
  }

  window.addEventListener('popstate', (event) => {
    const entry = event.state || { depth: 0, view: window.ExplorerView.fromQuery(location.search) };
    $('undo').disabled = !entry.depth;
    draw(entry.view);
  });

  async function draw(next) {
    const mine = ++generation;
    pending++;
    try {
      for (const id of next.expanded) {
        if (hoods.has(id)) continue;
        try {
          const hood = await getJson(`/explore/neighborhood?id=${encodeURIComponent(id)}&limit=${neighboursPerExpand}`);
          hoods.set(id, { degree: hood.degree, ids: hood.nodes.map((n) => n.id) });
        } catch (error) {
          showError(error.message);
        }
      }
      const wanted = [...new Set([...next.seeds, ...next.expanded, ...next.expanded.flatMap((id) => (hoods.get(id) || { ids: [] }).ids)])]
        .filter((id) => !next.removed.includes(id))
        .slice(0, maxDrawn);
      const drawing = wanted.length > 0
        ? await getJson('/explore/drawing', { method: 'POST', body: JSON.stringify({ ids: wanted }) })
        : { nodes: [], edges: [] };
      if (mine !== generation) return;
      const missing = next.seeds.filter((id) => !drawing.nodes.some((n) => n.id === id));
      if (missing.length > 0) showError(`No node has the id ${missing.map((id) => `'${id}'`).join(', ')}.`);
      await apply(drawing, next);
    } catch (error) {
      showError(error.message);
    } finally {
      pending--;
    }
  }

  // Makes the drawing match: removes what the view no longer holds, adds what it gains (each new node starts beside
  // a drawn neighbour, so the layout grows the picture instead of reshuffling it), then lays out and selects.
  async function apply(drawing, next) {
    const nodeIds = new Set(drawing.nodes.map((n) => n.id));
    const edgeIds = new Set(drawing.edges.map((e) => e.id));
    const fresh = cy.nodes().empty();
    let added = 0;
    cy.batch(() => {
      cy.elements().filter((e) => !(e.isNode() ? nodeIds : edgeIds).has(e.id())).remove();
      for (const node of drawing.nodes) {
        if (cy.getElementById(node.id).nonempty()) continue;
        cy.add({ group: 'nodes', data: { ...node, short: shortCaption(node.caption) }, position: startingSpot(node.id, drawing.edges) });
        added++;
      }
      for (const edge of drawing.edges) {
        if (cy.getElementById(edge.id).empty()) cy.add({ group: 'edges', data: { ...edge, statements: edge.statements || [] } });
      }
      const onPath = new Set(next.path);
      cy.nodes().forEach((n) => {
        n.toggleClass('expanded', next.expanded.includes(n.id()));
        n.toggleClass('on-path', onPath.has(n.id()));
        n.style('display', next.hidden.includes(n.data('label')) ? 'none' : 'element');
      });
      cy.edges().forEach((e) => e.toggleClass('on-path', next.path.some((id, i) => i > 0
        && ((e.data('source') === id && e.data('target') === next.path[i - 1]) || (e.data('target') === id && e.data('source') === next.path[i - 1])))));
    });
    const hiddenChanged = view.hidden.join() !== next.hidden.join();
    view = next;
    refreshChrome();
    if (added > 0 || hiddenChanged) {
      await window.ExplorerLayout.arrange(cy, fresh);
      fitTo(cy.elements(':visible'), 50);
    }
    cy.$(':selected').unselect();
    const selected = next.selected ? cy.getElementById(next.selected) : cy.collection();
    if (selected.nonempty()) {
      selected.select();
      if (selected.isNode()) panel.node(selected);
      else panel.edge(selected);
    } else {
      panel.hint();
    }
  }

  function startingSpot(id, edges) {
    for (const edge of edges) {
      const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
      const drawn = other && cy.getElementById(other);
      if (drawn && drawn.nonempty() && drawn.position()) {
        const angle = Math.random() * 2 * Math.PI;
        return { x: drawn.position('x') + 90 * Math.cos(angle), y: drawn.position('y') + 90 * Math.sin(angle) };
      }
    }
    if (cy.nodes().empty()) return { x: 0, y: 0 };
    const box = cy.nodes().boundingBox();
    return { x: box.x2 + 160, y: (box.y1 + box.y2) / 2 };
  }

  function refreshChrome() {
    $('empty').hidden = cy.nodes().nonempty();
    const counts = {};
    cy.nodes().forEach((n) => { counts[n.data('label')] = (counts[n.data('label')] || 0) + 1; });
    renderLegend($('legend'), counts, { hidden: new Set(view.hidden), toggle: (label) => commit(change.toggleLabel(view, label)) });
  }

  // Fit without zooming in past where labels stay at their natural size; the user may still zoom further.
  function fitTo(elements, padding) {
    if (elements.empty()) return;
    const userMax = cy.maxZoom();
    cy.maxZoom(1.3);
    cy.fit(elements, padding);
    cy.maxZoom(userMax);
  }

  // ---- search ------------------------------------------------------------------------------------

  $('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('search').value.trim();
    if (!text) return;
    const results = $('results');
    results.hidden = false;
    results.replaceChildren(heading(`Searching for “${text}”…`));
    try {
      const { nodes } = await getJson(`/explore/search?q=${encodeURIComponent(text)}&limit=20`);
      renderResults(text, nodes);
    } catch (error) {
      results.hidden = true;
      showError(error.message);
    }
  });

  function heading(text) {
    const div = document.createElement('div');
    div.className = 'heading';
    div.textContent = text;
    const close = document.createElement('button');
    close.type = 'button';
    close.title = 'Close';
    close.textContent = '×';
    close.addEventListener('click', () => { $('results').hidden = true; });
    div.append(close);
    return div;
  }

  function renderResults(text, nodes) {
    const results = $('results');
    if (nodes.length === 0) {
      results.replaceChildren(heading(`No node matches “${text}”. Try fewer or other words.`));
      return;
    }
    const list = document.createElement('ul');
    for (const node of nodes) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = node.id;
      const dot = document.createElement('span');
      dot.className = 'dot';
      dot.style.background = colorOf(node.label);
      const name = document.createElement('span');
      name.className = 'caption';
      name.textContent = node.caption;
      name.title = node.caption;
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = node.label;
      button.append(dot, name, label);
      button.addEventListener('click', () => {
        results.hidden = true;
        commit(change.add(view, node.id));
      });
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    results.replaceChildren(heading(`${nodes.length} match${nodes.length === 1 ? '' : 'es'} for “${text}”: pick one to add it`), list);
    list.querySelector('button').focus();
  }

  // ---- paths -------------------------------------------------------------------------------------

  function startPath(node) {
    pathStart = node.id();
    banner(`Now click the node the path from “${node.data('caption')}” should end at (Esc cancels).`, 'info');
  }

  async function endPath(node) {
    const from = pathStart;
    pathStart = null;
    hideBanner();
    try {
      const found = await getJson(`/explore/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(node.id())}`);
      await commit(change.path(view, found.path));
    } catch (error) {
      showError(error.message);
    }
  }

  // ---- the panel, the drawing's events and the toolbar ----------------------------------------------

  const panel = window.ExplorerPanel.create($('details'), {
    expand: (node) => commit(change.expand(view, node.id())),
    remove: (node) => commit(change.remove(view, node.id())),
    pathFrom: startPath,
    select: (element) => commit(change.select(view, element.id()), { replace: true }),
    degreeOf: (id) => hoods.get(id)?.degree,
  });

  cy.on('tap', 'node', (event) => {
    const node = event.target;
    if (pathStart && pathStart !== node.id()) endPath(node);
    else if (node.hasClass('expanded')) commit(change.select(view, node.id()), { replace: true });
    else commit(change.expand(view, node.id()));
  });
  cy.on('tap', 'edge', (event) => commit(change.select(view, event.target.id()), { replace: true }));
  cy.on('tap', (event) => {
    if (event.target === cy && view.selected) commit(change.select(view, null), { replace: true });
  });
  cy.on('mouseover', 'node', (event) => {
    const near = event.target.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
    near.edges().addClass('labelled');
  });
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded labelled'));

  function download(name, href) {
    const link = document.createElement('a');
    link.href = href;
    link.download = name;
    link.click();
  }

  $('undo').addEventListener('click', () => history.back());
  $('fit').addEventListener('click', () => fitTo(cy.elements(':visible'), 50));
  // The whole drawing as a PNG file, at twice the screen's resolution, on white; or as an SVG document.
  $('png').addEventListener('click', () => download('graph.png', cy.png({ full: true, scale: 2, bg: '#ffffff' })));
  $('svg').addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([window.GraphSvg.fromCy(cy)], { type: 'image/svg+xml' }));
    download('graph.svg', url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  $('clear').addEventListener('click', () => commit(change.clear()));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      $('results').hidden = true;
      if (pathStart) {
        pathStart = null;
        hideBanner();
      }
    }
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (!typing && (event.ctrlKey || event.metaKey) && event.key === 'z' && !$('undo').disabled) {
      event.preventDefault();
      history.back();
    }
  });

  // ---- start: the view in the address (a shared link), or ?q=words to search -----------------------

  const initial = window.ExplorerView.fromQuery(location.search);
  history.replaceState({ depth: 0, view: initial }, '', location.href);
  $('undo').disabled = true;
  refreshChrome();
  panel.hint();
  draw(initial);
  const words = new URLSearchParams(location.search).get('q');
  if (words) {
    $('search').value = words;
    $('search-form').requestSubmit();
  }
})();
