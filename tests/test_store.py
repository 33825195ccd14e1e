"""kg.store: the persisted store of a build, swapped in whole."""

from __future__ import annotations

import pytest

from kg.store import StoreError, open_store, persist, store_path


def test_store_build_writes_a_store_with_every_quad(output_dir, sample_build):
    store = open_store(output_dir)
    assert store_path(output_dir).is_dir()
    assert len(store) == len(set(sample_build.quads))
    assert len(list(store.named_graphs())) == 14


def test_store_persist_replaces_the_old_store_and_leaves_no_staging(tmp_path, sample_build):
    half = sample_build.quads[: len(sample_build.quads) // 2]
    persist(half, tmp_path)
    assert len(open_store(tmp_path)) == len(set(half))
    persist(sample_build.quads, tmp_path)
    assert len(open_store(tmp_path)) == len(set(sample_build.quads))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_store_queries_see_the_union_of_report_graphs(output_dir):
    from kg.query import execute

    result = execute(open_store(output_dir), "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/cn-gov-kg/ontology#Report> }")
    assert result.rows[0][0].value == "14"


def test_store_missing_everything_is_an_error(tmp_path):
    with pytest.raises(StoreError, match="run `kg build` first"):
        open_store(tmp_path)


def test_store_serve_binds_localhost_read_only(output_dir):
    from kg.serve import command

    argv = command(output_dir)
    assert argv[1] == "serve-read-only" and argv[argv.index("--bind") + 1] == "127.0.0.1:7878"
    assert argv[argv.index("--location") + 1] == str(output_dir / "store")
