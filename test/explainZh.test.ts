import {describe, expect, test} from "vitest";
import {explainZh} from "../src/lib/explainZh.js";

const base = {
  ratio: null,
  observedRate: null,
  requiredRate: null,
  latest: null,
  baseline: null,
  final: false,
  explanation: ""
};

describe("explainZh", () => {
  test("says why data are insufficient, without a guess", () => {
    expect(explainZh({...base, status: "insufficient data"}, {targetYear: 2025, asOf: 2026})).toMatch(/^数据不足/);
  });
  test("gives the rates, the ratio and the missing final verdict", () => {
    const r = {
      ...base,
      status: "on track",
      ratio: 1.125,
      observedRate: 2.25,
      requiredRate: 2,
      latest: {year: 2024, value: 84.5}
    };
    expect(explainZh(r, {targetYear: 2025, asOf: 2026})).toBe(
      "状态：进展顺利；观测年均+2.25，达标所需年均+2；比值1.13；最新值84.5（2024年）；无2025年数据，暂无终评。"
    );
  });
  test("states a final verdict", () => {
    const r = {
      ...base,
      status: "achieved",
      final: true,
      ratio: 1.5,
      observedRate: 0.75,
      requiredRate: 0.5,
      latest: {year: 2025, value: 98.5}
    };
    expect(explainZh(r, {targetYear: 2025, asOf: 2026})).toMatch(/^2025年终评：已实现/);
  });
  test("a level met or not met from one observation carries the value, as the English does", () => {
    const r = {...base, status: "not achieved", latest: {year: 2023, value: 84}};
    expect(explainZh(r, {targetYear: 2025, asOf: 2024})).toBe(
      "状态：未实现；最新值84（2023年）；仅一个观测值：足以判断是否达标，判断趋势需要两个。"
    );
    const met = {...base, status: "achieved", final: true, latest: {year: 2025, value: 98.5}};
    expect(explainZh(met, {targetYear: 2025, asOf: 2026})).toBe(
      "2025年终评：已实现；最新值98.5（2025年）；仅一个观测值：足以判断是否达标，判断趋势需要两个。"
    );
  });
  test("insufficient data with a baseline states it", () => {
    const r = {...base, status: "insufficient data", baseline: {year: 2020, value: 80}};
    expect(explainZh(r, {targetYear: 2025, asOf: 2024})).toContain("基期值80（2020年）");
  });
});
