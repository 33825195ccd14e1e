"""A spaCy tokenizer over a private jieba dictionary, with jieba's POS tags.

spaCy's own Chinese tokenizer uses jieba's process-wide dictionary; two
pipelines with different lexicons would leak words into each other. This one
owns a ``jieba.Tokenizer`` with the lexicon and gazetteer words added, so a
lexicon term is one token and the phrase matcher sees it whole.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

# Frequency given to added words: high enough that jieba keeps them whole.
WORD_FREQ = 200_000
# Words of jieba's dictionary that glue a name's last character to a kind of work: 龙塘|河水库 is 龙塘河|水库,
# 儿童医院|南院|区 is 儿童医院|南|院区 (a hospital's campus named by its direction).
GLUED_WORDS = ("河水库", "东院", "南院", "西院", "北院")


def _jieba():
    try:
        import jieba
        import jieba.posseg
    except ImportError as e:  # pragma: no cover - jieba is a hard dependency
        raise ImportError("kg needs jieba for Chinese segmentation: pip install jieba") from e
    jieba.setLogLevel(logging.WARNING)
    return jieba


class JiebaTokenizer:
    """Callable text → Doc with jieba words and their POS tags in ``token.tag_``.

    Tags come from the dictionary (jieba's own tags, and the tags given to
    added words), not from jieba.posseg's joint HMM: that HMM was more than
    half of the build's time and changed few mentions (see kg.bench).
    """

    def __init__(self, vocab: Vocab, words: Iterable[tuple[str, str]] = ()) -> None:
        jieba = _jieba()
        self.vocab = vocab
        self.segmenter = jieba.Tokenizer()
        self.segmenter.initialize()
        for word in GLUED_WORDS:
            self.segmenter.del_word(word)
        # jieba's default dictionary tags, read once per process and only read here.
        self.base_tags: dict[str, str] = jieba.posseg.dt.word_tag_tab
        self.user_tags: dict[str, str] = {}
        for word, tag in words:
            self.add_word(word, tag)

    def add_word(self, word: str, tag: str = "nz") -> None:
        """Make ``word`` one token with POS ``tag``."""
        self.segmenter.add_word(word, WORD_FREQ)
        self.user_tags[word] = tag

    def tag(self, word: str) -> str:
        """Give the POS tag of a word: added words first, then jieba's dictionary, then its shape."""
        found = self.user_tags.get(word) or self.base_tags.get(word)
        if found:
            return found
        if _ASCII_WORD.match(word):
            return "eng"
        if _NUMBER.match(word):
            return "m"
        if _CJK.search(word):
            return "nz"  # a word the HMM found: nearly always a name
        return "x"

    def __call__(self, text: str) -> Doc:
        words = list(self.segmenter.cut(text, HMM=True))
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces, tags=[self.tag(w) for w in words])


_ASCII_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9+\-]*$")
_NUMBER = re.compile(r"^[0-9.%]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


# How often jieba's corpus uses a word that counts as an everyday word.
_FREQUENT = 1000


@lru_cache(maxsize=1)
def frequent_words() -> dict[str, str]:
    """Give jieba's own words (without kg's additions) used 1,000 times or more in its corpus, with their tags.

    The dictionary is read once here: its 350,000 entries held as tuples took 57 MB, these 20,000 words do not.
    """
    words = {}
    with _jieba().Tokenizer().get_dict_file() as f:
        for line in f:
            parts = line.decode("utf-8").split()
            if len(parts) == 3 and int(parts[1]) >= _FREQUENT:
                words[parts[0]] = parts[2]
    return words
