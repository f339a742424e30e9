import {describe, expect, test} from "vitest";
import {stageTasks} from "../src/lib/reader/stageTasks.js";

const tasks = [
  {id: "T1", seq: 1, outlined: true, title: "完善岸电设施建设"},
  {id: "T2", seq: 2, outlined: true, title: "推进船舶受电设施改造"},
  {id: "T3", seq: 3, outlined: true, title: "健全数据报送机制"},
  {id: "R1.1", seq: 1, outlined: false, title: "推行企业开办一日办结"}
];

describe("stageTasks", () => {
  test("a task named by its number: 第(二)项, 第二、三项, (二)项任务, 任务3", () => {
    expect(stageTasks("完成第(二)项任务", tasks)).toEqual(["T2"]);
    expect(stageTasks("完成第二、三项", tasks)).toEqual(["T2", "T3"]);
    expect(stageTasks("完成(一)项任务", tasks)).toEqual(["T1"]);
    expect(stageTasks("完成任务3", tasks)).toEqual(["T3"]);
  });
  test("a task named by its heading, when no other task has it", () => {
    expect(stageTasks("全面推行企业开办一日办结", tasks)).toEqual(["R1.1"]);
    const twice = [...tasks, {id: "T3.1", seq: 1, outlined: true, title: "完善岸电设施建设"}];
    expect(stageTasks("完善岸电设施建设", twice)).toEqual([]);
  });
  test("a number several tasks share, a count of things or a task's words describing the work name none", () => {
    const twice = [...tasks, {id: "T4.1", seq: 1, outlined: true, title: "加强组织领导"}];
    expect(stageTasks("完成第1项任务", twice)).toEqual([]);
    expect(stageTasks("出台3项措施,完成30个任务30个", tasks)).toEqual([]);
    expect(stageTasks("完成岸电设施标准化建设", tasks)).toEqual([]);
  });
});
