"""Worker processes give the same build, byte for byte, as one process."""

from __future__ import annotations

import shutil

from kg.build import Settings, run
from kg.rdf.export import serialize
from kg.resources import sample_corpus


def test_parallel_build_is_identical_to_serial(tmp_path, sample_build):
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_corpus(), corpus)
    (corpus / "zz_broken.txt").write_bytes(b"\x00\x01\x02binary")
    serial = run([corpus], Settings(html=False, jobs=1))
    parallel = run([corpus], Settings(html=False, jobs=2))
    assert serialize(parallel.quads, "nq") == serialize(serial.quads, "nq")
    assert parallel.extraction.mentions == serial.extraction.mentions
    assert [str(f) for f in parallel.extraction.failures] == [str(f) for f in serial.extraction.failures]
    assert len(serial.extraction.failures) == 1 and "zz_broken.txt" in str(serial.extraction.failures[0])
    # The broken file changes nothing else: the graph equals the plain sample build's.
    assert serialize(serial.quads, "nq") == serialize(sample_build.quads, "nq")
