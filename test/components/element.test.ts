import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {elementMaker} from "../../src/components/element.js";

describe("elementMaker", () => {
  it("elementMaker(document)(tag, attributes, ...children) makes the element in that document", () => {
    const {document} = new JSDOM("").window;
    const el = elementMaker(document);
    const p = el("p", {class: "muted", "data-x": "1"}, "text ", el("strong", {}, "bold"));
    expect(p.ownerDocument).toBe(document);
    expect(p.outerHTML).toBe('<p class="muted" data-x="1">text <strong>bold</strong></p>');
  });
});
