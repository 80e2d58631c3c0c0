// Small SVG bar charts: the pay percentiles of an occupation and the six interest scores.
const NS = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export interface Bar {
  label: string;
  value: number | null;
  text: string;
}

/** Horizontal bars scaled to the largest value; a bar without a value says so instead of drawing 0. */
export function bars(title: string, data: Bar[], max?: number): SVGSVGElement {
  const rowHeight = 28;
  const labelWidth = 150;
  const width = 520;
  const top = Math.max(max ?? 0, ...data.map((d) => d.value ?? 0)) || 1;
  const root = svg("svg", {
    viewBox: `0 0 ${width} ${data.length * rowHeight + 8}`,
    role: "img",
    "aria-label": title,
    class: "chart",
  }) as SVGSVGElement;
  root.append(svg("title", {}, title));
  data.forEach((d, i) => {
    const y = i * rowHeight + 4;
    root.append(svg("text", { x: 0, y: y + 18, class: "chart-label" }, d.label));
    if (d.value !== null) {
      const w = Math.max(2, ((width - labelWidth - 110) * d.value) / top);
      root.append(svg("rect", { x: labelWidth, y, width: w, height: rowHeight - 8, rx: 3, class: "chart-bar" }));
      root.append(svg("text", { x: labelWidth + w + 6, y: y + 16, class: "chart-value" }, d.text));
    } else {
      root.append(svg("text", { x: labelWidth, y: y + 16, class: "chart-missing" }, d.text));
    }
  });
  return root;
}
