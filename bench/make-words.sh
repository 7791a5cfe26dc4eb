#!/usr/bin/env bash
# Regenerates words.txt: the 4,000 most frequent plain English words of the manual pages and
# package documentation installed on this machine, most frequent first. Generated, not fetched,
# so the data set is reproducible offline. A word must occur in at least 25 separate documents,
# which drops identifiers, option names and proper nouns that one page repeats.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY' > words.txt
import collections, gzip, os, re
docs = collections.Counter()
total = collections.Counter()
word = re.compile(r"(?<![A-Za-z0-9_\\.-])[a-z]{3,12}(?![A-Za-z0-9_(-])")
roots = ["/usr/share/man/man1", "/usr/share/man/man5", "/usr/share/man/man7", "/usr/share/man/man8", "/usr/share/doc"]
for root in roots:
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            if not (f.endswith(".gz") or f == "copyright" or f.endswith(".txt") or f.startswith("README")):
                continue
            try:
                raw = gzip.open(p).read() if f.endswith(".gz") else open(p, "rb").read()
            except OSError:
                continue
            text = re.sub(r"\\f[BIRP]|\\\(..|^\.[A-Za-z]+", " ", raw.decode("utf-8", "replace"), flags=re.M)
            found = word.findall(text)
            total.update(found)
            docs.update(set(found))
ranked = sorted((w for w in docs if docs[w] >= 25), key=lambda w: (-total[w], w))
print("\n".join(ranked[:4000]))
PY
wc -l words.txt
