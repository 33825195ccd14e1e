"""The embedded store: a build's quads in a pyoxigraph ``Store`` persisted at ``output/store/``.

The store keeps one named graph per report (``kgr:graph/report/<id>``), as
the build made them; queries see their union as the default graph.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

from pyoxigraph import Quad, RdfFormat, Store

from kg.errors import StoreError

STORE_DIR = "store"

# Graph files a store can be made from when output/store/ is missing, best
# first: the formats that keep a named graph per report before the union.
GRAPH_FILES = (
    ("graph.trig", RdfFormat.TRIG),
    ("graph.nq", RdfFormat.N_QUADS),
    ("graph.ttl", RdfFormat.TURTLE),
    ("graph.nt", RdfFormat.N_TRIPLES),
)


def store_path(out_dir: Path) -> Path:
    """Give where the store of the build in ``out_dir`` lives."""
    return Path(out_dir) / STORE_DIR


def persist(quads: Iterable[Quad], out_dir: Path) -> Path:
    """Give the path of a new on-disk store of ``quads``, swapped in for ``out_dir/store``.

    The store is bulk-loaded in a temporary folder beside the old one and
    renamed into place when complete, so a reader (or ``kg serve``) never
    opens a half-loaded store; a failure leaves the previous store as it was.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = store_path(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=".kg-store-", dir=out_dir))
    try:
        store = Store(str(staging))
        store.bulk_extend(quads)
        store.flush()
        store.optimize()
        # RocksDB holds a lock until the Store is dropped: close it before the rename.
        del store
        gc.collect()
        _swap(staging, target)
    except OSError as e:
        raise StoreError(f"{target}: cannot write the store: {e}") from e
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _swap(new: Path, target: Path) -> None:
    """Put directory ``new`` at ``target``, replacing what was there with two renames."""
    if not target.exists():
        os.replace(new, target)
        return
    # A non-empty directory cannot be renamed over: move the old one aside
    # first. Between the two renames ``target`` is missing for an instant;
    # open_store then falls back to the graph files, never to half a store.
    old = Path(tempfile.mkdtemp(prefix=".kg-store-old-", dir=target.parent))
    old.rmdir()
    os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def open_store(out_dir: Path) -> Store:
    """Give the store of the build in ``out_dir``: the persisted one, else one made in memory from its graph file.

    The persisted store is opened read-only so that ``kg serve`` and any
    number of queries can read it at once.
    """
    out_dir = Path(out_dir)
    path = store_path(out_dir)
    if path.is_dir():
        try:
            return Store.read_only(str(path))
        except OSError as e:
            raise StoreError(f"{path}: cannot open the store: {e}") from e
    for name, fmt in GRAPH_FILES:
        file = out_dir / name
        if file.is_file():
            store = Store()
            try:
                store.bulk_load(path=str(file), format=fmt)
            except (OSError, SyntaxError) as e:
                raise StoreError(f"{file}: cannot load: {e}") from e
            return store
    raise StoreError(f"{out_dir}: no store and no graph file (graph.ttl …); run `kg build` first")


def graph_quads(out_dir: Path) -> list[Quad]:
    """Give every quad of the build in ``out_dir`` (from its store or graph file), in a stable order."""
    store = open_store(out_dir)
    return sorted(store, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def ensure_persisted(out_dir: Path) -> Path:
    """Give the path of the on-disk store of ``out_dir``, making it from the graph file if it is missing."""
    path = store_path(out_dir)
    if path.is_dir():
        return path
    return persist(list(open_store(out_dir)), out_dir)

