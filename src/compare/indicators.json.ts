// The indicators compare page's reference data: the glossary, the benchmarks and their bad rows (the plans'
// targets come with compare/plans.json).
import {indicatorReference} from "../dataFiles/compare-files.js";

process.stdout.write(JSON.stringify(indicatorReference()));
