// One header per plan: the Data page's document table shows the number and issuer the site's header shows (the
// .meta.json filling what the text does not carry, planHeader), each field saying where it comes from.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {DIST, ROOT, useSite} from "./site.ts";

const site = useSite();
const meta = (name: string) => JSON.parse(readFileSync(resolve(ROOT, "data/plans", `${name}.meta.json`), "utf8"));

describe("the plan's header", () => {
  // Every plan of the site with a .meta.json: its own Data page (the root pages show the default plan's).
  const plans = existsSync(resolve(DIST, "plans"))
    ? readdirSync(resolve(DIST, "plans")).filter((name) => existsSync(resolve(ROOT, "data/plans", `${name}.meta.json`)))
    : [];
  test.each(plans.slice(0, 4))(
    "plans/%s/data: the document table shows the .meta.json's number and issuer",
    async (name) => {
      const {number, issuer} = meta(name);
      const {page, close} = await site.open(`plans/${name}/data.html`);
      try {
        const table = page.locator("table[data-document]");
        await table.waitFor();
        for (const [field, value] of [
          ["docNumber", number],
          ["issuer", issuer]
        ] as const) {
          if (!value) continue;
          const row = table.locator(`tr[data-field=${field}]`);
          expect(await row.locator("td").first().textContent(), field).toBe(value);
          expect(await row.getAttribute("data-from"), field).toBe("meta");
        }
      } finally {
        await close();
      }
    }
  );
});
