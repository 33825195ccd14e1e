"""List every occurrence of an annotated surface or canonical name that no span covers."""
import json, sys
from pathlib import Path
B = Path('/tmp/dev7')
for j in sorted(B.glob('*.jsonl')):
    if len(sys.argv) > 1 and j.stem not in sys.argv[1:]: continue
    recs = [json.loads(l) for l in j.read_text(encoding='utf-8').splitlines()]
    p = recs[0]; content = (B / 'texts' / p['source']).read_text(encoding='utf-8')
    ents = [r for r in recs if r['kind'] == 'entity']
    covered = [(e['start'], e['end']) for e in ents]
    strings = {e['text'] for e in ents} | {e['canonical'] for e in ents}
    out = set()
    for s in strings:
        i = content.find(s)
        while i >= 0:
            if not any(a <= i and i + len(s) <= b for a, b in covered):
                out.add((i, s, content[max(0, i-8):i+len(s)+8].replace('\n', ' ')))
            i = content.find(s, i + 1)
    print('==', j.name)
    for i, s, ctx in sorted(out): print(f'  {i:5d} {s}  …{ctx}…')
