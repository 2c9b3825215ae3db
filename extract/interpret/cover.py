"""The cover: department, title and year, status, who compiled and reviewed."""
from __future__ import annotations

import regex

from extract.blocks import Line
from extract.textclean import clean, squash

_YEAR = regex.compile(r"((?:19|20)\d{2})\s*年")
_TITLE = regex.compile(r"((?:19|20)\d{2}\s*年\s*(?:度\s*)?.{0,20}?(?:绩效文本|绩效目标|预算绩效|绩效目标文本|绩效目标表|绩效).{0,6})$")
_STATUS = regex.compile(r"^[（(【\[]\s*(草\s*案|送\s*审\s*稿|征求意见稿|报批稿|初稿|修订稿|定稿)\s*[)）】\]]$")
_COMPILED = regex.compile(r"^(.+?)\s*(?:编\s*制|编\s*报)$")
_REVIEWED = regex.compile(r"^(.+?)\s*审\s*核$")
_DATE = regex.compile(r"^(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$|^[〇○零一二三四五六七八九十]{4}年")


def parse(lines: list[Line]) -> dict:
    doc = {"title": None, "department": None, "department_code": None, "year": None,
           "status": None, "compiled_by": None, "reviewed_by": None}
    rest = []
    for line in lines:
        text = clean(line.text)
        if not text:
            continue
        if doc["status"] is None and (m := _STATUS.match(text)):
            doc["status"] = squash(m.group(1))
        elif doc["reviewed_by"] is None and (m := _REVIEWED.match(text)):
            doc["reviewed_by"] = m.group(1)
        elif doc["compiled_by"] is None and (m := _COMPILED.match(text)):
            doc["compiled_by"] = m.group(1)
        elif doc["title"] is None and (m := _TITLE.search(text)):
            doc["title"] = m.group(1)
            before = text[: m.start()].strip()
            if before:  # "XX局2020年部门预算绩效文本" on one line
                rest.append(before)
        elif _DATE.match(text):
            continue
        else:
            rest.append(text)
    if doc["title"]:
        m = _YEAR.search(doc["title"])
        doc["year"] = int(m.group(1)) if m else None
    for text in rest:
        if len(text) <= 40 and not regex.search(r"[。；，]", text):
            doc["department"] = text
            break
    if doc["department"] is None and doc["compiled_by"]:
        doc["department"] = doc["compiled_by"]
    return doc
