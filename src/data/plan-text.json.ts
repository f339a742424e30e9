// The normalized text of the configured plan: the text every source offset of plan.json refers to.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {decodePlan} from "../lib/decode.js";
import {normalizePlanText} from "../lib/normalize.js";
import {configuredPlan, ROOT} from "./plan-files.js";

const name = configuredPlan();
const bytes = readFileSync(join(ROOT, "data/plans", `${name}.txt`));
process.stdout.write(JSON.stringify({plan: name, text: normalizePlanText(decodePlan(bytes).text).text}));
