/**
 * canvasLayer(document, {x, y, width, height, draw, toSvg}): a layer of an SVG chart drawn on canvases instead of
 * SVG elements, for marks too many for the browser to restyle and repaint quickly (the matrix's cells and the
 * bipartite view's links at hundreds of departments).
 *
 *   const layer = canvasLayer(document, {x: 120, y: 80, width: 900, height: 18000, draw, toSvg});
 *   svg.append(layer.element); // where the SVG marks would have been, so that what is drawn above stays above
 *   layer.redraw();            // after the data moved (a re-ordering): the tiles on screen are drawn again
 *
 * The layer is a <foreignObject data-canvas-layer> at (x, y) of the SVG's own coordinates, so it scales with the
 * SVG (viewBox, max-width) and keeps its place among the SVG's elements. Its area is cut into horizontal tiles of
 * `tileHeight` px, each a <canvas> drawn only while it is on screen or near it (an IntersectionObserver; without
 * one, as in jsdom, every tile is drawn at once): a whole matrix of 1,000 departments would be a canvas of 4,096 ×
 * 18,000 px, 300 MB, past what a browser allows. `draw(context, top, bottom)` draws in the SVG's coordinates
 * (the context is translated and clipped to the tile) what lies between `top` and `bottom` (SVG y).
 *
 * Exports: the foreignObject carries `toSvg()` (the option), which gives the same marks as SVG elements on demand
 * (exportChart's chartSvg puts them in place of the layer, so SVG and PNG downloads are vector drawings as before).
 */

const SVG = "http://www.w3.org/2000/svg";
const HTML = "http://www.w3.org/1999/xhtml";

export interface CanvasLayerOptions {
  /** The layer's top-left corner, in the SVG's coordinates (px). */
  x: number;
  y: number;
  /** Its size in the SVG's coordinates (px). */
  width: number;
  height: number;
  /** Draws the marks between SVG y `top` and `bottom` (the context is in the SVG's coordinates, clipped). */
  draw(context: CanvasRenderingContext2D, top: number, bottom: number): void;
  /** The same marks as SVG elements (a <g>), for exports. */
  toSvg(): SVGGElement;
  /** Height of a tile in px (default 512). */
  tileHeight?: number;
  /**
   * How far beyond the screen tiles are drawn (an IntersectionObserver rootMargin; default "100% 0px", a screen above
   * and below). A layer redrawn often (a hover's focus) draws only what is on screen: each canvas drawn is copied to
   * the compositor in the frame.
   */
  margin?: string;
}

/** The layer's element (with toSvg for exports) and redraw. */
export interface CanvasLayer {
  element: SVGForeignObjectElement & {toSvg(): SVGGElement};
  /**
   * Draws again the tiles on screen at once, those near the screen in idle time (or as they come on screen); the
   * others are drawn when they come near.
   */
  redraw(): void;
  /**
   * The part of the layer on screen (its tiles on screen), from `top` to `bottom` in the SVG's y; null when every
   * tile counts as on screen (no IntersectionObserver, as in jsdom, or none reported yet), and [0, 0] when none is.
   */
  onScreen(): [top: number, bottom: number] | null;
}

/**
 * A layer of marks on canvases in an SVG chart (see above): a foreignObject of tiles drawn while on screen.
 */
export function canvasLayer(
  document: Document,
  {x, y, width, height, draw, toSvg, tileHeight = 512, margin = "100% 0px"}: CanvasLayerOptions
): CanvasLayer {
  const element = document.createElementNS(SVG, "foreignObject") as CanvasLayer["element"];
  for (const [k, v] of Object.entries({x, y, width, height})) element.setAttribute(k, String(v));
  element.setAttribute("data-canvas-layer", "");
  element.toSvg = toSvg;
  const box = document.createElementNS(HTML, "div") as HTMLDivElement;
  Object.assign(box.style, {position: "relative", width: `${width}px`, height: `${height}px`});
  element.append(box);
  const deviceRatio = Math.min(2, globalThis.devicePixelRatio || 1);
  // Canvas pixels per SVG px: the device's ratio times the SVG's scale on screen (a matrix 4,096 px wide shown in a
  // page 1,200 px wide needs a third of the pixels), updated from the observer's boxes.
  let ratio = deviceRatio;
  /**
   * Each tile: shown (near the screen: drawn), visible (on screen), drawn, and stale (drawn before the last redraw:
   * drawn again in idle time, or as it comes on screen).
   */
  const tiles: {
    canvas: HTMLCanvasElement;
    top: number;
    bottom: number;
    shown: boolean;
    visible: boolean;
    drawn: boolean;
    stale: boolean;
    /** Whether the observer has said yet whether it is on screen (not before the first frame after insertion). */
    reported: boolean;
  }[] = [];
  for (let top = 0; top < height; top += tileHeight) {
    const bottom = Math.min(height, top + tileHeight);
    const canvas = document.createElementNS(HTML, "canvas") as HTMLCanvasElement;
    canvas.setAttribute("aria-hidden", "true");
    Object.assign(canvas.style, {
      position: "absolute",
      left: "0",
      top: `${top}px`,
      width: `${width}px`,
      height: `${bottom - top}px`
    });
    canvas.width = 0;
    canvas.height = 0;
    box.append(canvas);
    tiles.push({canvas, top, bottom, shown: false, visible: false, drawn: false, stale: false, reported: false});
  }
  const paint = (tile: (typeof tiles)[number]) => {
    const {canvas, top, bottom} = tile;
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round((bottom - top) * ratio));
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    let context: CanvasRenderingContext2D | null = null;
    try {
      // Desynchronized: a tile drawn is shown without being copied to the compositor again on each later frame that
      // changes anything in the page. Without it, Chromium copied every drawn tile once more at the first change after
      // they were drawn (the first hover after a scroll: 60 to 80 ms at 1,000 departments, 17 tiles; the next, 8 ms).
      context = canvas.getContext("2d", {desynchronized: true});
    } catch {
      context = null; // jsdom without the canvas package
    }
    tile.drawn = true;
    tile.stale = false;
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, bottom - top);
    context.save();
    context.beginPath();
    context.rect(0, 0, width, bottom - top);
    context.clip();
    context.translate(-x, -(y + top));
    draw(context, y + top, y + bottom);
    context.restore();
  };
  function release(tile: (typeof tiles)[number]) {
    if (tile.canvas.width !== 0 || tile.canvas.height !== 0) {
      tile.canvas.width = 0;
      tile.canvas.height = 0;
    }
    tile.drawn = false;
    tile.stale = false;
  }
  const view = document.defaultView;
  // Stale tiles near the screen, drawn again one at a time in idle time (a timeout where there is no idle callback).
  let idle = false;
  const drawStale = (deadline?: IdleDeadline) => {
    idle = false;
    for (const tile of tiles) {
      if (!tile.stale || !tile.shown) continue;
      if (deadline && deadline.timeRemaining() < 4) return whenIdle();
      paint(tile);
      if (!deadline) return whenIdle();
    }
  };
  function whenIdle() {
    if (idle || !tiles.some((t) => t.stale && t.shown)) return;
    idle = true;
    if (typeof view?.requestIdleCallback === "function") view.requestIdleCallback(drawStale, {timeout: 500});
    else setTimeout(() => drawStale(), 20);
  }
  const Observer = document.defaultView?.IntersectionObserver ?? globalThis.IntersectionObserver;
  // Without an observer (jsdom) every tile is on screen.
  const observed = typeof Observer === "function";
  if (observed) {
    const byCanvas = new Map(tiles.map((t) => [t.canvas as Element, t]));
    const observer = new Observer(
      (entries) => {
        for (const entry of entries) {
          const tile = byCanvas.get(entry.target);
          if (!tile) continue;
          const shown = entry.boundingClientRect.width / width;
          if (shown > 0) ratio = Math.min(deviceRatio, Math.max(0.25, Math.ceil(shown * deviceRatio * 16) / 16));
          tile.shown = entry.isIntersecting;
          if (tile.shown && (!tile.drawn || tile.stale)) paint(tile);
          else if (!tile.shown && tile.drawn) release(tile);
        }
      },
      // Tiles a screen above and below (by default) are drawn before they scroll into view.
      {rootMargin: margin}
    );
    // Which tiles are on screen: a redraw draws those at once, the others near the screen in idle time.
    const onScreen = new Observer((entries) => {
      for (const entry of entries) {
        const tile = byCanvas.get(entry.target);
        if (!tile) continue;
        tile.visible = entry.isIntersecting;
        tile.reported = true;
        if (tile.visible && tile.stale) paint(tile);
      }
    });
    for (const tile of tiles) {
      observer.observe(tile.canvas);
      onScreen.observe(tile.canvas);
    }
  } else {
    for (const tile of tiles) tile.shown = tile.visible = true;
    for (const tile of tiles) paint(tile);
  }
  /**
   * Draws again the tiles on screen now; those near it (drawn, off screen) in idle time or as they come on screen: a
   * re-ordered matrix of 1,000 departments shown at a third of its size has 17 tiles drawn, 6 on screen, and each
   * drawn is copied to the compositor in that frame.
   */
  const redraw = () => {
    for (const tile of tiles) {
      if (!tile.shown) {
        if (tile.drawn) release(tile);
      } else if (tile.visible || !observed) paint(tile);
      else if (tile.drawn) tile.stale = true;
    }
    whenIdle();
  };
  const onScreen = (): [number, number] | null => {
    // Before the observer has reported (a layer re-ordered as soon as it is drawn), every tile counts as on screen.
    if (!observed || tiles.some((t) => !t.reported)) return null;
    const visible = tiles.filter((t) => t.visible);
    return visible.length ? [y + visible[0].top, y + visible[visible.length - 1].bottom] : [0, 0];
  };
  return {element, redraw, onScreen};
}

/**
 * A focus overlay: a canvas layer above everything drawn in `svg` (appended last), drawn only where on screen (margin
 * "0px" unless given: a layer redrawn on every hover copies each drawn canvas to the compositor in that frame), that
 * the pointer goes through to the marks below (pointer-events none), marked data-focus-layer. The bipartite and
 * co-assignment networks draw their hover's focus on it.
 */
export function focusLayer(svg: SVGSVGElement, options: CanvasLayerOptions): CanvasLayer {
  const layer = canvasLayer(svg.ownerDocument, {margin: "0px", ...options});
  layer.element.setAttribute("data-focus-layer", "");
  layer.element.setAttribute("pointer-events", "none");
  layer.element.style.pointerEvents = "none";
  svg.append(layer.element);
  return layer;
}
