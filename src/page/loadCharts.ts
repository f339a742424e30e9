/**
 * The load page's charts, imported when first needed: the responsibility matrix (Plot, and through it all of d3),
 * the network, their ordering, and the issuer's default holdings beside them (../lib/overview.js, which imports the
 * ledger and through it the reader's target stage). None of it is drawn before a plan is read, so none of it is in
 * the page's initial load: the page starts the import when a parse starts (loadCharts(), while the worker reads)
 * and awaits it when it draws the charts. Dynamic imports of local modules, which Framework resolves at build time
 * and copies into dist/_import/ like any other (self-hosted: no CDN).
 *
 *   const charts = loadCharts();   // a Promise, the same one every call
 *   const {responsibilityMatrix, orderMatrix} = await charts;
 *
 * A failed import (the network gone) rejects; the next call tries again.
 */
import type {issuerHolding} from "../lib/overview.js";
import type {orderMatrix} from "../lib/ordering.js";
import type {bipartiteNetwork} from "../components/bipartiteNetwork.js";
import type {responsibilityMatrix} from "../components/responsibilityMatrix.js";

export interface LoadCharts {
  responsibilityMatrix: typeof responsibilityMatrix;
  bipartiteNetwork: typeof bipartiteNetwork;
  orderMatrix: typeof orderMatrix;
  issuerHolding: typeof issuerHolding;
}

let loading: Promise<LoadCharts> | null = null;

/** The chart modules, imported once (in parallel); the same promise on every call until one fails. */
export function loadCharts(): Promise<LoadCharts> {
  loading ??= Promise.all([
    import("../components/responsibilityMatrix.js"),
    import("../components/bipartiteNetwork.js"),
    import("../lib/ordering.js"),
    import("../lib/overview.js")
  ]).then(
    ([{responsibilityMatrix}, {bipartiteNetwork}, {orderMatrix}, {issuerHolding}]) => ({
      responsibilityMatrix,
      bipartiteNetwork,
      orderMatrix,
      issuerHolding
    }),
    (error) => {
      loading = null;
      throw error;
    }
  );
  return loading;
}
