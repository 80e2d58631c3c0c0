// The reference web app: a hash router over the pages, sign-in first, every failure shown as the problem says it.
import { ProblemError } from "@career-compass/api-client";
import { accessToken, restore, signIn, signOut, userName } from "./auth";
import { h, show } from "./dom";
import { data } from "./pages/data";
import { assessment } from "./pages/assess";
import { occupation, search } from "./pages/explore";
import { matches } from "./pages/matches";
import { plan } from "./pages/plan";
import "./style.css";

async function route(): Promise<void> {
  if (!accessToken()) {
    show(h("h1", {}, "Plan your career"),
      h("p", {}, "Explore occupations, find out what fits your interests and plan the way there."),
      h("button", { type: "button", id: "sign-in", onclick: () => void signIn() }, "Sign in"));
    return;
  }
  const [path = "", query = ""] = window.location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query);
  const main = document.getElementById("main");
  main?.setAttribute("aria-busy", "true");
  try {
    if (path.startsWith("/occupation/")) {
      await occupation(decodeURIComponent(path.slice("/occupation/".length)));
    } else if (path === "/assessment") {
      await assessment();
    } else if (path === "/matches") {
      await matches();
    } else if (path === "/plan") {
      await plan(params.get("target"), params.get("title"));
    } else if (path === "/export") {
      await data();
    } else {
      await search(params.get("q") ?? "");
    }
  } catch (e) {
    if (e instanceof ProblemError && e.status === 401) {
      await signIn();
      return;
    }
    show(h("h1", {}, "Something went wrong"),
      h("p", { class: "error", role: "alert" }, e instanceof Error ? e.message : String(e)));
  } finally {
    main?.removeAttribute("aria-busy");
  }
}

async function start(): Promise<void> {
  await restore();
  const session = document.getElementById("session");
  const name = userName();
  if (session && name && accessToken()) {
    session.replaceChildren(h("span", {}, name), " ", h("button", { type: "button", onclick: () => void signOut() }, "Sign out"));
  }
  const footer = document.getElementById("footer");
  footer?.replaceChildren("Occupation data from O*NET by USDOL/ETA (CC BY 4.0) and the U.S. Bureau of Labor Statistics.");
  window.addEventListener("hashchange", () => void route());
  await route();
}

void start();
