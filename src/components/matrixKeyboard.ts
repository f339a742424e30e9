/**
 * matrixKeyboard(figure, grid): moves through a matrix with the keyboard. The chart takes the focus (Tab);
 * the arrow keys move a cursor cell by cell over every department × item position (Home and End: first and
 * last item of the row; Page Up and Page Down: first and last department), a live region reads the position
 * (item, department, role or "no responsibility"), and Enter or Space selects it as a click on the cell does:
 * the figure's value becomes {item, department, role} (as Plot's pointer sets it) and a click bubbles from the
 * chart, which a page handles as it handles a click on a cell.
 *
 *   const keyboard = matrixKeyboard(figure, {rows, columns, cellAt, labelOf, position})
 *   keyboard.reorder(rows, columns)  // the matrix re-ordered in place: the cursor stays on its department and item
 */
export interface MatrixGrid {
  /** Department names, top to bottom. */
  rows: string[];
  /** Item ids, left to right. */
  columns: string[];
  /** The role at a position, or null when the department holds no role in the item. */
  cellAt(department: string, item: string): string | null;
  /** What the live region reads for a position. */
  labelOf(department: string, item: string): string;
  /** The position's box in the svg's coordinates. */
  position(department: string, item: string): {x: number; y: number; width: number; height: number};
}

const SVG = "http://www.w3.org/2000/svg";

/**
 * The position selected with Enter: a page redraws the matrix with the selection highlighted, and the new
 * matrix takes the focus back at that position (within a few seconds), so that the keyboard does not lose its place.
 */
let selected: {department: string; item: string; at: number} | null = null;

/** What a matrix tells its keyboard after drawing: its rows and columns were re-ordered in place. */
export interface MatrixKeyboard {
  /** The same departments and items in a new order; the cursor keeps its department and item. */
  reorder(rows: string[], columns: string[]): void;
}

export function matrixKeyboard(figure: HTMLElement | SVGSVGElement, grid: MatrixGrid): MatrixKeyboard {
  const none: MatrixKeyboard = {reorder: () => {}};
  const doc = figure.ownerDocument;
  const svg = (
    figure.tagName.toLowerCase() === "svg" ? figure : figure.querySelector("svg[aria-label]")
  ) as SVGSVGElement | null;
  if (!svg || !grid.rows.length || !grid.columns.length) return none;
  svg.setAttribute("tabindex", "0");
  svg.setAttribute("role", "application");
  svg.setAttribute("aria-roledescription", "matrix");
  svg.setAttribute("aria-keyshortcuts", "ArrowUp ArrowDown ArrowLeft ArrowRight Home End PageUp PageDown Enter Space");
  const live = doc.createElement("div");
  live.className = "matrix-live";
  live.setAttribute("aria-live", "polite");
  live.setAttribute("data-matrix-cursor", "");
  // Visually hidden, read by screen readers; shown while the chart has the focus (see style.css).
  figure.append(live);
  const cursor = doc.createElementNS(SVG, "rect");
  cursor.setAttribute("aria-hidden", "true");
  cursor.setAttribute("fill", "none");
  cursor.setAttribute("stroke", "currentColor");
  cursor.setAttribute("stroke-width", "2");
  cursor.setAttribute("pointer-events", "none");
  cursor.setAttribute("data-cursor", "");
  cursor.style.display = "none";
  svg.append(cursor);
  let r = 0;
  let c = 0;
  const show = () => {
    const department = grid.rows[r];
    const item = grid.columns[c];
    const box = grid.position(department, item);
    cursor.setAttribute("x", String(box.x - 1));
    cursor.setAttribute("y", String(box.y - 1));
    cursor.setAttribute("width", String(box.width + 2));
    cursor.setAttribute("height", String(box.height + 2));
    cursor.setAttribute("data-item", item);
    cursor.setAttribute("data-department", department);
    cursor.style.display = "";
    live.textContent = grid.labelOf(department, item);
    // Keep the cursor in view when the matrix scrolls inside its card.
    (cursor as unknown as Element).scrollIntoView?.({block: "nearest", inline: "nearest"});
  };
  svg.addEventListener("focus", show);
  if (selected && Date.now() - selected.at < 5000) {
    const {department, item} = selected;
    selected = null;
    r = Math.max(0, grid.rows.indexOf(department));
    c = Math.max(0, grid.columns.indexOf(item));
    // Once the page has put the new matrix in place.
    const refocus = (tries: number) => {
      if (svg.isConnected) svg.focus();
      else if (tries > 0) requestAnimationFrame(() => refocus(tries - 1));
    };
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => refocus(60));
  }
  svg.addEventListener("blur", () => {
    cursor.style.display = "none";
  });
  svg.addEventListener("keydown", (event) => {
    const last = {r: grid.rows.length - 1, c: grid.columns.length - 1};
    const moves: Record<string, () => void> = {
      ArrowRight: () => (c = Math.min(last.c, c + 1)),
      ArrowLeft: () => (c = Math.max(0, c - 1)),
      ArrowDown: () => (r = Math.min(last.r, r + 1)),
      ArrowUp: () => (r = Math.max(0, r - 1)),
      Home: () => (c = 0),
      End: () => (c = last.c),
      PageUp: () => (r = 0),
      PageDown: () => (r = last.r)
    };
    if (moves[event.key]) {
      event.preventDefault();
      moves[event.key]();
      show();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const department = grid.rows[r];
      const item = grid.columns[c];
      (figure as unknown as {value: unknown}).value = {item, department, role: grid.cellAt(department, item)};
      selected = {department, item, at: Date.now()};
      svg.dispatchEvent(new (doc.defaultView?.MouseEvent ?? MouseEvent)("click", {bubbles: true}));
    }
  });
  return {
    reorder(rows, columns) {
      const department = grid.rows[r];
      const item = grid.columns[c];
      grid.rows = rows;
      grid.columns = columns;
      r = Math.max(0, rows.indexOf(department));
      c = Math.max(0, columns.indexOf(item));
      if (cursor.style.display !== "none") show();
    }
  };
}
