// The Career Compass API for frontends: one typed client per service, generated from the published OpenAPI documents
// (src/generated), plus the little the documents cannot say: where the bearer token comes from, how a problem
// answer becomes an error, and how to walk a paged list.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components as AssessmentComponents, paths as AssessmentPaths } from "./generated/assessments.js";
import type { components as CatalogComponents, paths as CatalogPaths } from "./generated/catalog.js";
import type { components as PlanComponents, paths as PlanPaths } from "./generated/plans.js";

export { apiVersions } from "./generated/versions.js";
export type { AssessmentComponents, AssessmentPaths, CatalogComponents, CatalogPaths, PlanComponents, PlanPaths };

/** The schemas of each service by name, e.g. `Catalog["OccupationDetail"]`. */
export type Catalog = CatalogComponents["schemas"];
export type Assessments = AssessmentComponents["schemas"];
export type Plans = PlanComponents["schemas"];

/** An RFC 9457 problem answer, as every service sends it on 4xx and 5xx. */
export type Problem = CatalogComponents["schemas"]["Problem"];

/** Gives the access token to send, or undefined when signed out; called before every request. */
export type TokenSource = () => string | undefined | Promise<string | undefined>;

export interface CareerCompassOptions {
  /** Base URL of each service, e.g. http://localhost:8081 (the documents' server is "/", the service's origin). */
  catalogUrl: string;
  assessmentsUrl: string;
  plansUrl: string;
  token: TokenSource;
  /** Another fetch (tests, server-side rendering); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

export interface CareerCompass {
  catalog: Client<CatalogPaths>;
  assessments: Client<AssessmentPaths>;
  plans: Client<PlanPaths>;
}

/** The three typed clients, each sending `Authorization: Bearer <token>` when the token source gives one. */
export function createCareerCompass(options: CareerCompassOptions): CareerCompass {
  const auth = bearer(options.token);
  const make = <P extends {}>(baseUrl: string): Client<P> => {
    const client = createClient<P>({ baseUrl: baseUrl.replace(/\/+$/, ""), fetch: options.fetch });
    client.use(auth);
    return client;
  };
  return {
    catalog: make<CatalogPaths>(options.catalogUrl),
    assessments: make<AssessmentPaths>(options.assessmentsUrl),
    plans: make<PlanPaths>(options.plansUrl),
  };
}

function bearer(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = await token();
      if (value) {
        request.headers.set("Authorization", `Bearer ${value}`);
      }
      return request;
    },
  };
}

/** A problem answer as an error: the status, the problem body and, for invalid input, the fields named. */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = "ProblemError";
    this.status = status;
    this.problem = problem;
  }

  /** The messages per field of a 400, e.g. `{ "targetDate": "must not be null" }`. */
  get fields(): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) {
      fields[error.field] = error.message;
    }
    return fields;
  }
}

/**
 * The body of a successful answer, or a {@link ProblemError}: `const plan = await body(api.plans.GET(...))`.
 * A 304 (If-None-Match matched) has no body: pass `notModified` to get the copy you hold back.
 */
export async function body<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  notModified?: T,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.status === 304 && notModified !== undefined) {
    return notModified;
  }
  if (!response.ok || data === undefined) {
    throw new ProblemError(response.status, isProblem(error) ? error : undefined);
  }
  return data;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}

/** The paging envelope every list answers with. */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

/**
 * Every item of a paged list, page after page: `for await (const plan of all(page => body(api.plans.GET(
 * "/api/v1/plans", { params: { query: { page, size: 50 } } }))))`.
 */
export async function* all<T>(fetchPage: (page: number) => Promise<Page<T>>): AsyncGenerator<T> {
  for (let page = 0; ; page++) {
    const current = await fetchPage(page);
    yield* current.items;
    if (page + 1 >= current.totalPages) {
      return;
    }
  }
}

/** A fresh Idempotency-Key for a POST you mean to make once (retry with the same key after a network error). */
export function idempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
