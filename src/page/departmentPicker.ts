/**
 * departmentPicker(departments, {value, label, language}): a text input with suggestions that finds a department by its
 * Chinese name, short name, alias or English name. Its value is the department's canonical name, or null.
 *
 *   const department = view(departmentPicker(plan.departments, {value: "市市场监督管理局"}));
 */
import * as Inputs from "@observablehq/inputs";
import type {Department} from "../lib/model.js";
import {departmentLabel, findDepartment} from "../lib/departments.js";
import {type Language, pick} from "./language.js";

/**
 * The department picker (see above): an input whose value is the canonical name of the department found, or null.
 */
export function departmentPicker(
  departments: Department[],
  {
    value = null,
    language = "both",
    label = pick("Department", "部门", language)
  }: {value?: string | null; label?: string; language?: Language} = {}
): HTMLElement & {value: string | null} {
  const start = departments.find((d) => d.name === value);
  const input = Inputs.text({
    label,
    placeholder:
      language === "en"
        ? "Chinese or English name"
        : language === "zh"
          ? "中文名称或英文名称"
          : "中文名称 or English name",
    datalist: departments.map(departmentLabel),
    value: start ? departmentLabel(start) : "",
    submit: false,
    autocomplete: "off"
  }) as HTMLElement & {value: string};
  const form = document.createElement("div") as unknown as HTMLElement & {value: string | null};
  form.append(input);
  const resolve = () => findDepartment(departments, input.value)?.name ?? null;
  form.value = resolve();
  input.addEventListener("input", (event) => {
    const next = resolve();
    event.stopPropagation();
    if (next === form.value && input.value !== "") return;
    form.value = input.value === "" ? null : next;
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return form;
}
