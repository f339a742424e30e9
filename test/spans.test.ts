import {describe, expect, test} from "vitest";
import {Joined, lineOf, lineStarts} from "../src/lib/reader/spans.js";

// Three lines of a normalized text: a task hard-wrapped over lines 1 and 2, and a line 3.
const TEXT = "1.加强质量\n监管。市场局牵头\n二、保障";
const starts = lineStarts(TEXT);

/** The task's two lines joined: "1.加强质量" (line 1) then "监管。市场局牵头" (line 2). */
function task(): Joined {
  const j = new Joined(starts);
  j.append("1.加强质量", 0);
  j.append("监管。市场局牵头", TEXT.indexOf("监管"));
  return j;
}

describe("lineStarts and lineOf", () => {
  test("lineStarts(text) gives the offset of each line", () => {
    expect(starts).toEqual([0, 7, 16]);
    expect(lineStarts("")).toEqual([0]);
  });
  test("lineOf(starts, offset) gives the 1-based line, a newline counting with its line", () => {
    expect(lineOf(starts, 0)).toBe(1);
    expect(lineOf(starts, 6)).toBe(1); // the newline ending line 1
    expect(lineOf(starts, 7)).toBe(2);
    expect(lineOf(starts, 16)).toBe(3);
    expect(lineOf(starts, TEXT.length)).toBe(3);
  });
});

describe("Joined", () => {
  test("append(piece, offset) joins the pieces and skips empty ones", () => {
    const j = task();
    j.append("", 3);
    expect(j.text).toBe("1.加强质量监管。市场局牵头");
    expect(j.ranges()).toEqual([
      [0, 6],
      [7, 15]
    ]);
  });
  test("ranges() are the stretches of the normalized text the joined characters stand in", () => {
    const j = task();
    for (const [start, end] of j.ranges()) expect(j.text).toContain(TEXT.slice(start, end));
  });
  test("span(i, j) is the source span of text[i, j) across the join", () => {
    const j = task();
    const i = j.text.indexOf("市场局");
    expect(j.span(i, i + 3)).toEqual({line: 2, start: TEXT.indexOf("市场局"), end: TEXT.indexOf("市场局") + 3});
    // A span over the join starts on line 1 and ends on line 2, past the newline.
    const over = j.span(j.text.indexOf("质量"), j.text.indexOf("监管") + 2);
    expect(over).toEqual({line: 1, start: TEXT.indexOf("质量"), end: TEXT.indexOf("监管") + 2});
    // An empty span stands where it starts; the end of the text is one past its last character.
    expect(j.span(2, 2)).toEqual({line: 1, start: 2, end: 2});
    expect(j.offset(j.text.length)).toBe(TEXT.indexOf("牵头") + 2);
  });
  test("slice(i, j) is a Joined over text[i, j), trimmed, keeping every character's offset", () => {
    const j = new Joined(starts);
    j.append(" 1.加强质量", 0);
    const s = j.slice(0, 4);
    expect(s.text).toBe("1.加");
    expect(s.span(0, s.text.length)).toEqual({line: 1, start: 1, end: 4});
    const across = task().slice(4, 8);
    expect(across.text).toBe("质量监管");
    expect(across.ranges()).toEqual([
      [4, 6],
      [7, 9]
    ]);
    expect(task().slice(3, 3).text).toBe("");
  });
  test("textIn(base) reads the same positions from a text of the same length", () => {
    const shadow = TEXT.replace("质量", "品质");
    expect(task().textIn(shadow)).toBe("1.加强品质监管。市场局牵头");
  });
  test("lineBreaks() gives the indices where a piece from another line begins", () => {
    expect(task().lineBreaks()).toEqual([6]);
    // Two pieces of one line make no break.
    const same = new Joined(starts);
    same.append("监管", 7);
    same.append("市场局", 10);
    expect(same.lineBreaks()).toEqual([]);
  });
  test("appendFrom(other, piece, offset) keeps the other text's offsets", () => {
    const j = new Joined(starts);
    j.appendFrom(task(), "二、", 16);
    expect(j.text).toBe("二、1.加强质量监管。市场局牵头");
    expect(j.span(2, 3)).toEqual({line: 1, start: 0, end: 1});
    expect(j.ranges()[0]).toEqual([16, 18]);
  });
});
