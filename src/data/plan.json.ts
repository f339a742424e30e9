// The whole model of the configured plan, with its metadata.
import {loadPlan} from "./plan-files.js";

const {name, meta, model} = loadPlan();
process.stdout.write(JSON.stringify({plan: name, meta, ...model}));
