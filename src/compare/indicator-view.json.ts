// What the indicators compare page shows for the site's plans, computed once by the build (indicatorView.ts): the
// cards, the one-plan targets and the counts, with the bad rows of the glossary and the benchmarks.
import {indicatorViewFile} from "../dataFiles/compare-files.js";
import {readPlanSet} from "../dataFiles/plan-set.js";

process.stdout.write(JSON.stringify(indicatorViewFile(await readPlanSet())));
