import {describe, expect, test} from "vitest";
import {tableView} from "../../src/page/tableView.js";

const rows = [
  {
    line: 20,
    code: "unknown-department",
    message: 'department "新材料产业园" is not in the department reference; kept as written'
  },
  {line: 21, code: "clause", message: "something new the reader says"}
];
const columns = ["line", "code", "message"];

describe("tableView of the warnings table", () => {
  test("中文: each message's Chinese in place of the English, headed 说明; the English where it has none", () => {
    const view = tableView("warnings", rows, columns, "zh");
    expect(view.columns).toEqual(["line", "code", "message_zh"]);
    expect(view.header).toEqual({message_zh: "说明"});
    expect(view.rows.map((r) => r.message_zh)).toEqual([
      "部门“新材料产业园”不在部门参照表中；按原文保留",
      "something new the reader says"
    ]);
  });
  test("双语: the Chinese beside the English; English: the file's columns only", () => {
    expect(tableView("warnings", rows, columns, "both").columns).toEqual(["line", "code", "message", "message_zh"]);
    const en = tableView("warnings", rows, columns, "en");
    expect(en.columns).toEqual(columns);
    expect(en.rows).toEqual(rows);
  });
  test("the rows given are not changed (a download of them keeps the file's columns)", () => {
    tableView("warnings", rows, columns, "zh");
    expect(Object.keys(rows[0])).toEqual(columns);
  });
  test("the table's own message_zh column (its CSV's) is shown once, in Chinese modes only", () => {
    const withZh = rows.map((r) => ({...r, message_zh: ""}));
    const all = [...columns, "message_zh"];
    expect(tableView("warnings", withZh, all, "zh").columns).toEqual(["line", "code", "message_zh"]);
    expect(tableView("warnings", withZh, all, "both").columns).toEqual(["line", "code", "message", "message_zh"]);
    expect(tableView("warnings", withZh, all, "en").columns).toEqual(columns);
    expect(tableView("warnings", withZh, all, "zh").rows[1].message_zh).toBe("something new the reader says");
  });
  test("another table is shown as it is, its years as written", () => {
    const view = tableView("document", [{title: "甲", target_year: 2025}], ["title", "target_year"], "zh");
    expect(view.columns).toEqual(["title", "target_year"]);
    expect(view.format.target_year(2025)).toBe("2025");
    expect(view.header).toEqual({});
  });
});
