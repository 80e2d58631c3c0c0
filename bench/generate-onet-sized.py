#!/usr/bin/env python3
"""Writes a synthetic data set shaped like the O*NET text release and a BLS OEWS national CSV, at release size
(about 1,000 occupations, 35 skills on two scales, 57,000 alternate titles), for timing the importer when the real
files are not at hand. The numbers are random; only the formats and volumes are real.

usage: bench/generate-onet-sized.py OUTPUT_DIR [OCCUPATIONS]
"""
import os
import random
import sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1016
random.seed(42)
groups = [11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53]
skills = ["2.A.1.a", "2.A.1.b", "2.A.1.c", "2.A.1.d", "2.A.1.e", "2.A.1.f", "2.A.2.a", "2.A.2.b", "2.A.2.c",
          "2.A.2.d", "2.B.1.a", "2.B.1.b", "2.B.1.c", "2.B.1.d", "2.B.1.e", "2.B.1.f", "2.B.2.i", "2.B.3.a",
          "2.B.3.b", "2.B.3.c", "2.B.3.d", "2.B.3.e", "2.B.3.g", "2.B.3.h", "2.B.3.j", "2.B.3.k", "2.B.3.l",
          "2.B.3.m", "2.B.4.e", "2.B.4.g", "2.B.4.h", "2.B.5.a", "2.B.5.b", "2.B.5.c", "2.B.5.d"]
words = "analyst assistant clerk coordinator designer developer engineer inspector installer manager mechanic " \
        "nurse operator planner repairer scientist specialist supervisor teacher technician therapist worker".split()
codes = []
for i in range(count):
    g = groups[i % len(groups)]
    codes.append(f"{g}-{1000 + i:04d}.{'00' if i % 7 else '01'}")
os.makedirs(out, exist_ok=True)


def write(name, header, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")


def title(c):
    return f"{random.choice(words).title()} {random.choice(words).title()} {c[-7:-3]}"


write("Occupation Data.txt", ["O*NET-SOC Code", "Title", "Description"],
      [(c, title(c), " ".join(random.choice(words) for _ in range(25))) for c in codes])
write("Interests.txt", ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "Date",
                        "Domain Source"],
      [(c, f"1.B.1.{x}", x, "OI", round(random.uniform(1, 7), 2), "08/2023", "Analyst") for c in codes
       for x in "abcdef"])
write("Work Values.txt", ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "Date",
                          "Domain Source"],
      [(c, f"1.B.2.{x}", x, "EX", round(random.uniform(1, 7), 2), "08/2023", "Analyst") for c in codes
       for x in "abcdef"])
write("Skills.txt", ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "N", "Standard Error",
                     "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Not Relevant", "Date",
                     "Domain Source"],
      [(c, s, "Skill " + s, scale, round(random.uniform(1, 5), 2) if scale == "IM" else round(random.uniform(0, 7), 2),
        8, 0.2, 1, 2, "N", "N", "08/2023", "Analyst") for c in codes for s in skills for scale in ("IM", "LV")])
write("Job Zones.txt", ["O*NET-SOC Code", "Job Zone", "Date", "Domain Source"],
      [(c, random.randint(1, 5), "08/2023", "Analyst") for c in codes])
ete = []
for c in codes:
    for scale, n in (("RL", 12), ("RW", 11), ("PT", 9), ("OJ", 9)):
        for cat in range(1, n + 1):
            ete.append((c, "2.D.1", scale, scale, cat, round(random.uniform(0, 30), 2), 30, 1, 0, 1, "N", "08/2023",
                        "Incumbent"))
write("Education, Training, and Experience.txt",
      ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Category", "Data Value", "N", "Standard Error",
       "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Date", "Domain Source"], ete)
write("Related Occupations.txt", ["O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index"],
      [(c, r, "Primary-Short" if i < 5 else "Supplemental", i + 1) for c in codes
       for i, r in enumerate(random.sample(codes, 18)) if r != c])
write("Alternate Titles.txt", ["O*NET-SOC Code", "Alternate Title", "Short Title", "Source(s)"],
      [(c, f"{title(c)} {j}", "", "08") for c in codes for j in range(57)])
with open(os.path.join(out, "national_M2024_dl.csv"), "w") as f:
    f.write("OCC_CODE,OCC_TITLE,O_GROUP,H_MEDIAN,A_MEDIAN,A_PCT10,A_PCT25,A_PCT75,A_PCT90\n")
    for c in codes[:830]:
        med = random.randint(25000, 200000)
        f.write(f'{c[:7]},"Title, {c}",detailed,{med / 2080:.2f},"{med:,}","{int(med * .6):,}","{int(med * .8):,}",'
                f'"{int(med * 1.25):,}",{"#" if med > 180000 else f"{int(med * 1.5):,}"}\n')
print(f"{count} occupations written to {out}")
