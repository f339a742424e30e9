import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {progressive} from "../../src/page/progressive.js";

/**
 * A jsdom document, a scheduler run by hand (frames() runs the callbacks queued so far, one frame, and returns how
 * many ran) and a render function making a text node of each item.
 */
function setup() {
  const {document} = new JSDOM("").window;
  let queue: (() => void)[] = [];
  return {
    document,
    frame: (callback: () => void) => queue.push(callback),
    frames() {
      const run = queue;
      queue = [];
      for (const callback of run) callback();
      return run.length;
    },
    text: (s: string) => document.createTextNode(s)
  };
}

const items = ["a", "b", "c", "d", "e", "f"];

/** The container's text at once, then after each frame, until no frame is asked for. */
function texts(div: Element, frames: () => number): string[] {
  const seen = [div.textContent!];
  while (frames()) seen.push(div.textContent!);
  return seen;
}

describe("progressive", () => {
  it("progressive(items, render) shows the first item at once and the others two per frame, in order", async () => {
    const {document, frame, frames} = setup();
    const render = (s: string, i: number) => {
      const p = document.createElement("p");
      p.textContent = `${i}${s}`;
      return p;
    };
    const div = progressive(items, render, {document, frame, className: "multiples"});
    expect(div.className).toBe("multiples");
    expect(texts(div, frames)).toEqual(["0a", "0a1b2c", "0a1b2c3d4e", "0a1b2c3d4e5f"]);
    await expect(div.done).resolves.toBe(div);
  });

  it("progressive(items, render, {first, perFrame}) renders that many at once and in each frame", () => {
    const {document, frame, frames, text} = setup();
    const div = progressive(items, text, {document, frame, first: 4, perFrame: 1});
    expect(texts(div, frames)).toEqual(["abcd", "abcde", "abcdef"]);
  });

  it("progressive(items, render) with no more items than the first needs no frame", async () => {
    const {document, frame, frames, text} = setup();
    const div = progressive(["a"], text, {document, frame});
    expect(frames()).toBe(0);
    await expect(div.done).resolves.toBe(div);
    expect(progressive([], text, {document, frame}).childNodes.length).toBe(0);
  });

  it("progressive(items, render) without requestAnimationFrame falls back to timeouts", async () => {
    const {document, text} = setup();
    const div = progressive(items, text, {
      document: {
        ...document,
        defaultView: null,
        createElement: document.createElement.bind(document)
      } as unknown as Document
    });
    expect(div.textContent).toBe("a");
    await div.done;
    expect(div.textContent).toBe("abcdef");
  });

  it("progressive(items, render) rejects done when a later item fails to render", async () => {
    const {document, frame, frames, text} = setup();
    const div = progressive(
      items,
      (s) => {
        if (s === "c") throw new Error("no chart for c");
        return text(s);
      },
      {document, frame}
    );
    frames();
    await expect(div.done).rejects.toThrow("no chart for c");
    expect(div.textContent).toBe("ab");
    expect(frames()).toBe(0);
  });

  it("progressive(items, render, {invalidation}) draws no more once the promise resolves", async () => {
    const {document, frame, frames, text} = setup();
    let invalidate = () => {};
    const invalidation = new Promise<void>((resolve) => (invalidate = resolve));
    const div = progressive(items, text, {document, frame, invalidation});
    frames();
    expect(div.textContent).toBe("abc");
    invalidate();
    await invalidation;
    frames();
    expect(div.textContent).toBe("abc");
    expect(frames()).toBe(0);
    await expect(div.done).resolves.toBe(div);
  });

  it("progressive(items, render, {perFrame: 0}) is an error", () => {
    const {document, text} = setup();
    expect(() => progressive(items, text, {document, perFrame: 0})).toThrow(/perFrame/);
  });
});
