"""Plain frozen records that the pipeline stages hand to each other.

Only the NLP stage knows spaCy and only the RDF stage knows rdflib; between
them everything is one of these. Offsets are always character offsets into
the decoded source file (``bytes.decode(encoding)`` with any BOM removed and
no newline translation), so a user can find the quote in the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Entity types of ANNOTATION.md. Locality carries its level separately.
ENTITY_TYPES = ("Locality", "Project", "Program", "Award", "Place", "Organization", "Person")
LOCALITY_LEVELS = ("Province", "City", "County", "Township", "Village")
RELATION_TYPES = (
    "receivedAward",
    "pursuesAward",
    "implements",
    "locatedIn",
    "partOf",
    "holdsPosition",
)


@dataclass(frozen=True)
class SourceText:
    """One decoded input file: its path as given, the text, and how it was decoded."""

    path: str
    text: str
    encoding: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of a report with its offsets into the source file."""

    text: str
    start: int
    end: int
    section: str = ""  # heading of the section it stands in, e.g. "一、2018年主要工作回顾"
    planning: bool = False  # inside a plan/target section (今年主要任务, 2020年工作安排 …)


@dataclass(frozen=True)
class ReportMeta:
    """What a report says about itself."""

    title: str
    home_name: str  # home locality as written or inferred, e.g. "遂昌县"
    year: int | None  # year under review
    date: str | None = None  # ISO date delivered
    speaker: str | None = None
    role: str | None = None  # 市长, 县长 …
    meeting: str | None = None
    context: tuple[str, ...] = ()  # place names the page gives around the title, e.g. 【武义县招商】 → 武义县


@dataclass(frozen=True)
class Report:
    """One report cut out of a source file, cleaned and split into sentences."""

    source: str  # source file path as given
    index: int  # position of the report inside its file, from 0
    start: int  # offsets of the report body in the source file
    end: int
    meta: ReportMeta
    sentences: tuple[Sentence, ...]
    digest: str  # hash of the report text; the report's identity

    @property
    def id(self) -> str:
        return self.digest


@dataclass(frozen=True)
class Mention:
    """A span of report text recognised as an entity, before linking."""

    text: str
    start: int
    end: int
    type: str  # one of ENTITY_TYPES
    canonical: str  # canonical name as far as the recogniser can tell
    level: str | None = None  # locality level, if known
    method: str = ""  # which lexicon or pattern found it
    sentence: int = -1  # index into Report.sentences


@dataclass(frozen=True)
class Entity:
    """One real thing: a node of the graph."""

    key: str  # stable identity: division code or type/name key; the IRI is made from it
    type: str
    label: str
    level: str | None = None
    code: str | None = None
    parent: str | None = None  # key of the administrative parent, for localities
    aliases: frozenset[str] = frozenset()
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Evidence:
    """Where and how a relation was read."""

    report: str  # Report.id
    source: str
    quote: str
    start: int
    end: int
    year: int | None
    method: str


@dataclass(frozen=True)
class Relation:
    """A typed edge between two entity keys, with the evidence for it."""

    subject: str
    predicate: str  # one of RELATION_TYPES
    object: str
    evidence: tuple[Evidence, ...] = field(default=())
    role: str | None = None  # for holdsPosition
