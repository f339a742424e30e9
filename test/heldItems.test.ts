import {describe, expect, test} from "vitest";
import {issuerHeld} from "../src/lib/heldItems.js";
import {parse, YANAN} from "./plan.js";

// A notice of a department's own plan: the issuer in its header and signature, then the plan's tasks.
const notice = (issuers: string[], tasks: string) =>
  `${issuers.join(" ")}关于印发《某行动方案》的通知\n各处室,各单位:\n现印发给你们,请认真贯彻执行。\n${issuers.join("\n")}\n2026年4月15日\n某行动方案\n${tasks}`;

describe("issuerHeld", () => {
  test("a department's plan with no clause: the issuer holds every item, named as written", () => {
    const model = parse(
      notice(["上海市交通委员会"], "一、任务\n1.提高通达性。优化网络。\n2.促进集聚。推进建设。\n3.完善设施。\n")
    );
    expect(issuerHeld(model)).toEqual({items: 3, issuers: ["上海市交通委员会"]});
  });

  test("a plan two departments issue jointly with no clause: each item counted once, both issuers in order", () => {
    const model = parse(notice(["某市交通委员会", "某海事局"], "一、任务\n1.提高通达性。\n2.促进集聚。\n"));
    expect(issuerHeld(model)).toEqual({items: 2, issuers: ["某市交通委员会", "某海事局"]});
  });

  test("a plan with clauses, or one a government issues to others, holds nothing: null", () => {
    expect(issuerHeld(YANAN)).toBeNull();
    expect(issuerHeld(parse(notice(["上海市交通委员会"], "一、任务\n1.提高通达性。(责任单位:市交通委)\n")))).toBeNull();
    expect(issuerHeld(parse(notice(["某市人民政府"], "一、任务\n1.提高通达性。\n2.促进集聚。\n")))).toBeNull();
  });
});
