"""The systems ``kg eval`` scores: kg's own output (run in-process or read from a built folder) and baselines.

Baselines find entities only:

- ``jieba-ns``: every token jieba's part-of-speech tagger marks ``ns`` (place name) is a Locality.
- ``entity-ruler``: a plain ``spacy.blank("zh")`` with an ``entity_ruler`` over the built-in
  lexicons and the gazetteer's full names; no patterns, no linking, no relations.

Both run on the gold passage texts alone, so their offsets are the passage's plus the
position inside it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from kg.errors import InputError

if TYPE_CHECKING:
    from kg.evaluate import Gold


@dataclass(frozen=True)
class SysMention:
    source: str  # file name
    start: int
    end: int
    type: str
    name: str  # linked entity's label, else the mention's canonical name
    text: str = ""


@dataclass(frozen=True)
class SysRelation:
    source: str
    subject: str  # labels
    predicate: str
    object: str
    starts: tuple[int, ...]  # evidence start offsets
    quote: str = ""
    years: tuple[int | None, ...] = ()  # the year of each evidence, in the order of ``starts``


@dataclass
class System:
    name: str
    mentions: list[SysMention] = field(default_factory=list)
    relations: list[SysRelation] = field(default_factory=list)


def _file_name(path: str) -> str:
    return str(path).replace("\\", "/").rsplit("/", 1)[-1]


def system_from_extraction(extraction, name: str = "kg") -> System:
    """Give the mentions and relations of an in-process extraction (``kg.extract.Extraction``)."""
    ents = extraction.entities
    mentions = [SysMention(_file_name(r.source), r.mention.start, r.mention.end, r.mention.type,
                           ents[r.key].label if r.key else r.mention.canonical, r.mention.text)
                for r in extraction.mentions if not r.target]  # a targeted award is no award mention (ANNOTATION.md)
    relations = []
    for rel in extraction.relations:
        by_source: dict[str, list] = {}
        for ev in rel.evidence:
            by_source.setdefault(_file_name(ev.source), []).append(ev)
        for source, evs in by_source.items():
            relations.append(SysRelation(source, ents[rel.subject].label, rel.predicate, ents[rel.object].label,
                                         tuple(e.start for e in evs), evs[0].quote, tuple(e.year for e in evs)))
    return System(name, mentions, relations)


def run_pipeline(paths: Iterable[Path]) -> System:
    """Give the system output of the kg pipeline run in-process on ``paths``."""
    from kg.build import Settings, run

    return system_from_extraction(run(sorted(set(paths)), Settings(html=False)).extraction)


_EVIDENCE_QUERY = """
PREFIX kg: <%s> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?p ?start ?file ?quote ?sl ?ol ?year WHERE {
  ?e a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     kg:startOffset ?start ; prov:wasDerivedFrom ?r .
  ?r kg:sourceFile ?file .
  ?s rdfs:label ?sl . ?o rdfs:label ?ol .
  OPTIONAL { ?e kg:quote ?quote }
  OPTIONAL { ?e kg:year ?year }
}"""


def system_from_graph(folder: Path) -> System:
    """Give the system output of a built folder: ``mentions.jsonl`` plus relations of graph.nq or graph.ttl."""
    import pyoxigraph

    from kg.rdf.vocab import KG

    folder = Path(folder)
    mentions_file = folder / "mentions.jsonl"
    if not mentions_file.is_file():
        raise InputError(f"{mentions_file}: no such file; run `kg build --out {folder}` first")
    mentions = []
    for number, line in enumerate(mentions_file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            m = json.loads(line)
            if m.get("target"):
                continue  # a targeted award is no award mention (ANNOTATION.md)
            mentions.append(SysMention(_file_name(m["source"]), int(m["start"]), int(m["end"]), m["type"],
                                       m.get("label") or m["canonical"], m.get("text", "")))
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(f"{mentions_file}:{number}: bad mention record: {e}") from e
    graph = next((folder / n for n in ("graph.nq", "graph.ttl") if (folder / n).is_file()), None)
    if graph is None:
        raise InputError(f"{folder}: neither graph.nq nor graph.ttl; build with --format nq or ttl")
    store = pyoxigraph.Store()
    fmt = pyoxigraph.RdfFormat.N_QUADS if graph.suffix == ".nq" else pyoxigraph.RdfFormat.TURTLE
    try:
        store.bulk_load(path=str(graph), format=fmt)
    except (SyntaxError, OSError) as e:
        raise InputError(f"{graph}: cannot read graph: {e}") from e
    merged: dict[tuple[str, str, str, str], tuple[list[tuple[int, int | None]], str]] = {}
    for row in store.query(_EVIDENCE_QUERY % KG._NS, use_default_graph_as_union=True):
        key = (row["file"].value, row["sl"].value, row["p"].value.rsplit("#", 1)[-1], row["ol"].value)
        evidence, quote = merged.setdefault(key, ([], row["quote"].value if row["quote"] else ""))
        evidence.append((int(row["start"].value), int(row["year"].value) if row["year"] else None))
    relations = []
    for (f, s, p, o), (evidence, quote) in sorted(merged.items()):
        evidence.sort(key=lambda e: (e[0], e[1] or 0))
        relations.append(SysRelation(f, s, p, o, tuple(e[0] for e in evidence), quote, tuple(e[1] for e in evidence)))
    return System("kg", mentions, relations)


# --- baselines -------------------------------------------------------------------------

def jieba_ns(gold: Gold) -> System:
    """Give the Locality mentions of the tokens a private jieba tagger tags ``ns``."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    tagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    mentions = []
    for p in gold.passages.values():
        at = 0
        for pair in tagger.cut(p.text):
            word, flag = pair.word, pair.flag
            if flag == "ns" and word.strip():
                mentions.append(SysMention(p.source, p.start + at, p.start + at + len(word), "Locality", word, word))
            at += len(word)
    return System("jieba-ns", mentions)


def ruler_patterns() -> list[dict]:
    """Give entity_ruler phrase patterns: lexicon forms (label = type, id = canonical) and gazetteer full names."""
    from kg.gazetteer import Gazetteer
    from kg.nlp.lexicon import Lexicon
    from kg.resources import builtin_lexicons

    patterns = {}
    for form, term in Lexicon.load(builtin_lexicons()).by_form.items():
        if term.type != "Ignore":
            patterns[form] = {"label": term.type, "pattern": form, "id": term.label}
    for d in Gazetteer.load():
        if d.level != "Village" and d.name not in patterns:
            patterns[d.name] = {"label": "Locality", "pattern": d.name, "id": d.name}
    return [patterns[k] for k in sorted(patterns)]


def entity_ruler(gold: Gold) -> System:
    """Give the mentions a spaCy ``entity_ruler`` over the lexicons and gazetteer finds in the passages."""
    import spacy

    nlp = spacy.blank("zh")  # default character segmenter: any substring can match
    nlp.add_pipe("entity_ruler").add_patterns(ruler_patterns())
    mentions = []
    for p, doc in zip(gold.passages.values(), nlp.pipe(p.text for p in gold.passages.values())):
        for ent in doc.ents:
            mentions.append(SysMention(p.source, p.start + ent.start_char, p.start + ent.end_char, ent.label_,
                                       ent.ent_id_ or ent.text, ent.text))
    return System("entity-ruler", mentions)
