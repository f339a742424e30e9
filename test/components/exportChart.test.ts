import {JSDOM} from "jsdom";
import {describe, expect, test} from "vitest";
import {chapterBars} from "../../src/components/chapterBars.js";
import {chartSvg} from "../../src/components/exportChart.js";
import {LEVEL_COLORS} from "../../src/components/palette.js";
import {progressLegend} from "../../src/components/progressChart.js";
import {searchFilter} from "../../src/page/searchFilter.js";
import {tableDownloads} from "../../src/page/tableDownloads.js";
import {madeLine, sourceLine} from "../../src/lib/citation.js";
import {itemsPerChapter} from "../../src/lib/summary.js";
import {YANAN} from "../plan.js";

describe("sourceLine", () => {
  test("names the issuer, title, number and date, and benchmark sources once each", () => {
    expect(sourceLine(YANAN.document)).toBe(
      "延安市人民政府 · 《延安市关于贯彻落实《质量强国建设纲要》的实施方案》 · 延政发〔2024〕8号 · 2024-03-26"
    );
    expect(sourceLine({docNumber: "X〔2024〕1号", issuer: null, date: null, title: null}, ["A", "A", "B"])).toBe(
      "X〔2024〕1号; A; B"
    );
    expect(madeLine(new Date("2026-11-26T10:00:00Z"))).toBe("Made 2026-11-26 with Plan explorer");
  });
});

describe("chartSvg", () => {
  test("legend swatches keep their colours (Plot puts the fill on the swatch's svg)", () => {
    const {window} = new JSDOM("");
    const chart = chapterBars(itemsPerChapter(YANAN), {document: window.document as unknown as Document, width: 500});
    const svg = chartSvg(chart, {title: "T", source: "S", made: "M"});
    const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
    // The legend: each swatch's own svg, drawn at the top level of the export before the chart's own svg.
    const legend = [...doc.documentElement.children].filter((e) => e.hasAttribute("data-legend-swatch"));
    expect(legend.map((r) => r.getAttribute("fill"))).toEqual(["#0072B2", "#E69F00"]);
    expect(legend.map((r) => r.getAttribute("data-legend-swatch"))).toEqual(["任务 tasks", "专栏行动 actions"]);
  });

  test("a legend shared by small multiples (outside the chart) is carried, each mark drawn as the page draws it", () => {
    const {window} = new JSDOM("");
    const document = window.document as unknown as Document;
    const chart = document.createElement("div");
    const plot = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    plot.setAttribute("width", "260");
    plot.setAttribute("height", "150");
    chart.append(plot);
    const legend = progressLegend({language: "both", document});
    const svg = chartSvg(chart, {title: "T", source: "S", made: "M"}, {legend});
    const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
    const swatches = [...doc.documentElement.children].filter((e) => e.hasAttribute("data-legend-swatch"));
    expect(swatches.map((e) => e.getAttribute("data-legend-swatch"))).toEqual(
      [...legend.querySelectorAll(".progress-legend-swatch")].map((e) => e.textContent!.trim())
    );
    // The city's line and dot in the city's colour, the nation's at the page's opacity.
    expect(swatches[0].querySelector("line")!.getAttribute("stroke")).toBe(LEVEL_COLORS.city);
    expect(swatches[1].querySelector("circle")!.getAttribute("fill-opacity")).toBe("0.55");
    expect(chartSvg(chart, {title: "T", source: "S", made: "M"})).not.toContain("data-legend-swatch");
  });

  test("a long source line wraps within the export's width, every word kept", () => {
    const {window} = new JSDOM("");
    const chart = chapterBars(itemsPerChapter(YANAN), {document: window.document as unknown as Document, width: 500});
    const source = `${sourceLine(YANAN.document)}; National Bureau of Statistics, Statistical Communiqué 2024, table 3; 陕西省统计局《陕西省2024年国民经济和社会发展统计公报》`;
    const svg = chartSvg(chart, {title: "T", source, made: "M"});
    const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
    const width = Number(doc.documentElement.getAttribute("width"));
    const text = [...doc.querySelectorAll("text")].find((t) => t.textContent!.startsWith("Source: "))!;
    const lines = [...text.querySelectorAll("tspan")].map((t) => t.textContent!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ").replace(/\s+/g, "")).toBe(`Source: ${source}`.replace(/\s+/g, ""));
    const estimate = (l: string) => [...l].reduce((n, c) => n + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 11 : 6.6), 0);
    for (const l of lines) expect(12 + estimate(l)).toBeLessThanOrEqual(width);
    // The made line sits below the last source line.
    const made = [...doc.querySelectorAll("text")].find((t) => t.textContent === "M")!;
    expect(Number(made.getAttribute("y"))).toBeGreaterThan(Number(text.getAttribute("y")) + 14 * (lines.length - 1));
  });

  test("exports a Plot figure with its title, legend, source line and date as one standalone SVG", () => {
    const {window} = new JSDOM("");
    const chart = chapterBars(itemsPerChapter(YANAN), {document: window.document as unknown as Document, width: 500});
    const svg = chartSvg(chart, {
      title: "Tasks per chapter",
      source: sourceLine(YANAN.document),
      made: "Made 2026-11-26"
    });
    const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts[0]).toBe("Tasks per chapter");
    expect(texts).toContain("任务 tasks");
    expect(texts).toContain("Source: " + sourceLine(YANAN.document));
    expect(texts).toContain("Made 2026-11-26");
    expect(doc.querySelectorAll("svg svg rect").length).toBeGreaterThanOrEqual(16);
  });
});

describe("tableDownloads", () => {
  test("offers the full table, and the shown rows when they differ, as CSV with a BOM and JSON with the source", async () => {
    const {window} = new JSDOM("");
    globalThis.URL.createObjectURL ??= () => "blob:test";
    const rows = [
      {id: "a", n: 1},
      {id: "b", n: 2}
    ];
    const el = tableDownloads(rows, rows.slice(0, 1), {
      name: "t",
      columns: ["id", "n"],
      source: "S",
      document: window.document as unknown as Document
    });
    expect([...el.querySelectorAll("a")].map((a) => a.getAttribute("download"))).toEqual([
      "t.csv",
      "t.json",
      "t-shown.csv",
      "t-shown.json"
    ]);
    expect(
      tableDownloads(rows, rows, {
        name: "t",
        columns: ["id"],
        source: "S",
        document: window.document as unknown as Document
      }).querySelectorAll("a").length
    ).toBe(2);
  });
});

describe("searchFilter", () => {
  test("finds a word inside Chinese text and needs every word of the query", () => {
    const match = searchFilter(["a", "b"]);
    expect(match("市场监管")({a: "市市场监管局", b: ""})).toBe(true);
    expect(match("市场监管 T7")({a: "市市场监管局", b: "t7-1"})).toBe(true);
    expect(match("市场监管 T8")({a: "市市场监管局", b: "T7-1"})).toBe(false);
  });
});
