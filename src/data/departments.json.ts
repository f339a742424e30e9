// Department measures, accountability defaults and page ids of the configured plan.
import {departmentMeasures} from "../lib/measures.js";
import {departmentSlug} from "../lib/slug.js";
import {loadPlan} from "./plan-files.js";

const {model} = loadPlan();
const measures = departmentMeasures(model).map((m) => ({...m, slug: departmentSlug(m)}));
process.stdout.write(JSON.stringify(measures));
