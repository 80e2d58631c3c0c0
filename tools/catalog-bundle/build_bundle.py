#!/usr/bin/env python3
"""Builds the catalog data bundle that the occupation catalog service ships and loads on first start.

Reads the public releases (O*NET 29.0 text layout, the O*NET career-cluster crosswalk, BLS OEWS May 2024 national
CSV, BLS Employment Projections 2024-34 Table 1.2 CSV) and writes one deterministic zip holding only the rows and
columns the service uses, in the releases' own file names and headers, so the service parses the bundle with the
same importer as an official release.

Usage: tools/catalog-bundle/build_bundle.py [DATA_DIR] [OUT_ZIP]
  DATA_DIR defaults to ../shared/data beside the repository; OUT_ZIP to the service's resource.
"""
import csv
import hashlib
import io
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else (
    REPO / "occupation-catalog-service" / "src" / "main" / "resources" / "catalog" / "catalog-bundle.zip")
ONET = DATA / "onet" / "db_29_0"

CODE = "O*NET-SOC Code"

# file name -> (columns kept, row filter over the dict of a row)
ONET_FILES = {
    "Occupation Data.txt": ([CODE, "Title", "Description"], None),
    "Interests.txt": ([CODE, "Element ID", "Scale ID", "Data Value"], lambda r: r["Scale ID"] in ("OI", "IH")),
    "Work Values.txt": ([CODE, "Element ID", "Scale ID", "Data Value"], lambda r: r["Scale ID"] in ("EX", "VH")),
    "Skills.txt": ([CODE, "Element ID", "Element Name", "Scale ID", "Data Value"], None),
    "Knowledge.txt": ([CODE, "Element ID", "Element Name", "Scale ID", "Data Value"], None),
    "Job Zones.txt": ([CODE, "Job Zone"], None),
    "Job Zone Reference.txt": (["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples",
                                "SVP Range"], None),
    "Education, Training, and Experience.txt": ([CODE, "Element ID", "Scale ID", "Category", "Data Value"],
                                                lambda r: r["Scale ID"] in ("RL", "RW", "PT", "OJ")
                                                or (r["Element ID"], r["Scale ID"]) == ("3.A.4.a", "IM")),
    "Education, Training, and Experience Categories.txt": (["Element ID", "Element Name", "Scale ID", "Category",
                                                            "Category Description"], None),
    "Related Occupations.txt": ([CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"], None),
    "Alternate Titles.txt": ([CODE, "Alternate Title", "Short Title", "Source(s)"], None),
    "Sample of Reported Titles.txt": ([CODE, "Reported Job Title", "Shown in My Next Move"], None),
    "Task Statements.txt": ([CODE, "Task ID", "Task", "Task Type"], None),
    "Technology Skills.txt": ([CODE, "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"],
                              None),
    "Content Model Reference.txt": (["Element ID", "Element Name", "Description"],
                                    lambda r: r["Element ID"].startswith(("2.A", "2.B", "2.C"))),
    "Tasks to DWAs.txt": ([CODE, "Task ID", "DWA ID"], None),
    "DWA Reference.txt": (["Element ID", "IWA ID", "DWA ID", "DWA Title"], None),
    "IWA Reference.txt": (["Element ID", "IWA ID", "IWA Title"], None),
    "Tools Used.txt": ([CODE, "Example", "Commodity Code", "Commodity Title"], None),
}

OEWS = DATA / "bls" / "oews" / "national_M2024_dl.csv"
OEWS_COLUMNS = ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "H_MEDIAN", "A_MEAN", "A_PCT10", "A_PCT25",
                "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"]
MSA = DATA / "bls" / "oews" / "MSA_M2024_percentiles.tsv"
# the official MSA_M2024_dl order of the columns the extract has (OCC_TITLE dropped: titles come from O*NET)
MSA_COLUMNS = ["AREA", "AREA_TITLE", "OCC_CODE", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"]
EP = DATA / "bls" / "employment_projections" / "occupation_table_1_2_2024-34.csv"
CLUSTERS = DATA / "onet" / "career_clusters" / "All_Career_Clusters.csv"
CROSSWALKS = DATA / "crosswalks"
# ESCO <-> O*NET (Nesta): every column but the internal id and the matching titles, which the service does not serve
ESCO = CROSSWALKS / "esco_onet_crosswalk_Nov2020.csv"
ESCO_COLUMNS = ["esco_occupation", "isco_code", "onet_code", "onet_occupation", "confidence", "concept_uri"]
SOC_2010_2019 = CROSSWALKS / "onet_soc_2010_to_2019_crosswalk.csv"

RELEASE = """# Catalog data bundle: what the occupation catalog service loads on first start.
bundle.version=29.0-2024.3
onet.release=29.0
onet.released=August 2024
oews.year=2024
oews.source=BLS Occupational Employment and Wage Statistics, May 2024 national estimates
oews.area.source=BLS Occupational Employment and Wage Statistics, May 2024 metropolitan area estimates (annual wage \
percentiles only)
ep.period=2024-34
ep.source=BLS Employment Projections 2024-34, Table 1.2
clusters.source=O*NET OnLine career clusters and pathways export (2023)
esco.source=Nesta Mapping Career Causeways ESCO-O*NET crosswalk (November 2020; ESCO v1 occupations, O*NET-SOC \
2010 codes, MIT licence) joined to O*NET-SOC 2019 through the O*NET-SOC 2010 to 2019 crosswalk
attribution=This product includes information from the O*NET 29.0 Database by the U.S. Department of Labor, \\
 Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET(R) is a trademark of \\
 USDOL/ETA. The O*NET files were converted from the Excel release to the text layout and reduced to the columns this \\
 service uses. Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024 \\
 (public domain); national and metropolitan area estimates. Projections: U.S. Bureau of Labor Statistics, \
Employment Projections program, 2024-34 (public domain). International codes: ESCO-O*NET crosswalk \
Copyright 2021 Nesta (MIT licence); ESCO classification (c) European Union, https://esco.ec.europa.eu/.
"""

NOTICE = """Catalog data bundle

Derived from public releases by tools/catalog-bundle/build_bundle.py (columns and rows reduced to what the
occupation catalog service uses; file names and headers as in the releases).

- O*NET 29.0 Database (August 2024) by the U.S. Department of Labor, Employment and Training Administration
  (USDOL/ETA), used under the CC BY 4.0 license (https://creativecommons.org/licenses/by/4.0/). O*NET(R) is a
  trademark of USDOL/ETA. Changes: converted from the Excel release to the tab-delimited text layout; columns not used
  by this service (N, standard errors, confidence bounds, dates, sources) removed. USDOL/ETA has not approved,
  endorsed, or tested these modifications.
- O*NET OnLine career clusters and pathways export (USDOL/ETA, CC BY 4.0).
- U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024 national estimates
  (public domain); total and detailed occupation rows only.
- U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024 metropolitan area
  estimates (public domain): annual wage percentiles (10th, 25th, median, 75th, 90th) of 393 metropolitan
  statistical areas; all-occupations and detailed occupation rows only. Partial columns: no employment, means or
  hourly wages; an empty percentile is one BLS did not publish (suppressed, or top-coded at $239,200 a year or more).
  Taken from the extract of BLS oesm24ma.zip in woahhhhaa/reasonable-comp (MIT licence), commit
  76f7e7d22dbe5282cc73cb9d0abaccb8b35ab64d, data/processed/oews_2024_05/msa.parquet, converted to tab-separated
  text with the official BLS column names.
- U.S. Bureau of Labor Statistics, Employment Projections program, 2024-34, Table 1.2 (public domain).
- O*NET 29.0 work activities and tools (Tasks to DWAs, DWA Reference, IWA Reference, Tools Used), same licence and
  changes as the O*NET files above; DWA and IWA titles keep the trailing full stop of the Excel release.
- esco_onet_crosswalk_Nov2020.csv: crosswalk between ESCO and O*NET occupations from Nesta's Mapping Career
  Causeways project (nestauk/mapping-career-causeways, commit 3ed9691c8ba553dfbaaaee30f57055cdec135e35,
  Supplementary_online_data/ONET_ESCO_crosswalk/). Copyright 2021 Nesta, MIT licence (below). Changes: the columns
  id, matching_job_titles and semantic_similarity removed. Its O*NET codes are O*NET-SOC 2010 codes. ESCO content
  (c) European Union, reused with attribution (https://esco.ec.europa.eu/).
- onet_soc_2010_to_2019_crosswalk.csv: the O*NET-SOC 2010 to 2019 crosswalk (O*NET, USDOL/ETA, CC BY 4.0), from
  KarolinaBohdan/SEMESTER-PROJECT, commit baa0a5fe4d9489fab4c0653694877e0b6e08634e, in that repository's format
  (';'-delimited, UTF-8 byte order mark, CRLF; header soc2010_code;soc2010_title;soc2019_code;soc2019_title).

MIT License (esco_onet_crosswalk_Nov2020.csv)

"""


def tsv(path, columns, keep):
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    index = [header.index(c) for c in columns]
    out = ["\t".join(columns)]
    for line in lines[1:]:
        if not line:
            continue
        fields = line.split("\t")
        row = dict(zip(header, fields))
        if keep is None or keep(row):
            out.append("\t".join(fields[i] for i in index))
    return ("\n".join(out) + "\n").encode("utf-8"), len(out) - 1


def csv_columns(path, columns, keep=None):
    """The CSV at path with only the given columns (in that order) and the rows keep accepts."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    rows = 0
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if keep is None or keep(row):
                writer.writerow([row[c] for c in columns])
                rows += 1
    return buf.getvalue().encode("utf-8"), rows


def oews():
    return csv_columns(OEWS, OEWS_COLUMNS, lambda row: row["O_GROUP"] in ("total", "detailed"))


def msa():
    lines = MSA.read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    index = [header.index(c) for c in MSA_COLUMNS]
    rows = []
    for line in lines[1:]:
        if not line:
            continue
        fields = line.split("\t")
        code = fields[header.index("OCC_CODE")]
        if code == "00-0000" or not code.endswith("0"):
            rows.append([fields[i] for i in index])
    rows.sort(key=lambda r: (r[0], r[2]))
    out = ["\t".join(MSA_COLUMNS)] + ["\t".join(r) for r in rows]
    return ("\n".join(out) + "\n").encode("utf-8"), len(rows)


def copy(path):
    data = path.read_bytes()
    return data, data.count(b"\n")


def main():
    entries = []
    for name, (columns, keep) in ONET_FILES.items():
        entries.append((name,) + tsv(ONET / name, columns, keep))
    entries.append(("All_Career_Clusters.csv",) + copy(CLUSTERS))
    entries.append(("national_M2024_dl.csv",) + oews())
    entries.append(("MSA_M2024_percentiles.tsv",) + msa())
    entries.append(("occupation_table_1_2_2024-34.csv",) + copy(EP))
    entries.append((ESCO.name,) + csv_columns(ESCO, ESCO_COLUMNS))
    entries.append((SOC_2010_2019.name,) + copy(SOC_2010_2019))
    manifest = RELEASE + "".join(
        f"file.{name.replace(' ', '_').replace(',', '')}.sha256={hashlib.sha256(data).hexdigest()}\n"
        for name, data, _ in entries)
    # first, so a start-up can read the bundle's version without inflating the rest
    entries.insert(0, ("release.properties", manifest.encode("utf-8"), 0))
    licence = (CROSSWALKS / "esco_onet_crosswalk.LICENSE").read_text(encoding="utf-8")
    entries.append(("NOTICE.txt", (NOTICE + licence).encode("utf-8"), 0))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, rows in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 8, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data, compresslevel=9)
            if rows:
                print(f"{name}: {rows} rows, {len(data)} bytes")
    print(f"{OUT}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
