import {benchCorpus, corpusTables} from "./bench/corpus.js";
const r = benchCorpus({plans: Number(process.argv[2] ?? 1000), small: 100, runs: 1, log: (l) => console.error(l)});
console.log(corpusTables(r));
