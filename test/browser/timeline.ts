// The plans timeline's labels (src/components/plansTimeline.ts) on a page: those whose boxes overlap another's,
// or that leave the chart's svg, as "label ∩ label" or "label outside", for the compare tests.
import type {Page} from "playwright-core";

export function timelineLabelProblems(page: Page): Promise<string[]> {
  return page.$$eval('figure[data-export="plans-timeline"] svg', (svgs) =>
    svgs.flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      const labels = [...svg.querySelectorAll("g.plan-label text")].map((t) => ({
        text: t.textContent ?? "",
        box: t.getBoundingClientRect()
      }));
      const out: string[] = [];
      if (!labels.length) out.push("no plan labels");
      for (const [i, a] of labels.entries()) {
        if (a.box.left < frame.left - 0.5 || a.box.right > frame.right + 0.5 || a.box.top < frame.top - 0.5)
          out.push(`${a.text} outside`);
        for (const b of labels.slice(i + 1))
          if (
            a.box.left < b.box.right &&
            b.box.left < a.box.right &&
            a.box.top < b.box.bottom &&
            b.box.top < a.box.bottom
          )
            out.push(`${a.text} ∩ ${b.text}`);
      }
      return out;
    })
  );
}
