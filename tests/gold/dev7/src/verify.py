import json
from pathlib import Path
B = Path('/tmp/dev7')
ok = True
for j in sorted(B.glob('*.jsonl')):
    recs = [json.loads(l) for l in j.read_text(encoding='utf-8').splitlines()]
    P = [r for r in recs if r['kind'] == 'passage']; assert len(P) == 1
    p = P[0]
    content = (B / 'texts' / p['source']).read_bytes().decode('utf-8-sig')
    assert p['start'] == 0 and p['end'] == len(content), j
    ents = [r for r in recs if r['kind'] == 'entity']
    rels = [r for r in recs if r['kind'] == 'relation']
    canon = {}
    for e in ents:
        assert e['passage'] == p['id']
        if content[e['start']:e['end']] != e['text']: print('OFFSET', j, e); ok = False
        assert (e['type'] == 'Locality') == ('level' in e), e
        canon.setdefault(e['canonical'], set()).add(e['type'])
    # overlapping spans
    s = sorted(ents, key=lambda e: e['start'])
    for a, b in zip(s, s[1:]):
        if b['start'] < a['end']: print('OVERLAP', j, a['text'], b['text']); ok = False
    for r in rels:
        for k in ('subject', 'object'):
            if r[k] not in canon: print('MISSING', j, r); ok = False
    assert p['home'] in canon
    parent = {}
    for r in rels:
        if r['relation'] == 'partOf': parent.setdefault(r['subject'], []).append(r['object'])
    lv = {e['canonical']: e['level'] for e in ents if e['type'] == 'Locality'}
    for c, l in lv.items():
        x, seen = c, set()
        while lv.get(x) != 'Province':
            if x in seen or x not in parent: print('CHAIN BROKEN', j, c, 'at', x); ok = False; break
            seen.add(x); x = parent[x][0]
    print(j.name, len(ents), 'entities', len(rels), 'relations', 'years', sorted({r['year'] for r in rels}))
print('ALL OK' if ok else 'ERRORS')

# ---- extra checks (dev7) ----
import re
from collections import defaultdict
ok2 = True
for j in sorted(B.glob('*.jsonl')):
    recs = [json.loads(l) for l in j.read_text(encoding='utf-8').splitlines()]
    p = [r for r in recs if r['kind'] == 'passage'][0]
    raw = (B / 'texts' / p['source']).read_bytes()
    assert not raw.startswith(b'\xef\xbb\xbf') and b'\r' not in raw, j
    content = raw.decode('utf-8')
    ents = [r for r in recs if r['kind'] == 'entity']
    rels = [r for r in recs if r['kind'] == 'relation']
    types = {e['canonical']: e['type'] for e in ents}
    for e in ents:
        if e['type'] == 'Locality': assert e['level'] in {'Province','City','County','Township','Village'}
    m = re.search(r'\n二、(\d{4})年', content)
    plan_at, plan_year = m.start(), int(m.group(1))
    parents = defaultdict(set); loc = defaultdict(set); impl = set()
    for r in rels:
        if r['relation'] == 'partOf': parents[r['subject']].add(r['object'])
        if r['relation'] == 'locatedIn': loc[r['subject']].add(r['object'])
        if r['relation'] == 'implements': impl.add((r['subject'], r['object'], r['year']))
        if r['relation'] == 'holdsPosition': assert r.get('role'), r
        if r['year'] not in (p['year'], plan_year) and r['relation'] != 'receivedAward':
            print('YEAR?', j.name, r)
    for e in ents:
        c = e['canonical']
        if e['type'] == 'Locality' and e['level'] != 'Province' and len(parents[c]) != 1:
            print('PARENTS', j.name, c, parents[c]); ok2 = False
        if e['type'] in ('Project', 'Place', 'Organization') and len(loc[c]) != 1:
            print('LOCATEDIN', j.name, c, loc[c]); ok2 = False
        if e['type'] == 'Program':
            y = p['year'] if e['start'] < plan_at else plan_year
            if (p['home'], c, y) not in impl:
                print('NO IMPLEMENTS', j.name, c, y); ok2 = False
    for r in rels:
        if r['relation'] == 'implements':
            # every implements relation must be backed by a mention in its section
            y = r['year']
            ms = [e for e in ents if e['canonical'] == r['object'] and ((e['start'] < plan_at) == (y == p['year']))]
            if not ms: print('IMPLEMENTS WITHOUT MENTION IN SECTION', j.name, r); ok2 = False
print('EXTRA OK' if ok2 else 'EXTRA ERRORS')
