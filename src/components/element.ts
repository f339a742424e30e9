/**
 * elementMaker(document): a small builder of HTML elements for components that do not use htl, bound to a
 * document so that they render in jsdom for tests too.
 *
 *   const el = elementMaker(document);
 *   el("p", {class: "muted"}, "text ", el("strong", {}, "bold"));
 */
export type ElementMaker = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Record<string, string>,
  ...children: (Node | string)[]
) => HTMLElementTagNameMap[K];

/** A function that makes elements of `document`: el(tag, attributes, ...children). */
export function elementMaker(document: Document): ElementMaker {
  return (tag, attributes = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
    e.append(...children);
    return e;
  };
}
