// Which plan a plan descends from (the lineage page's first view), the pair a URL asks for, what a child drops of
// its parent and which child items follow each parent item.
import {describe, expect, test} from "vitest";
import {droppedParents, followersByParent, lineage} from "../src/lib/compare/lineage.js";
import {lineagePair, type PlanPlace, suggestedParent} from "../src/lib/compare/parentPlan.js";

const place = (
  plan: string,
  level: PlanPlace["level"],
  jurisdiction: string | null,
  date: string | null
): PlanPlace => ({
  plan,
  level,
  jurisdiction,
  date
});

const NATION = place("nation-2023", "nation", "中国", "2023-02-06");
const CITY = place("shanghai-2024", "province", "上海市", "2024-06-28");
const QINGPU = place("qingpu-2024", "county", "上海市青浦区", "2024-12-23");
const JINSHAN = place("jinshan-2019", "county", "上海市金山区", "2019-08-02");
const YANAN = place("yanan-2024", "city", "陕西省延安市", "2024-03-26");

describe("suggestedParent", () => {
  test("a higher level whose jurisdiction the child's begins with, issued first", () => {
    expect(suggestedParent(QINGPU, [JINSHAN, CITY, QINGPU])?.plan).toBe("shanghai-2024");
  });

  test("a parent issued after the child is not its parent (金山 2019 against 上海 2024)", () => {
    expect(suggestedParent(JINSHAN, [JINSHAN, CITY, QINGPU])).toBeNull();
  });

  test("another province's plan is not a parent; the nation's is everyone's; the nearest level wins", () => {
    expect(suggestedParent(YANAN, [CITY, YANAN])).toBeNull();
    expect(suggestedParent(YANAN, [CITY, YANAN, NATION])?.plan).toBe("nation-2023");
    expect(suggestedParent(QINGPU, [NATION, CITY, QINGPU])?.plan).toBe("shanghai-2024");
  });

  test("a peer (same level) and a plan without a level are not parents", () => {
    expect(suggestedParent(QINGPU, [JINSHAN, QINGPU])).toBeNull();
    expect(suggestedParent(place("x", null, "上海市青浦区", null), [CITY])).toBeNull();
  });
});

describe("lineagePair", () => {
  const plans = [JINSHAN, CITY, QINGPU, YANAN];

  test("nothing asked: the first plan with a suggested parent, with it", () => {
    expect(lineagePair(plans)).toEqual({parent: "shanghai-2024", child: "qingpu-2024", suggested: true, unknown: []});
  });

  test("a pair asked for in the URL is shown as asked, whatever the levels", () => {
    expect(lineagePair(plans, {parent: "jinshan-2019", child: "qingpu-2024"})).toEqual({
      parent: "jinshan-2019",
      child: "qingpu-2024",
      suggested: false,
      unknown: []
    });
  });

  test("a child alone gets its suggested parent, else the first other plan; a parent alone its first child", () => {
    expect(lineagePair(plans, {child: "qingpu-2024"})).toMatchObject({parent: "shanghai-2024", suggested: true});
    expect(lineagePair(plans, {child: "jinshan-2019"})).toMatchObject({parent: "shanghai-2024", suggested: false});
    expect(lineagePair(plans, {parent: "shanghai-2024"})).toMatchObject({child: "qingpu-2024", suggested: true});
    // The same plan twice is a child asked for.
    expect(lineagePair(plans, {parent: "qingpu-2024", child: "qingpu-2024"})).toMatchObject({
      parent: "shanghai-2024",
      child: "qingpu-2024"
    });
  });

  test("names that are not plans of the set are reported and the default pair shown", () => {
    expect(lineagePair(plans, {parent: "nowhere", child: "qingpu-2024"})).toEqual({
      parent: "shanghai-2024",
      child: "qingpu-2024",
      suggested: true,
      unknown: ["nowhere"]
    });
  });

  test("no parent anywhere: the first two plans; fewer than two plans: null", () => {
    expect(lineagePair([JINSHAN, YANAN])).toMatchObject({
      parent: "jinshan-2019",
      child: "yanan-2024",
      suggested: false
    });
    expect(lineagePair([YANAN])).toBeNull();
  });
});

describe("droppedParents and followersByParent", () => {
  const parent = [
    {id: "A1", text: "加强食品安全监管,完善食品安全追溯体系,推进食品生产经营企业落实主体责任。"},
    {id: "A2", text: "推进标准化建设,主导和参与制定国家标准、行业标准和地方标准。"},
    {id: "A3", text: "加强计量基础设施建设,建立社会公用计量标准。"}
  ];
  const child = [
    {id: "B1", text: "加强食品安全监管,完善食品安全追溯体系,推进食品生产经营企业落实主体责任。"},
    {id: "B2", text: "加强食品安全监管,推进食品生产经营企业落实主体责任,开展校园食品安全守护行动。"},
    {id: "B3", text: "组织开展全民健身运动会,建设社区健身步道和多功能运动场地。"}
  ];
  const l = lineage(parent, child);

  test("the parent items no child item follows, in the parent's order", () => {
    expect(l.matches.map((m) => [m.child.id, m.parent?.id ?? null, m.label])).toEqual([
      ["B1", "A1", "copied"],
      ["B2", "A1", "adapted"],
      // A stock word (建设) in common makes A3 B3's nearest item, but B3 is new: A3 is still dropped.
      ["B3", "A3", "new"]
    ]);
    expect(droppedParents(parent, l).map((p) => p.id)).toEqual(["A2", "A3"]);
  });

  test("each parent item's followers, copied and adapted, in the child's order", () => {
    const followers = followersByParent(l);
    expect([...followers.keys()]).toEqual(["A1"]);
    expect(followers.get("A1")!.map((m) => m.child.id)).toEqual(["B1", "B2"]);
  });
});
