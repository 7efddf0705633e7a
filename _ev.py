import sys
from bench.privacy_corpus2 import build_corpus2
from bench.privacy_corpus import build_corpus
from bench.bench_anonymizer import evaluate, _table
which = sys.argv[1]
notes = build_corpus2()[0] if which == "tune" else build_corpus()
ev = evaluate(notes)
print(_table(ev))
print(ev.meaning_kept, ev.meaning_total, ev.retention)
if len(sys.argv) > 2:
    for m in ev.misses: print(m)
    print(ev.lost_words.most_common(60))
    print(ev.spurious.most_common(40))
