// Where the API and the sign-in live. Defaults are ./run.sh's; a deployment sets VITE_* at build time.
export const config = {
  catalogUrl: import.meta.env.VITE_CATALOG_URL ?? "http://localhost:8081",
  assessmentsUrl: import.meta.env.VITE_ASSESSMENTS_URL ?? "http://localhost:8082",
  plansUrl: import.meta.env.VITE_PLANS_URL ?? "http://localhost:8083",
  authority: import.meta.env.VITE_OIDC_AUTHORITY ?? "http://localhost:8180/realms/career-compass",
  clientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? "career-compass-web",
};
