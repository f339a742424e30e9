/**
 * descendingFirst(table): an Inputs.table whose columns sort largest first on their first click (a ranking is
 * read from the top), and reverse on the next click as before. Inputs.table sorts ascending on a first click and
 * descending when Alt is held; this turns a plain first click on a column not yet sorted into an Alt-click. Each
 * header's first child is Inputs' sort mark (▴ or ▾), empty while the column is not the sorted one.
 *
 *   display(descendingFirst(Inputs.table(measures, {sort: "items", reverse: true})))
 */
export function descendingFirst<T extends HTMLElement>(table: T): T {
  table.addEventListener(
    "click",
    (event) => {
      const th = (event.target as Element | null)?.closest?.("thead th");
      if (!th || !table.contains(th) || event.altKey || event.metaKey || !th.previousElementSibling) return;
      if ((th.firstChild?.textContent ?? "") !== "") return; // already the sorted column: toggle as usual
      event.stopPropagation();
      event.preventDefault();
      th.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, altKey: true}));
    },
    {capture: true}
  );
  return table;
}
