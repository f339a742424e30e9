/**
 * progressive(items, render, options): a container that shows the first items at once and appends the others a few
 * per animation frame, in order. A page of many charts (the progress page's small multiples) then paints its
 * first ones, and everything above them, before it has drawn them all, and stays responsive while it draws.
 *
 *   display(progressive(indicators, (p) => chartCard(progressChart(p.series, {compact: true})), {className: "multiples"}))
 *
 * Options: `first` items rendered at once (default 1), `perFrame` items in each later frame (default 2),
 * `className`, `invalidation` (a promise, such as the one Framework gives each cell: once it resolves, no more
 * items are drawn, as when the cell runs again with new data), `document` (for jsdom), and `frame`, the scheduler
 * (default requestAnimationFrame, or a 0 ms timeout where there is none). The container's `done` property is a
 * promise of the container once every item is in it, or once drawing stopped.
 */
export interface ProgressiveOptions {
  first?: number;
  perFrame?: number;
  className?: string;
  invalidation?: Promise<unknown>;
  document?: Document;
  frame?: (callback: () => void) => unknown;
}

export type ProgressiveElement = HTMLDivElement & {done: Promise<HTMLDivElement>};

/**
 * The container that draws `items` with `render`, a few per frame (see above for the options and its `done`
 * promise).
 */
export function progressive<T>(
  items: Iterable<T>,
  render: (item: T, index: number) => Node,
  {
    first = 1,
    perFrame = 2,
    className,
    invalidation,
    document = globalThis.document,
    frame = defaultFrame(document)
  }: ProgressiveOptions = {}
): ProgressiveElement {
  if (!(perFrame >= 1)) throw new Error(`progressive: perFrame must be at least 1 (got ${perFrame})`);
  const list = Array.from(items);
  const div = document.createElement("div") as ProgressiveElement;
  if (className) div.className = className;
  let next = 0;
  let stopped = false;
  invalidation?.then(() => (stopped = true));
  const add = (count: number) => {
    for (const end = Math.min(list.length, next + count); next < end; ++next) div.append(render(list[next], next));
  };
  add(Math.max(0, first));
  div.done = new Promise((resolve, reject) => {
    const step = () => {
      if (stopped) return resolve(div);
      try {
        add(perFrame);
      } catch (error) {
        return reject(error);
      }
      if (next < list.length) frame(step);
      else resolve(div);
    };
    if (next < list.length) frame(step);
    else resolve(div);
  });
  return div;
}

function defaultFrame(document: Document): (callback: () => void) => unknown {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  return view?.requestAnimationFrame
    ? (callback) => view.requestAnimationFrame(callback)
    : (callback) => setTimeout(callback, 0);
}
