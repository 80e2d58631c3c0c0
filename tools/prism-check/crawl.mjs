// Reads every occupation the way a frontend does, through the validating proxies (catalog :4011, assessments :4012):
// the search pages, each occupation and the paths from it, the profiles, clusters, skills, release, and every page of
// the person's matches plus one match in ten. Prism answers 500 with the violations when an answer breaks the document;
// they are counted and listed. TOKEN: an access token of a person who took the interest assessment.
const token = process.env.TOKEN;
const catalog = process.env.CATALOG_URL ?? "http://localhost:4011";
const assessments = process.env.ASSESSMENTS_URL ?? "http://localhost:4012";
const get = async (url) => {
  const r = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } });
  return { url, status: r.status, body: await r.json().catch(() => null) };
};
const codes = [];
for (let page = 0; ; page++) {
  const { body } = await get(`${catalog}/api/v1/occupations?size=100&page=${page}`);
  if (!body?.items?.length) break;
  codes.push(...body.items.map((o) => o.code));
}
const urls = [
  ...codes.map((c) => `${catalog}/api/v1/occupations/${c}`),
  ...codes.map((c) => `${catalog}/api/v1/paths/from/${c}`),
  `${catalog}/api/v1/profiles`, `${catalog}/api/v1/clusters`, `${catalog}/api/v1/skills`, `${catalog}/api/v1/about`,
  ...Array.from({ length: 11 }, (_, p) => `${assessments}/api/v1/matches?size=100&page=${p}`),
  ...codes.filter((_, i) => i % 10 === 0).map((c) => `${assessments}/api/v1/matches/${c}`),
];
const violations = new Map();
let failed = 0;
for (let i = 0; i < urls.length; i += 4) {
  for (const r of await Promise.all(urls.slice(i, i + 4).map(get))) {
    if (r.status >= 500) {
      failed++;
      for (const v of r.body?.validation ?? [{ message: `${r.status} without violations` }]) {
        const key = `${v.message.replace(/\.\d+/g, ".N")} @ ${r.url.replace(/\/\d{2}-[\d.]+/, "/{code}").split("?")[0]}`;
        violations.set(key, (violations.get(key) ?? 0) + 1);
      }
    }
  }
}
console.log(`${codes.length} occupations, ${urls.length} requests, ${failed} answers with violations`);
for (const [k, n] of [...violations].sort((a, b) => b[1] - a[1])) console.log(n, k);
process.exitCode = failed === 0 ? 0 : 1;
