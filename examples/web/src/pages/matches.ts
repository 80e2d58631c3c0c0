// Occupations ranked for the signed-in person, each with why it fits and what to learn.
import { body } from "@career-compass/api-client";
import { api } from "../api";
import { h, money, show } from "../dom";

export async function matches(): Promise<void> {
  const page = await body(api.assessments.GET("/api/v1/matches", { params: { query: { size: 20 } } }));
  if (page.items.length === 0) {
    show(h("h1", {}, "Matches"), h("p", {}, "Take the interest assessment first: "), h("a", { href: "#/assessment" }, "start"));
    return;
  }
  show(
    h("h1", {}, "Occupations that fit you"),
    h("p", { class: "muted" }, `Based on: ${Object.entries(page.basedOn).filter(([, id]) => id !== null).map(([k]) => k).join(", ")}.`),
    h("ol", { class: "results" }, ...page.items.map((m) => h("li", {},
      h("a", { href: `#/occupation/${m.code}` }, m.title),
      h("span", { class: "score" }, ` ${Math.round(m.score * 100)}% fit`),
      h("div", { class: "muted" }, `Why: your strongest areas ${m.explanation.topInterestAreas.join(", ").toLowerCase()}`
        + (m.explanation.skillGaps === null ? "; skills not assessed yet"
          : m.explanation.skillGaps.length ? `; to learn: ${m.explanation.skillGaps.map((g) => g.name).join(", ")}` : "; no skill gap")
        + ` · median ${money(m.annualMedianPay)}`),
      h("a", { href: `#/plan?target=${m.code}&title=${encodeURIComponent(m.title)}`, class: "button" }, "Plan towards it")))),
  );
}
