// The text of the configured plan (data/plans/<name>.txt), as UTF-8 whatever its encoding: the starting text of
// the "Load your own plan" page.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {decodePlan} from "../lib/decode.js";
import {configuredPlan, ROOT} from "./plan-files.js";

process.stdout.write(decodePlan(readFileSync(join(ROOT, "data/plans", `${configuredPlan()}.txt`))).text);
