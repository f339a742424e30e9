import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {progressive} from "../../src/components/progressive.js";

/** A scheduler run by hand: frames() runs the callbacks queued so far, one frame. */
function manualFrames() {
  let queue: (() => void)[] = [];
  return {
    frame: (callback: () => void) => queue.push(callback),
    frames() {
      const run = queue;
      queue = [];
      for (const callback of run) callback();
      return run.length;
    }
  };
}

const items = ["a", "b", "c", "d", "e", "f"];

describe("progressive", () => {
  it("progressive(items, render) shows the first item at once and the others two per frame, in order", async () => {
    const {document} = new JSDOM("").window;
    const {frame, frames} = manualFrames();
    const render = (s: string, i: number) => {
      const p = document.createElement("p");
      p.textContent = `${i}${s}`;
      return p;
    };
    const div = progressive(items, render, {document, frame, className: "multiples"});
    expect(div.className).toBe("multiples");
    expect(div.textContent).toBe("0a");
    expect(frames()).toBe(1);
    expect(div.textContent).toBe("0a1b2c");
    frames();
    expect(div.textContent).toBe("0a1b2c3d4e");
    frames();
    expect(div.textContent).toBe("0a1b2c3d4e5f");
    expect(frames()).toBe(0);
    await expect(div.done).resolves.toBe(div);
  });

  it("progressive(items, render, {first, perFrame}) renders that many at once and in each frame", () => {
    const {document} = new JSDOM("").window;
    const {frame, frames} = manualFrames();
    const div = progressive(items, (s) => document.createTextNode(s), {document, frame, first: 4, perFrame: 1});
    expect(div.textContent).toBe("abcd");
    frames();
    expect(div.textContent).toBe("abcde");
    frames();
    expect(div.textContent).toBe("abcdef");
    expect(frames()).toBe(0);
  });

  it("progressive(items, render) with no more items than the first needs no frame", async () => {
    const {document} = new JSDOM("").window;
    const {frame, frames} = manualFrames();
    const div = progressive(["a"], (s) => document.createTextNode(s), {document, frame});
    expect(frames()).toBe(0);
    await expect(div.done).resolves.toBe(div);
    expect(progressive([], (s: string) => document.createTextNode(s), {document, frame}).childNodes.length).toBe(0);
  });

  it("progressive(items, render) without requestAnimationFrame falls back to timeouts", async () => {
    const {document} = new JSDOM("").window;
    const div = progressive(items, (s) => document.createTextNode(s), {
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
    const {document} = new JSDOM("").window;
    const {frame, frames} = manualFrames();
    const div = progressive(
      items,
      (s) => {
        if (s === "c") throw new Error("no chart for c");
        return document.createTextNode(s);
      },
      {document, frame}
    );
    frames();
    await expect(div.done).rejects.toThrow("no chart for c");
    expect(div.textContent).toBe("ab");
    expect(frames()).toBe(0);
  });

  it("progressive(items, render, {invalidation}) draws no more once the promise resolves", async () => {
    const {document} = new JSDOM("").window;
    const {frame, frames} = manualFrames();
    let invalidate = () => {};
    const invalidation = new Promise<void>((resolve) => (invalidate = resolve));
    const div = progressive(items, (s) => document.createTextNode(s), {document, frame, invalidation});
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
    const {document} = new JSDOM("").window;
    expect(() => progressive(items, (s) => document.createTextNode(s), {document, perFrame: 0})).toThrow(/perFrame/);
  });
});
