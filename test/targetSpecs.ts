// A plan's target as the comparison measures read it (src/lib/compare/targetSpec.ts), for the compare tests: a
// sentence target of ≥95% in 2025 unless `over` says otherwise. Not data about any real plan.
import type {TargetSpec} from "../src/lib/compare/targetSpec.js";

export const targetSpec = (plan: string, name: string, over: Partial<TargetSpec> = {}): TargetSpec => ({
  plan,
  id: `${plan}-${name}`,
  from: "sentence",
  name,
  value: 95,
  unit: "%",
  comparator: ">=",
  year: 2025,
  attribute: null,
  cumulative: false,
  period: null,
  annualAverage: false,
  raw: "",
  ...over
});
