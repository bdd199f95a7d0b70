import fc from "fast-check";
import { generateTasks } from "../../../src/engine/tasks/generate-tasks";
import { occurrenceDays } from "../../../src/engine/tasks/occurrence-days";
import { workload } from "../../../src/engine/tasks/workload";
import type { Cadence, Playbook } from "../../../src/engine/tasks/types";
import { InputError } from "../../../src/engine/errors";

const DAY = 86_400_000;
/** Excel's EDATE on UTC day numbers, written out here independently of the engine (date-fns there). */
function edate(day: number, months: number): number {
  const d = new Date(day * DAY);
  const y = d.getUTCFullYear(),
    m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY;
}
const weekday = (day: number) => new Date(day * DAY).getUTCDay(); // 0 Sunday … 6 Saturday
const isWorking = (day: number) => weekday(day) !== 0 && weekday(day) !== 6;
const workingBetween = (from: number, to: number) => {
  let n = 0;
  for (let d = from; d < to; d++) if (isWorking(d)) n++;
  return n;
};

const playbook = (cadence: Cadence): Playbook[] => [
  {
    tier: "A",
    templates: [
      {
        id: "t",
        type: "maintenance",
        title: { "en-US": "Visit", "zh-CN": "拜访" },
        cadence,
        channel: "visit",
        effortHours: 1,
        ownerRole: { "en-US": "Rep", "zh-CN": "销售" },
      },
    ],
  },
];

const startDay = fc.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2040, 0, 1) / DAY });

describe("occurrences spread across their period (issue 11: not all on the start date)", () => {
  it("every occurrence is a working day inside its period and inside the horizon (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Cadence>("weekly", "monthly", "quarterly", "once"),
        startDay,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 400 }),
        fc.nat(),
        (cadence, start, weeks, of, seed) => {
          const slot = seed % of;
          const end = start + 7 * weeks;
          const days = Array.from(occurrenceDays(cadence, start, weeks, { slot, of }));
          days.forEach((d, k) => {
            expect(isWorking(d)).toBe(true);
            expect(d).toBeGreaterThanOrEqual(start);
            expect(d).toBeLessThan(end);
            // Period k of the cadence, from its definition (DESIGN.md: weekly, monthly, quarterly; once: the first month).
            const [from, to] =
              cadence === "weekly"
                ? [start + 7 * k, start + 7 * k + 7]
                : cadence === "monthly"
                  ? [edate(start, k), edate(start, k + 1)]
                  : cadence === "quarterly"
                    ? [edate(start, 3 * k), edate(start, 3 * k + 3)]
                    : [start, Math.min(edate(start, 1), end)];
            expect(d).toBeGreaterThanOrEqual(from);
            expect(d).toBeLessThan(to);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a uniform population's weekly load is within one task of even (property)", () => {
    fc.assert(
      fc.property(
        startDay,
        fc.integer({ min: 1, max: 900 }),
        fc.constantFrom<Cadence>("weekly", "monthly", "quarterly"),
        (start, n, cadence) => {
          // n customers of one tier and one rep, one task per period each: every horizon week lying wholly in
          // one period gets n × (its working days) / (the period's working days) tasks, ± 1.
          const weeks = 26;
          const customers = Array.from({ length: n }, (_, i) => ({ name: `C${i}`, tier: "A", owner: "Li" }));
          const list = generateTasks({
            customers,
            playbooks: playbook(cadence),
            start: new Date(start * DAY),
            weeks,
            lang: "en-US",
          });
          const [li] = workload(list, { capacity: 1e9 });
          const step = cadence === "monthly" ? 1 : 3;
          for (let w = 0; w < weeks; w++) {
            const [from, to] = [start + 7 * w, start + 7 * w + 7];
            let p: [number, number];
            if (cadence === "weekly") p = [from, to];
            else {
              let k = 0;
              while (edate(start, (k + 1) * step) <= from) k++;
              p = [edate(start, k * step), edate(start, (k + 1) * step)];
              if (to > p[1]) continue; // a week across two periods takes from both
            }
            const even = (n * workingBetween(from, to)) / workingBetween(p[0], p[1]);
            expect(Math.abs(li.hoursByWeek[w] - even)).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it("spreads each owner's customers on their own, so one rep's load does not depend on another's", () => {
    // 44 customers of one rep, 1 of another, monthly: the first rep's 44 tasks of the January period
    // (Mon 2025-01-06 … Wed 02-05, 23 working days) go 2 a day → 10 in each of the first four full weeks
    // (5 working days × 44 / 23 = 9.6 ± 1); on day one only ⌈44 / 23⌉ = 2 of them, not 44.
    const customers = [
      ...Array.from({ length: 44 }, (_, i) => ({ name: `C${i}`, tier: "A", owner: "Li" })),
      { name: "Z", tier: "A", owner: "Wang" },
    ];
    const list = generateTasks({
      customers,
      playbooks: playbook("monthly"),
      start: new Date(Date.UTC(2025, 0, 6)),
      weeks: 4,
      lang: "en-US",
    });
    const [li, wang] = workload(list, { capacity: 40 });
    for (const h of li.hoursByWeek) expect(Math.abs(h - 9.6)).toBeLessThanOrEqual(1);
    expect(wang.hoursByWeek).toEqual([1, 0, 0, 0]);
    expect(li.overloaded).toBe(false);
  });
});

describe("tasks have bounds (issue 11)", () => {
  const start = new Date(Date.UTC(2025, 0, 6));
  const one = [{ name: "Acme", tier: "A" }];

  it.each([[261], [1_000_000], [100_000_000]])("refuses a horizon of %p weeks at once, naming the limit", (weeks) => {
    const t0 = Date.now();
    expect(() => generateTasks({ customers: one, playbooks: playbook("daily"), start, weeks, lang: "en-US" })).toThrow(
      new InputError(
        "weeksTooMany",
        { found: weeks, max: 260 },
        `Tasks are planned for at most 260 weeks (5 years); found ${weeks}.`,
      ),
    );
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it("plans 260 weeks of daily tasks (5 × 260 = 1,300 working days)", () => {
    const list = generateTasks({ customers: one, playbooks: playbook("daily"), start, weeks: 260, lang: "en-US" });
    expect(list.length).toBe(1300);
    expect(workload(list, { capacity: 40 })[0].peakHours).toBe(5);
  });

  it("counts the rows before making any, and refuses more than the sheet holds", () => {
    // 100,000 customers × 52 weekly tasks = 5,200,000 rows; a sheet holds 1,048,576 rows, one the header.
    const customers = Array.from({ length: 100_000 }, (_, i) => ({ name: `C${i}`, tier: "A" }));
    let error: unknown;
    try {
      generateTasks({ customers, playbooks: playbook("weekly"), start, weeks: 52, lang: "en-US", maxRows: 1_048_575 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).key).toBe("tooManyTasks");
    expect((error as InputError).params).toEqual({ count: 5_200_000, max: 1_048_575 });
  });
});
