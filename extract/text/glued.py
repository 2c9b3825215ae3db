"""Tables whose cells ran together: a capture that dropped the table markup.

Document-sharing previews and text pulled out of Word keep a form's cells in
order with nothing between them: ``项目名称滨湖办公大楼运行保障项目类别本级支出…
一级指标二级指标绩效标准当年预期实现值数量指标办公大楼日常维修维护次数反映…情况2280次``.
The boundaries are recovered from the genre's own words (vocabulary.py):

* a header label of the lexicon starts a label cell, and what follows up to the
  next label is its value;
* two or more indicator column labels in a row are the indicator header;
* after it, a level name is a cell of its own and starts a row (a second level
  name right after the first stays on its row); a printed value (comparator,
  number, unit: the value grammar) ends a cell, and the row with it unless
  another value follows at once (a baseline and a target: ``0%100%``); an
  explanation opener (``反映…``) starts the description cell.

Whatever precedes the first label is prose (Lines), a form title included.
Rows are then laid under the header's columns (placement.py); digits that ran
together are split only where the table forces it (glued_numbers.py).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from jixiao.extract.blocks import Block, Cell, Line, Where
from jixiao.extract.text import breakdown, glued_numbers, placement, restatement, vocabulary
from jixiao.extract.text.furniture import is_file_name, is_preview_caption, is_site_chrome, without_file_extension
from jixiao.extract.text.rows import TableRun
from jixiao import normalize
from jixiao.normalize import _grammar, lazy_regex

# TITLE_AT, line_tokens, body_levels and form_rows serve bare_lines.py too (a form copied
# one cell per line is read with the same words).
TITLE_AT = lazy_regex.compile(rf"[\p{{Han}}\d]{{0,30}}?(?:{vocabulary.FORM_TITLE.pattern})")
# A date or deadline target (每年6月、12月; 12月底前): qualitative though it has digits.
_DATE_TARGET = lazy_regex.compile(
    r"每(?:年|月|季度?)(?:\d{1,2}[月日](?:\d{1,2}日)?(?:[、,，及和至到-]\d{1,2}[月日](?:\d{1,2}日)?)*)?(?:底|末)?(?:前|以前|之前)?"
    r"|(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末)(?:前|以前|之前)?")
_LISTING = ("、", "，", ",", "和", "及", "与", "或")
_ENUMERATED = lazy_regex.compile(r"[一二三四五六七八九十]+[、.．]$")
_SET_LABELS = ("绩效指标", "绩效目标")
_PERIOD_END = lazy_regex.compile(r"(?:长期|中期|实施期|年度|当年)$")
# An indicator set's own title, left at the end of the previous set's body.
_SET_TITLE = lazy_regex.compile(r"(?:长期|中期|实施期|年度|当年)绩效指标$")
# Template placeholders printed in an unfilled row.
_PLACEHOLDER = lazy_regex.compile(r"^[…\.。·]+$")
# A target compared with a named amount (不超预算, ≤预算数, 控制在预算内): the
# value grammar's comparator words before its amount words.
_REFERENCE_TARGET = lazy_regex.compile(
    rf"(?:{_grammar._alt(list(_grammar.WORD_CMP) + ['不超'])}|[≤<])(?:年初|全年|本年|当年)?(?:{_grammar.AMOUNT_WORDS.pattern})+"
    rf"(?:总额|数|额)?(?:{_grammar._alt(_grammar.POST_CMP)})?")
_DANGLING_SIGN = lazy_regex.compile(rf"(?:{_grammar.SYM})$")
_OPENERS = lazy_regex.compile("|".join(regex.escape(w) for w in vocabulary.DESCRIPTION_OPENERS))
_INNER_SPACE = lazy_regex.compile(r"(?<=\p{Han})[ \u3000]+(?=\p{Han})")
# Three labels with nothing between them: what no prose and no other rendering has.
_MIN_HEADER = 3


@lru_cache(maxsize=1)
def _words() -> tuple[regex.Pattern, regex.Pattern]:
    """(labels, level names): labels are found first, so that in 经济效益指标类别 the
    label 指标类别 wins over the level name overlapping it."""
    labels = [w for w in vocabulary.labels() if len(w) >= 2]
    levels = [w for w in vocabulary.level_names() if w not in labels]
    alt = lambda ws: "|".join(regex.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return regex.compile(alt(labels)), regex.compile(alt(levels))


def looks_like(text: str) -> bool:
    """Some line holds an indicator header whose labels touch, or labels and levels glued."""
    for line in text.splitlines():
        if len(line) < 40:
            continue
        tokens = line_tokens(line)
        if _header_run(tokens, 0) is not None:
            return True
    return False


def _kind(word: str) -> str:
    if vocabulary.is_level_name(word) and word in vocabulary.level_names():
        return "level"
    if vocabulary.is_column_label(word):
        return "column"
    return "label"


def line_tokens(line: str) -> list[tuple[str, str]]:
    """(kind, text): 'level', 'column', 'label' for the genre's words, 'text' between them."""
    # A space between two characters (一级 指标, a header cell's own line
    # break) separates no cells in a capture whose cells have no separators.
    line = _INNER_SPACE.sub("", line)
    out: list[tuple[str, str]] = []
    pos = 0
    # A form title (…项目绩效目标表) holds label words that are not labels there.
    titles = [m.span() for m in TITLE_AT.finditer(line)]
    label_words, level_words = _words()
    spans = [m.span() for m in label_words.finditer(line)
             if not any(a <= m.start() < b for a, b in titles)]
    taken = spans[:]
    for m in level_words.finditer(line):
        if not any(a < m.end() and m.start() < b for a, b in taken + titles):
            spans.append(m.span())
    for start, end in sorted(spans):
        if start < pos:
            continue
        if start > pos:
            out.append(("text", line[pos:start]))
        out.append((_kind(line[start:end]), line[start:end]))
        pos = end
    if pos < len(line):
        out.append(("text", line[pos:]))
    # A two-character label (一级, 单位, 备注) only counts inside a run of labels,
    # or numbered and followed by its colon (三、其他:3683万元).
    for k, (kind, word) in enumerate(out):
        if kind in ("column", "label") and len(word) < 3:
            near = [out[j] for j in (k - 1, k + 1) if 0 <= j < len(out)]
            colon = k + 1 < len(out) and out[k + 1][1][:1] in ":："
            numbered = k > 0 and _ENUMERATED.search(out[k - 1][1]) and colon
            # 总额：468 — a header-block label whose colon introduces an amount.
            numbered = numbered or (kind == "label" and colon and regex.match(r"[:：]\s*\d", out[k + 1][1]))
            if not numbered and not any(n in ("column", "label") and len(w) >= 3 for n, w in near):
                out[k] = ("text", word)
    # A period word before 绩效指标 names the indicator set that follows (长期绩效指标).
    for k in range(1, len(out)):
        kind, word = out[k]
        prev_kind, prev = out[k - 1]
        period = _PERIOD_END.search(prev)
        if kind == "label" and word in _SET_LABELS and period and (
                prev_kind == "text" or (prev_kind == "label" and prev == period.group())):
            # (实施期 is a label of its own too, 实施期2024年-2026年: before 绩效指标 it names the set.)
            out[k - 1] = ("text", prev[:period.start()])
            out[k] = ("label", period.group() + word)
    # 项目资金（万元） glued to the value before it is a label cell of its own.
    for k in range(len(out) - 2, -1, -1):
        kind, word = out[k]
        group = vocabulary.MONEY_GROUP.search(word) if kind == "text" and out[k + 1][0] != "text" else None
        if group and group.start() > 0:
            out[k:k + 1] = [("text", word[:group.start()]), ("label", group.group())]
    return _merge_text([t for t in out if t[1]])


def _merge_text(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, word in tokens:
        if kind == "text" and out and out[-1][0] == "text":
            out[-1] = ("text", out[-1][1] + word)
        else:
            out.append((kind, word))
    return out


def _header_run(tokens: list[tuple[str, str]], start: int) -> tuple[int, int] | None:
    """The first run of touching column labels (an indicator header) from ``start``."""
    k = start
    while k < len(tokens):
        if tokens[k][0] == "column":
            j = k
            while j < len(tokens) and tokens[j][0] in ("column",):
                j += 1
            if j - k >= _MIN_HEADER:
                return k, j
            k = j
        else:
            k += 1
    return None


def _value_cells(text: str) -> list[tuple[str, str]]:
    """Free text after the header cut into ('text'|'value', piece) at values and openers."""
    out: list[tuple[str, str]] = []
    pos = 0
    k = 0
    openers = _OPENERS
    while k < len(text):
        ref = _REFERENCE_TARGET.match(text, k)
        if ref and k > pos:
            out.append(("text", text[pos:k]))
            pos = k
        if ref:
            out.append(("qual", ref.group()))
            pos = k = ref.end()
            continue
        date = _DATE_TARGET.match(text, k)
        if date and k > pos:
            out.append(("text", text[pos:k]))
            pos = k
        if date:
            out.append(("qual", date.group()))
            pos = k = date.end()
            continue
        if k > pos or k == 0:
            op = openers.match(text, k)
            if op and k > pos:
                out.append(("text", text[pos:k]))
                pos = k
        m = vocabulary.VALUE_AT.match(text, k)
        starts_value = m and (k == 0 or not (text[k].isdigit() and text[k - 1].isdigit())) and m.group("num") is not None
        if starts_value and _is_value(text, m):
            if k > pos:
                out.append(("text", text[pos:k]))
            out.append(("value", m.group()))
            pos = k = m.end()
            continue
        k += 1
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out


def _is_value(text: str, m: regex.Match) -> bool:
    # A year, a date or a numbered item inside a name is not a value.
    after = text[m.end():m.end() + 1]
    piece = m.group()
    if regex.match(r"^(?:19|20)\d{2}年", piece) or after in ("月", "日", "、", ".", "．", "-"):
        return False
    return True


@lru_cache(maxsize=1)
def body_levels() -> regex.Pattern:
    words = vocabulary.level_names() + vocabulary.short_level_names()
    return regex.compile("|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _body_pieces(body: str) -> list[tuple[str, str]]:
    """The indicator body as ('level'|'value'|'text', piece): inside it only
    level names and printed values are structure; header words in an
    explanation (项目属性, 目标值) are text."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in body_levels().finditer(body):
        if _in_enumeration(body, m):
            continue
        if m.start() > pos:
            out += _value_cells(body[pos:m.start()])
        out.append(("level", m.group()))
        pos = m.end()
    if pos < len(body):
        out += _value_cells(body[pos:])
    # A capture cut right after a comparator: the comparator is the value's start.
    if out and out[-1][0] == "text":
        dangling = _DANGLING_SIGN.search(out[-1][1])
        if dangling and dangling.start() > 0:
            out[-1:] = [("text", out[-1][1][:dangling.start()]), ("qual", dangling.group())]
    return [(k, w) for k, w in out if w.strip() and not _PLACEHOLDER.match(w.strip())]


def _in_enumeration(body: str, m: regex.Match) -> bool:
    """A level name inside prose (社会、经济、生态效益等; 经济效益和生态效益) is no cell."""
    before, after = body[m.start() - 1:m.start()], body[m.end():m.end() + 1]
    return before in _LISTING or after in _LISTING + ("等",)


def _value_fields(fields: list[str | None]) -> list[int]:
    return [j for j, f in enumerate(fields) if f in ("value", "baseline")]


def _trailing_text(fields: list[str | None]) -> bool:
    """Text columns (指标解释, 说明) follow the values: a value does not end the row."""
    vals = _value_fields(fields)
    return bool(vals) and any(f not in ("value", "baseline", "weight", "unit", "sign", "direction")
                              for f in fields[vals[-1] + 1:])


class _Row:
    def __init__(self) -> None:
        self.pieces: list[tuple[str, str]] = []
        self.values = 0
        self.lead = ""  # text before this row's values still shared with the previous row

    def has_content(self) -> bool:
        return bool(self.lead) or any(k != "level" for k, _ in self.pieces)

    def texts_before_values(self) -> str:
        out = []
        for k, w in self.pieces:
            if k in ("value", "qual"):
                break
            if k == "text":
                out.append(w)
        return "".join(out)

    def texts_after_values(self) -> str:
        seen, out = False, []
        for k, w in self.pieces:
            if k in ("value", "qual"):
                seen = True
            elif seen and k == "text":
                out.append(w)
        return "".join(out)


def _segment(pieces: list[tuple[str, str]], fields: list[str | None]) -> list[_Row]:
    """Pieces into rows: a level name after content starts a row; the row's
    values (as many as the header has value columns) end it, unless text
    columns follow the values -- then the next run of values that fills the
    value columns starts the next row, and the text between is cut into the
    explanation and the next name (restatement.py)."""
    nvals = max(1, len(_value_fields(fields)))
    trailing = _trailing_text(fields)
    has_name = "level3" in fields
    weighted = _weight_follows(fields)
    pairs_apart = any(a[0] == "value" and b[0] == "value" for a, b in zip(pieces, pieces[1:]))
    # Two indicator sets side by side (实施期 | 年度): a printed row runs through
    # both halves, level names and all, and ends with the second set's target.
    two_sets = fields.count("level3") >= 2 or fields.count("level1") >= 2
    rows: list[_Row] = []
    row = _Row()

    def half_done() -> bool:
        return two_sets and 0 < row.values < nvals

    def close() -> None:
        nonlocal row
        if row.pieces or row.lead:
            rows.append(row)
        row = _Row()

    k = 0
    while k < len(pieces):
        kind, word = pieces[k]
        if kind == "level":
            if row.has_content() and not half_done():
                close()
            row.pieces.append((kind, word))
            k += 1
            continue
        if kind == "value" and not row.values and nvals == 2 and trailing and pairs_apart:
            pieces = pieces[:k] + _unit_is_text(pieces[k:k + 2]) + pieces[k + 2:]
            kind, word = pieces[k]
        if kind in ("value", "qual"):
            run = 1
            while k + run < len(pieces) and pieces[k + run][0] in ("value", "qual"):
                run += 1
            if not row.values and has_name and word.isdigit() and not any(kd == "text" for kd, _ in row.pieces) \
                    and k + run < len(pieces) and pieces[k + run][0] == "text":
                # A number that opens a name (65岁及以上老年人…) right after the previous row's value.
                row.pieces.append(("text", word))
                k += 1
                continue
            fills = run >= nvals or (nvals > 1 and bool(glued_numbers.splits(word, "baseline", "value")))
            if row.values and trailing and fills:
                # The text since the previous values ends with this row's name.
                tail = _take_after_values(row)
                close()
                row.lead = tail
            if row.values == 0 or half_done():
                take = min(run, nvals - row.values)
                if weighted and run > take and row.values + take >= nvals and _is_weight(pieces[k + take][1]):
                    take += 1  # ≥120个10: the target, then its 分值
                row.pieces += pieces[k:k + take]
                row.values += take
                k += take
                if not trailing and not half_done():
                    close()
                continue
            row.pieces.append(("text", word))
            k += 1
            continue
        if row.values and not trailing and not half_done():
            close()
        row.pieces.append((kind, word))
        k += 1
    close()
    _cut_leads(rows)
    return [_merge_texts(r) for r in rows]


_WEIGHT = lazy_regex.compile(r"^(?:100|[1-9]\d?)(?:\.\d)?$")


def _weight_follows(fields: list[str | None]) -> bool:
    """A 分值/权重 column right after the (last) target column."""
    vals = _value_fields(fields)
    return bool(vals) and vals[-1] + 1 < len(fields) and fields[vals[-1] + 1] == "weight"


def _is_weight(word: str) -> bool:
    return bool(_WEIGHT.match(word))


_DIGITS_AND_LETTER = lazy_regex.compile(r"^(\d{2,})(\p{Han})$")


def _unit_is_text(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Under 上年度 | 本年度 | 指标解释, a row's first value ``12组`` before
    ``织…`` is the pair 1 | 2 and the explanation 组织…: where the table prints
    pairs apart (two values in a row), a glued pair keeps no one-letter unit
    that the explanation after it would otherwise start with."""
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(pieces):
        kind, word = pieces[k]
        m = _DIGITS_AND_LETTER.match(word) if kind == "value" else None
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if m and nxt and nxt[0] == "text" and regex.match(r"\p{Han}", nxt[1]) \
                and glued_numbers.splits(m.group(1), "baseline", "value"):
            out += [("value", m.group(1)), ("text", m.group(2) + nxt[1])]
            k += 2
            continue
        out.append((kind, word))
        k += 1
    return out


def _take_after_values(row: _Row) -> str:
    last = max(i for i, (k, _) in enumerate(row.pieces) if k in ("value", "qual"))
    tail = "".join(w for _, w in row.pieces[last + 1:])
    row.pieces = row.pieces[:last + 1]
    return tail


def _cut_leads(rows: list[_Row]) -> None:
    """Each shared text goes part to the previous row's explanation, part to
    this row's name."""
    for k, row in enumerate(rows):
        if not row.lead:
            continue
        prev = rows[k - 1] if k else None
        before = prev.texts_before_values() if prev else ""
        # This row's explanation may still sit in the next row's lead, uncut.
        after = row.texts_after_values() or (rows[k + 1].lead if k + 1 < len(rows) else "")
        at = restatement.cut(row.lead, before, after) if prev else 0
        head, name = row.lead[:at], row.lead[at:]
        if prev is not None and head.strip():
            prev.pieces += _value_cells_text(head)
        insert = next((i for i, (kd, _) in enumerate(row.pieces) if kd != "level"), len(row.pieces))
        if name.strip():
            row.pieces.insert(insert, ("text", name))
        row.lead = ""


def _value_cells_text(text: str) -> list[tuple[str, str]]:
    """Text after a row's values cut only at explanation openers (a quoted
    value stays inside its sentence)."""
    return [("text", w) for k, w in _value_cells(text)] if text.strip() else []


def _merge_texts(row: _Row) -> _Row:
    """Adjacent text pieces become one, except where an explanation opener
    starts the second (a new cell)."""
    openers = tuple(vocabulary.DESCRIPTION_OPENERS)
    out: list[tuple[str, str]] = []
    for kind, word in row.pieces:
        if kind == "text" and out and out[-1][0] == "text" and not word.lstrip().startswith(openers):
            out[-1] = ("text", out[-1][1] + word)
        else:
            out.append((kind, word))
    row.pieces = out
    return row


_DOUBLED_TAIL = lazy_regex.compile(r"(\p{Han}{2,8})\1$")


def _split_qualitative(rows: list[_Row], fields: list[str | None]) -> None:
    """A row without a printed value whose name ends in a qualitative target
    (…拨付时间按季度拨付): the target is cut off at its opener.  Under a
    baseline column, two such phrases in a row (or a dash then one) are the
    baseline and the target, and what follows them the explanation
    (…长效机制初步建立逐步完善制度建设情况)."""
    if "value" not in fields:
        return
    weighted = _weight_follows(fields)
    for row in rows:
        values = [w for k, w in row.pieces if k in ("value", "qual")]
        # …长效运行持续稳定10: the number may be the 分值, the target in the text.
        weight_only = weighted and row.values == 1 and len(values) == 1 and _is_weight(values[0])
        if row.values and not weight_only:
            continue
        texts = [i for i, (k, _) in enumerate(row.pieces) if k == "text"]
        if not texts:
            continue
        if len(_value_fields(fields)) >= 2 and _qualitative_pair(row, texts[0]):  # baseline | target, 长期 | 年度
            continue
        i = texts[-1]
        word = row.pieces[i][1]
        doubled = _DOUBLED_TAIL.search(word) if len(_value_fields(fields)) >= 2 else None
        if doubled and doubled.start() > 0:
            # 天然林面积不减少不减少: the same worded target under 长期 and 年度.
            half = doubled.group(1)
            row.pieces[i:i + 1] = [("text", word[:doubled.start()]), ("qual", half), ("qual", half)]
            row.values = 2
            continue
        for at in range(1, len(word)):
            if word.startswith(vocabulary.QUALITATIVE_OPENERS, at) and len(word) - at <= vocabulary.QUALITATIVE_MAX:
                row.pieces[i:i + 1] = [("text", word[:at]), ("qual", word[at:])]
                row.values = 1
                break


# A placeholder printed for an empty baseline (新增项目 has none).
_DASH = lazy_regex.compile(r"(?:—{1,2}|-{1,3}|–|－)")


def _qualitative_phrase(word: str, at: int) -> int | None:
    """End of a short qualitative target starting at ``at`` (逐步完善, 良好), or None."""
    for opener in vocabulary.QUALITATIVE_OPENERS:
        if word.startswith(opener, at):
            end = at + len(opener) + (0 if opener in vocabulary.QUALITATIVE_WHOLE else 2)
            if end <= len(word) and regex.fullmatch(r"\p{Han}+", word[at:end]):
                return end
    return None


def _qualitative_pair(row: _Row, i: int) -> bool:
    """Cut ``name | baseline | target | explanation`` out of the row's text ``i``."""
    word = row.pieces[i][1]
    for at in range(2, len(word) - 1):
        dash = _DASH.match(word, at)
        first = dash.end() if dash else _qualitative_phrase(word, at)
        second = _qualitative_phrase(word, first) if first else None
        if second is None:
            continue
        cut = [("text", word[:at]), ("qual", word[at:first]), ("qual", word[first:second])]
        if word[second:]:
            cut.append(("text", word[second:]))
        row.pieces[i:i + 1] = cut
        row.values = 2
        return True
    return False


def _dash_baselines(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A name glued to a dash and a value (农贸市场快检—12万批次): the dash is the
    empty baseline cell, not the end of the name."""
    out: list[tuple[str, str]] = []
    for k, (kind, word) in enumerate(pieces):
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        dash = _DASH.search(word) if kind == "text" and nxt and nxt[0] == "value" else None
        if dash and dash.end() == len(word) and dash.start() > 0 and not _DASH.search(nxt[1][:1]):
            out += [("text", word[:dash.start()]), ("value", dash.group())]
            continue
        out.append((kind, word))
    return out


def _split_numbers(rows: list[_Row], fields: list[str | None], doubts: list[dict], lineno: int) -> None:
    """Digit runs that fill two numeric columns (glued_numbers.py).  Split only
    on the table's own evidence: a baseline column that some row prints apart
    from its target, or a score column glued the same way in several rows.
    A run left whole that could have been two is a doubt for the user."""
    if "value" not in fields:
        return

    def doubt(word: str, first: str, second: str) -> None:
        if glued_numbers.splits(word, first, second):
            doubts.append({"code": "glued_digits", "line": lineno, "text": word,
                           "message": f"'{word}' may be two cells run together ({first} | {second}); kept as printed"})
    v = fields.index("value")
    single = [r for r in rows if r.values == 1 and sum(1 for k, _ in r.pieces if k == "value") == 1]
    if "baseline" in fields[:v]:
        if not any(sum(1 for k, _ in r.pieces if k == "value") >= 2 for r in rows):
            return
        for r in single:
            i = next(i for i, (k, _) in enumerate(r.pieces) if k == "value")
            pair = glued_numbers.split(r.pieces[i][1], "baseline", "value", r.texts_after_values())
            if pair:
                r.pieces[i:i + 1] = [("value", pair[0]), ("value", pair[1])]
                r.values = 2
            else:
                doubt(r.pieces[i][1], "baseline", "value")
        return
    score = next((f for f in fields[v + 1:] if f in glued_numbers.SCORE_FIELDS), None)
    if score is None:
        return
    found = []
    for r in single:
        i = next(i for i, (k, _) in enumerate(r.pieces) if k == "value")
        word = r.pieces[i][1]
        if len(word) >= 4 and word.isdigit():
            found.append((r, i, glued_numbers.split(word, "value", score)))
    if len(found) >= 2 and all(pair for _, _, pair in found):
        for r, i, pair in found:
            r.pieces[i:i + 1] = [("value", pair[0]), ("value", pair[1])]
            r.values = 2
        return
    for r, i, _ in found:
        doubt(r.pieces[i][1], "value", score)


def _body_rows(body: str, fields: list[str | None], lineno: int, cut_at_end: bool = False,
               doubts: list[dict] | None = None) -> list[list[Cell]]:
    pieces = _body_pieces(body)
    if "baseline" in fields:
        pieces = _dash_baselines(pieces)
    rows = _segment(pieces, fields)
    # Text before the first level name, where rows start with a level column,
    # is a merged column printed once (a 说明 beside the whole table).
    aside = None
    if rows and fields and fields[0] in ("level1", "level2") and not any(k != "text" for k, _ in rows[0].pieces) and len(rows) > 1:
        aside = "".join(w for _, w in rows.pop(0).pieces)
    _split_qualitative(rows, fields)
    _split_numbers(rows, fields, doubts if doubts is not None else [], lineno)
    if cut_at_end and rows and not rows[-1].values and len(rows[-1].texts_before_values()) < 2:
        rows.pop()  # the capture ends inside this row's level name: nothing of it is readable
    out = []
    in_group = False
    for row in rows:
        texts = placement.place(row.pieces, fields, in_group)
        if texts is not None:
            in_group = in_group or any(t and f == "level1" and normalize.level(t, depth=1) for t, f in zip(texts, fields))
            _restore_lost_comparator(texts, fields)
        if texts is None:
            texts = [w for _, w in row.pieces]
        elif aside is not None:
            last = max((j for j, f in enumerate(fields) if f in ("remark", "scoring", "basis", "description", None)),
                       default=None)
            if last is not None:
                texts[last] = f"{aside}\n{texts[last]}" if texts[last] else aside
            aside = None
        out.append([Cell(t.strip(), Where(line=lineno)) for t in texts])
    return out


# A rate cannot pass 100%: ``292%`` under a 合格率 is ``≥92%`` printed by a
# font without the ≥ glyph, which came out as 2.
_LOST_GE = lazy_regex.compile(r"^2(?P<rest>\d{2}(?:\.\d+)?%)$")
_BOUNDED_RATE = lazy_regex.compile(r"(?:合格|达标|完成|覆盖|到位|及时|准确|知晓|入学|巩固|使用|执行|满意)率$|满意度$")


def _restore_lost_comparator(texts: list[str], fields: list[str | None]) -> None:
    if "value" not in fields:
        return
    v = fields.index("value")
    m = _LOST_GE.match(texts[v])
    names = [t for t, f in zip(texts[:v], fields[:v]) if t and f in ("level1", "level2", "level3")]
    if m and float(m.group("rest")[:-1]) <= 100 and any(_BOUNDED_RATE.search(n) for n in names):
        texts[v] = "≥" + m.group("rest")


def _body_end(body: str) -> int | None:
    """Where the indicator table ends inside ``body``: a review block, a
    signature line, or the next form's title."""
    ends = [m.start() for m in (vocabulary.TABLE_END.search(body), TITLE_AT.search(body)) if m]
    return min(ends) if ends else None


def read(text: str, doubts: list[dict] | None = None) -> list[Block]:
    """The blocks of a glued capture; what could not be settled is appended to ``doubts``."""
    blocks: list[Block] = []
    run = TableRun(blocks)
    fields: list[str | None] | None = None  # the indicator header's fields while in its body
    text = vocabulary.DATE_PLACEHOLDER.sub(lambda m: m.group() + "\n", text)
    n_lines = len(text.rstrip().splitlines())
    after_end = False
    for i, raw in enumerate(text.splitlines()):
        lineno = i + 1
        line = raw.strip()
        if not line or is_preview_caption(line) or is_site_chrome(line):
            continue  # a sharing site's words round the preview, never the draft's
        if fields is not None and is_file_name(line):
            # A list of file names (the site's other documents) after the last form: its end.
            fields = None
            run.flush()
        if after_end and not TITLE_AT.search(line):
            blocks.append(Line(line, Where(line=lineno), para_break_before=True))
            continue
        if after_end:
            title = TITLE_AT.search(line)
            if line[:title.start()].strip():
                blocks.append(Line(line[:title.start()].strip(), Where(line=lineno), para_break_before=True))
            line, after_end = line[title.start():], False
        tokens = line_tokens(line)
        if not run and fields is None and not any(k != "text" for k, _ in tokens):
            for piece in _title_split(without_file_extension(line)):
                blocks.append(Line(piece, Where(line=lineno), para_break_before=True))
            continue
        k = 0
        while k < len(tokens):
            header = _header_run(tokens, k)
            stop = header[0] if header else len(tokens)
            if fields is not None:
                body = "".join(w for _, w in tokens[k:stop])
                end = _body_end(body)
                set_title = _SET_TITLE.search(body[:end]) if header and end is None else None
                last = end is None and header is None and lineno == n_lines
                for row in _body_rows(body[:set_title.start()] if set_title else body[:end], fields, lineno, last, doubts):
                    run.add(row, lineno)
                if set_title:
                    run.add([Cell(set_title.group(), Where(line=lineno))], lineno)
                if end is not None:
                    fields = None
                    run.flush()
                    rest = body[end:] + "".join(w for _, w in tokens[stop:])
                    title = TITLE_AT.search(rest)
                    aside = rest[:title.start()] if title else rest
                    if aside.strip():
                        blocks.append(Line(aside.strip(), Where(line=lineno), para_break_before=True))
                    if title is None:
                        # A review block or a note: prose until the next form.
                        after_end = bool(vocabulary.TABLE_END.match(rest))
                        break
                    tokens, k = line_tokens(rest[title.start():]), 0
                    continue
            else:
                form_rows(tokens[k:stop], lineno, run, blocks)
            if header is None:
                break
            labels = [w for _, w in tokens[header[0]:header[1]]]
            fields = vocabulary.header_fields(labels)
            _spread_set_titles(run, fields)
            run.add([Cell(w, Where(line=lineno)) for w in labels], lineno)
            k = header[1]
    run.flush()
    return blocks


def _spread_set_titles(run: TableRun, fields: list[str | None]) -> None:
    """实施期绩效指标 then 年度绩效指标 just before a header of two sets: one row
    over the header, each title over its half (as the form's merged cells were)."""
    starts = [j for j, f in enumerate(fields) if f == "level1"]
    if len(starts) != 2 or len(run.rows) < 2:
        return
    titles = [r for r in run.rows[-2:] if sum(1 for c in r if c is not None and c.text) == 1]
    if len(titles) != 2 or not all(_SET_TITLE.search(r[0].text) if r[0] is not None else False for r in titles):
        return
    row: list[Cell | None] = [None] * len(fields)
    row[starts[0]], row[starts[1]] = titles[0][0], titles[1][0]
    del run.rows[-2:]
    where = run.where[-2]
    del run.where[-2:]
    run.add(row, where.line or 1)


def form_rows(tokens: list[tuple[str, str]], lineno: int, run: TableRun, blocks: list[Block]) -> None:
    """Label/value rows of the form's header block; prose before the first label is Lines."""
    row: list[Cell] | None = None
    k = -1
    while k + 1 < len(tokens):
        k += 1
        kind, word = tokens[k]
        if kind == "text" and row is None and not run:
            for piece in _title_split(word):
                blocks.append(Line(piece, Where(line=lineno), para_break_before=True))
            continue
        if kind == "text" and TITLE_AT.search(word):
            # A form title inside the stream starts the next table: the rows
            # before it belong to another form (or to the page around it).
            title = TITLE_AT.search(word)
            before = word[:title.start()].strip()
            if before:
                row = (row or []) + [Cell(before, Where(line=lineno))]
            if row:
                run.add(row, lineno)
            row = None
            run.flush()
            blocks.append(Line(title.group(), Where(line=lineno), para_break_before=True))
            rest = word[title.end():].strip()
            if rest:
                blocks.append(Line(rest, Where(line=lineno), para_break_before=True))
            continue
        if kind == "label" and (money := _money_labels_over_amounts(tokens, k)):
            # 预算数 | 其中：财政资金 | 其他资金 | 资金用途, a cell a line, then their values: the
            # labels' row over the values' row, as the form prints them.
            labels, values, k = money
            lead = row if row is not None and len(row) == 1 and vocabulary.header_field(row[0].text) == "purpose_block" \
                else None
            if row and lead is None:
                run.add(row, lineno)
            run.add((lead or []) + [Cell(t, Where(line=lineno)) for t in labels], lineno)
            run.add([Cell("", Where(line=lineno))] * len(lead or []) + [Cell(t, Where(line=lineno)) for t in values],
                    lineno)
            row = None
            k -= 1
            continue
        if kind == "text" and row is not None and len(row) == 1 and vocabulary.header_field(row[0].text) == "costs":
            table = breakdown.rows(word.strip(), row[0].text)
            if table and len(table) == 1 and k + 1 < len(tokens):
                # Only the heads: a copy with every cell on a line of its own (bare_lines.py),
                # the breakdown's cells follow one token each.
                table, used = breakdown.cell_rows([w for _, w in tokens[k:]], row[0].text)
                k += used - 1
            if table:
                # 项目预算成本构成 over its own small table: one row per cost item.
                for cells in table:
                    run.add([Cell(t, Where(line=lineno)) for t in cells], lineno)
                row = None
                continue
        if kind == "text":
            if row is not None and word.strip().startswith(vocabulary.BREAKDOWN_HEADS):
                # The label's value is a breakdown table (成本构成 | 金额 | …), not
                # an amount: its text is a row of its own.
                run.add(row, lineno)
                row = None
            if row is None:
                row = [Cell(word.strip(), Where(line=lineno))]
            else:
                text = word.strip().lstrip(":：").strip()
                held = _two_goal_lists(run, row, text)
                if held:
                    # 长期目标 | 年度目标 side by side, their two lists run together: each
                    # list goes to its own label, told apart where the numbering starts again.
                    run.rows[-1].append(Cell(held[0], Where(line=lineno)))
                    text = held[1]
                row.append(Cell(text, Where(line=lineno)))
            continue
        if row:
            run.add(row, lineno)
        row = [Cell(word, Where(line=lineno))]
    if row:
        run.add(row, lineno)


_MONEY_FIELDS = ("total", "fiscal", "other", "carryover")
_AMOUNT = lazy_regex.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def _money_labels_over_amounts(tokens: list[tuple[str, str]], k: int) -> tuple[list[str], list[str], int] | None:
    """Money labels on consecutive tokens from ``k`` (a 其中： before one joined to it), 资金用途
    among them or not, then their values: amounts, and the purpose's text. The labels, the
    values under them, and the token after the values; None unless two money labels or more
    are followed by an amount. An empty cell prints nothing: amounts fill the money columns
    from the left (预算数 first), the text goes under 资金用途."""
    labels: list[str] = []
    fields: list[str] = []
    j = k
    while j < len(tokens):
        kind, word = tokens[j]
        prefix = ""
        if kind == "text" and word.strip() in ("其中：", "其中:", "其中") and j + 1 < len(tokens) \
                and tokens[j + 1][0] == "label":
            prefix, (kind, word) = word.strip(), tokens[j + 1]
            j += 1
        field = vocabulary.header_field(word) if kind == "label" else None
        if field not in _MONEY_FIELDS + ("purpose",):
            if prefix:
                j -= 1
            break
        labels.append(prefix + word.strip())
        fields.append(field)
        j += 1
    if sum(1 for f in fields if f in _MONEY_FIELDS) < 2 or j >= len(tokens) or not _AMOUNT.match(tokens[j][1].strip()):
        return None
    amounts: list[str] = []
    purpose = None
    while j < len(tokens) and tokens[j][0] == "text" and len(amounts) + (purpose is not None) < len(labels):
        word = tokens[j][1].strip()
        if _AMOUNT.match(word) and purpose is None and len(amounts) < sum(1 for f in fields if f in _MONEY_FIELDS):
            amounts.append(word)
        elif "purpose" in fields and purpose is None and not _AMOUNT.match(word):
            purpose = word
        else:
            break
        j += 1
    values, taken = [], iter(amounts)
    for field in fields:
        values.append((purpose or "") if field == "purpose" else next(taken, ""))
    return labels, values, j


_FIRST_ITEM = lazy_regex.compile(r"(?<=[。；;])\s*(?:1[.．、]|[（(]1[)）]|一、)")


def _two_goal_lists(run: TableRun, row: list[Cell], text: str) -> tuple[str, str] | None:
    """The mid-term list and the annual one, when ``text`` follows 年度目标 right after a
    长期目标 (中期目标) label left empty and its numbering starts again (1.…；2.…。1.…)."""
    if len(row) != 1 or vocabulary.header_field(row[0].text) != "goals" or not run.rows:
        return None
    above = run.rows[-1]
    if len([c for c in above if c is not None and c.text]) != 1 or vocabulary.header_field(above[0].text) != "goals_mid_term":
        return None
    again = _FIRST_ITEM.search(text)
    if again is None or not regex.match(r"\s*(?:1[.．、]|[（(]1[)）]|一、)", text):
        return None
    return text[:again.start()].strip(), text[again.start():].strip()


def _title_split(text: str) -> list[str]:
    """Prose with a form title inside: the title on a line of its own."""
    match = None
    for match in vocabulary.FORM_TITLE.finditer(text):
        pass
    if match is None:
        return [text.strip()] if text.strip() else []
    head, tail = text[:match.end()], text[match.end():]
    # The title starts after the last break-like mark before it.
    cut = max(head.rfind(ch) for ch in ":：。;；|")
    pieces = [head[:cut + 1].strip(), head[cut + 1:].strip(), tail.strip()] if cut >= 0 else [head.strip(), tail.strip()]
    return [p for p in pieces if p]
