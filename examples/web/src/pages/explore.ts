// Search and the occupation page: what they do, what it takes, what it pays, the outlook, where it leads.
import { body, type Catalog } from "@career-compass/api-client";
import { api } from "../api";
import { bars } from "../charts";
import { h, list, money, show } from "../dom";

export async function search(query: string): Promise<void> {
  const input = h("input", { type: "search", name: "q", value: query, placeholder: "e.g. receptionist, nurse, welder", "aria-label": "Search occupations" });
  const form = h("form", { class: "search", onsubmit: (e: Event) => {
    e.preventDefault();
    window.location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
  } }, input, h("button", { type: "submit" }, "Search"));
  if (!query) {
    show(h("h1", {}, "Explore occupations"), form);
    return;
  }
  const page = await body(api.catalog.GET("/api/v1/occupations", { params: { query: { q: query, size: 20 } } }));
  show(
    h("h1", {}, "Explore occupations"),
    form,
    h("p", { class: "muted" }, `${page.totalItems} occupations for “${query}”`),
    h("ol", { class: "results" }, ...page.items.map((o) => h("li", {},
      h("a", { href: `#/occupation/${o.code}` }, o.title),
      h("span", { class: "muted" }, ` ${o.code} · median ${money(o.annualMedianPay)}`
        + (o.jobZone === null ? "" : ` · job zone ${o.jobZone}`)),
    ))),
  );
}

export async function occupation(code: string): Promise<void> {
  const [detail, paths, release] = await Promise.all([
    body(api.catalog.GET("/api/v1/occupations/{code}", { params: { path: { code } } })),
    body(api.catalog.GET("/api/v1/paths/from/{code}", { params: { path: { code }, query: { size: 5 } } })),
    body(api.catalog.GET("/api/v1/about")),
  ]);
  show(
    h("h1", {}, detail.title),
    h("p", { class: "muted" }, `${detail.code} · ${detail.socGroup.title}`),
    h("p", {}, detail.description),
    h("section", {}, h("h2", {}, "What they do"),
      list(detail.tasks.items.map((t) => t.statement)),
      detail.tasks.total > detail.tasks.items.length ? h("p", { class: "muted" }, `${detail.tasks.items.length} of ${detail.tasks.total} tasks`) : null),
    requirements(detail),
    pay(detail.pay),
    outlook(detail.outlook),
    ladder(paths),
    h("p", { class: "attribution" }, `Data: O*NET${release.onetRelease === null ? "" : ` ${release.onetRelease}`}`
      + (release.oewsYear === null ? "" : `, BLS OEWS May ${release.oewsYear}`)
      + (release.projectionsPeriod === null ? "" : `, BLS Employment Projections ${release.projectionsPeriod}`)
      + `. ${release.attribution}`),
  );
}

function requirements(detail: Catalog["OccupationDetail"]): HTMLElement {
  const r = detail.requirements;
  return h("section", {}, h("h2", {}, "What it takes"), list([
    `Typical entry education: ${r.entryEducationLabel ?? "not published by BLS for this occupation"}`,
    `Work experience: ${r.workExperience ?? "not stated"}`,
    `On-the-job training: ${r.onTheJobTraining ?? "not stated"}`,
    r.certificationNotes === null ? null : `Certification or licensing: ${r.certificationNotes}`,
    detail.jobZoneDetail === null ? null : `Job zone ${detail.jobZone}: ${detail.jobZoneDetail.experience}`,
  ].filter((x) => x !== null)));
}

function pay(p: Catalog["Pay"]): HTMLElement {
  const points: [string, number | null][] = [
    ["10th percentile", p.annualP10], ["25th percentile", p.annualP25], ["Median", p.annualMedian],
    ["75th percentile", p.annualP75], ["90th percentile", p.annualP90],
  ];
  // BLS top-codes high wages: with topCoded, the percentiles above the highest published one are above its maximum
  const highestPublished = points.reduce((last, [, value], i) => (value === null ? last : i), -1);
  return h("section", {}, h("h2", {}, "Pay (United States)"),
    bars("Annual wage percentiles", points.map(([label, value], i) => ({
      label, value, text: value !== null ? money(value)
        : p.topCoded && i > highestPublished ? "above the published maximum" : "not published",
    }))),
    h("p", { class: "muted" }, p.source));
}

function outlook(o: Catalog["Outlook"] | null): HTMLElement {
  if (o === null) {
    return h("section", {}, h("h2", {}, "Outlook"), h("p", {}, "BLS publishes no projection for this occupation."));
  }
  return h("section", {}, h("h2", {}, "Outlook"),
    h("p", {}, `${o.growth}: ${o.employmentChangePercent.toFixed(1)}% over ${o.period} (all occupations: ${o.averageGrowthPercent.toFixed(1)}%), about ${o.annualOpenings.toLocaleString("en-US")} openings a year.`),
    h("p", { class: "muted" }, o.source));
}

function ladder(paths: Catalog["CareerPaths"]): HTMLElement {
  if (paths.paths.length === 0) {
    return h("section", {}, h("h2", {}, "Where it leads"), h("p", {}, "No step up is known from this occupation."));
  }
  return h("section", {}, h("h2", {}, "Where it leads"), h("ol", { class: "ladder" }, ...paths.paths.map((path) =>
    h("li", {}, ...path.steps.map((s, i) => h("span", {}, i === 0 ? "" : " → ",
      h("a", { href: `#/occupation/${s.to.code}` }, s.to.title),
      h("span", { class: "muted" }, s.requirements.addedEducation === null ? "" : ` (needs ${s.requirements.addedEducation.toLowerCase().replaceAll("_", " ")})`))),
      h("span", { class: "muted" }, ` · pay ${path.payChange.change === null ? "change unknown" : (path.payChange.change >= 0 ? "+" : "") + money(path.payChange.change)}`)))));
}
