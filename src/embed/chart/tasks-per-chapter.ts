// The chart embed "tasks-per-chapter" (/embed/tasks-per-chapter.html, src/embed/[chart].md): the overview's chapter
// bars of one plan. One module per chart, imported by its page alone, so that a page registers only the files its chart
// reads (issue 16, goal 3).
import {itemsPerChapter} from "../../lib/summary.js";
import {sitePage} from "../common.js";
import {planOf} from "../charts.js";
import type {Drawn, Resolved, Say} from "../charts.js";

/** Draws the chart with the checked options `o` (see ../charts.ts); rejects with a message for a bad option value. */
export async function draw(o: Resolved, t: Say): Promise<Drawn> {
  const [{plan, other}, {chapterBars}] = await Promise.all([planOf(o), import("../../components/chapterBars.js")]);
  return {
    title: t("Tasks and actions per chapter", "各章任务与专栏行动"),
    chart: chapterBars(itemsPerChapter(plan), {width: o.width, language: o.language}),
    plan,
    link: {href: sitePage("index.html", {}, other), en: "Overview", zh: "概览"}
  };
}
