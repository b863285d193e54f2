"""`extractor report`: a batch output as one self-contained HTML page for a person to review (no network, no server).

Per document, its text with each claim's evidence highlighted and linked to the claim's row; the claims in one table
(filtered by subject, kind, round and verdict, a page at a time, so that a corpus of many thousand documents stays
quick); warnings where they sit in the text; and an overview chart of claims per subject and round, coloured by
verdict, as inline SVG. The text is the document's as the extractor reads it (the record's `text` where the batch
kept it, else the file read again), cut in Python into pieces that each name the claims covering them, so that the
page does no offset arithmetic (JavaScript counts UTF-16 units, offsets count code points).
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from string import Template
from typing import Any, get_args

from extractor.corpus.records import output_records
from extractor.models import Verdict
from extractor.reading.document import ReadError, read_document

VERDICTS = (*get_args(Verdict), "unverified")
"""The verdicts of `verify`, and "unverified" for a claim of an output that was not checked."""
COLOURS = {"confirmed": "#2e7d32", "not_reproduced": "#c62828", "unverifiable": "#9e9e9e", "unverified": "#5c6bc0"}
WARNING_SPAN = re.compile(r"\[(\d+):(\d+)\]")
"""Where a warning sits: the [start:end] it names."""
NO_SUBJECT = "(no subject)"
PAGE_ROWS = 100
LABEL_CHARS = 32
"""The most characters of a subject the chart writes beside its bar (joint submitters run long); the rest in its title."""


@dataclass
class Page:
    """What the page shows, as plain data for its script."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a batch output (JSON Lines), a line at a time."""
    with path.open("rb") as stream:
        yield from output_records(path, stream)


def document_text(record: dict[str, Any], base: Path) -> tuple[str | None, str | None]:
    """The text the record's offsets index, and why it is missing where it is: the record's own `text`, else its file
    (under `root` where the record names one, else `source` from `base`) read as the batch read it."""
    if isinstance(record.get("text"), str):
        return record["text"], None
    path = Path(record["root"]) / record["document"] if record.get("root") and record.get("document") else base / record["source"]
    try:
        return read_document(path).text, None
    except ReadError as error:
        return None, f"text not shown: {path}: {error}"


def pieces(text: str, claims: list[tuple[int, int, int]], warnings: list[tuple[int, int, int]]) -> list[list[Any]]:
    """The text cut at every edge of a claim's evidence or a warning's sentence: [text, claim ids, warning ids] each."""
    edges = sorted({0, len(text), *(edge for start, end, _ in claims + warnings for edge in (start, end) if 0 <= edge <= len(text))})
    cut = []
    for start, end in pairwise(edges):
        covering = [number for first, last, number in claims if first <= start and end <= last]
        warned = [number for first, last, number in warnings if first <= start and end <= last]
        cut.append([text[start:end], covering, warned])
    return cut


def round_of(claim: dict[str, Any]) -> str:
    return " ".join(part for part in (claim.get("suite"), f"v{claim['version']}" if claim.get("version") else None) if part) or "(no round)"


def build_page(records: Iterable[dict[str, Any]], base: Path) -> Page:
    """The documents and claims of a batch output, numbered in output order."""
    page = Page()
    for record in records:
        number = len(page.documents)
        entry: dict[str, Any] = {
            "source": record.get("document") or record["source"],
            "error": record.get("error"),
            "warnings": list(record.get("warnings") or []),
        }
        page.documents.append(entry)
        if entry["error"]:
            continue
        spans = []
        for claim in record.get("claims") or []:
            verification = claim.get("verification") or {}
            identity = len(page.claims)
            page.claims.append(
                {
                    "id": identity,
                    "doc": number,
                    "kind": claim["kind"],
                    "subject": claim.get("subject") or NO_SUBJECT,
                    "system": claim.get("system"),
                    "rank": claim.get("rank"),
                    "count": claim.get("count"),
                    "total": claim.get("total"),
                    "round": round_of(claim),
                    "model": claim.get("model"),
                    "scenario": claim.get("scenario"),
                    "value": claim.get("value"),
                    "unit": claim.get("unit"),
                    "rule": claim.get("rule"),
                    "verdict": verification.get("verdict", "unverified"),
                    "reason": verification.get("reason"),
                    "rows": verification.get("rows", []),
                    "evidence": claim["evidence"]["text"],
                }
            )
            spans.append((claim["evidence"]["start"], claim["evidence"]["end"], identity))
        text, missing = document_text(record, base)
        if missing:
            entry["warnings"].append(missing)
        placed = [
            (int(m.group(1)), int(m.group(2)), index)
            for index, warning in enumerate(entry["warnings"])
            if (m := WARNING_SPAN.search(warning))
        ]
        entry["pieces"] = pieces(text, spans, placed) if text is not None else []
    return page


def chart(claims: list[dict[str, Any]]) -> str:
    """Claims per subject (one bar each, most claims first) and round (a segment each), coloured by verdict, as SVG."""
    per_subject: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for claim in claims:
        per_subject[claim["subject"]][claim["round"], claim["verdict"]] += 1
    subjects = sorted(per_subject, key=lambda subject: (-sum(per_subject[subject].values()), subject))
    most = max((sum(counts.values()) for counts in per_subject.values()), default=1)
    label_width, bar_width, row = 240, 560, 22
    height = row * len(subjects) + 40
    parts = [
        (
            f'<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="{label_width + bar_width + 60}" height="{height}" '
            'role="img" aria-label="claims per subject and round, coloured by verdict">'
        )
    ]
    for index, verdict in enumerate(VERDICTS):
        left = label_width + index * 140
        parts.append(
            f'<rect x="{left}" y="4" width="12" height="12" fill="{COLOURS[verdict]}"/>'
            f'<text x="{left + 16}" y="15" class="legend">{verdict.replace("_", " ")}</text>'
        )
    for position, subject in enumerate(subjects):
        y = 30 + position * row
        counts = per_subject[subject]
        total = sum(counts.values())
        label = subject if len(subject) <= LABEL_CHARS else subject[: LABEL_CHARS - 1] + "…"
        parts.append(
            f'<g class="bar" data-subject="{html.escape(subject)}"><text x="{label_width - 6}" y="{y + 14}" text-anchor="end">'
            f"<title>{html.escape(subject)}</title>{html.escape(label)}</text>"
        )
        x: float = label_width
        for (round_name, verdict), count in sorted(counts.items(), key=lambda item: (item[0][0], VERDICTS.index(item[0][1]))):
            width = bar_width * count / most
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{row - 6}" fill="{COLOURS[verdict]}" stroke="#fff" '
                f'data-round="{html.escape(round_name)}" data-verdict="{verdict}"><title>{html.escape(subject)} · '
                f"{html.escape(round_name)} · {verdict.replace('_', ' ')}: {count}</title></rect>"
            )
            x += width
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 14}" class="total">{total}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def render(page: Page, title: str) -> str:
    """The whole HTML page: styles, the chart, the filters, the claims table and the document view, with its data as
    JSON that its script renders a page of rows and one document at a time."""
    data = json.dumps(
        {"documents": page.documents, "claims": page.claims, "pageRows": PAGE_ROWS, "verdicts": VERDICTS},
        ensure_ascii=False,
        separators=(",", ":"),
    ).replace("</", "<\\/")
    errors = sum(1 for document in page.documents if document["error"])
    summary = f"{len(page.documents)} documents, {len(page.claims)} claims, {errors} errors"
    return TEMPLATE.substitute(
        title=html.escape(title), summary=html.escape(summary), chart=chart(page.claims), data=data, style=STYLE, script=SCRIPT
    )  # one pass: no text of a document is read as a placeholder


def write_report(output: Path, report: Path, base: Path | None = None) -> Page:
    """Read a batch output and write its review page; file paths of records without a root start from `base` (the
    current folder by default)."""
    page = build_page(read_records(output), base or Path())
    report.write_text(render(page, f"Claims of {output.name}"), encoding="utf-8")
    return page


STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 20px;background:#263238;color:#fff}header h1{margin:0;font-size:18px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;padding:16px 20px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px;overflow:auto}
#overview{grid-column:1/3}#chart text{font-size:12px}#chart .legend{font-size:11px}
.filters{display:flex;gap:10px;flex-wrap:wrap;margin-bottom:8px}.filters label{font-size:12px;color:#555}
table{border-collapse:collapse;width:100%;font-size:12px}th,td{border-bottom:1px solid #eee;padding:3px 5px;text-align:left;vertical-align:top}
tbody tr{cursor:pointer}tbody tr:hover{background:#f1f8ff}tr.focus{background:#fff3c4}
.verdict{font-weight:600;white-space:nowrap}.v-confirmed{color:#2e7d32}.v-not_reproduced{color:#c62828}.v-unverifiable{color:#757575}.v-unverified{color:#5c6bc0}
#text{white-space:pre-wrap;font-size:13px;max-height:70vh;overflow:auto}
mark{background:#ffe082;cursor:pointer;border-radius:2px}mark.focus{background:#ffb300;outline:2px solid #e65100}
.warned{text-decoration:underline wavy #e65100}.warning{color:#e65100;font-size:12px}.error{color:#c62828}
.pager{margin-top:6px;font-size:12px}button{font-size:12px}
"""

SCRIPT = r"""
const DATA = JSON.parse(document.getElementById('data').textContent);
const claims = DATA.claims, docs = DATA.documents;
const state = {subject: '', kind: '', round: '', verdict: '', page: 0, doc: -1, focus: -1};
const filterNames = ['subject', 'kind', 'round', 'verdict'];
let shown = claims;

function fill(name) {
  const select = document.getElementById('filter-' + name);
  const values = [...new Set(claims.map(c => c[name]))].sort();
  for (const value of values) select.add(new Option(value, value));
  select.addEventListener('change', () => { state[name] = select.value; state.page = 0; update(); });
}
function cell(text) { const td = document.createElement('td'); td.textContent = text == null ? '' : String(text); return td; }
function update() {
  shown = claims.filter(c => filterNames.every(name => !state[name] || c[name] === state[name]));
  const pages = Math.max(1, Math.ceil(shown.length / DATA.pageRows));
  state.page = Math.min(state.page, pages - 1);
  const body = document.getElementById('rows');
  const rows = [];
  for (const c of shown.slice(state.page * DATA.pageRows, (state.page + 1) * DATA.pageRows)) {
    const tr = document.createElement('tr');
    tr.id = 'claim-' + c.id; tr.dataset.claim = c.id; tr.dataset.subject = c.subject; tr.dataset.verdict = c.verdict;
    const value = c.value == null ? '' : c.value + (c.unit ? ' ' + c.unit : '');
    const counted = c.count == null ? '' : c.count + (c.total == null ? '' : '/' + c.total);
    for (const text of [docs[c.doc].source, c.kind, c.subject, c.system, c.rank, counted, c.round, c.model, c.scenario, value, c.rule]) tr.append(cell(text));
    const verdict = cell(c.verdict.replace('_', ' ')); verdict.className = 'verdict v-' + c.verdict;
    verdict.title = [c.reason, ...c.rows].filter(Boolean).join('\n');
    tr.append(verdict);
    if (c.id === state.focus) tr.className = 'focus';
    tr.addEventListener('click', () => showDocument(c.doc, c.id));
    rows.push(tr);
  }
  body.replaceChildren(...rows);
  document.getElementById('count').textContent = shown.length + ' of ' + claims.length + ' claims, page ' + (state.page + 1) + ' of ' + pages;
}
function showDocument(number, focus) {
  const doc = docs[number];
  state.doc = number; state.focus = focus;
  document.getElementById('doc-select').value = String(number);
  document.getElementById('doc-title').textContent = doc.source;
  const text = document.getElementById('text'), notes = document.getElementById('notes');
  const nodes = [];
  for (const [piece, ids, warned] of doc.pieces || []) {
    let node;
    if (ids.length) {
      node = document.createElement('mark');
      node.dataset.claims = ids.join(' ');
      node.title = ids.map(id => '#' + id + ' ' + claims[id].kind + ' · ' + claims[id].subject).join('\n');
      if (ids.includes(focus)) node.className = 'focus';
      node.addEventListener('click', () => focusClaim(ids[0]));
    } else node = document.createElement('span');
    if (warned.length) { node.classList.add('warned'); node.title = warned.map(w => doc.warnings[w]).join('\n'); }
    node.textContent = piece;
    nodes.push(node);
  }
  text.replaceChildren(...nodes);
  const lines = [];
  if (doc.error) { const p = document.createElement('p'); p.className = 'error'; p.textContent = 'error: ' + doc.error; lines.push(p); }
  for (const warning of doc.warnings) { const p = document.createElement('p'); p.className = 'warning'; p.textContent = 'warning: ' + warning; lines.push(p); }
  notes.replaceChildren(...lines);
  const marked = text.querySelector('mark.focus');
  if (marked) marked.scrollIntoView({block: 'center'});
  update();
}
function focusClaim(id) {
  const c = claims[id];
  if (!filterNames.every(name => !state[name] || c[name] === state[name])) {
    for (const name of filterNames) { state[name] = ''; document.getElementById('filter-' + name).value = ''; }
  }
  state.focus = id;
  shown = claims.filter(x => filterNames.every(name => !state[name] || x[name] === state[name]));
  state.page = Math.floor(shown.indexOf(c) / DATA.pageRows);
  showDocument(c.doc, id);
  document.getElementById('claim-' + id).scrollIntoView({block: 'center'});
}
filterNames.forEach(fill);
const picker = document.getElementById('doc-select');
docs.forEach((doc, number) => picker.add(new Option(doc.source + (doc.error ? ' (error)' : ''), String(number))));
picker.addEventListener('change', () => showDocument(Number(picker.value), -1));
document.getElementById('previous').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); update(); });
document.getElementById('next').addEventListener('click', () => { state.page += 1; update(); });
if (docs.length) showDocument(0, -1); else update();
document.body.dataset.ready = 'true';
"""

TEMPLATE = Template("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${style}</style></head>
<body>
<header><h1>${title}</h1><div id="summary">${summary}</div></header>
<main>
<section id="overview"><h2>Claims per subject and round</h2>${chart}</section>
<section id="claims">
<div class="filters">
<label>subject <select id="filter-subject"><option value="">all</option></select></label>
<label>kind <select id="filter-kind"><option value="">all</option></select></label>
<label>round <select id="filter-round"><option value="">all</option></select></label>
<label>verdict <select id="filter-verdict"><option value="">all</option></select></label>
</div>
<table><thead><tr><th>document</th><th>kind</th><th>subject</th><th>system</th><th>rank</th><th>count/total</th><th>round</th>
<th>model</th><th>scenario</th><th>value</th><th>rule</th><th>verdict</th></tr></thead><tbody id="rows"></tbody></table>
<div class="pager"><button id="previous">previous</button> <span id="count"></span> <button id="next">next</button></div>
</section>
<section id="document">
<label>document <select id="doc-select"></select></label>
<h3 id="doc-title"></h3><div id="notes"></div><div id="text"></div>
</section>
</main>
<script type="application/json" id="data">${data}</script>
<script>${script}</script>
</body></html>
""")
