// The explorer's view as data: what the user asked to see, never where things were drawn. It lives in the URL,
// so a link shows the same nodes, relationships, hidden labels, path and selection, and each change is a history
// entry, so Back (or Undo) returns to the view before it.
(function () {
  'use strict';

  // seeds: nodes added directly (search, path, deep link); expanded: nodes whose neighbours are drawn;
  // removed: nodes taken away by hand; hidden: labels switched off in the legend; path: the highlighted path's nodes.
  const lists = { seeds: 'n', expanded: 'x', removed: 'r', hidden: 'hide', path: 'path' };

  function empty() {
    return { seeds: [], expanded: [], removed: [], hidden: [], path: [], selected: null };
  }

  // Ids are slugs ("thesis:taste-is-the-bottleneck"); each is escaped on its own so a comma can only separate, and
  // the colon, legal in a query, stays readable.
  const escapeId = (id) => encodeURIComponent(id).replace(/%3A/gi, ':');

  function toQuery(view) {
    const parts = [];
    for (const [key, name] of Object.entries(lists)) {
      if (view[key].length > 0) parts.push(`${name}=${view[key].map(escapeId).join(',')}`);
    }
    if (view.selected) parts.push(`sel=${escapeId(view.selected)}`);
    return parts.length > 0 ? `?${parts.join('&')}` : location.pathname;
  }

  // Reads a view from a query string. The older deep link ?id=X opens X with its neighbours.
  function fromQuery(search) {
    const raw = new Map(search.replace(/^\?/, '').split('&').filter(Boolean).map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    }));
    const view = empty();
    for (const [key, name] of Object.entries(lists)) {
      view[key] = (raw.get(name) || '').split(',').filter(Boolean).map(decodeURIComponent);
    }
    if (raw.get('sel')) view.selected = decodeURIComponent(raw.get('sel'));
    if (raw.get('id')) {
      const id = decodeURIComponent(raw.get('id').replace(/\+/g, ' '));
      view.seeds.push(id);
      view.expanded.push(id);
      view.selected = id;
    }
    return view;
  }

  function copy(view) {
    return { seeds: [...view.seeds], expanded: [...view.expanded], removed: [...view.removed], hidden: [...view.hidden], path: [...view.path], selected: view.selected };
  }

  const without = (list, id) => list.filter((x) => x !== id);
  const adding = (list, id) => (list.includes(id) ? list : [...list, id]);

  // The changes the page makes, each returning a new view.
  const change = {
    add: (view, id) => ({ ...copy(view), seeds: adding(view.seeds, id), removed: without(view.removed, id), selected: id }),
    expand: (view, id) => ({ ...copy(view), expanded: adding(view.expanded, id), removed: without(view.removed, id), selected: id }),
    remove: (view, id) => ({
      ...copy(view),
      seeds: without(view.seeds, id),
      expanded: without(view.expanded, id),
      path: without(view.path, id),
      removed: adding(view.removed, id),
      selected: view.selected === id ? null : view.selected,
    }),
    toggleLabel: (view, label) => ({ ...copy(view), hidden: view.hidden.includes(label) ? without(view.hidden, label) : [...view.hidden, label] }),
    path: (view, ids) => ({
      ...copy(view),
      seeds: ids.reduce(adding, view.seeds),
      removed: view.removed.filter((id) => !ids.includes(id)),
      path: [...ids],
      selected: ids[ids.length - 1],
    }),
    select: (view, id) => ({ ...copy(view), selected: id }),
    clear: () => empty(),
  };

  window.ExplorerView = { empty, toQuery, fromQuery, change };
})();
