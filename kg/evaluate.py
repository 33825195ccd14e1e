"""Evaluation: gold passages against the extractor's (or a baseline's) mentions and relations.

    gold = load_gold(Path("tests/gold/sample"))
    evaluation = evaluate(gold)                     # runs the pipeline on the gold's sources
    print(format_table(evaluation))

Everything is scored per gold passage: system items outside every gold passage
are ignored, because a passage is annotated exhaustively and the rest of the
file is not annotated at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kg.baselines import SysMention, SysRelation, System, run_pipeline
from kg.errors import InputError
from kg.model import ENTITY_TYPES

RELATIONS = ("receivedAward", "implements", "locatedIn", "partOf", "holdsPosition")
ALL_ENTITIES, ALL_RELATIONS = "entities", "relations"
BASELINES = ("jieba-ns", "entity-ruler")


# --- gold ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Passage:
    id: str
    source: str  # file name
    start: int
    end: int
    home: str
    year: int | None
    text: str


@dataclass(frozen=True)
class GoldEntity:
    passage: str
    text: str
    start: int
    end: int
    type: str
    canonical: str
    level: str | None = None


@dataclass(frozen=True)
class GoldRelation:
    passage: str
    subject: str
    relation: str
    object: str
    year: int | None = None


@dataclass
class Gold:
    """The passages, entity mentions and relations of a gold set, and where its source texts are."""

    passages: dict[str, Passage] = field(default_factory=dict)
    entities: list[GoldEntity] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)  # source file name → path


def load_gold(path: Path) -> Gold:
    """Give the gold set of a .jsonl file or of every *.jsonl under a folder; raise InputError on a bad line."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.rglob("*.jsonl"))
    elif path.is_file():
        files = [path]
    else:
        raise InputError(f"{path}: no such gold file or folder")
    if not files:
        raise InputError(f"{path}: no *.jsonl gold file in this folder")
    gold = Gold()
    texts: dict[str, str] = {}
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8-sig").splitlines(), 1):
            if line.strip():
                try:
                    _add_record(gold, json.loads(line), file, texts)
                except (ValueError, KeyError, TypeError) as e:
                    why = f"missing field {e}" if isinstance(e, KeyError) else str(e)
                    raise InputError(f"{file}:{number}: bad gold record: {why}") from e
    return gold


def _add_record(gold: Gold, r: dict, file: Path, texts: dict[str, str]) -> None:
    kind = r["kind"]
    if kind == "passage":
        source = r["source"]
        if source not in texts:
            gold.files[source] = _source_path(source, file)
            texts[source] = gold.files[source].read_bytes().decode("utf-8-sig")
        start, end = int(r["start"]), int(r["end"])
        if not 0 <= start < end <= len(texts[source]):
            raise ValueError(f"passage offsets {start}..{end} outside {source}")
        if r["id"] in gold.passages:
            raise ValueError(f"duplicate passage id {r['id']!r}")
        gold.passages[r["id"]] = Passage(r["id"], source, start, end, r["home"], r.get("year"), texts[source][start:end])
    elif kind == "entity":
        if r["passage"] not in gold.passages:
            raise ValueError(f"entity of unknown passage {r['passage']!r}")
        if r["type"] not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {r['type']!r}")
        gold.entities.append(GoldEntity(r["passage"], r["text"], int(r["start"]), int(r["end"]), r["type"],
                                        r["canonical"], r.get("level")))
    elif kind == "relation":
        if r["passage"] not in gold.passages:
            raise ValueError(f"relation of unknown passage {r['passage']!r}")
        if r["relation"] not in RELATIONS:
            raise ValueError(f"unknown relation {r['relation']!r}")
        gold.relations.append(GoldRelation(r["passage"], r["subject"], r["relation"], r["object"], r.get("year")))
    else:
        raise ValueError(f"unknown kind {kind!r}")


def _source_path(name: str, gold_file: Path) -> Path:
    from kg.resources import sample_corpus

    for folder in [*(p / "texts" for p in gold_file.parents), sample_corpus()]:
        if (folder / name).is_file():
            return folder / name
    raise ValueError(f"source text {name!r} found neither in a texts/ folder beside the gold nor in the sample corpus")


# --- scoring ---------------------------------------------------------------------------

@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0  # system items correct (precision numerator) = gold items found, for entities
    strict_found: int = 0  # gold items found (recall numerator)
    lenient: int = 0
    lenient_found: int = 0
    dated: int = 0  # relations found (strict) whose gold names a year
    dated_right: int = 0  # … whose evidence in the passage gives that year

    def figures(self) -> dict[str, float | int]:
        out: dict[str, float | int] = {"gold": self.gold, "system": self.system}
        if self.dated:
            out["year_accuracy"] = round(self.dated_right / self.dated, 4)
        for mode, hit, found in (("strict", self.strict, self.strict_found), ("lenient", self.lenient, self.lenient_found)):
            p = hit / self.system if self.system else 0.0
            r = found / self.gold if self.gold else 0.0
            out[f"{mode}_p"], out[f"{mode}_r"] = round(p, 4), round(r, 4)
            out[f"{mode}_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
        return out

    def add(self, other: "Counts") -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class Score:
    """Counts per entity type and relation type, plus the items a developer should look at."""

    system: str
    counts: dict[str, Counts]
    misses: list[dict] = field(default_factory=list)
    false_hits: list[dict] = field(default_factory=list)

    def figures(self) -> dict[str, dict]:
        return {row: c.figures() for row, c in self.counts.items()}


def _inside(p: Passage, m: SysMention) -> bool:
    return m.source == p.source and m.start >= p.start and m.end <= p.end


def _match(gold: list[GoldEntity], system: list[SysMention], strict: bool) -> dict[int, int]:
    """Give system index → gold index, one-to-one, greedy by overlap (largest first)."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0 and g.type == s.type and (not strict or g.canonical == s.name):
                pairs.append((-overlap, s.start, g.start, si, gi))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, _, _, si, gi in sorted(pairs):
        if si not in matched and gi not in used:
            matched[si] = gi
            used.add(gi)
    return matched


def _closure(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    closed = set(pairs)
    while True:
        more = {(a, d) for a, b in closed for c, d in closed if b == c and a != d} - closed
        if not more:
            return closed
        closed |= more


def _lenient_name(a: str, b: str) -> bool:
    return a == b or (bool(a) and bool(b) and (a in b or b in a))


def _lenient_in(pair: tuple[str, str], pool: set[tuple[str, str]]) -> bool:
    return any(_lenient_name(pair[0], s) and _lenient_name(pair[1], o) for s, o in pool)


def score(gold: Gold, system: System) -> Score:
    """Give the counts, misses and false hits of ``system`` on the passages of ``gold``."""
    counts = {row: Counts() for row in (*ENTITY_TYPES, ALL_ENTITIES, *RELATIONS, ALL_RELATIONS)}
    result = Score(system.name, counts)
    gold_ents: dict[str, list[GoldEntity]] = {}
    for e in gold.entities:
        gold_ents.setdefault(e.passage, []).append(e)
    gold_rels: dict[tuple[str, str], set[tuple[str, str]]] = {}
    gold_years: dict[tuple[str, str, str, str], set[int]] = {}
    for r in gold.relations:
        gold_rels.setdefault((r.passage, r.relation), set()).add((r.subject, r.object))
        if r.year is not None:
            gold_years.setdefault((r.passage, r.relation, r.subject, r.object), set()).add(r.year)
    by_source: dict[str, list[SysMention]] = {}
    for m in system.mentions:
        by_source.setdefault(m.source, []).append(m)
    rels_by_source: dict[str, list[SysRelation]] = {}
    for r in system.relations:
        if r.predicate in RELATIONS:  # pursuesAward is never counted
            rels_by_source.setdefault(r.source, []).append(r)
    for p in gold.passages.values():
        g_list = gold_ents.get(p.id, [])
        s_list = [m for m in by_source.get(p.source, []) if _inside(p, m)]
        strict, lenient = _match(g_list, s_list, True), _match(g_list, s_list, False)
        for t in ENTITY_TYPES:
            c = counts[t]
            c.gold += sum(g.type == t for g in g_list)
            c.system += sum(s.type == t for s in s_list)
            c.strict += sum(s_list[si].type == t for si in strict)
            c.lenient += sum(s_list[si].type == t for si in lenient)
        c_found = set(strict.values())
        l_found = set(lenient.values())
        for gi, g in enumerate(g_list):
            counts[g.type].strict_found += gi in c_found
            counts[g.type].lenient_found += gi in l_found
            if gi not in c_found:
                result.misses.append({"kind": "entity", "type": g.type, "passage": p.id, "text": g.text, "start": g.start,
                                      "end": g.end, "canonical": g.canonical, "lenient": gi in l_found})
        for si, s in enumerate(s_list):
            if si not in strict:
                result.false_hits.append({"kind": "entity", "type": s.type, "passage": p.id, "text": s.text,
                                          "start": s.start, "end": s.end, "canonical": s.name, "lenient": si in lenient})
        sys_rels: dict[str, dict[tuple[str, str], str]] = {}
        sys_years: dict[tuple[str, str, str], set[int | None]] = {}
        for r in rels_by_source.get(p.source, []):
            inside = [y for st, y in zip(r.starts, r.years or (None,) * len(r.starts)) if p.start <= st < p.end]
            if inside:
                sys_rels.setdefault(r.predicate, {}).setdefault((r.subject, r.object), r.quote)
                sys_years.setdefault((r.predicate, r.subject, r.object), set()).update(inside)
        for rel in RELATIONS:
            _score_relations(result, p, rel, gold_rels.get((p.id, rel), set()), sys_rels.get(rel, {}))
            if rel == "partOf":
                continue  # a parent has no year of its own
            c = counts[rel]
            for subject, obj in gold_rels.get((p.id, rel), set()) & set(sys_rels.get(rel, {})):
                years = gold_years.get((p.id, rel, subject, obj))
                if years:
                    c.dated += 1
                    c.dated_right += bool(years & sys_years[(rel, subject, obj)])
    for row, parts in ((ALL_ENTITIES, ENTITY_TYPES), (ALL_RELATIONS, RELATIONS)):
        for part in parts:
            counts[row].add(counts[part])
    return result


def _score_relations(result: Score, p: Passage, rel: str, g_set: set[tuple[str, str]], s_map: dict[tuple[str, str], str]) -> None:
    c = result.counts[rel]
    s_set = set(s_map)
    g_pool, s_pool = (_closure(g_set), _closure(s_set)) if rel == "partOf" else (g_set, s_set)
    c.gold += len(g_set)
    c.system += len(s_set)
    for pair in sorted(s_set):
        c.strict += pair in g_pool
        c.lenient += pair in g_pool or _lenient_in(pair, g_pool)
        if pair not in g_pool:
            result.false_hits.append({"kind": "relation", "type": rel, "passage": p.id, "subject": pair[0], "object": pair[1],
                                      "quote": s_map[pair], "lenient": _lenient_in(pair, g_pool)})
    for pair in sorted(g_set):
        c.strict_found += pair in s_pool
        c.lenient_found += pair in s_pool or _lenient_in(pair, s_pool)
        if pair not in s_pool:
            result.misses.append({"kind": "relation", "type": rel, "passage": p.id, "subject": pair[0], "object": pair[1],
                                  "quote": p.text, "lenient": _lenient_in(pair, s_pool)})


# --- the entry point and the report ----------------------------------------------------

@dataclass
class Evaluation:
    gold: Gold
    kg: Score
    baselines: dict[str, Score]

    def to_json(self) -> dict:
        return {
            "passages": len(self.gold.passages),
            "kg": self.kg.figures(),
            "baselines": {name: s.figures() for name, s in self.baselines.items()},
            "misses": self.kg.misses,
            "false_hits": self.kg.false_hits,
        }


def evaluate(gold: Gold, system: System | None = None, *, baselines: bool = True) -> Evaluation:
    """Give the scores of ``system`` (default: the pipeline run on the gold's sources) and of the baselines."""
    if system is None:
        system = run_pipeline(gold.files.values())
    others = {}
    if baselines:
        from kg.baselines import entity_ruler, jieba_ns


        others = {"jieba-ns": score(gold, jieba_ns(gold)), "entity-ruler": score(gold, entity_ruler(gold))}
    return Evaluation(gold, score(gold, system), others)


def format_table(evaluation: Evaluation) -> str:
    """Give the figures as an aligned plain-text table: ours strict and lenient, then the baselines' F1."""
    names = list(evaluation.baselines)
    head = ["", "gold", "sys", "P", "R", "F1", "P", "R", "F1"] + ["strict", "lenient"] * len(names)
    spans = [("ours strict", 3, 6), ("ours lenient", 6, 9)] + [(f"{n} F1", 9 + 2 * i, 11 + 2 * i) for i, n in enumerate(names)]
    rows: list[list[str] | None] = []
    ours = evaluation.kg.figures()
    theirs = {n: s.figures() for n, s in evaluation.baselines.items()}
    for row in (*ENTITY_TYPES, ALL_ENTITIES, None, *RELATIONS, ALL_RELATIONS):
        if row is None:
            rows.append(None)
            continue
        f = ours[row]
        cells = [row, str(f["gold"]), str(f["system"])]
        cells += [f"{f[k]:.2f}" for k in ("strict_p", "strict_r", "strict_f1", "lenient_p", "lenient_r", "lenient_f1")]
        for n in names:
            cells += [f"{theirs[n][row]['strict_f1']:.2f}", f"{theirs[n][row]['lenient_f1']:.2f}"]
        rows.append(cells)
    widths = [max(len(r[i]) for r in [head, *filter(None, rows)]) for i in range(len(head))]
    gap = 2
    for label, a, b in spans:  # widen a group's last column if its label is longer than the group
        short = len(label) - (sum(widths[a:b]) + gap * (b - a - 1))
        if short > 0:
            widths[b - 1] += short

    def line(cells: list[str]) -> str:
        return (" " * gap).join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    group = ""
    for label, a, b in spans:
        at = sum(widths[:a]) + gap * a
        group = group.ljust(at) + label.center(sum(widths[a:b]) + gap * (b - a - 1))
    rule = "-" * len(line(head))
    out = [f"{len(evaluation.gold.passages)} gold passages; baselines score entities only (relations: none)",
           group.rstrip(), line(head), rule]
    out += [rule if r is None else line(r) for r in rows]
    dated = [(row, ours[row]) for row in (*RELATIONS, ALL_RELATIONS) if "year_accuracy" in ours[row]]
    if dated:
        out.append("year right (relations found whose gold gives a year): "
                   + ", ".join(f"{row} {f['year_accuracy']:.2f}" for row, f in dated))
    return "\n".join(out)


def format_errors(evaluation: Evaluation, limit: int = 10) -> str:
    """Give up to ``limit`` misses and false hits per type, for a developer to act on."""
    out = []
    for title, items in (("Misses (gold not found)", evaluation.kg.misses), ("False hits (not in gold)", evaluation.kg.false_hits)):
        by_type: dict[str, list[dict]] = {}
        for item in items:
            by_type.setdefault(item["type"], []).append(item)
        out.append(f"\n{title}: {len(items)}")
        for t in (*ENTITY_TYPES, *RELATIONS):
            shown = by_type.get(t, [])[:limit]
            if shown:
                out.append(f"  {t} ({len(by_type[t])}):")
            for i in shown:
                note = " (lenient match)" if i["lenient"] else ""
                if i["kind"] == "entity":
                    out.append(f"    [{i['passage']}] {i['text']} → {i['canonical']} @{i['start']}{note}")
                else:
                    out.append(f"    [{i['passage']}] {i['subject']} {t} {i['object']}{note} | {_short(i['quote'])}")
    return "\n".join(out)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"
