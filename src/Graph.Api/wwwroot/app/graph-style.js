// Shared by the explorer and the console: one colour per model label, captions, and the Cytoscape.js stylesheet.
(function () {
  'use strict';

  // Tableau 10: distinct for the ten labels (Page, the wiki's own pages, in its grey), readable with dark text beside them.
  const colors = {
    Source: '#4e79a7',
    Person: '#f28e2b',
    Thesis: '#e15759',
    Tool: '#76b7b2',
    Show: '#59a14f',
    Quote: '#edc948',
    Practice: '#b07aa1',
    Question: '#ff9da7',
    Organization: '#9c755f',
    Page: '#bab0ac',
  };
  const otherColor = '#9aa5b1';

  const sizes = { Thesis: 30, Source: 28, Person: 28, Show: 26, Tool: 24 };

  // The same rule as the server: name, else title, else text, else id.
  function caption(properties, fallback) {
    const p = properties || {};
    for (const key of ['name', 'title', 'text']) {
      if (typeof p[key] === 'string' && p[key].trim() !== '') return p[key];
    }
    return typeof p.id === 'string' ? p.id : (fallback || '');
  }

  // Long captions (quotes, practices) would cover the graph: cut at a word near 48 characters.
  function shortCaption(text) {
    if (text.length <= 48) return text;
    const cut = text.lastIndexOf(' ', 46);
    return text.slice(0, cut > 24 ? cut : 46) + '…';
  }

  function colorOf(label) {
    return colors[label] || otherColor;
  }

  const stylesheet = [
    {
      selector: 'node',
      style: {
        'background-color': otherColor,
        'label': 'data(short)',
        'width': 24,
        'height': 24,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 11,
        'color': '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        // A soft plate behind each label keeps it readable where edges cross it.
        'text-background-color': '#fcfcfd',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-padding': 4,
      },
    },
    ...Object.entries(colors).map(([label, color]) => ({
      selector: `node[label = "${label}"]`,
      style: { 'background-color': color, 'width': sizes[label] || 22, 'height': sizes[label] || 22 },
    })),
    { selector: 'node.placeholder', style: { 'background-color': '#ffffff', 'border-color': otherColor, 'border-style': 'dashed' } },
    { selector: 'node.expanded', style: { 'border-color': '#323f4b', 'border-width': 2 } },
    // Selection changes the border and the label's colour, never its size: the layout measured the label once.
    { selector: 'node:selected', style: { 'border-color': '#1f2933', 'border-width': 4, 'color': '#000000', 'z-index': 10 } },
    { selector: 'node.faded', style: { 'opacity': 0.35 } },
    {
      selector: 'edge',
      style: {
        'width': 1.6,
        'line-color': '#b8c2cc',
        'target-arrow-color': '#b8c2cc',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-size': 9,
        'color': '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge[type = "PAIRS_WITH"]', style: { 'target-arrow-shape': 'none', 'line-color': '#e15759', 'line-style': 'dashed', 'width': 2.2 } },
    { selector: 'edge[type = "CONTRASTS_WITH"]', style: { 'line-color': '#7b1fa2', 'target-arrow-color': '#7b1fa2', 'width': 2.2 } },
    { selector: 'edge.labelled, edge:selected', style: { 'label': 'data(type)' } },
    { selector: 'edge:selected', style: { 'line-color': '#323f4b', 'target-arrow-color': '#323f4b', 'width': 3 } },
    { selector: 'edge.faded', style: { 'opacity': 0.25 } },
    // A path the explorer found: drawn thick, in the accent colour.
    { selector: 'node.on-path', style: { 'border-color': '#2f6fde', 'border-width': 4 } },
    { selector: 'edge.on-path', style: { 'line-color': '#2f6fde', 'target-arrow-color': '#2f6fde', 'width': 4, 'z-index': 5 } },
  ];

  // A legend: one chip per label, with how many of its nodes are drawn when counts are given.
  // The legend: a dot and a count per label. With a filter ({ hidden: Set, toggle(label) }) each entry is a button
  // that shows or hides that label's nodes.
  function renderLegend(element, counts, filter) {
    element.replaceChildren(...Object.entries(colors).map(([label, color]) => {
      const item = document.createElement(filter ? 'button' : 'span');
      item.className = 'legend-item';
      if (filter) {
        item.type = 'button';
        item.title = `Show or hide ${label} nodes`;
        item.setAttribute('aria-pressed', String(!filter.hidden.has(label)));
        item.dataset.label = label;
        item.addEventListener('click', () => filter.toggle(label));
      }
      const dot = document.createElement('span');
      dot.className = 'dot';
      dot.style.background = color;
      item.append(dot, document.createTextNode(counts && counts[label] ? `${label} ${counts[label]}` : label));
      return item;
    }));
  }

  window.GraphStyle = { colors, colorOf, caption, shortCaption, stylesheet, renderLegend };
})();
