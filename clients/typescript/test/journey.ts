// The whole journey of a person, through the SDK only, against running services: who am I, search, an occupation
// and its ladder, the interest instrument, matches, a plan from a starter proposal, its agenda and progress, the
// export, and a problem answer as a typed error. Compiled under `tsc --strict`: no `any`, no casts, no `?.` on
// what the documents say is always there. Exits non-zero on the first failure.
//
// CATALOG_URL, ASSESSMENTS_URL, PLANS_URL: the services; TOKEN: an access token of a person (role user);
// VALIDATING_PROXY=prism when the URLs are Prism proxies (tools/prism-check), which answer an invalid request themselves.
import assert from "node:assert/strict";
import { all, body, createCareerCompass, idempotencyKey, ProblemError, type Plans } from "../src/index.js";

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

const api = createCareerCompass({
  catalogUrl: env("CATALOG_URL"),
  assessmentsUrl: env("ASSESSMENTS_URL"),
  plansUrl: env("PLANS_URL"),
  token: () => env("TOKEN"),
});
const calls: string[] = [];
const started = Date.now();

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const result = await run();
  calls.push(name);
  console.log(`ok ${calls.length} ${name}`);
  return result;
}

const me = await step("identity", () => body(api.catalog.GET("/api/v1/identity")));
assert.ok(me.subject.length > 0);

const about = await step("data release", () => body(api.catalog.GET("/api/v1/about")));
// null only when an operator imported an unnamed release; the bundle names it
assert.ok(about.onetRelease !== null && about.onetRelease.length > 0, "the O*NET release served is named");

const found = await step("search occupations", () =>
  body(api.catalog.GET("/api/v1/occupations", { params: { query: { q: "receptionist", size: 5 } } })),
);
const first = found.items[0];
assert.ok(first, "a search for 'receptionist' finds something");
// relevance is nullable in the document (null without a keyword): the type says so, so it must be checked
assert.ok(first.relevance === null || first.relevance > 0);

const occupation = await step("occupation detail", () =>
  body(api.catalog.GET("/api/v1/occupations/{code}", { params: { path: { code: first.code } } })),
);
assert.equal(occupation.code, first.code);
const pay = occupation.pay;
if (pay.annualMedian !== null) {
  assert.ok(pay.annualMedian > 0, "a published median is a positive figure, never a 0 standing for unknown");
}

const paths = await step("career paths from it", () =>
  body(api.catalog.GET("/api/v1/paths/from/{code}", { params: { path: { code: first.code } } })),
);
assert.equal(paths.from.code, first.code);

const instruments = await step("instruments", () => body(api.assessments.GET("/api/v1/instruments")));
const interests = instruments.find((i) => i.kind === "INTERESTS");
assert.ok(interests, "an interest instrument is offered");
const instrument = await step("interest instrument", () =>
  body(api.assessments.GET("/api/v1/instruments/{id}", { params: { path: { id: interests.id } } })),
);
// likes Conventional and Social work most: the highest answer on those items, the lowest elsewhere
const answers = instrument.items.map((item) => ({
  item: item.id,
  value: item.dimension === "CONVENTIONAL" || item.dimension === "SOCIAL" ? instrument.scale.max : instrument.scale.min,
}));
const assessment = await step("take the interest instrument", () =>
  body(
    api.assessments.POST("/api/v1/assessments", {
      body: { instrument: instrument.id, answers },
      params: { header: { "Idempotency-Key": idempotencyKey() } },
    }),
  ),
);
const scores = assessment.result.interests;
assert.ok(scores, "an interest assessment has interest scores");
assert.equal(scores.profile.CONVENTIONAL, 1);
assert.equal(scores.profile.REALISTIC, 0);

const matches = await step("matches", () =>
  body(api.assessments.GET("/api/v1/matches", { params: { query: { size: 10 } } })),
);
const best = matches.items[0];
assert.ok(best, "someone with interests has matches");
assert.ok(best.explanation.topInterestAreas.length > 0, "every match says why");

const plan = await step("start a plan", () =>
  body(
    api.plans.POST("/api/v1/plans", {
      body: { title: "Into office work", phase: "GOAL_SETTING" },
      params: { header: { "Idempotency-Key": idempotencyKey() } },
    }),
  ),
);
const proposal = await step("starter proposal", () =>
  body(
    api.plans.GET("/api/v1/plans/{id}/proposals", {
      params: { path: { id: plan.id }, query: { occupation: best.code } },
    }),
  ),
);
assert.ok(proposal.schedule.assumptions.length > 0, "a proposal states its assumptions");
const goal = await step("accept the proposal as a goal", () =>
  body(api.plans.POST("/api/v1/plans/{planId}/goals", { params: { path: { planId: plan.id } }, body: proposal.goal })),
);
assert.equal(goal.actions.length, (proposal.goal.actions ?? []).length);

const agenda = await step("agenda", () =>
  body(api.plans.GET("/api/v1/plans/{id}/agenda", { params: { path: { id: plan.id } } })),
);
assert.ok(Array.isArray(agenda.overdue));
const progress = await step("progress", () =>
  body(api.plans.GET("/api/v1/plans/{id}/progress", { params: { path: { id: plan.id } } })),
);
assert.ok(progress.percent >= 0 && progress.percent <= 100);

const mine: Plans["PlanSummary"][] = [];
await step("all my plans, page by page", async () => {
  for await (const summary of all((page) =>
    body(api.plans.GET("/api/v1/plans", { params: { query: { page, size: 1 } } })),
  )) {
    mine.push(summary);
  }
});
assert.ok(mine.some((p) => p.id === plan.id));

const exported = await step("export my plans", () => body(api.plans.GET("/api/v1/me/export")));
assert.ok(exported.plans.some((p) => p.plan.id === plan.id));

await step("a bad request is a typed problem naming the field", async () => {
  try {
    await body(
      api.plans.POST("/api/v1/plans/{planId}/goals", {
        params: { path: { planId: plan.id } },
        body: { title: "No date", measurableOutcome: "Something" } as unknown as Plans["GoalInput"],
      }),
    );
    assert.fail("a goal without a target date is refused");
  } catch (e) {
    assert.ok(e instanceof ProblemError);
    if (process.env.VALIDATING_PROXY === "prism") {
      // Prism refuses a request its document says is invalid before the service sees it
      assert.equal(e.status, 422);
      return;
    }
    assert.equal(e.status, 400);
    assert.ok("targetDate" in e.fields, `the problem names targetDate: ${JSON.stringify(e.problem)}`);
  }
});

console.log(`journey passed: ${calls.length} steps in ${Date.now() - started} ms`);
