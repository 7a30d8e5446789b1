// The service's API key (Graph:ApiKey), for a service that has one. The pages hold no data and load without it; their
// requests go through GraphApiKey.fetch, which sends the key as X-Api-Key, and after a 401 asks for it once and tries
// again. The key is kept in sessionStorage: this tab only, never in a URL or cookie, so no other site's page can send it.
(function () {
  'use strict';

  const storageKey = 'graph-api-key';
  let asking = null;

  function attempt(url, init, key) {
    const headers = new Headers(init && init.headers);
    if (key) headers.set('X-Api-Key', key);
    return fetch(url, { ...init, headers });
  }

  // Requests refused together share one question.
  function askForKey() {
    if (!asking) {
      asking = new Promise((resolve) => setTimeout(() => {
        const key = (window.prompt('This service needs its API key (Graph:ApiKey). It is kept for this browser tab only.') || '').trim();
        if (key) sessionStorage.setItem(storageKey, key);
        asking = null;
        resolve(key);
      }));
    }
    return asking;
  }

  async function apiFetch(url, init) {
    const sent = sessionStorage.getItem(storageKey);
    const response = await attempt(url, init, sent);
    if (response.status !== 401) return response;
    const current = sessionStorage.getItem(storageKey);
    const key = current && current !== sent ? current : await askForKey();
    return key ? attempt(url, init, key) : response;
  }

  window.GraphApiKey = { fetch: apiFetch, forget: () => sessionStorage.removeItem(storageKey) };
})();
