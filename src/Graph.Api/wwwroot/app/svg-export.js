// The drawing as an SVG document: what is visible, where it is drawn, in the colours and line styles on screen,
// so it can be edited in a vector editor or put in a paper. Written here (not a plugin) to keep the bundle small.
(function () {
  'use strict';

  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
  const round = (n) => Math.round(n * 10) / 10;

  // Words onto lines of about the width Cytoscape wraps labels at (text-max-width 130 px at 11 px type).
  function wrap(text, perLine) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > perLine) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  function edgeSvg(edge) {
    const s = edge.source().position();
    const t = edge.target().position();
    const r = edge.target().width() / 2;
    const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    // Stop at the target's rim, where the arrowhead belongs.
    const end = { x: t.x - ((t.x - s.x) * r) / length, y: t.y - ((t.y - s.y) * r) / length };
    const color = edge.style('line-color');
    const dashed = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : '';
    const arrow = edge.style('target-arrow-shape') === 'none' ? '' : ' marker-end="url(#arrow)"';
    return `<line x1="${round(s.x)}" y1="${round(s.y)}" x2="${round(end.x)}" y2="${round(end.y)}" stroke="${color}" stroke-width="${parseFloat(edge.style('width'))}"${dashed}${arrow}><title>${escape(edge.data('type'))}</title></line>`;
  }

  function nodeSvg(node) {
    const p = node.position();
    const radius = node.width() / 2;
    const lines = wrap(node.data('short') || node.data('caption') || node.id(), 22);
    const text = lines.map((line, i) => `<tspan x="${round(p.x)}" dy="${i === 0 ? 0 : 13}">${escape(line)}</tspan>`).join('');
    return `<g><title>${escape(`${node.data('label')}: ${node.data('caption')}`)}</title>`
      + `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${round(radius)}" fill="${node.style('background-color')}" stroke="#ffffff" stroke-width="1.5"/>`
      + `<text x="${round(p.x)}" y="${round(p.y + radius + 14)}" text-anchor="middle">${text}</text></g>`;
  }

  function fromCy(cy) {
    const shown = cy.elements(':visible');
    const box = shown.boundingBox({ includeLabels: true });
    const pad = 20;
    const [x, y, w, h] = [box.x1 - pad, box.y1 - pad, box.w + 2 * pad, box.h + 2 * pad].map(round);
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${w}" height="${h}" font-family="system-ui, sans-serif" font-size="11" fill="#1f2933">`,
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>',
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff"/>`,
      ...shown.edges().map(edgeSvg),
      ...shown.nodes().map(nodeSvg),
      '</svg>',
    ].join('\n');
  }

  window.GraphSvg = { fromCy };
})();
