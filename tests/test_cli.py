"""Command line: help, build errors and exit codes, overrides, validation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from pyoxigraph import RdfFormat

from conftest import MIXED_BAD, MIXED_GOOD, make_mixed_folder, seed_path
from kg.cli import main

KGR = "https://w3id.org/cn-gov-kg/id/"
KG = "https://w3id.org/cn-gov-kg/ontology#"


def _invoke(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def _reports(graph_file: Path) -> dict[str, dict[str, str]]:
    """Give each report node's kg:homeLocality, kg:yearUnderReview and kg:sourceFile."""
    reports: dict[str, dict[str, str]] = {}
    wanted = {KG + "homeLocality": "home", KG + "yearUnderReview": "year", KG + "sourceFile": "file"}
    for t in pyoxigraph.parse(path=str(graph_file), format=RdfFormat.N_TRIPLES):
        if t.predicate.value in wanted:
            reports.setdefault(t.subject.value, {})[wanted[t.predicate.value]] = t.object.value
    return reports


# --- 9. help ---

def test_cli_help_lists_every_command():
    result = _invoke("--help")
    assert result.exit_code == 0
    assert main.commands
    for name in main.commands:
        assert re.search(rf"^\s+{name}\b", result.output, re.M), name


@pytest.mark.parametrize("name", sorted(main.commands))
def test_cli_every_command_has_help(name):
    command = main.commands[name]
    assert command.help and command.help.strip(), f"kg {name} has no docstring"
    result = _invoke(name, "--help")
    assert result.exit_code == 0
    # click wraps the text to the terminal width: compare with whitespace squeezed.
    assert " ".join(command.help.strip().splitlines()[0].split()) in " ".join(result.output.split())


# --- 9. build: a path that does not exist ---

def test_cli_build_nonexistent_path(tmp_path):
    missing = tmp_path / "no-such-reports"
    result = _invoke("build", missing, "--out", tmp_path / "out", "--no-html", "-q")
    assert result.exit_code != 0
    assert f"Error: {missing}: no such file or folder" in result.stderr.splitlines()
    assert not (tmp_path / "out" / "graph.ttl").exists()


# --- 2. build: mixed inputs, errors named one a line ---

def test_cli_build_mixed_folder_succeeds_and_names_bad_files(mixed_folder, tmp_path):
    out = tmp_path / "out"
    result = _invoke("build", mixed_folder, "--out", out, "--no-html", "-q", "--format", "nt")
    assert result.exit_code == 0, result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert all(line.startswith("Error: ") for line in errors), errors
    for name, reason in MIXED_BAD.items():
        named = [line for line in errors if name in line]
        assert len(named) == 1 and reason in named[0], errors
    assert len(errors) == len(MIXED_BAD)
    files = {r["file"] for r in _reports(out / "graph.nt").values()}
    assert files == set(MIXED_GOOD)


def test_cli_build_nothing_buildable_fails(tmp_path):
    folder = make_mixed_folder(tmp_path / "bad", good=False)
    out = tmp_path / "out"
    result = _invoke("build", folder, "--out", out, "--no-html", "-q")
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors and all(line.startswith("Error: ") for line in errors), errors
    assert any("nothing could be built" in line for line in errors), errors
    for name in MIXED_BAD:
        assert any(name in line for line in errors), (name, errors)
    assert not (out / "graph.ttl").exists()


# --- 5. build: --home and --year ---

def test_cli_build_home_and_year_flags(tmp_path):
    source = tmp_path / "in" / "changshan.txt"
    source.parent.mkdir()
    shutil.copyfile(seed_path("003"), source)
    out = tmp_path / "out"
    result = _invoke("build", source, "--out", out, "--no-html", "-q", "--format", "nt", "--home", "开化县", "--year", "2020")
    assert result.exit_code == 0, result.output
    (report,) = _reports(out / "graph.nt").values()
    assert report["home"] == f"{KGR}locality/330824"
    assert report["year"] == "2020"


def test_cli_build_malformed_sidecar_names_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(seed_path("003"), folder / "changshan.txt")
    shutil.copyfile(seed_path("002"), folder / "kaihua.txt")
    sidecar = folder / "changshan.txt.kg.json"
    sidecar.write_text('{"home": "遂昌县", "year": "二〇一八"}', encoding="utf-8")
    result = _invoke("build", folder, "--out", tmp_path / "out", "--no-html", "-q", "--format", "nt")
    assert result.exit_code == 0, result.output  # kaihua.txt still builds
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("Error: ") and str(sidecar) in errors[0], errors


# --- 8. validate ---

def test_cli_validate_sample_graph_conforms(output_dir):
    result = _invoke("validate", output_dir / "graph.ttl")
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_validate_broken_graph_names_node_and_property(output_dir, tmp_path):
    text = (output_dir / "graph.ttl").read_text(encoding="utf-8")
    # 坦洪乡 loses its label; 遂昌县's division code gets a letter.
    label_line = re.compile(r"^(locality:330723203 a kg:Locality[^\n]*\n)\s*rdfs:label \"坦洪乡\"@zh ;\n", re.M)
    assert len(label_line.findall(text)) == 1
    text = label_line.sub(r"\1", text)
    code = 'kg:divisionCode "331123" '
    assert text.count(code) == 1
    text = text.replace(code, 'kg:divisionCode "33112x" ')
    broken = tmp_path / "broken.ttl"
    broken.write_text(text, encoding="utf-8")
    # Still Turtle, one triple fewer: what fails is the shapes, not the syntax.
    original = len(list(pyoxigraph.parse(path=str(output_dir / "graph.ttl"), format=RdfFormat.TURTLE)))
    assert len(list(pyoxigraph.parse(path=str(broken), format=RdfFormat.TURTLE))) == original - 1
    result = _invoke("validate", broken)
    assert result.exit_code != 0
    lines = result.output.splitlines()
    assert any("locality/330723203" in line and "rdfs:label" in line for line in lines), result.output
    assert any(("遂昌县" in line or "locality/331123>" in line) and "divisionCode" in line and "33112x" in line
               for line in lines), result.output
