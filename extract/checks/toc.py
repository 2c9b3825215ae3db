"""The 目录 (table of contents) of part 2 against the 绩效目标表 found.

Entries and tables are paired by title (whitespace, numbering and width
folded), then leftovers by similarity.  Page numbers are compared only for
PDFs, and never directly: printed page numbers start after the cover and the
目录, so they trail the PDF page index by a constant.  That constant is the
offset most entries share (ties go to the earliest entries: a stale 目录 drifts
after the first table that grew); only entries off that offset are flagged.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from difflib import SequenceMatcher


from jixiao.extract.checks.issue import project_label
from jixiao.extract.record import Issue, IssueCode, Project, Record, TocEntry
from jixiao.normalize import lazy_regex

_NUMBERING = lazy_regex.compile(r"^(?:\d+\s*[、.．]|[（(]?[一二三四五六七八九十]+[）)、]|[（(]\d+[）)])\s*")
_LEADER_AND_PAGE = lazy_regex.compile(r"[.…·\-—_\s]{2,}\d*\s*$")
_SPACE = lazy_regex.compile(r"\s+")
SIMILAR_ENOUGH = 0.6


def title_key(title: str | None) -> str:
    t = unicodedata.normalize("NFKC", title or "").strip()
    t = _LEADER_AND_PAGE.sub("", t)
    t = _NUMBERING.sub("", t)
    return _SPACE.sub("", t)


def run(record: Record) -> list[Issue]:
    entries = [t for t in record.toc if t.part == 2]
    projects = list(record.projects)
    if not entries:
        return []  # a draft without a 目录 has nothing to cross-check
    pairs, lone_entries, lone_projects = pair(entries, projects)
    out: list[Issue] = []
    for entry, p in pairs:
        if title_key(entry.title) != title_key(p.title):
            out.append(Issue.at(IssueCode.TOC_TITLE_MISMATCH, "info",
                             f"{project_label(p)}: the 目录 calls it '{entry.title}' but the table is titled '{p.title}' "
                             f"(the table of contents and the table disagree)", project=p))
    for entry in lone_entries:
        out.append(Issue.at(IssueCode.TOC_WITHOUT_TABLE, "warning",
                         f"目录 part 2 lists '{entry.title}' (page {entry.page}) but no such 绩效目标表 was found "
                         f"(the table is missing or could not be read)"))
    for p in lone_projects:
        out.append(Issue.at(IssueCode.TABLE_WITHOUT_TOC, "warning",
                         f"{project_label(p)}: the table '{p.title}' has no entry in the 目录 (table of contents)", project=p))
    if record.source.format == "pdf":
        out.extend(_page_offsets(pairs))
    return out


def pair(entries: list[TocEntry], projects: list[Project]):
    free = list(projects)
    pairs: list[tuple[TocEntry, Project]] = []
    lone: list[TocEntry] = []
    for entry in entries:
        key = title_key(entry.title)
        match = next((p for p in free if title_key(p.title) == key), None)
        if match is None:
            lone.append(entry)
        else:
            free.remove(match)
            pairs.append((entry, match))
    lone_entries = []
    for entry in lone:
        key = title_key(entry.title)
        scored = [(SequenceMatcher(None, key, title_key(p.title)).ratio(), p) for p in free]
        best = max(scored, key=lambda s: s[0], default=(0.0, None))
        if best[1] is not None and best[0] >= SIMILAR_ENOUGH:
            free.remove(best[1])
            pairs.append((entry, best[1]))
        else:
            lone_entries.append(entry)
    pairs.sort(key=lambda ep: projects.index(ep[1]))
    return pairs, lone_entries, free


def _page_offsets(pairs: list[tuple[TocEntry, Project]]) -> list[Issue]:
    known = [(e, p, p.page - e.page) for e, p in pairs if isinstance(e.page, int) and isinstance(p.page, int)]
    if len(known) < 2:
        return []
    counts = Counter(off for _, _, off in known)
    top = max(counts.values())
    common = next(off for _, _, off in known if counts[off] == top)
    out = []
    for entry, p, off in known:
        if off != common:
            out.append(Issue.at(IssueCode.TOC_PAGE, "info",
                             f"{project_label(p)}: the 目录 gives page {entry.page}, but the table starts on PDF page {p.page}; "
                             f"for the other entries the PDF page is the printed number {common:+d}, so the 目录 should say "
                             f"{p.page - common} (the table of contents is out of date)", project=p))
    return out
