import {describe, expect, test} from "vitest";
import {
  chooseFile,
  forgetFiles,
  keepFile,
  keptFile,
  keptFiles,
  keptKey,
  type KeptStorage
} from "../src/lib/keptFiles.js";

/** A storage like localStorage, in memory; `full` makes setItem throw as a full storage does. */
function memory({full = false} = {}): KeptStorage & {map: Map<string, string>} {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw Object.assign(new Error("quota"), {name: "QuotaExceededError"});
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k)
  };
}
const NOW = new Date("2026-03-01T08:00:00Z");

describe("keepFile", () => {
  test("keeps the text under the plan's key and reads it back", () => {
    const storage = memory();
    expect(keepFile(storage, "p", "observations", {name: "obs.csv", text: "id,year\n"}, NOW)).toBeNull();
    expect(storage.map.has(keptKey("p", "observations"))).toBe(true);
    expect(keptFile(storage, "p", "observations")).toEqual({
      kind: "observations",
      name: "obs.csv",
      text: "id,year\n",
      keptAt: "2026-03-01T08:00:00.000Z"
    });
    expect(keptFile(storage, "other-plan", "observations")).toBeNull();
    expect(keptFile(storage, "p", "task-status")).toBeNull();
  });
  test("says why when the storage is full or missing", () => {
    expect(keepFile(memory({full: true}), "p", "observations", {name: "a", text: "b"})).toMatch(/QuotaExceededError/);
    expect(keepFile(null, "p", "observations", {name: "a", text: "b"})).toMatch(/storage is off/);
  });
});

describe("keptFile", () => {
  test("ignores an entry that is not a kept file", () => {
    const storage = memory();
    storage.setItem(keptKey("p", "observations"), "not json");
    expect(keptFile(storage, "p", "observations")).toBeNull();
    storage.setItem(keptKey("p", "observations"), JSON.stringify({name: 1}));
    expect(keptFile(storage, "p", "observations")).toBeNull();
    expect(keptFile(null, "p", "observations")).toBeNull();
  });
});

describe("forgetFiles", () => {
  test("removes every kind kept for the plan and leaves other plans", () => {
    const storage = memory();
    keepFile(storage, "p", "observations", {name: "a", text: "1"});
    keepFile(storage, "p", "task-status", {name: "b", text: "2"});
    keepFile(storage, "q", "task-status", {name: "c", text: "3"});
    forgetFiles(storage, "p");
    expect([...storage.map.keys()]).toEqual([keptKey("q", "task-status")]);
  });
});

describe("chooseFile", () => {
  test("uses and keeps a file just loaded, then gives it back on the next visit", () => {
    const storage = memory();
    const first = chooseFile(storage, "p", "task-status", {name: "s.csv", text: "item\n"}, NOW);
    expect(first).toMatchObject({fresh: true, problem: null, file: {name: "s.csv", text: "item\n"}});
    const again = chooseFile(storage, "p", "task-status", null);
    expect(again).toMatchObject({fresh: false, problem: null, file: {name: "s.csv", text: "item\n"}});
  });
  test("still uses a file it could not keep, and says why", () => {
    const chosen = chooseFile(memory({full: true}), "p", "observations", {name: "big.csv", text: "x"});
    expect(chosen.file?.name).toBe("big.csv");
    expect(chosen.problem).toMatch(/refused/);
  });
  test("a workbook of both files loaded on one page keeps each sheet as its kind, named by file and sheet", () => {
    const storage = memory();
    const sheets = {observations: "id,year\n", "task-status": "item,as_of\n"};
    const chosen = chooseFile(storage, "p", "task-status", {name: "m.xlsx", text: sheets["task-status"], sheets}, NOW);
    expect(chosen).toMatchObject({
      file: {name: "m.xlsx › task-status", text: "item,as_of\n"},
      alsoKept: ["observations"]
    });
    expect(keptFiles(storage, "p")).toEqual({
      observations: {kind: "observations", name: "m.xlsx › observations", text: "id,year\n", keptAt: NOW.toISOString()},
      "task-status": {
        kind: "task-status",
        name: "m.xlsx › task-status",
        text: "item,as_of\n",
        keptAt: NOW.toISOString()
      }
    });
  });
  test("gives none when nothing was loaded or kept", () => {
    expect(chooseFile(memory(), "p", "observations", null).file).toBeNull();
  });
});
