import json, sys, pathlib, re
d = pathlib.Path('/tmp/dev8')
name = sys.argv[1]; extra = sys.argv[2:]
recs = [json.loads(l) for l in open(d / f'{name}.jsonl')]
c = (d / 'texts' / f'{name}.txt').read_bytes().decode('utf-8-sig')
ents = [r for r in recs if r['kind'] == 'entity']
spans = {(e['start'], e['end']) for e in ents}
def inside(i, j):
    for e in ents:
        if e['start'] <= i and j <= e['end'] and (e['start'], e['end']) != (i, j):
            return e['text']
    return None
words = sorted({e['text'] for e in ents} | set(extra), key=len, reverse=True)
for w in words:
    for m in re.finditer(re.escape(w), c):
        i, j = m.start(), m.end()
        if (i, j) in spans: continue
        host = inside(i, j)
        print(f'{w}\t@{i}\t{"in:"+host if host else "UNANNOTATED"}\t…{c[max(0,i-12):j+12]}…'.replace('\n', '⏎'))
