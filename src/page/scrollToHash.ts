/**
 * scrollToHash(): scrolls to the element the URL's #hash names, once the page has drawn it (Framework draws
 * pages after load, so the browser's own jump finds nothing), and marks it with the class "is-target".
 */
export function scrollToHash(document: Document = globalThis.document): void {
  const id = decodeURIComponent(globalThis.location?.hash.slice(1) ?? "");
  if (!id) return;
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    el.scrollIntoView({block: "center"});
    (el.closest("tr") ?? el).classList.add("is-target");
  });
}
