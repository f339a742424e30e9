/**
 * Subjects of a paragraph of duties that the body rules do not read as bodies (items.ts, dutyParagraphs):
 *
 * - an abbreviated list of bodies, the level written once and each body by its field only, closed by 等(相关)部门:
 *   `区交通、生态环境、绿化市容、水务…等相关部门负责…` = 区交通委, 区生态环境局, … — each a body of the level written
 *   first (`区`), named as written with that level (`区生态环境`), resolved by the caller to the department the reference
 *   knows under the name with its office word (局, 委, 办, 委员会), else kept as named;
 * - a working body (专班, 工作组, 领导小组, 指挥部) named in quotes and words: `“两旧一村”改造工作专班负责…`.
 *
 * Each is read only where a duty verb follows it (负责, 牵头, 在各自职责范围内, 按照, 根据, 做好 …).
 */

/** A subject read: its name (with the level for an abbreviation) and where its words stand in the text. */
export interface ShortBody {
  /** The name as a body: 区生态环境 (the level written once, before the first). */
  name: string;
  /** [start, end) of the words as written in the text (生态环境). */
  start: number;
  end: number;
  /** True for a body named by its field only (an abbreviation): the caller tries the office words after it. */
  abbreviated: boolean;
}

const DUTY_VERB = /^(?:在|负责|牵头|按照|根据|做好|要|应|共同|配合|结合|统筹|承担)/;
// 等 and the kind of body: 等相关部门, 等有关部门, 等市政交通设施、公共服务设施相关部门 (what the bodies look after).
const LIST = /^([区市县省镇])((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6})等[^,。;:]{0,30}?(?:部门|单位)/;
const WORKING = /^(?:[“"][^”"]{1,12}[”"])?[\u4e00-\u9fff]{0,10}(?:工作专班|专班|工作组|领导小组|指挥部)/;

/** Office words a field's name takes to be a body's full name, tried in this order. */
export const OFFICE_WORDS = ["局", "委", "办", "委员会"];

/** The subjects opening a paragraph (see the file's comment), or [] when it opens otherwise. Linear. */
export function shortBodies(text: string): ShortBody[] {
  const lead = text.length - text.trimStart().length;
  const t = text.slice(lead);
  const list = LIST.exec(t);
  if (list && DUTY_VERB.test(t.slice(list[0].length))) {
    const level = list[1];
    const out: ShortBody[] = [];
    let at = lead + level.length;
    for (const piece of list[2].split("、")) {
      out.push({
        name: level + piece,
        start: out.length ? at : lead,
        end: at + piece.length,
        abbreviated: true
      });
      at += piece.length + 1;
    }
    return out;
  }
  const working = WORKING.exec(t);
  if (working && DUTY_VERB.test(t.slice(working[0].length)))
    return [{name: working[0], start: lead, end: lead + working[0].length, abbreviated: false}];
  return [];
}

/** A short name the text defines: `(以下简称“市级平台”)`, `(简称“联席会议”)`. */
const SHORT_NAME = /\(\s*(?:以下)?简称\s*[“"]([^”"]{1,12})[”"]\s*\)/g;

/**
 * Short names the text defines for things that are no body: `…接入上海港岸电数据平台(以下简称“市级平台”)` makes 市级平台
 * a platform, so a list of bodies that names it (`实施部门:市级平台、市港航中心…`) does not make it a department. A
 * short name whose full form ends like a body (`市发展和改革委员会(以下简称“市发改委”)`: some tail of the words before
 * the bracket is a body's name by `isBody`) is a body's, and not returned. Linear in the text's length.
 */
export function shortNamesOfThings(text: string, isBody: (name: string) => boolean): Set<string> {
  const things = new Set<string>();
  if (!text.includes("简称")) return things;
  for (const m of text.matchAll(SHORT_NAME)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index).replace(/^.*[,。;:、\s“”"]/s, "");
    let body = false;
    for (let k = 0; k + 2 <= before.length && !body; ++k) body = isBody(before.slice(k));
    if (!body) things.add(m[1]);
  }
  return things;
}
