"""Linking stage: mentions to entities, one real thing one key.

Localities are resolved against the gazetteer using the report's home
locality and the localities around a mention; what stays ambiguous is not
guessed (the mention is kept, unlinked, for review). Other entities are keyed
by type and canonical name, people also by the locality they serve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.gazetteer import LEVEL_RANK, SMALL_DIVISION_SUFFIXES, VILLAGE_SUFFIXES, Division, Gazetteer
from kg.home import HomeFinder
from kg.model import Entity, Mention, Report
from kg.nlp.patterns.localities import LONE_VILLAGE_METHOD, SHARED_SUFFIX_METHOD, names_street_community
from kg.nlp.tokenizer import frequent_words

@dataclass(frozen=True)
class Linked:
    """A mention and the entity it was linked to (None: unlinked, with the candidates it had)."""

    mention: Mention
    key: str | None
    candidates: tuple[str, ...] = ()
    # A gazetteer name whose only divisions lie outside the report's province at county level or
    # below: nearly always part of another word (和县法制部门, 惠农政策); not a mention at all.
    out_of_area: bool = False


# Short forms linked as the full name they stand for: a village the report names in full (新光 in 新光、红旗两村 for
# 新光村), a list's items with the suffix they share (金井、北山两镇: 金井镇).
_NAMED_IN_FULL_ELSEWHERE = frozenset(("report:short-form", SHARED_SUFFIX_METHOD))
# The method a shared-suffix item is linked with, as its full name (留客 in 朝烈、留客两村: 留客村).
_LISTED_IN_FULL = "pattern:listed-in-full"


def locality_key(code: str) -> str:
    return f"loc:{code}"


class Linker:
    """Resolves names to entities and collects the entities of a build."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.homes = HomeFinder(gazetteer)
        self.entities: dict[str, Entity] = {}
        # name → entity key of the townships and villages the current report has linked: one name is one place
        # within a report (东坝头镇张庄村 … 支持张庄村申报, 高田镇历村 … 历村)
        self._named_here: dict[str, str] = {}

    # --- home locality -------------------------------------------------------------------

    def home_of(self, report: Report, mentions: list[Mention]) -> str:
        """Give the entity key of the report's home locality, creating it if needed; a report's linking starts here,
        so the names the report before it linked are forgotten."""
        self._named_here = {}
        division = self.homes.division_of(report, mentions)
        name = report.meta.home_name
        if division:
            return self._division_entity(division, name or None)
        unlisted = self._unlisted_home(name) if name else None
        return unlisted or self._named_entity("Locality", name or "未知地区")

    def code_at_or_above(self, key: str) -> str | None:
        """Give the division code of a locality, or of the nearest listed division it lies in (an unlisted village's
        township), by which the names of its report are resolved."""
        entity = self.entities.get(key)
        while entity is not None and entity.code is None and entity.parent:
            entity = self.entities.get(entity.parent)
        return entity.code if entity is not None else None

    def _unlisted_home(self, name: str) -> str | None:
        """Give a home the gazetteer does not list, under the division its name opens with, as a township or village
        the text names is linked (江阴市华士镇华西村 → 华西村 under 华士镇); None if its name says no such place."""
        found = self.homes.written_parent(name)
        if found is None:
            return None
        parent, rest = found
        level = "Village" if rest.endswith(VILLAGE_SUFFIXES) else "Township" if rest.endswith(("镇", "乡", "街道")) else None
        if level is None or LEVEL_RANK[parent.level] >= LEVEL_RANK[level] or not plausible_division_name(rest, after_its_township=True):
            return None
        return self._unlisted_entity(self._division_entity(parent, None), rest, level)

    def _unlisted_entity(self, parent_key: str, name: str, level: str) -> str:
        """Give the key of a township or village the gazetteer does not list, under ``parent_key``, creating it."""
        key = f"{parent_key}/{name}"
        if key not in self.entities:
            self.entities[key] = Entity(key=key, type="Locality", label=name, level=level, parent=parent_key)
        return key

    # --- mentions ------------------------------------------------------------------------

    def link(self, mention: Mention, home_key: str, context: list[Mention], home_code: str | None) -> Linked:
        """Give the mention linked to an entity key (localities by gazetteer, others by name)."""
        if mention.type != "Locality":
            return Linked(mention, self._named_entity(mention.type, mention.canonical, home_code, mention.text))
        known = self._named_here.get(mention.text)
        if known is not None and self._written_parent(mention, "Village", home_key, context, home_code) is None:
            return Linked(mention, known)  # named before in the report, and not written under a township of its own
        linked = self._link_locality(mention, home_key, context, home_code)
        entity = self.entities.get(linked.key) if linked.key else None
        if entity is not None and entity.level in ("Township", "Village") and mention.text.endswith(SMALL_DIVISION_SUFFIXES):
            self._named_here[mention.text] = linked.key
        return linked

    def _link_locality(self, mention: Mention, home_key: str, context: list[Mention], home_code: str | None) -> Linked:
        if mention.method == LONE_VILLAGE_METHOD:
            return self._link_lone_village(mention, home_key, context, home_code)
        if mention.method in _NAMED_IN_FULL_ELSEWHERE:
            # 新光 in 新光、红旗两村 is the 新光村 the report names in full: linked as that name is (its short form is
            # no context of its own: 明月 would pick the 明月村 of a far 明月镇)
            method = _LISTED_IN_FULL if mention.method == SHARED_SUFFIX_METHOD else "pattern:locality-suffix"
            canonical = self._listed_township(mention.canonical, home_code)
            full = self._link_locality(replace(mention, text=canonical, canonical=canonical, method=method),
                                       home_key, [m for m in context if m is not mention], home_code)
            return replace(full, mention=mention)
        g = self.gazetteer
        # Names of the home area are found by their short form but looked up by their full name; villages only
        # in the home province (a 张庄村 of 兰考县 is no namesake of 安徽's).
        candidates = g.lookup(mention.canonical if mention.method == "gazetteer:area" else mention.text,
                              villages_in=_province(home_code))
        near = [c for c in candidates if not _far_short_form(c, mention.text, home_code)]
        if candidates and not near and not _small_named(mention):
            return Linked(mention, None, tuple(c.code for c in candidates[:20]), out_of_area=True)
        # A name with its own suffix that is only the short form of a far division is a place of its own:
        # 卢村 in a 黟县 report is a village there, not 广德市's 卢村乡.
        candidates = near
        if home_code and home_code in {c.code for c in candidates}:
            return Linked(mention, self._division_entity(g.get(home_code), mention.text))
        chosen = self._choose(candidates, home_code, [m for m in context if m is not mention], mention.text)
        written_elsewhere = chosen is not None and self._written_under_another(mention, chosen, home_key, context, home_code)
        if chosen is not None and not written_elsewhere:
            return Linked(mention, self._division_entity(chosen, mention.text))
        if candidates and not written_elsewhere and not _only_namesakes_elsewhere(mention, candidates, home_code):
            codes = tuple(c.code for c in candidates[:20])
            return Linked(mention, None, codes, out_of_area=not any(_near_home(c, home_code) for c in candidates))
        # Not in the gazetteer, or only namesakes outside the home county (岭头村 is in many counties):
        # a township or village of the home locality, if it is a name at all.
        level = mention.level or ("Village" if mention.text.endswith(VILLAGE_SUFFIXES) else "Township")
        # A township right before the name bounds it: 木兰乡|大余湾村 starts after it, whatever jieba makes of 大余
        written = self._written_parent(mention, level, home_key, context, home_code)
        listed = mention.method == _LISTED_IN_FULL  # a list's count and suffix show the item is a name (朝烈、留客两村)
        trimmed = None if written or listed else self._trimmed_to_known(mention, home_code)
        if trimmed is not None:
            return self._link_locality(trimmed, home_key, context, home_code)
        if not listed and not plausible_division_name(mention.text, after_its_township=written is not None):
            return Linked(mention, None, out_of_area=True)
        parent_key = written or self._above(home_key, level)
        parent = self.entities.get(parent_key)
        if parent is None or LEVEL_RANK.get(parent.level or "", 9) >= LEVEL_RANK[level]:
            return Linked(mention, None)
        name = mention.canonical if mention.method == "gazetteer:area" else mention.text  # 新光 → 新光村
        return Linked(mention, self._unlisted_entity(parent_key, name, level))

    def _listed_township(self, name: str, home_code: str | None) -> str:
        """Give a list's town as the home has it: 三星镇 or, where the home has only that, 三星乡 (港西、建设、三星三个乡镇
        says towns or townships)."""
        if not home_code or not name.endswith(("镇", "乡")) or self.gazetteer.lookup(name, within=home_code):
            return name
        other = name[:-1] + ("乡" if name.endswith("镇") else "镇")
        return other if self.gazetteer.lookup(other, within=home_code) else name

    def _written_under_another(self, mention: Mention, chosen: Division, home_key: str, context: list[Mention],
                               home_code: str | None) -> bool:
        """Tell whether the text writes a village right after a township of the tables that is not the chosen
        namesake's (稻田镇东斟灌村, where the tables have 东斟灌村 under 洛城街道): the text's township holds it."""
        if chosen.level != "Village":
            return False
        written = self._written_parent(mention, "Village", home_key, context, home_code)
        code = self.entities[written].code if written else None
        return bool(code) and not chosen.code.startswith(code)

    def _link_lone_village(self, mention: Mention, home_key: str, context: list[Mention], home_code: str | None) -> Linked:
        """Link a two-character village of no family's name (东村, 渔村, 历村): after its township, as any village;
        alone, only as one the gazetteer has in the home county or one the report named after its township before."""
        after_township = self._written_parent(mention, "Village", home_key, context, home_code) is not None
        in_county = bool(home_code) and any(d.level == "Village" and _in_home_county(d.code, home_code)
                                            for d in self.gazetteer.lookup(mention.text, villages_in=_province(home_code)))
        if not (after_township or in_county):
            return Linked(mention, None, out_of_area=True)
        linked = self._link_locality(replace(mention, method="pattern:locality-suffix"), home_key, context, home_code)
        return replace(linked, mention=mention)

    def _above(self, key: str, level: str) -> str:
        """Give the home, or for a village home and a village its township: a village a village's report names
        without its township is a neighbour in the home's township (洋里村 beside the home 赤溪村), not inside it."""
        entity = self.entities.get(key)
        if entity is not None and entity.parent and entity.level == level == "Village":
            return entity.parent
        return key

    def _written_parent(self, mention: Mention, level: str, home_key: str, context: list[Mention],
                        home_code: str | None) -> str | None:
        """Give the township a new village is written under: right before it (鹤城镇饶桥村), or before the
        first of a list it closes (鹤溪街道东弄村、大张坑村); a new township the county right before it
        (启东市启隆镇); None if none is."""
        before = {m.end: m for m in context if m.type == "Locality" and m.end <= mention.start}
        if level == "Township":
            prev = before.get(mention.start)
            if prev is None or not prev.text.endswith(("县", "市", "区", "旗")):
                return None
            key = self._link_locality(prev, home_key, context, home_code).key
            entity = self.entities.get(key) if key else None
            return key if entity is not None and entity.level == "County" else None
        if level != "Village":
            return None
        at = mention.start
        for _ in range(4):
            prev = before.get(at) or before.get(at - 1)  # adjacent, or across one 、 of a list
            if prev is None:
                return None
            if prev.text.endswith(("镇", "乡", "街道", "苏木")):
                key = self._link_locality(prev, home_key, context, home_code).key
                entity = self.entities.get(key) if key else None
                return key if entity is not None and entity.level == "Township" else None
            if not prev.text.endswith(VILLAGE_SUFFIXES):
                return None
            at = prev.start
        return None

    def _trimmed_to_known(self, mention: Mention, home_code: str | None) -> Mention | None:
        """Give the mention less a word before a village of the home county (以|古竹村, 利用|下杨村), else None."""
        if not home_code or mention.method == "gazetteer:area":
            return None
        for cut in (1, 2):
            tail = mention.text[cut:]
            if len(tail) >= 3 and any(_in_home_county(d.code, home_code)
                                      for d in self.gazetteer.lookup(tail, villages_in=_province(home_code))):
                return replace(mention, text=tail, start=mention.start + cut, canonical=tail)
        return None

    def _choose(self, candidates: list[Division], home_code: str | None, context: list[Mention], text: str) -> Division | None:
        """Give the division ``text`` means among ``candidates``; ``context`` holds the sentence's other mentions."""
        if home_code:
            # Counties and below of other provinces are almost always a short form inside another word (和县, 镇平),
            # unless the sentence names where they are (上海市闵行区), or the name is a county's full name and
            # the only one in the country (青浦区, 永和县).
            placed = self._by_context(candidates, context)
            if placed is not None and placed.level in ("County", "Township", "Village"):
                return placed
            if len(candidates) == 1 and _unique_county_name(candidates[0], text):
                return candidates[0]
            candidates = [c for c in candidates if _near_home(c, home_code) and not _village_elsewhere(c, home_code)]
        if len(candidates) == 1 and (candidates[0].level in ("Province", "City", "County") or not home_code):
            return candidates[0]
        if not home_code:
            return None
        # A short form of a division above the home names it, not the town named after it: in a village of
        # 花垣县's 双龙镇, 花垣 is 花垣县, not 花垣镇 (the rings below look only inside each ancestor).
        ancestors = [a.code for a in self.gazetteer.ancestors(home_code)]
        mine = [c for c in candidates if c.code in ancestors]
        if len(mine) == 1:
            return mine[0]
        # A short form names the higher of a city and the county named after it: 长沙 is 长沙市, not 长沙县.
        top = [c for c in candidates if all(o is c or o.code.startswith(c.code) for o in candidates)]
        if top and top[0].level in ("Province", "City"):
            return top[0]
        # Widen the ring around the home locality step by step: home, its parent, …
        for ring in [home_code, *ancestors]:
            inside = [c for c in candidates if c.code.startswith(ring) and c.code != ring]
            if len(inside) == 1:
                return inside[0]
            if len(inside) > 1:
                return self._by_context(inside, context)
        if len(candidates) == 1:
            return candidates[0]
        return self._by_context(candidates, context)

    def _by_context(self, candidates: list[Division], context: list[Mention]) -> Division | None:
        """Give the one candidate whose ancestor is named nearby, else None."""
        near = {m.text for m in context if m.type == "Locality"}
        fits = [c for c in candidates if any(self.gazetteer.written_forms(a) & near for a in self.gazetteer.ancestors(c.code))]
        return fits[0] if len(fits) == 1 else None

    # --- entities ------------------------------------------------------------------------

    def _division_entity(self, division: Division, alias: str | None) -> str:
        key = locality_key(division.code)
        entity = self.entities.get(key)
        if entity is None:
            parent = division.parent
            entity = Entity(
                key=key, type="Locality", label=division.name, level=division.level, code=division.code,
                parent=locality_key(parent) if parent else None, lat=division.lat, lon=division.lon,
            )
            if parent and locality_key(parent) not in self.entities:
                self._division_entity(self.gazetteer.get(parent), None)
        if alias and alias != entity.label and alias not in entity.aliases:
            entity = replace(entity, aliases=entity.aliases | {alias})
        self.entities[key] = entity
        return key

    def _named_entity(self, type_: str, label: str, home_code: str | None = None, alias: str | None = None) -> str:
        key = f"{type_}:{label}" + (f"@{home_code}" if type_ == "Person" and home_code else "")
        entity = self.entities.get(key) or Entity(key=key, type=type_, label=label)
        alias = re.sub(r"\s+", "", alias or "")
        if alias and alias != label and alias not in entity.aliases:
            entity = replace(entity, aliases=entity.aliases | {alias})
        self.entities[key] = entity
        return key

    def person(self, name: str, home_code: str | None) -> str:
        return self._named_entity("Person", name, home_code)


def _province(home_code: str | None) -> str | None:
    """Give the province code of the home locality, whose villages a report's names may mean."""
    return home_code[:2] if home_code else None


def _in_home_county(code: str, home_code: str) -> bool:
    """Tell whether a division code lies in the home locality's county: the first six digits are the county's."""
    return code.startswith(home_code[:6])


def _only_namesakes_elsewhere(mention: Mention, candidates: list[Division], home_code: str | None) -> bool:
    """Tell whether a township or village named with its suffix (岭头村) has namesakes only outside the home county
    (a village: outside the home itself)."""
    return bool(home_code) and _small_named(mention) and not any(
        _in_home_county(c.code, home_code) and not _village_elsewhere(c, home_code) for c in candidates)


def _village_elsewhere(division: Division, home_code: str) -> bool:
    """Tell whether a village lies outside the home locality: a report names its own villages alone, another
    township's or county's with their parent (石舍村 in a 江南镇 report is 江南镇's, not 富春江镇's namesake)."""
    return division.level == "Village" and not division.code.startswith(home_code)


def _small_named(mention: Mention) -> bool:
    """Tell whether a mention names a township or village with its own suffix (岭头村, 溪口镇), not a short form."""
    one_family = mention.method.startswith("pattern:") and mention.text.endswith("村")  # 卢村, found by its suffix
    return (mention.method != "gazetteer:area" and mention.text.endswith(SMALL_DIVISION_SUFFIXES)
            and (len(mention.text) >= 3 or one_family))


def _unique_county_name(division: Division, text: str) -> bool:
    """Tell whether ``text`` is a county's full name of three characters or more (青浦区, 永和县), not a short form."""
    return division.level == "County" and text == division.name and len(text) >= 3


def _near_home(division: Division, home_code: str | None) -> bool:
    """Tell whether a division may be meant in a report of ``home_code``: same province, or a province or city."""
    return not home_code or division.code[:2] == home_code[:2] or division.level in ("Province", "City")


def _far_short_form(division: Division, text: str, home_code: str | None) -> bool:
    """Tell whether ``text`` is a short form of a township or village outside the home county (万户|大关 is not 大关街道).

    Reports write small places by their short form only at home; elsewhere they give the full name.
    """
    if not home_code or division.level not in ("Township", "Village") or text == division.name:
        return False
    return not _in_home_county(division.code, home_code)


# Endings of suffix-found names that are kinds of place or phrases, not divisions (小城镇, 中心镇: Jilin's
# and Sichuan's are no place a Zhejiang report means by the word): 新型农村,
# 桃岭自然村 (a natural village), 高铁小镇 (a themed town), 助力家乡, 秀美村, 公路沿线村.
_NOT_DIVISION_END = re.compile(
    r"(?:农村|自然村|小镇|家乡|[回返]乡|下村|分村|旧村|全乡|全镇|全村|行政村|空心村|沿线村|山区村|族村|秀美村|最美村|最差村|"
    r"古镇|重镇|名镇|强镇|城镇|乡镇|中心镇)$"
    # a title or brand of the whole country's: 中国畲乡, 全国…
    r"|^(?:中国|全国|全省)"
)
# Slogans of what makes a place thrive: 环境立镇, 农旅富镇, 产业强村.
_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{2}[立富兴强][镇乡村]$")
# Levels of government and ranges, not names: 市县乡 (三级), 市镇村, 二环以内社区, 新一轮村.
_LEVELS_OR_RANGE = re.compile(r"^[省市县区乡镇村]+$|以内|以外|一轮")
# Kinds of the first word that do not begin a place name: 驱动|全乡, 盘活|农村, 首届|大田乡.
_NOT_NAME_START_TAGS = frozenset("v vn a ad d m t p c r".split())


def plausible_division_name(name: str, after_its_township: bool = False) -> bool:
    """Tell whether a suffix-found name the gazetteer does not know may still be a township or village.

    Right after its township a name starts where the township ends: a first word jieba takes for a time word or a
    pronoun is a name's (金庭镇|明月湾村, 木兰乡|大余湾村), not a word before it (近年|…村)."""
    if _NOT_DIVISION_END.search(name) or _SLOGAN.match(name) or _LEVELS_OR_RANGE.search(name):
        return False
    if name.endswith("街道") and name[:-2] in frequent_words():
        return False  # 贡献|街道|力量: a street's worth of effort; the tables list every real 街道
    if names_street_community(name, name[:-2]):
        return True  # a community named after its street: 幸福路社区 (幸福/a)
    from jieba.posseg import dt

    tag = dt.word_tag_tab.get(name[:2])
    if tag == "m":  # a count (两个村, 一批村), not a numeral in a name (三元朱村, 大张坑村; 阜溪街道|五四村 after its township)
        return not _COUNT.search(name[:2]) or after_its_township and len(name) >= 3 and not _COUNT.search(name)
    if after_its_township and tag in _NAME_MORPHEME_TAGS:
        return True
    return tag not in _NOT_NAME_START_TAGS


# Tags jieba gives words that also make village names (明月/t, 大余/r), which a township right before shows are names.
_NAME_MORPHEME_TAGS = frozenset("t r".split())


# What makes a numeral word a count: 两个, 一批, 多数, 几
_COUNT = re.compile(r"[个批些余多几每各首第数]|^[一二两三四五六七八九十百千万]{2}$")
