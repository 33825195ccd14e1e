"""Extraction: reports in, entities and relations with evidence out (no RDF here)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from kg.errors import KgError
from kg.gazetteer import GENERIC_NAMES, Gazetteer
from kg.ingest import Override, find_inputs, read_reports
from kg.link import Linked, Linker
from kg.model import Entity, Evidence, Mention, Relation, Report
from kg.nlp.area import AreaNames, area_names, report_villages, with_area_names
from kg.nlp.lexicon import Lexicon
from kg.nlp.pipeline import MENTIONS, make_pipeline
from kg.relate import ReportContext, award_plans, evidence_for, named_localities, relations_of, without_home_fallbacks
from kg.resources import builtin_lexicons

_ROLE_LEVEL = {"省": "Province", "市": "City", "州": "City", "县": "County", "区": "County", "旗": "County", "乡": "Township", "镇": "Township"}


@dataclass(frozen=True)
class MentionRecord:
    """A mention placed in its report, with the entity it was linked to (if any)."""

    report: str
    source: str
    sentence: int
    mention: Mention  # offsets are absolute, into the source file
    key: str | None
    candidates: tuple[str, ...] = ()
    target: bool = False  # an award the sentence only targets (争创…): not counted as an award mention


@dataclass
class Part:
    """What one worker extracted from its files, before merging."""

    result: "Extraction"
    entities: dict
    relations: dict
    roles: dict


@dataclass
class Extraction:
    """Everything the stages after extraction need."""

    reports: list[Report] = field(default_factory=list)
    homes: dict[str, str] = field(default_factory=dict)  # report id → locality key
    speakers: dict[str, str] = field(default_factory=dict)  # report id → person key
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    mentions: list[MentionRecord] = field(default_factory=list)
    failures: list[KgError] = field(default_factory=list)
    files: int = 0


class Extractor:
    """Holds the pipeline and gazetteer of one build; feed it reports."""

    def __init__(self, lexicon_paths: Iterable[Path] = (), gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.load()
        self.lexicon = Lexicon.load([*builtin_lexicons(), *lexicon_paths])
        self.nlp = make_pipeline(self.lexicon, segmenter_words(self.gazetteer))
        self.linker = Linker(self.gazetteer)
        # (subject, predicate, object) → its evidence records (a dict used as an ordered set)
        self._relations: dict[tuple[str, str, str], dict[Evidence, None]] = {}
        self._roles: dict[tuple[str, str, str], str] = {}
        self._areas: dict[str, AreaNames] = {}
        self.result = Extraction()

    def add_files(self, paths: list[Path], override: Override | None = None,
                  progress: Callable[[int, int, Path], None] | None = None) -> None:
        files, errors = find_inputs(paths)
        self.result.failures.extend(errors)
        for number, path in enumerate(files, 1):
            if progress:
                progress(number, len(files), path)
            self.add_file(path, override)

    def add_file(self, path: Path, override: Override | None = None) -> None:
        """Add the reports of one file; a file that cannot be read is recorded in ``failures``."""
        try:
            reports = read_reports(path, override)
        except KgError as e:
            self.result.failures.append(e)
            return
        self.result.files += 1
        for report in reports:
            self.add_report(report)

    def take_part(self) -> "Part":
        """Give what was extracted since the last call and start afresh (for worker processes)."""
        part = Part(self.result, dict(self.linker.entities), dict(self._relations), dict(self._roles))
        self.result = Extraction()
        self.linker.entities = {}
        self._relations, self._roles = {}, {}
        return part

    def merge(self, part: "Part") -> None:
        """Add a worker's part, as if its files had been added here."""
        r, p = self.result, part.result
        r.files += p.files
        r.reports.extend(p.reports)
        r.homes.update(p.homes)
        r.speakers.update(p.speakers)
        r.mentions.extend(p.mentions)
        r.failures.extend(p.failures)
        for key, entity in part.entities.items():
            known = self.linker.entities.get(key)
            self.linker.entities[key] = replace(known, aliases=known.aliases | entity.aliases) if known else entity
        for (s, pr, o), evidence in part.relations.items():
            self._add(Relation(s, pr, o, tuple(evidence), part.roles.get((s, pr, o))))

    def add_report(self, report: Report) -> None:
        docs = list(self.nlp.pipe(s.text for s in report.sentences))
        local = [d.user_data.get(MENTIONS, []) for d in docs]
        home = self.linker.home_of(report, [m for ms in local for m in ms])
        home_entity = self.linker.entities[home]
        home_code = self.linker.code_at_or_above(home)
        if not report.meta.home_name:
            report = replace(report, meta=replace(report.meta, home_name=home_entity.label))
        if not report.meta.title:
            title = f"{home_entity.label}{report.meta.year or ''}年度工作报告"
            report = replace(report, meta=replace(report.meta, title=title))
        local = self._home_named_like_a_lake(local, home_code)
        area = self._area(home_code)
        local = [with_area_names(ms, area.find(s.text, ms, doc)) for s, ms, doc in zip(report.sentences, local, docs)]
        own = report_villages([m for ms in local for m in ms], area)
        local = [with_area_names(ms, own.find(s.text, ms, doc)) for s, ms, doc in zip(report.sentences, local, docs)]
        r = self.result
        r.reports.append(report)
        r.homes[report.id] = home
        first_seen: dict[str, tuple[int, Mention]] = {}
        all_linked = [[l for l in (self.linker.link(m, home, mentions, home_code) for m in mentions) if not l.out_of_area]
                      for mentions in local]
        ctx = ReportContext(report, home, home_entity.label,
                            named_localities(self.linker.entities, [l for ls in all_linked for l in ls], home))
        found = []
        for index, (sentence, linked) in enumerate(zip(report.sentences, all_linked)):
            plans = award_plans(sentence, linked)
            for l in linked:
                absolute = replace(l.mention, start=sentence.start + l.mention.start, end=sentence.start + l.mention.end, sentence=index)
                r.mentions.append(MentionRecord(report.id, report.source, index, absolute, l.key, l.candidates,
                                                target=plans.get(l.mention.start, False)))
                if l.key and l.key not in first_seen:
                    first_seen[l.key] = (index, l.mention)
                elif l.key:
                    self._direct_parent(ctx, index, l)
            found.extend(relations_of(ctx, index, linked, plans))
        for relation in without_home_fallbacks(found):
            self._add(relation)
        self._part_of(ctx, first_seen, home)
        self._speaker(ctx, home_entity)

    def _home_named_like_a_lake(self, local: list[list[Mention]], home_code: str | None) -> list[list[Mention]]:
        """Give the mentions with the known lakes and rivers named like the home (太湖 in a 太湖县 report, 巢湖 in a
        巢湖市 one), and the streams found by their shape (沙溪 in a 沙溪镇 report), turned into the home's short form,
        which they are in the home's own report."""
        division = self.gazetteer.get(home_code) if home_code else None
        if division is None:
            return local
        names = self.gazetteer.written_forms(division)
        return [[replace(m, type="Locality", canonical=m.text, method="gazetteer") if m.type == "Place" and m.method in ("lexicon", "pattern:river")
                 and m.text in names else m for m in ms] for ms in local]

    def _area(self, home_code: str | None) -> AreaNames:
        if home_code not in self._areas:
            division = self.gazetteer.get(home_code) if home_code else None
            self._areas[home_code] = area_names(self.gazetteer, division)
        return self._areas[home_code]

    def _direct_parent(self, ctx: ReportContext, index: int, l: Linked) -> None:
        """Add evidence for a locality's direct parent at a later mention (the chain above is added once)."""
        entity = self.linker.entities[l.key]
        if entity.type == "Locality" and entity.parent:
            self._part_of_edge(ctx, ctx.report.sentences[index], l.mention, entity, entity)

    def _part_of(self, ctx: ReportContext, first_seen: dict[str, tuple[int, Mention]], home: str) -> None:
        """Add partOf edges for every locality the report names and for its ancestors up to the next one it names.

        The evidence of an edge is the sentence that names the lower locality; an unnamed
        ancestor's edges borrow the sentence of the named locality below it.
        """
        for key, (index, m) in sorted(first_seen.items()):
            entity = self.linker.entities[key]
            if entity.type != "Locality":
                continue
            named, sentence = entity, ctx.report.sentences[index]
            while entity.parent:
                self._part_of_edge(ctx, sentence, m, named, entity)
                entity = self.linker.entities[entity.parent]
                if entity.key in first_seen:
                    break  # a parent the report names carries its own chain, from its own sentence

    def _part_of_edge(self, ctx: ReportContext, sentence, mention: Mention, named: Entity, child: Entity) -> None:
        """Add ``child`` partOf its parent, with the sentence naming ``named`` (child or a descendant) as evidence."""
        method = "gazetteer" if named.code else "rule:home-parent"
        ev = evidence_for(ctx, sentence, mention.start, mention.end, ctx.report.meta.year, method)
        self._add(Relation(child.key, "partOf", child.parent, (ev,)))

    def _speaker(self, ctx: ReportContext, home: Entity) -> None:
        meta = ctx.report.meta
        if not meta.speaker:
            return
        person = self.linker.person(meta.speaker, home.code)
        self.result.speakers[ctx.report.id] = person
        for sentence in ctx.report.sentences[:5]:
            at = sentence.text.find(meta.speaker)
            if at >= 0:
                ev = evidence_for(ctx, sentence, at, at + len(meta.speaker), meta.year, "rule:report-signature")
                self._add(Relation(person, "holdsPosition", home.key, (ev,), role=meta.role))
                return

    def _add(self, relation: Relation) -> None:
        key = (relation.subject, relation.predicate, relation.object)
        evidence = self._relations.setdefault(key, {})
        for ev in relation.evidence:
            evidence[ev] = None
        if relation.role:
            self._roles[key] = relation.role

    def finish(self) -> Extraction:
        """Give the extraction: entities and merged relations in a stable order."""
        r = self.result
        r.entities = dict(sorted(self.linker.entities.items()))
        r.relations = [
            Relation(s, p, o, tuple(sorted(evs, key=lambda e: (e.report, e.start, e.end, e.method))), self._roles.get((s, p, o)))
            for (s, p, o), evs in sorted(self._relations.items())
        ]
        return r


def segmenter_words(gazetteer: Gazetteer) -> list[str]:
    """Give the gazetteer names the segmenter should keep whole: full names, and short forms down to counties."""
    words = set()
    for d in gazetteer:
        if d.level == "Village" or d.name in GENERIC_NAMES:
            continue
        words.add(d.name)
        if d.level in ("Province", "City", "County"):
            words.update(gazetteer.short_forms(d))
    return sorted(w for w in words - GENERIC_NAMES if len(w) >= 2 and not re.search(r"[^\u4e00-\u9fff]", w))


def extract(paths: list[Path], lexicons: Iterable[Path] = (), override: Override | None = None,
            progress: Callable[[int, int, Path], None] | None = None, jobs: int = 1) -> Extraction:
    """Give the extraction of every report under ``paths``; unreadable files are listed in ``failures``.

    ``jobs`` > 1 reads files in that many worker processes; the result is the same, byte for byte.
    """
    extractor = Extractor(lexicons)
    if jobs > 1:
        from kg.parallel import add_files_parallel

        add_files_parallel(extractor, paths, override, progress, jobs)
    else:
        extractor.add_files(paths, override, progress)
    return extractor.finish()
