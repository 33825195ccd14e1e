#!/usr/bin/env python3
"""Re-check the dev8 gold files (texts/*.txt and *.jsonl) independently of build.py."""
import json
from collections import defaultdict, Counter
from pathlib import Path

B = Path('/tmp/dev8')
LEVELS = {'Province', 'City', 'County', 'Township', 'Village'}
TYPES = {'Locality', 'Project', 'Program', 'Award', 'Place', 'Organization', 'Person'}
DOMAIN = {
    'receivedAward': ({'Locality', 'Place', 'Organization', 'Project'}, {'Award'}),
    'implements': ({'Locality'}, {'Program'}),
    'locatedIn': ({'Project', 'Place', 'Organization'}, {'Locality'}),
    'partOf': ({'Locality'}, {'Locality'}),
    'holdsPosition': ({'Person'}, {'Locality'}),
}
# deliberate exceptions, documented in README.md
NO_LOCATED_IN = {'广东省人民医院'}
ok = True


def err(*a):
    global ok
    ok = False
    print('ERROR', *a)


for j in sorted(B.glob('*.jsonl')):
    raw = j.read_bytes()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw:
        err(j.name, 'BOM or CR in jsonl')
    recs = [json.loads(l) for l in raw.decode('utf-8').splitlines()]
    P = [r for r in recs if r['kind'] == 'passage']
    if len(P) != 1:
        err(j.name, 'passages', len(P)); continue
    p = P[0]
    tb = (B / 'texts' / p['source']).read_bytes()
    if tb.startswith(b'\xef\xbb\xbf'): err(p['source'], 'BOM')
    if b'\r' in tb: err(p['source'], 'CR line ends')
    content = tb.decode('utf-8-sig')
    if not (p['start'] == 0 and p['end'] == len(content)):
        err(j.name, 'passage does not span the file')
    ents = [r for r in recs if r['kind'] == 'entity']
    rels = [r for r in recs if r['kind'] == 'relation']
    year, plan = p['year'], p['year'] + 1
    canon, levels = defaultdict(set), defaultdict(set)
    for e in ents:
        if e['passage'] != p['id']: err('passage id', e)
        if content[e['start']:e['end']] != e['text']: err('OFFSET', j.name, e)
        if e['type'] not in TYPES: err('type', e)
        if (e['type'] == 'Locality') != ('level' in e): err('level presence', e)
        if e['type'] == 'Locality' and e['level'] not in LEVELS: err('bad level', e)
        canon[e['canonical']].add(e['type'])
        if e['type'] == 'Locality': levels[e['canonical']].add(e['level'])
    for c, t in canon.items():
        if len(t) > 1: err(j.name, 'canonical with several types', c, t)
    for c, l in levels.items():
        if len(l) > 1: err(j.name, 'locality with several levels', c, l)
    if canon.get(p['home']) != {'Locality'}: err(j.name, 'home not annotated', p['home'])
    s = sorted(ents, key=lambda e: (e['start'], e['end']))
    for a, b in zip(s, s[1:]):
        if b['start'] < a['end']: err('OVERLAP', j.name, a['text'], b['text'])
    seen = set()
    for r in rels:
        dom, rng = DOMAIN[r['relation']]
        if r['subject'] not in canon or not canon[r['subject']] & dom: err('subject', j.name, r)
        if r['object'] not in canon or not canon[r['object']] & rng: err('object', j.name, r)
        if r['relation'] == 'holdsPosition' and not r.get('role'): err('no role', r)
        if r['year'] != year and not (r['relation'] == 'implements' and r['year'] == plan):
            err('year', j.name, r)
        k = (r['subject'], r['relation'], r['object'], r['year'], r.get('role'))
        if k in seen: err('duplicate relation', r)
        seen.add(k)
    parent = defaultdict(set); loc = defaultdict(set); recv = defaultdict(set); impl = defaultdict(set)
    for r in rels:
        if r['relation'] == 'partOf': parent[r['subject']].add(r['object'])
        if r['relation'] == 'locatedIn': loc[r['subject']].add(r['object'])
        if r['relation'] == 'receivedAward': recv[r['object']].add(r['subject'])
        if r['relation'] == 'implements': impl[r['object']].add(r['year'])
    lv = {c: next(iter(l)) for c, l in levels.items()}
    for c, l in lv.items():
        if l == 'Province':
            if parent[c]: err('province with parent', c)
            continue
        if len(parent[c]) != 1: err(j.name, 'partOf parents', c, parent[c]); continue
        x, chain = c, set()
        while lv.get(x) != 'Province':
            if x in chain or len(parent[x]) != 1: err('CHAIN BROKEN', j.name, c, 'at', x); break
            chain.add(x); x = next(iter(parent[x]))
    for c, t in canon.items():
        t = next(iter(t))
        if t in ('Project', 'Place', 'Organization'):
            n = len(loc[c])
            if c in NO_LOCATED_IN:
                if n: err('expected no locatedIn', c)
            elif n != 1: err(j.name, 'locatedIn count', c, loc[c])
        if t == 'Program' and not impl[c]: err(j.name, 'program not implemented', c)
    # every Program mention's section year is covered: report award receivers
    unreceived = [c for c, t in canon.items() if t == {'Award'} and not recv[c]]
    tc = Counter(e['type'] for e in ents); rc = Counter(r['relation'] for r in rels)
    print(f"{j.name}: {len(ents)} entities {dict(tc)}; {len(rels)} relations {dict(rc)}; "
          f"years {sorted({r['year'] for r in rels})}; awards to persons (no relation): {unreceived}")
print('ALL OK' if ok else 'ERRORS')
