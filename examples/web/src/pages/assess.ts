// The interest instrument, answered item by item, and the six RIASEC scores as a chart.
import { body, idempotencyKey, type Assessments } from "@career-compass/api-client";
import { api } from "../api";
import { bars } from "../charts";
import { h, show } from "../dom";

const AREAS = ["REALISTIC", "INVESTIGATIVE", "ARTISTIC", "SOCIAL", "ENTERPRISING", "CONVENTIONAL"] as const;

export async function assessment(): Promise<void> {
  const instruments = await body(api.assessments.GET("/api/v1/instruments"));
  const summary = instruments.find((i) => i.kind === "INTERESTS");
  if (!summary) {
    show(h("p", {}, "No interest instrument is offered."));
    return;
  }
  const instrument = await body(api.assessments.GET("/api/v1/instruments/{id}", { params: { path: { id: summary.id } } }));
  const key = idempotencyKey();
  const form = h("form", { class: "instrument", onsubmit: async (e: Event) => {
    e.preventDefault();
    const data = new FormData(form);
    const answers = instrument.items.map((item) => ({ item: item.id, value: Number(data.get(item.id)) }));
    const missing = instrument.items.filter((item) => !data.get(item.id));
    if (missing.length > 0) {
      error.textContent = `${missing.length} items are not answered yet.`;
      return;
    }
    const taken = await body(api.assessments.POST("/api/v1/assessments", {
      body: { instrument: instrument.id, answers },
      params: { header: { "Idempotency-Key": key } },
    }));
    result(taken);
  } },
  ...instrument.items.map((item, n) => h("fieldset", { class: "item" },
    h("legend", {}, `${n + 1}. ${item.text}`),
    ...instrument.scale.labels.map((label, i) => h("label", {},
      h("input", { type: "radio", name: item.id, value: String(instrument.scale.min + i), required: true }), ` ${label}`)))),
  h("button", { type: "submit" }, "See my interests"));
  const error = h("p", { class: "error", role: "alert" });
  show(h("h1", {}, instrument.title), h("p", {}, instrument.instructions), form, error);
}

export function result(taken: Assessments["AssessmentView"]): void {
  const scores = taken.result.interests;
  if (!scores) {
    show(h("p", {}, "This assessment has no interest scores."));
    return;
  }
  show(
    h("h1", {}, `Your interest code: ${scores.code}`),
    bars("Interest scores, 0 to 100", AREAS.map((area) => ({
      label: area[0] + area.slice(1).toLowerCase(),
      value: scores.profile[area] * 100,
      text: `${Math.round(scores.profile[area] * 100)}`,
    })), 100),
    h("p", {}, h("a", { href: "#/matches" }, "See the occupations that fit these interests")),
  );
}
