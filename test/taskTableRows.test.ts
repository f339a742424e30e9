import {describe, expect, test} from "vitest";
import {parse} from "./plan.js";

const roles = (m: ReturnType<typeof parse>) => m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`);

describe("a task table's row with no clause reads its implicit roles as a prose item does", () => {
  const text = "县经贸、统计等部门要加强运行监测。";
  test("a row of a table with no bodies' column: the subjects of its task cell's sentences are implicit roles", () => {
    const table = parse(["某县2023年度重点工作清单", "序号 | 工作事项 | 进度安排", `1 | ${text} | 6月底前`].join("\n"));
    const prose = parse(["某县2023年度重点工作清单", "一、重点工作", `1.${text}`].join("\n"));
    expect(roles(table)).toEqual(["R1.1 implicit:县经贸", "R1.1 implicit:统计"]);
    // The same rule as the prose item's: the same bodies, the same role.
    expect(roles(prose).map((r) => r.replace(/^\S+ /, ""))).toEqual(roles(table).map((r) => r.replace(/^\S+ /, "")));
  });
  test("a row whose bodies' cell is empty too; a row with a clause (县发改局, or / naming no one) keeps only its clause's", () => {
    const m = parse(
      [
        "某县2023年度重点工作清单",
        "序号 | 工作事项 | 牵头单位",
        `1 | ${text} | `,
        `2 | ${text} | 县发改局`,
        `3 | ${text} | /`
      ].join("\n")
    );
    expect(roles(m)).toEqual(["R1.1 implicit:县经贸", "R1.1 implicit:统计", "R1.2 lead:县发改局"]);
  });
});

describe("a status table's progress cells (进展情况, 完成情况) are kept on the item, apart from its text", () => {
  const m = parse(
    [
      "某县2023年度重点工作清单",
      "序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 |",
      "1 | 启动综合体建设。 | ①5月底前,开工建设。 | ①已完成。2月10日,完成设计招标。 | 达序推进 |",
      "2 | 空气优良率保持在98%以上。 | ①每月上报环境质量情况。 |  | 达序推进 |",
      "3 | 壮大金融服务业。 | ①6月底前,出台贴息政策。 |  |  |"
    ].join("\n")
  );
  test("each filled progress cell under its column's header, with its line; none for a row with none", () => {
    expect(m.items.map((i) => i.progress)).toEqual([
      [
        {column: "进展情况", raw: "①已完成。2月10日,完成设计招标。", line: 3},
        {column: "完成情况", raw: "达序推进", line: 3}
      ],
      [{column: "完成情况", raw: "达序推进", line: 4}],
      undefined
    ]);
    expect(m.items.map((i) => i.text)).toEqual([
      "启动综合体建设。进度安排:①5月底前,开工建设。",
      "空气优良率保持在98%以上。进度安排:①每月上报环境质量情况。",
      "壮大金融服务业。进度安排:①6月底前,出台贴息政策。"
    ]);
    // No target and no deadline of the progress cells (2月10日, 100%): the task's 98% only.
    expect(m.targets.map((t) => `${t.item} ${t.value}${t.unit}`)).toEqual(["R1.2 98%"]);
    expect(m.items[0].deadline?.raw).toBe("5月底前");
  });
});
