// A small plan for the component tests: two chapters, five tasks and one 专栏 with two actions; clauses with
// lead, support and joint roles, a task without a clause, and a blanket note (in T2's clause) that gives the
// county governments an implicit role in every item after T2.
//
// Responsibilities (17): T1 发改委 lead, 科技局 support, 财政局 support · T2 发改委 joint, 市场监管局 joint ·
// A1.1 科技局 lead · A1.2 商务局 joint, 市场监管局 joint · T3 财政局 lead · T4 商务局 lead, 发改委 support,
// 市场监管局 support · T5 (no clause) · implicit 各县(市、区)人民政府 in A1.1, A1.2, T3, T4, T5.
// Projection: 发改委–市场监管局 2 (T2, T4), 商务局–市场监管局 2 (A1.2, T4), the other four pairs 1.
import {JSDOM} from "jsdom";
import {parse} from "../plan.js";

export const FIXTURE_TEXT = [
  "一、产业",
  "(一)甲任务。(市发改委牵头,市科技局、市财政局配合)",
  "(二)乙任务。(市发改委、市市场监管局按职责分工负责。以下任务均需各县(市、区)人民政府落实,不再列出)",
  "专栏1 质量行动 |",
  "——开展甲行动。(责任单位:市科技局) |",
  "——开展乙行动。(责任单位:市商务局、市市场监管局) |",
  "二、保障",
  "(三)丙任务。(市财政局负责)",
  "(四)丁任务。(市商务局牵头,市发改委、市市场监管局配合)",
  "(五)戊任务。"
].join("\n");

export const FIXTURE = parse(FIXTURE_TEXT);

export const FDRC = "市发展和改革委员会";
export const MOST = "市科学技术局";
export const FINANCE = "市财政局";
export const MARKET = "市市场监督管理局";
export const COMMERCE = "市商务局";
export const COUNTIES = "各县(市、区)人民政府";

/** A fresh jsdom document. */
export function newDocument(): Document {
  return new JSDOM("").window.document as unknown as Document;
}

/** Dispatches a mouse event of the given type (mouseenter, mouseleave) on an element of a jsdom document. */
export function fire(element: Element, type: string): void {
  const view = element.ownerDocument.defaultView!;
  element.dispatchEvent(new view.MouseEvent(type, {bubbles: false}));
}

/**
 * A jsdom document whose canvases record what is drawn on them: each 2D context call as "name(args)", fills with the
 * fill style after a space ("fillRect(0,0,10,10) white"). jsdom has no 2D context of its own.
 */
export function recordingDocument(): {document: Document; calls: string[]} {
  const window = new JSDOM("").window;
  const calls: string[] = [];
  const context = new Proxy({} as Record<string, unknown>, {
    get(target, key) {
      if (key in target) return target[key as string];
      return (...args: unknown[]) => {
        const fill = key === "fillRect" || key === "fill" || key === "fillText" ? ` ${target.fillStyle}` : "";
        calls.push(`${String(key)}(${args.map(String).join(",")})${fill}`);
      };
    },
    set(target, key, value) {
      target[key as string] = value;
      return true;
    }
  });
  window.HTMLCanvasElement.prototype.getContext = (() => context) as never;
  return {document: window.document as unknown as Document, calls};
}
