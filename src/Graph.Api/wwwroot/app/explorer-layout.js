// Where the explorer's nodes go: fcose (a force-directed layout made for Cytoscape.js) places them, counting each
// label as part of its node, then a last pass pushes apart any two nodes whose boxes, labels included, still overlap.
(function () {
  'use strict';

  const gap = 6; // px between two labels, in model units

  // fresh: nothing drawn had a position before, so fcose may start from a random spread.
  function options(fresh) {
    return {
      name: 'fcose',
      quality: 'proof',
      randomize: fresh,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: 12000,
      idealEdgeLength: 120,
      nodeSeparation: 100,
      packComponents: true,
    };
  }

  // Runs the layout on the visible elements, then moves each node from where it was to where it goes.
  function arrange(cy, fresh) {
    const shown = cy.elements(':visible');
    const nodes = shown.nodes();
    if (nodes.empty()) return Promise.resolve();
    const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
    if (nodes.length > 1) shown.layout(options(fresh)).run();
    separate(nodes);
    if (fresh) return Promise.resolve();
    const after = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
    nodes.forEach((n) => n.position(before.get(n.id())));
    return Promise.all(nodes.map((n) => n.animation({ position: after.get(n.id()), duration: 350, easing: 'ease-in-out-cubic' }).play().promise()));
  }

  // Boxes (node and label) that overlap are pushed apart along the axis where they overlap least, a little each
  // round, until none overlap. A box's offset from its node's centre stays fixed while nodes move, so it is measured once.
  function separate(nodes) {
    const items = nodes.map((n) => {
      const p = n.position();
      const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
      return { node: n, x: p.x, y: p.y, left: b.x1 - p.x, right: b.x2 - p.x, top: b.y1 - p.y, bottom: b.y2 - p.y };
    });
    for (let round = 0; round < 1000; round++) {
      let moved = false;
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i];
          const b = items[j];
          const dx = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left) + gap;
          const dy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top) + gap;
          if (dx <= 0 || dy <= 0) continue;
          moved = true;
          // Half the overlap each way, plus a pixel so rounding cannot leave them touching.
          if (dx < dy) {
            const shift = dx / 2 + 0.5;
            const sign = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
            a.x += sign * shift;
            b.x -= sign * shift;
          } else {
            const shift = dy / 2 + 0.5;
            const sign = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
            a.y += sign * shift;
            b.y -= sign * shift;
          }
        }
      }
      if (!moved) break;
    }
    for (const item of items) item.node.position({ x: item.x, y: item.y });
  }

  // Label boxes that overlap, for the browser tests: pairs of node ids.
  function overlappingLabels(cy) {
    const boxes = cy.nodes(':visible').map((n) => ({ id: n.id(), box: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) }));
    const pairs = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box;
        const b = boxes[j].box;
        if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5) {
          pairs.push([boxes[i].id, boxes[j].id]);
        }
      }
    }
    return pairs;
  }

  window.ExplorerLayout = { arrange, separate, overlappingLabels };
})();
