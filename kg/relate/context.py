"""The report a sentence is read in, and the evidence and relation records built from a span of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from kg.link import Linked
from kg.model import Evidence, Relation, Report, Sentence

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|-)")
QUOTE_MAX = 200


@dataclass(frozen=True)
class ReportContext:
    report: Report
    home: str  # entity key
    home_label: str = ""  # the home's full name (景宁畲族自治县), for the level a role names
    # Localities the report names, by every name it or the gazetteer gives them (景宁, 丽水市, 丽水):
    # name → (entity key, level rank, above the home); for things whose name begins with one (丽水学院, 马头山国家级自然保护区).
    named: dict[str, tuple[str, int, bool]] = field(default_factory=dict)

    @cached_property
    def home_rank(self) -> int | None:
        """The level rank the report's names give its home; None when it never writes it."""
        return next((v[1] for v in self.named.values() if v[0] == self.home), None)


def evidence_for(ctx: ReportContext, sentence: Sentence, start: int, end: int, year: int | None, method: str) -> Evidence:
    """Give the evidence record for a span of a sentence (quote trimmed around it)."""
    text = sentence.text
    if len(text) > QUOTE_MAX:
        left = max(0, min(start - 60, len(text) - QUOTE_MAX))
        quote, offset = text[left:left + QUOTE_MAX], left
    else:
        quote, offset = text, 0
    return Evidence(
        report=ctx.report.id,
        source=ctx.report.source,
        quote=quote,
        start=sentence.start + offset,
        end=min(sentence.end, sentence.start + offset + len(quote)),
        year=year,
        method=method,
    )


def _relation(subject: str, predicate: str, obj: str, ctx: ReportContext, sentence: Sentence,
              start: int, end: int, year: int | None, method: str) -> Relation:
    return Relation(subject, predicate, obj, (evidence_for(ctx, sentence, start, end, year, method),))


def _year(text: str, c_start: int, m, sentence: Sentence, ctx: ReportContext, planned: bool) -> int | None:
    review = ctx.report.meta.year
    for source in (m.text, text[c_start:m.start], text[: m.start]):
        years = [int(y) for y in _YEAR.findall(source)]
        if years:
            return years[-1]
    if planned and review:
        return review + 1
    return review


def last_named_of_level(linked: list[Linked], before: int, level: str) -> str | None:
    """Give the last locality of a level (its level word: 村, 镇, 街道…) the sentence named before ``before``: the one
    a role or a clause says again by that word alone (花石乡大湾村入选…，村党总支书记…; …城川镇…，镇内…)."""
    return next((l.key for l in reversed(linked) if l.key and l.mention.type == "Locality"
                 and l.mention.end <= before and (l.mention.canonical or l.mention.text).endswith(level)), None)
