// Demo only: moves between the demo profiles the way LinkedIn does, without a page load
// (history.pushState and a swapped <main>), so the panel's "follow in-app navigation"
// can be tried and tested. This runs in the demo page, not in the extension.
document.addEventListener('click', async (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-demo-spa]') : null;
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute('href');
  const html = await (await fetch(href)).text();
  const next = new DOMParser().parseFromString(html, 'text/html');
  history.pushState({}, '', href);
  // Like LinkedIn, the URL changes first and the new person renders a moment later.
  setTimeout(() => {
    document.title = next.title;
    const main = next.querySelector('main');
    if (main) document.querySelector('main')?.replaceWith(document.adoptNode(main));
  }, 120);
});
window.addEventListener('popstate', () => location.reload());
