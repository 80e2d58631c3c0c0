// A few DOM helpers: every text goes through textContent, never innerHTML.
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | ((e: Event) => void)> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === "function") {
      el.addEventListener(name.replace(/^on/, ""), value);
    } else if (typeof value === "boolean") {
      if (value) el.setAttribute(name, "");
    } else {
      el.setAttribute(name, value);
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "object" ? child : String(child));
  }
  return el;
}

export function show(...nodes: Child[]): void {
  const main = document.getElementById("main");
  if (!main) return;
  main.replaceChildren();
  for (const node of nodes) {
    if (node === null || node === undefined || node === false) continue;
    main.append(typeof node === "object" ? node : String(node));
  }
}

const dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/** A wage, or what the release says instead: an absent figure is never shown as $0. */
export function money(value: number | null, absent = "not published"): string {
  return value === null ? absent : dollars.format(value);
}

export function list(items: Child[], attrs: Record<string, string> = {}): HTMLUListElement {
  return h("ul", attrs, ...items.map((item) => h("li", {}, item)));
}
