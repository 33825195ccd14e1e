"""Shared fixtures: one build of the sample corpus, its output files, and a folder of mixed inputs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

ALL_FORMATS = ("ttl", "nt", "jsonld", "trig", "nq")


def seed_path(prefix: str) -> Path:
    """Give the sample seed file whose name starts with ``prefix`` ("000" … "004")."""
    from kg.resources import sample_corpus

    (path,) = sample_corpus().glob(f"{prefix}_*.txt")
    return path


def seed_text(prefix: str) -> str:
    """Give a seed's text as the model defines it: bytes decoded, BOM dropped, newlines as they are."""
    return seed_path(prefix).read_bytes().decode("utf-8-sig")


@pytest.fixture(scope="session")
def sample_build():
    """The BuildResult of the bundled sample corpus (built once per session)."""
    import kg.build
    from kg.resources import sample_corpus

    return kg.build.run([sample_corpus()], kg.build.Settings(html=False))


@pytest.fixture(scope="session")
def output_dir(sample_build, tmp_path_factory) -> Path:
    """A folder holding the sample build's files in every RDF format (written once per session)."""
    from kg.build import Settings, write_outputs

    out = tmp_path_factory.mktemp("sample-out")
    write_outputs(sample_build, out, Settings(formats=ALL_FORMATS, html=False))
    return out


# --- a folder of inputs in every encoding and markup we accept, and some we do not ---

# The first lines of seed 004 become HTML paragraphs; ``&nbsp;`` joins two sentences of one.
_HTML_HEAD = (
    "<!DOCTYPE html>\n<html><head><title>产业园区网</title>\n"
    "<style>body { color: red; } .nav::after { content: \"导航菜单\"; }</style>\n"
    "<script>var tip = \"投稿\"; if (a < b && c > d) { alert(\"验证码\"); }</script>\n"
    "</head><body>\n<nav><a href=\"/\">首页</a> | <a href=\"/tougao\">投稿</a> | 导航菜单</nav>\n"
)
_HTML_TAIL = "<footer>版权所有 © 产业园区网 400-162-2002</footer>\n</body></html>\n"

MIXED_GOOD = {
    # file name → (seed it is made from, home locality, its division code, year under review)
    "a_gb18030.txt": ("003", "常山县", "330822", 2023),
    "b_utf16.txt": ("002", "开化县", "330824", 2022),
    "c_utf8bom.txt": ("000", "遂昌县", "331123", 2019),
    "d_page.html": ("004", "永康市", "330784", 2020),
    "e_notes.md": ("001", "坦洪乡", "330723203", 2019),
}
MIXED_BAD = {"f_empty.txt": "empty", "g_image.png": "binary"}


def composed_extraction(tmp_path_factory, name: str, text: str):
    """Give the extraction of one composed report, built as ``kg build`` would (no view)."""
    from kg.build import Settings, run

    folder = tmp_path_factory.mktemp(name)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return run([folder], Settings(html=False)).extraction


def html_page(text: str) -> str:
    """Give an HTML page whose paragraphs are the non-empty lines of ``text``."""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    # A non-breaking space between two sentences of the first long paragraph.
    long = next(i for i, p in enumerate(paragraphs) if p.count("。") >= 2)
    paragraphs[long] = paragraphs[long].replace("。", "。&nbsp;", 1)
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return _HTML_HEAD + "<div class=\"content\">\n" + body + "</div>\n" + _HTML_TAIL


def markdown_report() -> tuple[str, str]:
    """Give a Markdown file made of seed 001's 坦洪乡 report (first 4000 characters) and its emphasised sentence."""
    lines = seed_text("001").splitlines()
    title_at = next(i for i, line in enumerate(lines) if "坦洪乡政府工作报告" in line)
    body = next(line for line in lines[title_at + 1:] if line.strip()).strip()
    body = body[: body.index("。", 4000) + 1]
    # Emphasise a whole sentence in the middle of the text.
    start = body.index("。", 1500) + 1
    end = body.index("。", start) + 1
    emphasised = body[start:end]
    start += len(emphasised) - len(emphasised.lstrip())
    emphasised = emphasised.strip()
    text = f"# 2020年坦洪乡政府工作报告\n\n{body[:start]}**{emphasised}**{body[end:]}\n"
    return text, emphasised


def png_bytes() -> bytes:
    """Give the bytes of something that looks like a PNG: header, NULs and noise."""
    noise = bytes(random.Random(7).randrange(256) for _ in range(4096))
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + noise


def make_mixed_folder(folder: Path, good: bool = True) -> Path:
    """Fill ``folder`` with the mixed inputs (``good=False``: only the bad ones) and give it."""
    folder.mkdir(parents=True, exist_ok=True)
    if good:
        (folder / "a_gb18030.txt").write_bytes(seed_text("003").encode("gb18030"))
        (folder / "b_utf16.txt").write_bytes(seed_text("002").encode("utf-16"))  # with BOM
        (folder / "c_utf8bom.txt").write_bytes(seed_text("000").encode("utf-8-sig"))
        (folder / "d_page.html").write_text(html_page(seed_text("004")), encoding="utf-8")
        (folder / "e_notes.md").write_text(markdown_report()[0], encoding="utf-8")
    (folder / "f_empty.txt").write_bytes(b"")
    (folder / "g_image.png").write_bytes(png_bytes())
    (folder / "h_empty_folder").mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def mixed_folder(tmp_path_factory) -> Path:
    """A folder with GB18030, UTF-16, UTF-8-BOM, HTML and Markdown reports, an empty and a binary file, an empty folder."""
    return make_mixed_folder(tmp_path_factory.mktemp("mixed") / "inputs")


# --- kg eval on the shipped gold sets ---

GOLD_DIR = Path(__file__).parent / "gold"


# The sets scored with one pipeline run each (the sample set is scored on the sample build).
PIPELINE_GOLD_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17",
                      "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "unseen", "unseen2", "unseen3", "unseen4", "unseen5",
                      "unseen6", "unseen7", "unseen8")


@pytest.fixture(scope="session")
def gold_evaluations(sample_build) -> dict:
    """kg's scores on the shipped gold sets (sample: the sample build; the others: one pipeline run each), without baselines."""
    from kg.baselines import run_pipeline, system_from_extraction
    from kg.evaluate import evaluate, load_gold

    scores = {"sample": evaluate(load_gold(GOLD_DIR / "sample"), system_from_extraction(sample_build.extraction), baselines=False)}
    for name in PIPELINE_GOLD_SETS:
        gold = load_gold(GOLD_DIR / name)
        scores[name] = evaluate(gold, run_pipeline(gold.files.values()), baselines=False)
    return scores
