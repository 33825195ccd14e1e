"""Patterns that find names no lexicon lists: programs in quotes, awards after
award verbs, projects, organizations, places, people and small localities.

Each finder takes a segmented, tagged spaCy ``Doc`` of one sentence and gives
``Mention`` records with offsets relative to the sentence. Names are bounded
by the segmenter's tokens, so a pattern never cuts a word in two. ``FINDERS``
lists them in the order the pipeline runs them.
"""

from __future__ import annotations

from typing import Callable, Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.patterns.awards import (
    AWARD_HEAD,
    AWARD_VERB,
    RELATION_VERB,
    WON_AFTER,
    find_accepted_titles,
    find_award_winners,
    find_awards,
)
from kg.nlp.patterns.common import doc_text
from kg.nlp.patterns.localities import (
    LOCALITY_SUFFIX,
    PERSON_ROLE,
    find_localities,
    find_people,
    find_shared_suffix_lists,
)
from kg.nlp.patterns.organizations import find_organizations
from kg.nlp.patterns.programs import (
    EVENT_HEAD,
    NUMBERED_POLICY,
    PILOT_CARRIED_OUT,
    PROGRAM_SUFFIX,
    QUOTED_NAME,
    QUOTED_NUMBERED_POLICY,
    QUOTED_PROGRAM,
    find_programs,
)
from kg.nlp.patterns.project_lists import find_listed_projects
from kg.nlp.patterns.project_words import PROJECT_SUFFIX, PROJECT_SUFFIX_AT_END, QUOTED_PROJECT, RING_ROAD
from kg.nlp.patterns.projects import METRO_LINE, find_projects
from kg.nlp.patterns.sites import find_places
from kg.nlp.patterns.suffixes import (
    MEDIA_SUFFIX,
    ORG_SUFFIX,
    PLACE_SUFFIX,
    QUOTED_PLACE,
    RIVER,
)

__all__ = [
    "AWARD_HEAD", "AWARD_VERB", "EVENT_HEAD", "FINDERS", "LOCALITY_SUFFIX", "MEDIA_SUFFIX", "METRO_LINE",
    "NUMBERED_POLICY", "ORG_SUFFIX", "PERSON_ROLE", "PILOT_CARRIED_OUT", "PLACE_SUFFIX", "PROGRAM_SUFFIX",
    "PROJECT_SUFFIX", "PROJECT_SUFFIX_AT_END", "QUOTED_NAME", "QUOTED_NUMBERED_POLICY", "QUOTED_PLACE",
    "QUOTED_PROGRAM", "QUOTED_PROJECT", "RELATION_VERB", "RING_ROAD", "RIVER", "WON_AFTER", "doc_text",
    "find_accepted_titles", "find_award_winners", "find_awards", "find_listed_projects", "find_localities", "find_organizations",
    "find_people", "find_places", "find_programs", "find_projects", "find_shared_suffix_lists",
]

FINDERS: tuple[Callable[[Doc], Iterator[Mention]], ...] = (
    find_programs,
    find_awards,
    find_accepted_titles,
    find_projects,
    find_listed_projects,
    find_organizations,
    find_places,
    find_localities,
    find_shared_suffix_lists,
    find_people,
    find_award_winners,  # last: it names only winners no other finder named
)
