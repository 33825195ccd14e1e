#!/usr/bin/env python3
"""Build dev8 gold files from inline markup.

src/NAME.mk  : text with markup [[surface|TYPE|canonical]] (canonical optional);
               TYPE is L.Level (Locality), PJ, PG, A, PL, O, PE.
src/NAME.rel : relation lines  subject|relation|object|year[|role]  ('#' comments).
First line of NAME.rel: '@ home|year'.
"""
import json, re, sys
from pathlib import Path
from collections import Counter, defaultdict

BASE = Path('/tmp/dev8')
TYPES = {'PJ': 'Project', 'PG': 'Program', 'A': 'Award', 'PL': 'Place',
         'O': 'Organization', 'PE': 'Person'}
LEVELS = {'Province', 'City', 'County', 'Township', 'Village'}
MARK = re.compile(r'\[\[([^\[\]|]+)\|([^\[\]|]+)(?:\|([^\[\]|]+))?\]\]')
DOMAIN = {
    'receivedAward': ({'Locality', 'Place', 'Organization', 'Project'}, {'Award'}),
    'implements': ({'Locality'}, {'Program'}),
    'locatedIn': ({'Project', 'Place', 'Organization'}, {'Locality'}),
    'partOf': ({'Locality'}, {'Locality'}),
    'holdsPosition': ({'Person'}, {'Locality'}),
}

def build(name):
    mk = (BASE / 'src' / f'{name}.mk').read_text(encoding='utf-8')
    out, ents, pos = [], [], 0
    last = 0
    for m in MARK.finditer(mk):
        out.append(mk[last:m.start()]); pos += m.start() - last
        surface, typ, canon = m.group(1), m.group(2), m.group(3) or m.group(1)
        e = {'text': surface, 'start': pos, 'end': pos + len(surface)}
        if typ.startswith('L.'):
            lvl = typ[2:]
            assert lvl in LEVELS, (name, m.group(0))
            e.update(type='Locality', level=lvl)
        else:
            assert typ in TYPES, (name, m.group(0))
            e['type'] = TYPES[typ]
        e['canonical'] = canon
        ents.append(e)
        out.append(surface); pos += len(surface); last = m.end()
    out.append(mk[last:])
    text = ''.join(out)
    assert '[[' not in text and ']]' not in text and '|' not in text, name
    (BASE / 'texts' / f'{name}.txt').write_text(text, encoding='utf-8')
    content = (BASE / 'texts' / f'{name}.txt').read_bytes().decode('utf-8-sig')
    assert content == text
    lines = [l.strip() for l in (BASE / 'src' / f'{name}.rel').read_text(encoding='utf-8').splitlines()]
    lines = [l for l in lines if l and not l.startswith('#')]
    home, year = lines[0][1:].strip().split('|'); year = int(year)
    pid = f'{name}-01'
    recs = [{'kind': 'passage', 'id': pid, 'source': f'{name}.txt', 'start': 0,
             'end': len(content), 'home': home, 'year': year}]
    canon_types = defaultdict(set); levels = defaultdict(set)
    for e in ents:
        assert content[e['start']:e['end']] == e['text']
        canon_types[e['canonical']].add(e['type'])
        if e['type'] == 'Locality': levels[e['canonical']].add(e['level'])
        r = {'kind': 'entity', 'passage': pid, 'text': e['text'], 'start': e['start'],
             'end': e['end'], 'type': e['type']}
        if 'level' in e: r['level'] = e['level']
        r['canonical'] = e['canonical']
        recs.append(r)
    problems = []
    for c, t in canon_types.items():
        if len(t) > 1: problems.append(f'canonical {c} has types {t}')
    for c, l in levels.items():
        if len(l) > 1: problems.append(f'locality {c} has levels {l}')
    assert home in canon_types and canon_types[home] == {'Locality'}, home
    rels, seen = [], set()
    for l in lines[1:]:
        parts = l.split('|')
        s, rel, o = parts[0], parts[1], parts[2]
        y = int(parts[3]) if len(parts) > 3 and parts[3] else year
        role = parts[4] if len(parts) > 4 else None
        dom, rng = DOMAIN[rel]
        if s not in canon_types: problems.append(f'subject not annotated: {l}')
        elif not canon_types[s] & dom: problems.append(f'bad subject type: {l}')
        if o not in canon_types: problems.append(f'object not annotated: {l}')
        elif not canon_types[o] & rng: problems.append(f'bad object type: {l}')
        if rel == 'holdsPosition' and not role: problems.append(f'no role: {l}')
        key = (s, rel, o, y, role)
        if key in seen: problems.append(f'duplicate: {l}')
        seen.add(key)
        r = {'kind': 'relation', 'passage': pid, 'subject': s, 'relation': rel, 'object': o, 'year': y}
        if role: r['role'] = role
        rels.append(r)
    recs += rels
    with open(BASE / f'{name}.jsonl', 'w', encoding='utf-8') as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # coverage report
    has = defaultdict(set)
    for r in rels: has[(r['subject'], r['relation'])].add(r['object'])
    objs = defaultdict(set)
    for r in rels: objs[(r['object'], r['relation'])].add(r['subject'])
    notes = []
    for c, t in canon_types.items():
        t = next(iter(t))
        if t in ('Place', 'Project', 'Organization') and not has[(c, 'locatedIn')]:
            notes.append(f'no locatedIn: {c}')
        if t == 'Locality' and 'Province' not in levels[c] and not has[(c, 'partOf')]:
            notes.append(f'no partOf: {c}')
        if t == 'Award' and not objs[(c, 'receivedAward')]:
            notes.append(f'award unreceived: {c}')
        if t == 'Program' and not objs[(c, 'implements')]:
            notes.append(f'program unimplemented: {c}')
        if t == 'Person' and not has[(c, 'holdsPosition')]:
            notes.append(f'person without position: {c}')
        if t == 'Locality' and has[(c, 'partOf')] and len(has[(c, 'partOf')]) > 1:
            notes.append(f'several parents: {c} {has[(c, "partOf")]}')
    han = len(re.findall(r'[\u4e00-\u9fff]', content))
    tc = Counter(e['type'] for e in ents); rc = Counter(r['relation'] for r in rels)
    return dict(name=name, chars=len(content), han=han, ents=tc, rels=rc,
                problems=problems, notes=notes, n_ent=len(ents), n_rel=len(rels))

if __name__ == '__main__':
    names = sys.argv[1:] or sorted(p.stem for p in (BASE / 'src').glob('*.mk'))
    T, R = Counter(), Counter()
    for n in names:
        res = build(n)
        T += res['ents']; R += res['rels']
        print(f"== {n}: {res['chars']} chars, {res['han']} Han, {res['n_ent']} entities, {res['n_rel']} relations")
        print('   ', dict(res['ents'])); print('   ', dict(res['rels']))
        for p in res['problems']: print('  PROBLEM', p)
        for p in res['notes']: print('  note', p)
    print('TOTAL entities', sum(T.values()), dict(T)); print('TOTAL relations', sum(R.values()), dict(R))
