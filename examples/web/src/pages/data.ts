// Everything the services hold about the person, as one download.
import { body } from "@career-compass/api-client";
import { api } from "../api";
import { h, show } from "../dom";

export async function data(): Promise<void> {
  const button = h("button", { type: "button", onclick: async () => {
    const [assessments, plans] = await Promise.all([
      body(api.assessments.GET("/api/v1/me/export")),
      body(api.plans.GET("/api/v1/me/export")),
    ]);
    const blob = new Blob([JSON.stringify({ assessments, plans }, null, 2)], { type: "application/json" });
    const link = h("a", { href: URL.createObjectURL(blob), download: "career-compass-export.json" }, "Download");
    status.replaceChildren(`${assessments.assessments.length} assessments and ${plans.plans.length} plans exported. `, link);
    link.click();
  } }, "Export my data");
  const status = h("p", { role: "status" });
  show(h("h1", {}, "My data"), h("p", {}, "Download everything the assessment and plan services hold about you, as JSON."), button, status);
}
