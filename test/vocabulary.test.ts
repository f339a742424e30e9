import {describe, expect, test} from "vitest";
import {LEDGER_STATUSES} from "../src/lib/ledger.js";
import {DEPARTMENT_KINDS} from "../src/lib/departments.js";
import {TASK_STATUSES, TASK_STATUSES_ZH} from "../src/lib/observations.js";
import {ORDERINGS} from "../src/lib/ordering.js";
import {
  ALIGNMENT_LABELS,
  ATTRIBUTE_LABELS,
  BENCHMARK_KIND_LABELS,
  BENCHMARK_LEVEL_LABELS,
  LINEAGE_LABELS,
  LINEAGE_LABELS_LIST,
  REACH_LABELS,
  TARGET_FROM_LABELS,
  VERDICT_LABELS,
  VERDICTS,
  ATTRIBUTES,
  chapterLabel,
  comparatorSign,
  unitName,
  UNIT_NAMES,
  targetWithUnit,
  DEPARTMENT_CLASS_LABELS,
  DEPARTMENT_KIND_LABELS,
  KIND_LABELS,
  KINDS,
  LEDGER_STATUS_LABELS,
  LEVEL_LABELS,
  LEVELS,
  localize,
  ORDERING_LABELS,
  PROGRESS_STATUS_LABELS,
  PROGRESS_STATUSES,
  ROLE_LABELS,
  ROLES,
  splitBilingual,
  type Label
} from "../src/lib/vocabulary.js";

const HAN = /\p{Script=Han}/u;

/** Every member has a label with an English word (no Chinese) and a Chinese one (with Chinese). */
function expectBothLanguages(members: readonly string[], labels: Record<string, Label>) {
  expect(Object.keys(labels).sort()).toEqual([...members].sort());
  for (const m of members) {
    expect(labels[m].en, m).toMatch(/^[a-z][a-z ]*$/i);
    expect(labels[m].zh, m).toMatch(HAN);
    // A label splits back into its halves: what localize does with a "中文 English" string.
    expect(splitBilingual(localize(labels[m], "both")), m).toEqual(labels[m]);
  }
}

describe("vocabulary", () => {
  test("every role has both languages", () => expectBothLanguages(ROLES, ROLE_LABELS));
  test("every item kind has both languages", () => expectBothLanguages(KINDS, KIND_LABELS));
  test("every level has both languages", () => expectBothLanguages(LEVELS, LEVEL_LABELS));
  test("every attribute has both languages", () => expectBothLanguages(ATTRIBUTES, ATTRIBUTE_LABELS));
  test("every progress status has both languages", () =>
    expectBothLanguages(PROGRESS_STATUSES, PROGRESS_STATUS_LABELS));
  test("every ledger status has both languages", () => expectBothLanguages(LEDGER_STATUSES, LEDGER_STATUS_LABELS));
  test("every department kind has both languages", () =>
    expectBothLanguages([...DEPARTMENT_KINDS, "unknown"], DEPARTMENT_KIND_LABELS));
  test("every department class has both languages", () =>
    expectBothLanguages(["leading", "key", "auxiliary"], DEPARTMENT_CLASS_LABELS));
  test("every ordering has both languages", () => expectBothLanguages(ORDERINGS, ORDERING_LABELS));
  test("every alignment has both languages", () =>
    expectBothLanguages(["stricter", "same", "looser", "local only"], ALIGNMENT_LABELS));
  test("every verdict, reach, target source, benchmark kind and level, lineage label has both languages", () => {
    expectBothLanguages(VERDICTS, VERDICT_LABELS);
    expectBothLanguages(["plans", "benchmark", "one"], REACH_LABELS);
    expectBothLanguages(["indicator", "sentence", "benchmark"], TARGET_FROM_LABELS);
    expectBothLanguages(["target", "observation"], BENCHMARK_KIND_LABELS);
    expectBothLanguages(["nation", "province"], BENCHMARK_LEVEL_LABELS);
    expectBothLanguages(LINEAGE_LABELS_LIST, LINEAGE_LABELS);
  });
  test("the English of a status is the status itself", () => {
    for (const s of PROGRESS_STATUSES) expect(PROGRESS_STATUS_LABELS[s].en).toBe(s);
    for (const s of LEDGER_STATUSES) expect(LEDGER_STATUS_LABELS[s].en).toBe(s);
  });
  test("the Chinese words a status file accepts are the ledger's labels", () => {
    for (const s of TASK_STATUSES) expect(TASK_STATUSES_ZH[LEDGER_STATUS_LABELS[s].zh]).toBe(s);
  });
  test("localize(label, language)", () => {
    expect(localize(ROLE_LABELS.lead, "both")).toBe("牵头 lead");
    expect(localize(ROLE_LABELS.lead, "zh")).toBe("牵头");
    expect(localize(ROLE_LABELS.lead, "en")).toBe("lead");
    expect(localize("牵头 lead", "en")).toBe("lead");
  });
  test("chapterLabel(chapter)", () => {
    expect(chapterLabel({numeral: "二", title: "重点任务"})).toBe("二、重点任务");
  });
  test("comparatorSign(comparator)", () => {
    expect([">=", "<=", "=", "?"].map(comparatorSign)).toEqual(["≥", "≤", "", ""]);
  });
  test("unitName(unit, language)", () => {
    expect(unitName("个", "en")).toBe("count");
    expect(unitName("个", "zh")).toBe("个");
    expect(unitName("公里", "both")).toBe("公里 km");
    expect(unitName("MW", "en")).toBe("MW");
  });
  test("every unit name is English", () => {
    for (const name of Object.values(UNIT_NAMES)) expect(name).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("targetWithUnit", () => {
  const t = (raw: string, unit: string | null) => targetWithUnit({unit, target: {raw}});
  test("a target cell without its unit gets the table's unit after its number", () => {
    expect(t("≥98", "%")).toBe("≥98%");
    expect(t("110", "个")).toBe("110个");
    expect(t("[10]", "%")).toBe("[10%]");
    expect(t("6.5年均", "%")).toBe("6.5%年均");
  });
  test("a target that names its unit, or an indicator with no unit, is as written", () => {
    expect(t("≥98%", "%")).toBe("≥98%");
    expect(t("3", null)).toBe("3");
    expect(t("稳步提升", "%")).toBe("稳步提升");
  });
});
