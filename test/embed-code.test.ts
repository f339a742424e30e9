import {describe, expect, test} from "vitest";
import {
  EMBED_HEIGHT_MESSAGE,
  EMBED_RESIZE_SCRIPT,
  EMBED_SANDBOX,
  embedQuery,
  iframeCode,
  iframeUrl,
  moduleCode,
  moduleSlotId,
  optionsLiteral
} from "../src/embed/code.js";

const site = new URL("https://example.org/plans/");

describe("embed code", () => {
  test("embedQuery(options) leaves out empty values", () => {
    expect(embedQuery({department: "市市场监督管理局", chapter: null, language: "", width: 900})).toBe(
      "?department=%E5%B8%82%E5%B8%82%E5%9C%BA%E7%9B%91%E7%9D%A3%E7%AE%A1%E7%90%86%E5%B1%80&width=900"
    );
    expect(embedQuery({chapter: undefined})).toBe("");
  });
  test("optionsLiteral(options) writes JavaScript, empty values left out", () => {
    expect(optionsLiteral({department: "市科技局", chapter: 3, showImplicit: false, language: null})).toBe(
      '{department: "市科技局", chapter: 3, showImplicit: false}'
    );
    expect(optionsLiteral({language: null})).toBe("");
  });
  test("moduleCode(site, name, exportName, options) imports the embed from the site and puts it where it is pasted", () => {
    const id = moduleSlotId("matrix", "{chapter: 3}");
    expect(moduleCode(site, "matrix", "Matrix", {chapter: 3})).toBe(
      `<div id="${id}"></div>\n<script type="module">\n  import {Matrix} from "https://example.org/plans/embed/matrix.js";\n` +
        `  document.getElementById("${id}").append(await Matrix({chapter: 3}));\n</script>`
    );
  });
  test("moduleSlotId(name, literal): one id per chart and options, stable", () => {
    expect(moduleSlotId("matrix", "")).toBe("plan-matrix");
    expect(moduleSlotId("matrix", "{chapter: 3}")).toMatch(/^plan-matrix-[0-9a-z]+$/);
    expect(moduleSlotId("matrix", "{chapter: 3}")).toBe(moduleSlotId("matrix", "{chapter: 3}"));
    expect(moduleSlotId("matrix", "{chapter: 3}")).not.toBe(moduleSlotId("matrix", "{chapter: 4}"));
  });
  test("iframeUrl and iframeCode: the embed's page with its options, sandboxed, the title's quotes escaped", () => {
    expect(iframeUrl(site, "ego", {department: "A"})).toBe("https://example.org/plans/embed/ego.html?department=A");
    const code = iframeCode(site, "ego", 'The "ego" view', {width: 640}, {width: 656, height: 500});
    expect(code).toBe(
      `<iframe src="https://example.org/plans/embed/ego.html?width=640" width="656" height="500" title="The &quot;ego&quot; view" style="border: 0; width: 100%; max-width: 656px;" loading="lazy" ${EMBED_SANDBOX}></iframe>\n${EMBED_RESIZE_SCRIPT}`
    );
  });
  test("EMBED_RESIZE_SCRIPT sets the height of the iframe whose page posts it, and of no other", () => {
    const script = /^<script>([\s\S]*)<\/script>$/.exec(EMBED_RESIZE_SCRIPT)![1];
    let listener: ((e: {data: unknown; source: unknown}) => void) | null = null;
    const frames = [
      {contentWindow: {}, height: "500"},
      {contentWindow: {}, height: "500"}
    ];
    const document = {querySelectorAll: () => frames};
    new Function("addEventListener", "document", script)((type: string, f: typeof listener) => {
      if (type === "message") listener = f;
    }, document);
    listener!({data: {type: EMBED_HEIGHT_MESSAGE, height: 612.4}, source: frames[1].contentWindow});
    listener!({data: {type: "other", height: 10}, source: frames[0].contentWindow});
    listener!({data: {type: EMBED_HEIGHT_MESSAGE, height: 0}, source: frames[0].contentWindow});
    expect(frames.map((f) => f.height)).toEqual(["500", "613"]);
  });
});
