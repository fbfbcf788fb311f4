# Convert HTML files to markdown with html2text (Debian's python3-html2text),
# default options, as a crawler that hands over whole pages does.
# Reads JSON [[html_path, out_path], ...] on stdin; the HTML is UTF-8 text.
import json, sys
import html2text

for src, dst in json.load(sys.stdin):
    with open(src, encoding='utf-8', errors='replace') as f:
        html = f.read()
    h = html2text.HTML2Text()
    try:
        md = h.handle(html)
    except Exception as e:  # a converter crash is an empty page to the bench
        sys.stderr.write(f'{src}: {e}\n')
        md = ''
    with open(dst, 'w', encoding='utf-8') as f:
        f.write(md)
