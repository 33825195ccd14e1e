"""A spaCy tokenizer over a private jieba dictionary, with jieba's POS tags.

spaCy's own Chinese tokenizer uses jieba's process-wide dictionary; two
pipelines with different lexicons would leak words into each other. This one
owns a ``jieba.Tokenizer`` with the lexicon and gazetteer words added, so a
lexicon term is one token and the phrase matcher sees it whole.
"""

from __future__ import annotations

import logging
from typing import Iterable

from spacy.tokens import Doc
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

# Frequency given to added words: high enough that jieba keeps them whole.
WORD_FREQ = 200_000


def _jieba():
    try:
        import jieba
        import jieba.posseg
    except ImportError as e:  # pragma: no cover - jieba is a hard dependency
        raise ImportError("kg needs jieba for Chinese segmentation: pip install jieba") from e
    jieba.setLogLevel(logging.WARNING)
    return jieba


class JiebaTokenizer:
    """Callable text → Doc with jieba words and their POS tags in ``token.tag_``."""

    def __init__(self, vocab: Vocab, words: Iterable[tuple[str, str]] = ()) -> None:
        jieba = _jieba()
        self.vocab = vocab
        self.segmenter = jieba.Tokenizer()
        self.segmenter.initialize()
        for word, tag in words:
            self.add_word(word, tag)
        self.tagger = jieba.posseg.POSTokenizer(self.segmenter)

    def add_word(self, word: str, tag: str = "nz") -> None:
        """Make ``word`` one token with POS ``tag``."""
        self.segmenter.add_word(word, WORD_FREQ, tag)

    def __call__(self, text: str) -> Doc:
        pairs = list(self.tagger.cut(text, HMM=True))
        words = [p.word for p in pairs]
        tags = [p.flag for p in pairs]
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces, tags=_align_tags(words, pairs, tags))


def _align_tags(words: list[str], pairs, tags: list[str]) -> list[str]:
    """Give one tag per spaCy word (whitespace words that jieba folded get 'x')."""
    if len(words) == len(tags):
        return tags
    by_word = iter(zip((p.word for p in pairs), tags))
    out = []
    pending = next(by_word, None)
    for word in words:
        if pending and pending[0] == word:
            out.append(pending[1])
            pending = next(by_word, None)
        else:
            out.append("x")
    return out
