"""The home locality of a report: the division its title names, resolved with the prefixes and hints the title
and source give, or, with no title, the county or higher its text names most."""

from __future__ import annotations

import re
from typing import Iterator

from kg.gazetteer import LEVEL_RANK, Division, Gazetteer
from kg.model import Mention, Report


class HomeFinder:
    """Finds the division a report is about."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def division_of(self, report: Report, mentions: list[Mention]) -> Division | None:
        """Give the division of the report's home: by the name its title gives, or by its text; None if neither says."""
        name = report.meta.home_name
        if not name:
            return self.from_text(report, mentions)
        candidates, hints = self._candidates(name, list(report.meta.context))
        if not candidates:
            candidates = self._villages_in_text_area(name, report, mentions)
        return self._pick(candidates, hints, report)

    def _candidates(self, name: str, hints: list[str]) -> tuple[list[Division], list[str]]:
        """Give the divisions a home name may mean; "杭州市临安区" is 临安区 under 杭州市, "东阳市南马镇花园村" 花园村
        under 南马镇 under 东阳市 (each prefix becomes a hint, and the rest is looked up inside it)."""
        candidates = self.gazetteer.lookup(name)
        for prefix, parent, rest in self._prefixes(name) if not candidates else ():
            hints = [*hints, prefix]
            candidates = self.gazetteer.lookup(rest, within=parent.code)
            if candidates:
                break
        return candidates, hints

    def written_parent(self, name: str) -> tuple[Division, str] | None:
        """Give the deepest division a home name not in the gazetteer opens with, and the rest of the name:
        "江阴市华士镇华西村" is 华西村 under 华士镇 (the gazetteer has it as 华西新市村); None if no prefix names one."""
        last = None
        for _, parent, rest in self._prefixes(name):
            last = (parent, rest)
        return last

    def _prefixes(self, name: str) -> Iterator[tuple[str, Division, str]]:
        """Give, one after the other, the longest prefix of the name's rest that names a division (inside the last
        one), that division, and the rest after it: 东阳市|南马镇花园村, then 南马镇|花园村."""
        rest, within = name, None
        while True:
            found = next(((cut, d) for cut in range(len(rest) - 2, 1, -1) for d in self._divisions_named(rest[:cut], within)), None)
            if found is None:
                return
            cut, parent = found
            yield rest[:cut], parent, rest[cut:]
            rest, within = rest[cut:], parent.code

    def _villages_in_text_area(self, name: str, report: Report, mentions: list[Mention]) -> list[Division]:
        """Give the villages named ``name`` in the county or higher the text names most: a village's title without
        its township (赤溪村2020年工作总结) is the 赤溪村 of the 福鼎市 its text is about."""
        area = self.from_text(report, mentions)
        if area is None:
            return []
        return [d for d in self.gazetteer.lookup(name, within=area.code) if d.level == "Village"]

    def _divisions_named(self, name: str, within: str | None) -> list[Division]:
        """Give the townships and higher named ``name`` (inside ``within``, if given)."""
        return [d for d in self.gazetteer.lookup(name, within=within) if d.level != "Village"]

    def _pick(self, candidates: list[Division], hints: list[str], report: Report) -> Division | None:
        if len(candidates) == 1 and candidates[0].level == "Village":
            return candidates[0]  # a village named under its township: 东阳市南马镇花园村
        candidates = [c for c in candidates if c.level != "Village"]
        # A name a division has in full is that division's, not the short form of a town inside it: 芒市 is the city
        # 芒市, not its 芒市镇.
        exact = [c for c in candidates if c.name == report.meta.home_name]
        candidates = exact or candidates
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        text = _report_text(report, 400)

        def score(d: Division) -> tuple[int, int]:
            hint_score = sum(3 for a in self.gazetteer.ancestors(d.code) for h in hints if h and self.gazetteer.written_forms(a) & {h})
            text_score = sum(text.count(n) for a in self.gazetteer.ancestors(d.code) for n in self.gazetteer.written_forms(a))
            return hint_score, text_score

        ranked = sorted(candidates, key=lambda d: (score(d), -int(d.code)), reverse=True)
        return ranked[0]

    def from_text(self, report: Report, mentions: list[Mention]) -> Division | None:
        """Give the county or higher the report names most often, by the names its mentions use.

        Occurrences are counted in the text, not as mentions: names inside other names
        (“清廉永康”, 永康五金) are no locality mentions but still tell what the report is about.
        """
        forms: dict[str, set[str]] = {}
        for m in mentions:
            if m.type != "Locality":
                continue
            found = [d for d in self.gazetteer.lookup(m.text) if d.level in ("Province", "City", "County")]
            if len(found) == 1:
                forms.setdefault(found[0].code, set()).add(m.text)
        if not forms:
            return None
        text = _report_text(report)
        counts = {code: _occurrences(text, names) for code, names in forms.items()}
        best = max(counts.items(), key=lambda kv: (kv[1], LEVEL_RANK[self.gazetteer.get(kv[0]).level], kv[0]))
        return self.gazetteer.get(best[0])


def _report_text(report: Report, sentences: int | None = None) -> str:
    """Give the text of a report's first ``sentences`` sentences, one per line (a name never spans two)."""
    return "\n".join(s.text for s in report.sentences[:sentences])


def _occurrences(text: str, names: set[str]) -> int:
    """Give how often any of ``names`` occurs in ``text`` (longest first, without overlaps)."""
    return len(re.findall("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)), text))
