// Labels' text: estimated widths and cutting to fit.
import {describe, expect, test} from "vitest";
import {fitText, graphLabel, textWidth} from "../../src/components/labels.js";

describe("fitText", () => {
  test("fitText(text, maxWidth) is the text itself when it fits", () => {
    expect(fitText("市发改委", 48)).toBe("市发改委");
    expect(fitText("Municipal Transport Bureau", Infinity)).toBe("Municipal Transport Bureau");
  });

  test("fitText(text, maxWidth) cuts a longer text with … to at most maxWidth", () => {
    const name = "Municipal Administration for Market Regulation";
    const cut = fitText(name, 120);
    expect(cut).toMatch(/^Municipal Adm.*…$/);
    expect(textWidth(cut)).toBeLessThanOrEqual(120);
    expect(name.startsWith(cut.slice(0, -1))).toBe(true);
  });

  test("fitText(text, maxWidth, fontSize) counts CJK characters 1em wide", () => {
    expect(fitText("延安市市场监督管理局", 60, 12)).toBe("延安市市…");
  });
});

describe("graphLabel", () => {
  const industry = {shortName: "市工信局", nameEn: "Municipal Bureau of Industry and Information Technology"};
  test('graphLabel(department, "en", width) drops the words of the body\'s kind and keeps which body it is', () => {
    expect(graphLabel(industry, "en", 1000)).toBe("Industry and Information Technology");
    expect(graphLabel({shortName: "市财政局", nameEn: "Municipal Finance Bureau"}, "en", 1000)).toBe("Finance");
    expect(
      graphLabel({shortName: "市场监管局", nameEn: "Municipal Administration for Market Regulation"}, "en", 1000)
    ).toBe("Market Regulation");
  });
  test("graphLabel(department, language, width) is cut with … to the width", () => {
    const label = graphLabel(industry, "en", 120);
    expect(label.endsWith("…")).toBe(true);
    expect(textWidth(label, 12)).toBeLessThanOrEqual(120);
    expect(graphLabel(industry, "zh", 120)).toBe("市工信局");
  });
  test('graphLabel(department, "en", width) keeps a name made only of kind words', () => {
    expect(graphLabel({shortName: "委", nameEn: "Municipal Commission"}, "en", 1000)).toBe("Municipal Commission");
  });
});
