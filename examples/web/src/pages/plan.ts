// A plan from a starter proposal towards a chosen occupation, then its agenda and progress.
import { all, body, idempotencyKey, type Plans } from "@career-compass/api-client";
import { api } from "../api";
import { h, list, show } from "../dom";

export async function plan(target: string | null, title: string | null): Promise<void> {
  const mine: Plans["PlanSummary"][] = [];
  for await (const p of all((page) => body(api.plans.GET("/api/v1/plans", { params: { query: { page, size: 50 } } })))) {
    mine.push(p);
  }
  let current = mine[0];
  if (target) {
    const created = await body(api.plans.POST("/api/v1/plans", {
      body: { title: `Towards ${title ?? target}`.slice(0, 200), phase: "GOAL_SETTING" },
      params: { header: { "Idempotency-Key": idempotencyKey() } },
    }));
    const proposal = await body(api.plans.GET("/api/v1/plans/{id}/proposals", {
      params: { path: { id: created.id }, query: { occupation: target } },
    }));
    await body(api.plans.POST("/api/v1/plans/{planId}/goals", {
      params: { path: { planId: created.id }, header: { "Idempotency-Key": idempotencyKey() } },
      body: { ...proposal.goal, status: "ACTIVE" },
    }));
    window.history.replaceState({}, "", "#/plan");
    return planPage(created.id, proposal.schedule.assumptions);
  }
  if (!current) {
    show(h("h1", {}, "My plan"), h("p", {}, "No plan yet: pick an occupation in your "), h("a", { href: "#/matches" }, "matches"));
    return;
  }
  return planPage(current.id, []);
}

async function planPage(id: string, assumptions: string[]): Promise<void> {
  const [plan, agenda, progress] = await Promise.all([
    body(api.plans.GET("/api/v1/plans/{id}", { params: { path: { id } } })),
    body(api.plans.GET("/api/v1/plans/{id}/agenda", { params: { path: { id }, query: { days: 90 } } })),
    body(api.plans.GET("/api/v1/plans/{id}/progress", { params: { path: { id } } })),
  ]);
  show(
    h("h1", {}, plan.title),
    h("p", {}, `${progress.statement}.`),
    assumptions.length ? h("section", {}, h("h2", {}, "Assumptions of the proposal"), list(assumptions)) : null,
    h("section", { class: "agenda" }, h("h2", {}, "Agenda"),
      agenda.overdue.length ? h("h3", {}, "Overdue") : null,
      list(agenda.overdue.map((e) => `${e.dueDate} · ${e.title} (${e.goal})`)),
      h("h3", {}, `Due in the next ${agenda.days} days`),
      agenda.dueSoon.length ? list(agenda.dueSoon.map((e) => `${e.dueDate} · ${e.title} (${e.goal})`)) : h("p", { class: "muted" }, "Nothing due soon.")),
    ...plan.goals.map((g) => h("section", { class: "goal" }, h("h2", {}, g.title),
      h("p", { class: "muted" }, `${g.measurableOutcome} · by ${g.targetDate} · ${g.track.status.replaceAll("_", " ").toLowerCase()}`),
      list(g.actions.map((a) => `${a.dueDate ?? "no date"} · ${a.title} · ${a.status.replaceAll("_", " ").toLowerCase()}`)))),
  );
}
