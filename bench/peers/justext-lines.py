#!/usr/bin/env python3
"""jusText's paragraphs of each page, one per line: the "justext" form of
the line corpus (bench/build-corpus.js runs this).

jusText is not a dependency: it is run from a checkout of its public
sources (PYTHONPATH=<checkout>) with Debian's python3-lxml. Reads JSON Lines
{"id", "path", "lang"} (a page file) or {"id", "html", "lang"} (markup given
inline: bench/eval-lines.js --peer hands it a text, one <p> per line) on
stdin; writes {"id", "text"} (its good paragraphs) or {"id", "error"} per page. The stoplist is English for English pages and,
for other languages, the one of jusText's lists that covers most of the
page's words (its README's advice when the language is unknown).
"""
import json
import re
import sys

import justext

WORD = re.compile(r"\w+", re.UNICODE)
LISTS = {name: justext.get_stoplist(name) for name in justext.get_stoplists()}


def stoplist_for(html, lang):
    if lang == "en":
        return LISTS["English"]
    text = re.sub(r"<[^>]+>", " ", html.decode("utf-8", "replace"))
    words = [w.lower() for w in WORD.findall(text)][:5000]
    best = max(LISTS, key=lambda name: sum(1 for w in words if w in LISTS[name]))
    return LISTS[best]


for raw in sys.stdin:
    job = json.loads(raw)
    try:
        if "html" in job:
            html = job["html"].encode("utf-8")
        else:
            with open(job["path"], "rb") as f:
                html = f.read()
        paragraphs = justext.justext(html, stoplist_for(html, job["lang"]))
        text = "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
        print(json.dumps({"id": job["id"], "text": text}), flush=True)
    except Exception as e:  # a page jusText cannot parse is reported, not dropped
        print(json.dumps({"id": job["id"], "error": str(e)[:200]}), flush=True)
