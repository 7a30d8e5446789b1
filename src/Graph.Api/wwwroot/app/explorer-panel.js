// The explorer's side panel: a node's fields and relationships, or a relationship's statements with their evidence.
(function () {
  'use strict';
  const { colorOf } = window.GraphStyle;

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

  const hintText = 'Click a node to see its fields and expand its neighbours; click a relationship to see the sentence it came from.';

  // actions: { expand(node), remove(node), pathFrom(node), select(element), degreeOf(id) }
  function create(container, actions) {
    const show = (...children) => container.replaceChildren(...children.filter((child) => child !== null && child !== undefined));

    function hint() {
      show(el('p', { className: 'hint' }, hintText));
    }

    function node(n) {
      const data = n.data();
      const degree = actions.degreeOf(data.id);
      const drawn = n.connectedEdges().length;
      let note;
      if (degree === undefined) note = 'Click the node, or Expand, to bring in its neighbours.';
      else if (degree === 0) note = 'This node has no relationships.';
      else if (drawn < degree) note = `Showing ${drawn} of its ${degree} relationships.`;
      else note = `All ${degree} of its relationships are drawn.`;
      const button = (label, title, run, primary) => {
        const b = el('button', { type: 'button', className: primary ? 'primary' : '', textContent: label, title });
        b.addEventListener('click', run);
        return b;
      };
      const expand = button('Expand', 'Draw its neighbours', () => actions.expand(n), true);
      expand.disabled = n.hasClass('expanded');
      show(
        chip(data.label),
        el('h2', {}, data.caption),
        fields(data.properties, ['contentHash', 'importKey']),
        el('div', { className: 'actions' },
          expand,
          button('Path from here', 'Then click another node: the shortest path between them is drawn', () => actions.pathFrom(n)),
          button('Remove', 'Take it off the drawing', () => actions.remove(n))),
        el('p', { className: 'note' }, note),
        relationships(n));
    }

    // The drawn relationships as a list: reading evidence should not need a precise click on a thin line.
    function relationships(n) {
      const edges = n.connectedEdges().sort((a, b) => a.data('type').localeCompare(b.data('type')));
      if (edges.empty()) return null;
      const list = el('ul', { className: 'links' });
      edges.forEach((edge) => {
        const outgoing = edge.source().same(n);
        const other = outgoing ? edge.target() : edge.source();
        const type = edge.data('type');
        const button = el('button', { type: 'button', title: edge.data('properties')?.evidence || '' },
          el('span', { className: 'type' }, type === 'PAIRS_WITH' ? type : outgoing ? `${type} →` : `← ${type}`),
          ' ', other.data('caption'));
        button.addEventListener('click', () => actions.select(edge));
        list.append(el('li', {}, button));
      });
      return el('div', {}, el('h3', {}, 'Relationships'), list);
    }

    // One edge per fact: every page and line that states it, each with its sentence.
    function edge(e) {
      const data = e.data();
      const p = data.properties || {};
      const statements = data.statements && data.statements.length > 0 ? data.statements : [p];
      const where = (s) => (s.page ? `${s.page}${s.line ? `, line ${s.line}` : ''}${s.section ? ` (${s.section})` : ''}` : null);
      // The page's line as the service shows it, when it serves the wiki it imported.
      const from = (s) => (s.href ? el('a', { href: s.href, target: '_blank', rel: 'noopener' }, where(s)) : where(s));
      const said = statements.map((s) => el('li', {},
        s.evidence ? el('blockquote', { className: 'evidence' }, s.evidence) : el('p', { className: 'hint' }, 'No evidence sentence was recorded.'),
        where(s) ? el('p', { className: 'source' }, el('strong', {}, 'From '), from(s)) : null));
      show(
        el('span', { className: 'chip' }, data.type),
        el('h2', {}, `${e.source().data('caption')} ${data.type === 'PAIRS_WITH' ? '↔' : '→'} ${e.target().data('caption')}`),
        statements.length > 1 ? el('p', { className: 'note' }, `Stated in ${statements.length} places.`) : null,
        el('ul', { className: 'statements' }, ...said),
        fields(p, ['evidence', 'page', 'line', 'section']));
    }

    return { hint, node, edge };
  }

  window.ExplorerPanel = { create };
})();
