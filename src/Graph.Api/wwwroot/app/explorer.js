// The explorer: search for a node, add it, click nodes to expand their neighbours, read fields and evidence.
(function () {
  'use strict';
  const { caption, shortCaption, colorOf, stylesheet, renderLegend } = window.GraphStyle;
  const $ = (id) => document.getElementById(id);

  const cy = cytoscape({
    container: $('cy'),
    style: stylesheet,
    minZoom: 0.2,
    maxZoom: 2.5,
    boxSelectionEnabled: false,
  });
  // For the browser tests and for curious users in the dev tools.
  window.explorer = { cy };

  const degrees = new Map(); // node id -> how many relationships it has in the store

  // ---- talking to the server -------------------------------------------------------------------

  async function getJson(url) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (error) {
      throw new Error(`The server did not answer (${error.message}).`);
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(body && body.error ? body.error.message : `The server answered ${response.status} ${response.statusText}.`);
    }
    return body;
  }

  function showError(message) {
    const banner = $('banner');
    banner.textContent = message;
    banner.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(() => { banner.hidden = true; }, 8000);
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
        const added = addNode(node, freeSpot());
        cy.$(':selected').unselect();
        added.select();
        showNode(added);
        cy.animate({ center: { eles: added }, zoom: Math.min(Math.max(cy.zoom(), 1), 1.3) }, { duration: 250 });
      });
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    results.replaceChildren(heading(`${nodes.length} match${nodes.length === 1 ? '' : 'es'} for “${text}”: pick one to add it`), list);
    list.querySelector('button').focus();
  }

  // ---- the drawing -----------------------------------------------------------------------------

  function nodeData(node) {
    return { id: node.id, label: node.label, caption: node.caption, short: shortCaption(node.caption), properties: node.properties };
  }

  function addNode(node, position) {
    const existing = cy.getElementById(node.id);
    if (existing.nonempty()) return existing;
    const added = cy.add({ group: 'nodes', data: nodeData(node), position });
    refreshChrome();
    return added;
  }

  // Where a node from the search goes: the middle of the view when empty, else right of what is drawn.
  function freeSpot() {
    if (cy.nodes().empty()) {
      return { x: cy.width() / 2, y: cy.height() / 2 };
    }
    const box = cy.nodes().boundingBox();
    return { x: box.x2 + 160, y: (box.y1 + box.y2) / 2 };
  }

  async function expand(node) {
    if (node.hasClass('expanded') || node.hasClass('loading')) return;
    node.addClass('loading');
    try {
      const hood = await getJson(`/explore/neighborhood?id=${encodeURIComponent(node.id())}&limit=60`);
      degrees.set(node.id(), hood.degree);
      const fresh = hood.nodes.filter((n) => cy.getElementById(n.id).empty());
      const spots = ring(node, fresh.length);
      cy.batch(() => {
        fresh.forEach((n, i) => cy.add({ group: 'nodes', data: nodeData(n), position: spots[i] }));
        for (const edge of hood.edges) {
          if (cy.getElementById(edge.id).empty()) {
            cy.add({ group: 'edges', data: { id: edge.id, type: edge.type, source: edge.source, target: edge.target, properties: edge.properties, statements: edge.statements || [] } });
          }
        }
      });
      node.addClass('expanded');
      refreshChrome();
      if (node.selected()) showNode(node);
      if (fresh.length > 0) fitTo(node.closedNeighborhood(), 70);
    } catch (error) {
      showError(error.message);
    } finally {
      node.removeClass('loading');
    }
  }

  // New neighbours go on an arc around the node, facing away from what it is already tied to,
  // so nothing already drawn moves and the drawing grows outwards like a tree.
  function ring(node, count) {
    if (count === 0) return [];
    const center = node.position();
    const drawn = node.neighborhood('node');
    let away = -Math.PI / 2;
    let spread = 2 * Math.PI;
    if (drawn.nonempty()) {
      const mean = drawn.reduce((sum, n) => ({ x: sum.x + n.position('x'), y: sum.y + n.position('y') }), { x: 0, y: 0 });
      away = Math.atan2(center.y - mean.y / drawn.length, center.x - mean.x / drawn.length);
      spread = (4 / 3) * Math.PI;
    }
    // Room along the arc for each label (about 150px wide); past 12 the labels alternate between two radii, so half that.
    const radius = Math.max(170, (count * (count > 12 ? 80 : 150)) / spread);
    const step = spread === 2 * Math.PI ? spread / count : spread / Math.max(1, count - 1);
    const start = spread === 2 * Math.PI ? away : away - spread / 2;
    const taken = cy.nodes().map((n) => n.position());
    return Array.from({ length: count }, (_, i) => {
      const angle = start + step * i;
      // Alternate two radii when crowded, so neighbouring labels do not overlap.
      let r = count > 12 && i % 2 === 1 ? radius + 70 : radius;
      let spot = { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
      // A spot on top of a drawn node moves outwards along its ray until it is clear.
      for (let tries = 0; tries < 8 && taken.some((p) => Math.hypot(p.x - spot.x, p.y - spot.y) < 70); tries++) {
        r += 60;
        spot = { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
      }
      taken.push(spot);
      return spot;
    });
  }

  // Labels the user has hidden with the legend; nodes added later with those labels stay hidden too.
  const labelFilter = {
    hidden: new Set(),
    toggle(label) {
      if (!this.hidden.delete(label)) this.hidden.add(label);
      refreshChrome();
    },
  };

  function refreshChrome() {
    $('empty').hidden = cy.nodes().nonempty();
    const counts = {};
    cy.nodes().forEach((n) => {
      counts[n.data('label')] = (counts[n.data('label')] || 0) + 1;
      n.style('display', labelFilter.hidden.has(n.data('label')) ? 'none' : 'element');
    });
    renderLegend($('legend'), counts, labelFilter);
  }

  cy.on('tap', 'node', (event) => {
    const node = event.target;
    showNode(node);
    expand(node);
  });
  cy.on('tap', 'edge', (event) => showEdge(event.target));
  cy.on('tap', (event) => {
    if (event.target === cy) showHint();
  });
  cy.on('mouseover', 'node', (event) => {
    const near = event.target.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
    near.edges().addClass('labelled');
  });
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded labelled'));

  // Fit without zooming in past where labels stay at their natural size; the user may still zoom further.
  function fitTo(elements, padding) {
    const userMax = cy.maxZoom();
    cy.maxZoom(1.3);
    cy.animate({ fit: { eles: elements, padding } }, { duration: 300, complete: () => cy.maxZoom(userMax) });
  }

  $('fit').addEventListener('click', () => fitTo(cy.elements(), 50));
  // The whole drawing as a PNG file, at twice the screen's resolution, on white.
  $('png').addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
    link.download = 'graph.png';
    link.click();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') $('results').hidden = true;
  });
  $('clear').addEventListener('click', () => {
    cy.elements().remove();
    degrees.clear();
    refreshChrome();
    showHint();
  });

  // ---- the side panel --------------------------------------------------------------------------

  const el = (tag, attributes, ...children) => {
    const element = document.createElement(tag);
    Object.assign(element, attributes || {});
    element.append(...children.filter((child) => child !== null && child !== undefined));
    return element;
  };

  function chip(label) {
    const dot = el('span', { className: 'dot' });
    dot.style.background = colorOf(label);
    return el('span', { className: 'chip' }, dot, label);
  }

  function text(value) {
    if (Array.isArray(value)) return value.map(text).join(' · ');
    if (value !== null && typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }

  function fields(properties, skip) {
    const list = el('dl');
    for (const [key, value] of Object.entries(properties || {})) {
      if (skip.includes(key) || value === null || value === '') continue;
      list.append(el('dt', {}, key), el('dd', {}, text(value)));
    }
    return list;
  }

  function showHint() {
    $('details').replaceChildren(el('p', { className: 'hint' },
      'Click a node to see its fields and expand its neighbours; click a relationship to see the sentence it came from.'));
  }

  function showNode(node) {
    const data = node.data();
    const degree = degrees.get(data.id);
    const drawn = node.connectedEdges().length;
    let note;
    if (degree === undefined) note = 'Click the node, or Expand, to bring in its neighbours.';
    else if (degree === 0) note = 'This node has no relationships.';
    else if (drawn < degree) note = `Showing ${drawn} of its ${degree} relationships.`;
    else note = `All ${degree} of its relationships are drawn.`;
    const expandButton = el('button', { type: 'button', className: 'primary', textContent: 'Expand' });
    expandButton.disabled = node.hasClass('expanded');
    expandButton.addEventListener('click', () => expand(node));
    const removeButton = el('button', { type: 'button', textContent: 'Remove' });
    removeButton.addEventListener('click', () => { node.remove(); refreshChrome(); showHint(); });
    $('details').replaceChildren(
      chip(data.label),
      el('h2', {}, data.caption),
      fields(data.properties, ['contentHash', 'importKey']),
      el('div', { className: 'actions' }, expandButton, removeButton),
      el('p', { className: 'note' }, note),
      relationships(node));
  }

  // The drawn relationships as a list: reading evidence should not need a precise click on a thin line.
  function relationships(node) {
    const edges = node.connectedEdges().sort((a, b) => a.data('type').localeCompare(b.data('type')));
    if (edges.empty()) return null;
    const list = el('ul', { className: 'links' });
    edges.forEach((edge) => {
      const outgoing = edge.source().same(node);
      const other = outgoing ? edge.target() : edge.source();
      const button = el('button', { type: 'button', title: edge.data('properties')?.evidence || '' },
        el('span', { className: 'type' }, edge.data('type') === 'PAIRS_WITH' ? 'PAIRS_WITH' : outgoing ? `${edge.data('type')} →` : `← ${edge.data('type')}`),
        ' ', other.data('caption'));
      button.addEventListener('click', () => {
        cy.$(':selected').unselect();
        edge.select();
        showEdge(edge);
      });
      list.append(el('li', {}, button));
    });
    return el('div', {}, el('h3', {}, 'Relationships'), list);
  }

  function showEdge(edge) {
    const data = edge.data();
    const p = data.properties || {};
    const from = edge.source().data('caption');
    const to = edge.target().data('caption');
    // One edge per fact: every page and line that states it, each with its sentence.
    const statements = data.statements && data.statements.length > 0 ? data.statements : [p];
    const where = (s) => s.page ? `${s.page}${s.line ? `, line ${s.line}` : ''}${s.section ? ` (${s.section})` : ''}` : null;
    const said = statements.map((s) => el('li', {},
      s.evidence ? el('blockquote', { className: 'evidence' }, s.evidence) : el('p', { className: 'hint' }, 'No evidence sentence was recorded.'),
      where(s) ? el('p', { className: 'source' }, el('strong', {}, 'From '), where(s)) : null));
    $('details').replaceChildren(
      el('span', { className: 'chip' }, data.type),
      el('h2', {}, `${from} ${data.type === 'PAIRS_WITH' ? '↔' : '→'} ${to}`),
      statements.length > 1 ? el('p', { className: 'note' }, `Stated in ${statements.length} places.`) : null,
      el('ul', { className: 'statements' }, ...said),
      fields(p, ['evidence', 'page', 'line', 'section']));
  }

  // Deep links: /?q=words runs a search, /?id=thesis:… opens that node with its neighbours (the console links here).
  async function openNode(id) {
    try {
      const hood = await getJson(`/explore/neighborhood?id=${encodeURIComponent(id)}&limit=1`);
      const node = addNode(hood.node, freeSpot());
      node.select();
      showNode(node);
      await expand(node);
    } catch (error) {
      showError(error.message);
    }
  }

  refreshChrome();
  const params = new URLSearchParams(location.search);
  if (params.get('id')) {
    openNode(params.get('id'));
  } else if (params.get('q')) {
    $('search').value = params.get('q');
    $('search-form').requestSubmit();
  }
})();
