"""The cover: department, title and year, status, who compiled and reviewed."""
from __future__ import annotations

import regex

from jixiao.extract.blocks import Line
from jixiao.extract.interpret.lexicon import ORG_ENDINGS
from jixiao.extract.interpret.numbers import chinese_int
from jixiao.extract.interpret.segment import department_line
from jixiao.extract.textclean import clean, squash
from jixiao.normalize import lazy_regex

# Digits letter-spaced by a printer driver or a justified title (2 0 2 5年度) are a year too.
_YEAR = lazy_regex.compile(r"((?:1 ?9|2 ?0) ?\d ?\d)\s*年")
_CN_YEAR = lazy_regex.compile(r"([〇○零一二三四五六七八九]{4})\s*年")
# The title names the year and the genre; a department name may stand before it
# on the same line ("XX局2020年部门预算绩效文本").
_TITLE = lazy_regex.compile(r"((?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:度\s*)?.{0,24}?绩效.{0,12})$|^(.{0,30}绩效(?:文本|目标).{0,12}?[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:度)?\s*[)）].{0,6})$"
                    # A budget book's cover: "中国地震局2023年部门预算".
                    r"|((?:19|20)\d{2}\s*年\s*(?:度\s*)?部门预算)$")
# A site's navigation path (首页 > 信息公开 > …) names neither the document nor its department.
_BREADCRUMB = lazy_regex.compile(r"\S\s*[>＞»]\s*\S")
_FORM_TITLE_END = lazy_regex.compile(r"(?:绩效目标|绩效指标)(?:申报|批复|审批|审核)?表$")
# A portal's headline (XX局2024年项目支出绩效目标公开, …（第三批）) names what it publishes, and whose;
# a cover's XX局2024年度项目支出绩效目标 is the title after its department.
_PUBLISHED = lazy_regex.compile(r"绩效目标(?:信息)?公开(?:[（(][^()（）]{1,8}[)）])?$")
# A public account's or portal's column before its headline (信息公开｜XX局2025年…): the column's
# name, not the department's.
_COLUMN = lazy_regex.compile(r"^[^｜|]{2,8}(?:公开|动态|专栏|公示)\s*[｜|]\s*")
_ORG_END = lazy_regex.compile(rf"(?:{ORG_ENDINGS})$")
_STATUS = lazy_regex.compile(r"^[（(【\[]\s*(草\s*案|送\s*审\s*稿|征求意见稿|报批稿|初稿|修订稿|定稿)\s*[)）】\]]$")
# XX局编制 / XX局审核 under the title, or labelled: 编制单位（盖章）：XX局, 审核单位：XX财政局
# (a body, never a person: 审核人：… names who signs and fills no field).
_COMPILED = lazy_regex.compile(r"^(.+?)\s*(?:编\s*制|编\s*报)$|^(?:编\s*制|编\s*报)\s*(?:单\s*位|部\s*门|机\s*关)"
                               r"\s*(?:[（(]\s*(?:盖章|公章|章)\s*[)）])?\s*[:：]\s*(.+?)\s*(?:[（(]\s*(?:盖章|公章)\s*[)）])?$")
# Where the seal goes (XX局（盖章）编制): a note to whoever signs, not part of the name.
_SEAL_NOTE = lazy_regex.compile(r"\s*[（(]\s*(?:盖\s*章|公\s*章|签\s*章|章)\s*[)）]\s*$")
_REVIEWED = lazy_regex.compile(r"^(.+?)\s*审\s*核$|^审\s*核\s*(?:单\s*位|部\s*门|机\s*关)"
                               r"\s*(?:[（(]\s*(?:盖章|公章|章)\s*[)）])?\s*[:：]\s*(.+?)\s*(?:[（(]\s*(?:盖章|公章)\s*[)）])?$")
_DATE = lazy_regex.compile(r"^(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$|^[〇○零一二三四五六七八九十]{4}年")


# A workbook's or form's instructions (填表说明, 填报说明, 注) head no department.
_INSTRUCTIONS = lazy_regex.compile(r"(?:填表|填报|编制)?说明$|^注[:：]?$")
_LABELLED = lazy_regex.compile(r"(?:部门|单位|编码|代码)\s*[:：]")
# A notice's heading (关于批复XX局2023年度项目支出绩效目标的通知) names the department after its verb.
_NOTICE = lazy_regex.compile(r"^关于(?:批复|下达|印发|公布|公开|报送|审核|审批|核定)?")

# 附件：… (附件1：…) introduces the attachment by its name: the name is the title.
_ATTACHMENT = lazy_regex.compile(r"^附件\s*[\d一二三四五六七八九十]*\s*[:：]\s*")
# 附件3 on a line of its own marks an attachment; it names no one.
_ATTACHMENT_MARK = lazy_regex.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*[:：]?$")
# A web capture of an attachment names the file: its suffix is not part of the title.
_FILE_SUFFIX = lazy_regex.compile(r"\.(?:docx?|xlsx?|wps|et|pdf)$", regex.I)


# The status run onto the title's line (2025年部门预算绩效文本（草案）: a converter joined the
# cover's two lines): a line of its own again.
_STATUS_TAIL = lazy_regex.compile(r"(?<=\S)\s*([（(【\[]\s*(?:草\s*案|送\s*审\s*稿|征求意见稿|报批稿)\s*[)）】\]])$")


def _status_apart(text: str) -> list[str]:
    m = _STATUS_TAIL.search(text)
    return [text[: m.start()], m.group(1)] if m else [text]


def parse(lines: list[Line]) -> dict:
    doc = {"title": None, "department": None, "department_code": None, "year": None,
           "status": None, "compiled_by": None, "reviewed_by": None, "headline": False}
    rest = []
    texts = [_ATTACHMENT.sub("", _FILE_SUFFIX.sub("", clean(line.text))) for line in lines]
    texts = [piece for t in _headline_joined([t for t in texts if t]) for piece in _status_apart(t)]
    for text in texts:
        if doc["status"] is None and (m := _STATUS.match(text)):
            doc["status"] = squash(m.group(1))
        elif doc["reviewed_by"] is None and (m := _REVIEWED.match(text)):
            doc["reviewed_by"] = _SEAL_NOTE.sub("", m.group(1) or m.group(2))
        elif doc["compiled_by"] is None and (m := _COMPILED.match(text)):
            doc["compiled_by"] = _SEAL_NOTE.sub("", m.group(1) or m.group(2))
        elif doc["title"] is None and len(text) <= 60 and not _BREADCRUMB.search(text) and (m := _TITLE.search(text)):
            column = _COLUMN.match(text)
            if column and (bare := _TITLE.search(text[column.end():])):
                text, m = text[column.end():], bare
            # The title is a page's headline (…绩效目标公开, 信息公开｜…), not a form's own:
            # a form's own dated title below it names the document (interpret).
            doc["headline"] = bool(column or _PUBLISHED.search(text))
            doc["title"] = next(g for g in m.groups() if g)
            before = text[: m.start()].strip()
            notice = _NOTICE.match(before)
            if notice:  # 关于批复XX委员会2023年度…的通知: the notice is the title, XX委员会 its subject
                doc["title"], before = text, before[notice.end():]
            if before and _ORG_END.search(before):  # "XX局2020年部门预算绩效文本" on one line
                rest.append(before)
                if _FORM_TITLE_END.search(text) or _PUBLISHED.search(text):
                    doc["title"] = text  # a form's own title, a page's headline: they keep their department
            elif before:
                doc["title"] = text
        elif _DATE.match(text):
            continue
        else:
            rest.append(text)
    if doc["title"]:
        doc["year"] = year_of(doc["title"])
    named = None
    for text in rest:
        # "部门编码：311004" (or 部门名称：XX局 部门编码：…) above the forms.
        found = department_line(text)
        if found is not None and found[0] and doc["department_code"] is None:
            doc["department_code"] = found[0]
            named = found[1]
    for text in rest:
        # A page heading ("19年度部门整体支出绩效目标") is not the department.
        # Nor is a breadcrumb (首页 > 信息公开 > …).
        # A "label：value" line (主管部门：…  部门编码：…) is not a bare name either.
        if len(text) <= 40 and not _BREADCRUMB.search(text) and not _INSTRUCTIONS.search(text) and not _LABELLED.search(text) \
                and not _ATTACHMENT_MARK.match(text) \
                and not regex.search(r"[。；，]|绩效|目标|\d{2}\s*年|来源|时间[:：]|\d{1,2}:\d{2}", text):
            doc["department"] = text
            break
    if doc["department"] is None and named:
        doc["department"] = named  # 填报单位：XX局　部门编码：635011
    if doc["department"] is None and doc["compiled_by"]:
        doc["department"] = doc["compiled_by"]
    return doc


_BUDGET_BOOK = lazy_regex.compile(r"^(?:19|20)\d{2}\s*年\s*(?:度\s*)?部门预算$")


def is_form_title(title: str) -> bool:
    """A form's own title with its year (2025年度项目支出绩效目标表)."""
    return bool(_FORM_TITLE_END.search(title)) and year_of(title) is not None


def is_attachment_heading(title: str) -> bool:
    """附件：… (附件1 …): an annex's heading, not a form's own title."""
    return bool(_ATTACHMENT.match(title))


def names_budget_book(title: str) -> bool:
    """Is ``title`` a budget book's name (2024年部门预算), as its cover prints it?"""
    return bool(_BUDGET_BOOK.match(title))


def owner_before(headline: str, title: str) -> str | None:
    """The body named before ``title`` in ``headline`` (XX局 in XX局2024年…表), if that is all
    the headline adds to it."""
    if headline == title or not headline.endswith(title):
        return None
    before = headline[: -len(title)].strip()
    return before if _ORG_END.search(before) else None


def names_body(text: str) -> bool:
    """Does ``text`` end as a body's name does (…局, …委员会, …中心)?"""
    return bool(_ORG_END.search(text))


def _headline_joined(texts: list[str]) -> list[str]:
    """The first title-bearing line joined to the next when the title wraps across them
    (…2024年度项目支出绩 / 效目标): a centred headline too long for the page."""
    for k in range(len(texts) - 1):
        a, b = texts[k], texts[k + 1]
        if _TITLE.search(a):
            break
        m = _TITLE.search(a + b) if len(b) <= 20 and len(a + b) <= 60 else None
        if m and m.start() < len(a) < m.end():
            return texts[:k] + [a + b] + texts[k + 2:]
    return texts


def year_of(text: str) -> int | None:
    """``2020 年`` or ``二〇二〇年`` → 2020."""
    m = _YEAR.search(text)
    if m:
        return int(m.group(1).replace(" ", ""))
    m = _CN_YEAR.search(text)
    if m:
        return chinese_int(m.group(1))
    return None
