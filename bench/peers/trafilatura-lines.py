#!/usr/bin/env python3
"""trafilatura's main text of each page, one paragraph per line: the
"trafilatura" form of the line corpus (bench/build-corpus.js --trafilatura
runs this).

trafilatura is not a dependency: it is run from exported public sources of
trafilatura, courlan and htmldate (and a jusText checkout) on PYTHONPATH,
with Debian's python3-lxml and the small Debian packages docs/accuracy.md
lists. Reads JSON Lines {"id", "html"} (the page already decoded to text)
on stdin; writes {"id", "text"} per page, or {"id", "error"} when
trafilatura raises. A page where trafilatura finds no main text gets
"text": "".

Options: trafilatura's defaults (precision and recall balanced, fallback
extractors on, tables kept, no metadata), plain text output, comments left
out. trafilatura puts one paragraph, heading, list item or table row on a
line; that is kept as it comes.
"""
import json
import sys

import trafilatura

for raw in sys.stdin:
    job = json.loads(raw)
    try:
        text = trafilatura.extract(job["html"], output_format="txt", include_comments=False)
        print(json.dumps({"id": job["id"], "text": text or ""}), flush=True)
    except Exception as e:  # a page trafilatura cannot parse is reported, not dropped
        print(json.dumps({"id": job["id"], "error": f"{type(e).__name__}: {e}"[:200]}), flush=True)
