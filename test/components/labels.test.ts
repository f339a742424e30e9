// Labels' text: estimated widths and cutting to fit.
import {describe, expect, test} from "vitest";
import {fitText, textWidth} from "../../src/components/labels.js";

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
