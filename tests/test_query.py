"""kg query: saved queries over the sample build, parameters, output formats, errors."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import QueryError, execute, saved_queries, substitute, table, time_queries, width
from kg.store import open_store

KG = "PREFIX kg: <https://w3id.org/cn-gov-kg/ontology#>\n"


def run(*args: str):
    return CliRunner().invoke(main, ["query", *args])


def rows(output_dir, name: str, **params) -> list[dict[str, str]]:
    """Give a saved query's rows as dicts of display strings."""
    result = execute(open_store(output_dir), saved_queries()[name].bind(params))
    return [{v: ("" if t is None else t.value) for v, t in zip(result.variables, row)} for row in result.rows]


# Facts the sample corpus states in so many words (see the quoted sentences).
KNOWN = [
    # 000: “…入选“中国天然氧吧”，被评为全省公益林建设成绩突出集体。”
    ("awards-by-year", {}, {"year": "2019", "status": "received", "award": "中国天然氧吧"}),
    ("program-localities", {}, {"locality": "遂昌县", "level": "County", "year": "2019"}),
    ("county-projects", {}, {"project": "衢宁铁路", "place": "遂昌县"}),
    ("locality-timeline", {}, {"year": "2019", "subject": "遂昌县", "relation": "receivedAward", "object": "中国天然氧吧"}),
    ("reports-by-year", {}, {"year": "2019", "locality": "遂昌县", "file": "000_f142abb5550239f3.txt"}),
    ("shared-programs", {}, {"program": "乡村振兴战略"}),
    ("review", {}, {"issue": "single-evidence", "type": "Award", "evidence": "1"}),
    ("evidence", {}, {"year": "2019", "file": "000_f142abb5550239f3.txt"}),
    ("awards-by-year", {"locality": "永康市"}, {"status": "received"}),
]


@pytest.mark.parametrize("name, params, expected", KNOWN)
def test_query_saved_queries_find_known_rows(output_dir, name, params, expected):
    found = rows(output_dir, name, **params)
    assert any(all(row.get(k) == v for k, v in expected.items()) for row in found), found[:20]


def test_query_every_saved_query_is_listed_documented_and_ordered(output_dir):
    queries = saved_queries()
    assert len(queries) >= 8
    listing = run("--list").output
    for q in queries.values():
        assert q.purpose and f"{q.name}: {q.purpose}" in listing
        assert "ORDER BY" in q.text, q.name
        first = execute(open_store(output_dir), q.bind()).rows
        assert first == execute(open_store(output_dir), q.bind()).rows


def test_query_evidence_quotes_the_sentence(output_dir):
    (row,) = rows(output_dir, "evidence")
    assert "入选“中国天然氧吧”" in row["quote"]
    from kg.resources import sample_corpus

    source = (sample_corpus() / row["file"]).read_bytes().decode("utf-8-sig")
    assert source[int(row["start"]):int(row["end"])] == row["quote"]


def test_query_review_rows_are_what_it_documents(output_dir):
    found = rows(output_dir, "review")
    assert {r["issue"] for r in found} == {"no-division-code", "single-evidence"}
    for r in found:
        if r["issue"] == "no-division-code":
            assert r["type"] == "Locality"
        else:
            assert r["type"] in ("Award", "Project") and r["evidence"] == "1"


def test_query_shared_programs_counts_descend(output_dir):
    counts = [int(r["localities"]) for r in rows(output_dir, "shared-programs")]
    assert counts == sorted(counts, reverse=True) and counts[-1] >= 2


def test_query_param_is_an_escaped_literal(output_dir):
    text = substitute("SELECT * { ?s ?p $x }", {"x": 'a" } ; DROP ALL ; #\n\\'})
    assert text == 'SELECT * { ?s ?p "a\\" } ; DROP ALL ; #\\n\\\\" }'
    result = run("--graph", str(output_dir), "--saved", "awards-by-year", "--param", 'locality=遂"} UNION {?a ?b ?c')
    assert result.exit_code == 0, result.output
    assert "(0 rows)" in result.output


def test_query_unknown_param_and_unknown_saved_fail(output_dir):
    result = run("--graph", str(output_dir), "--saved", "evidence", "--param", "nope=1")
    assert result.exit_code == 1 and "Error: evidence: unknown parameter nope" in result.output
    result = run("--graph", str(output_dir), "--saved", "nope")
    assert result.exit_code == 1 and "Error: no saved query 'nope'" in result.output


def test_query_syntax_error_names_line_and_column(output_dir, tmp_path):
    result = run("--graph", str(output_dir), "SELECT * WHERE { ?s ?p }")
    assert result.exit_code == 1
    assert re.fullmatch(r"Error: query: line 1, column \d+: .+\n", result.output), result.output
    bad = tmp_path / "bad.rq"
    bad.write_text(KG + "SELECT ?x\nWHERE { ?x a kg:Report . FILTER (?x = ) }\nLIMIT 1\n", encoding="utf-8")
    result = run("--graph", str(output_dir), "-f", str(bad))
    assert result.exit_code == 1
    # pyoxigraph places the error where its parser gave up, often the end of the
    # query rather than the token at fault: check the form and the range only.
    m = re.fullmatch(rf"Error: {re.escape(str(bad))}: line (\d+), column \d+: .+\n", result.output)
    assert m and 3 <= int(m.group(1)) <= 5, result.output


def test_query_csv_and_json_are_standard_results(output_dir):
    result = run("--graph", str(output_dir), "--saved", "awards-by-year", "--format", "csv")
    assert result.exit_code == 0
    parsed = list(csv.reader(io.StringIO(result.output)))
    assert parsed[0] == ["year", "status", "award"]
    assert ["2019", "received", "中国天然氧吧"] in parsed
    result = run("--graph", str(output_dir), "--saved", "awards-by-year", "--format", "json")
    data = json.loads(result.output)
    assert data["head"]["vars"] == ["year", "status", "award"]
    assert {"type": "literal", "value": "中国天然氧吧"} in [b["award"] for b in data["results"]["bindings"]]
    result = run("--graph", str(output_dir), "--saved", "awards-by-year", "--format", "tsv")
    assert result.output.splitlines()[0] == "?year\t?status\t?award"


def test_query_table_aligns_chinese_by_display_width():
    assert width("遂昌县") == 6 and width("ab") == 2 and width("ＡＢ") == 4
    text = table(["name", "n"], [["遂昌县", "1"], ["abc", "22"], ["中国天然氧吧", "3"]])
    lines = text.splitlines()[:-1]
    # The second column starts at the same terminal column on every line.
    starts = {width(line[: line.rindex(line.split()[-1])]) for line in lines}
    assert len(starts) == 1, lines
    assert text.splitlines()[-1] == "(3 rows)"


def test_query_table_output_of_cli(output_dir):
    result = run("--graph", str(output_dir), "--saved", "county-projects")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["project", "place"] and set(lines[1]) <= {"-", " "}
    assert any(line.startswith("衢宁铁路 ") for line in lines)


def test_query_construct_gives_turtle_and_ask_gives_boolean(output_dir):
    result = run("--graph", str(output_dir), KG + "CONSTRUCT { ?r a kg:Report } WHERE { ?r a kg:Report }")
    assert result.exit_code == 0
    triples = list(pyoxigraph.parse(result.output.encode(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == 14
    assert run("--graph", str(output_dir), KG + "ASK { ?r a kg:Report }").output == "true\n"
    assert run("--graph", str(output_dir), KG + "ASK { ?r a kg:Nothing }").output == "false\n"


def test_query_without_store_reads_graph_ttl(output_dir, tmp_path):
    shutil.copy(output_dir / "graph.ttl", tmp_path / "graph.ttl")
    for name in ("awards-by-year", "county-projects", "reports-by-year"):
        q = saved_queries()[name].bind()
        assert execute(open_store(tmp_path), q).rows == execute(open_store(output_dir), q).rows


def test_query_missing_build_is_one_line_error(tmp_path):
    result = run("--graph", str(tmp_path), "ASK {}")
    assert result.exit_code == 1 and result.output.startswith(f"Error: {tmp_path}: no store") and result.output.count("\n") == 1


def test_query_time_queries_compares_engines(sample_build):
    names = ["awards-by-year", "reports-by-year"]
    timing = time_queries(sample_build.quads, {n: saved_queries()[n].bind() for n in names}, repeat=1)
    assert set(timing["queries"]) == set(names)
    for figures in timing["queries"].values():
        assert figures["rows"]["pyoxigraph"] == figures["rows"]["rdflib"] > 0
        assert figures["seconds"]["pyoxigraph"] > 0


def test_query_error_is_a_kg_error():
    from kg.errors import KgError

    assert issubclass(QueryError, KgError)
