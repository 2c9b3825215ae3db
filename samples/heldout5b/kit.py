"""Helpers to type blind golds by hand (no jixiao import; adapted from ../heldout4/kit.py). Each indicator is typed as the
printed row; the value cell is split into kind/comparator/value/unit by a deliberately strict
reader that refuses anything it does not fully understand (those rows are typed explicitly)."""
import re, unicodedata

P, X, M, C = "产出指标", "效益指标", "满意度指标", "成本指标"
SL, ZL, SX = "数量指标", "质量指标", "时效指标"
JJCB, SHCB = "经济成本指标", "社会成本指标"
JJ, SH, ST, KC, FW = "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"

L1 = {"产出指标": "产出指标", "效益指标": "效益指标", "效果指标": "效益指标",
      "满意度指标": "满意度指标", "成本指标": "成本指标"}
L2 = {k: k for k in ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标",
                     "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标",
                     "社会成本指标", "生态环境成本指标"]}
L2.update({"社会公众或服务对象满意度指标": "服务对象满意度指标", "经济效益": "经济效益指标", "社会效益": "社会效益指标", "生态效益": "生态效益指标",
           "可持续影响": "可持续影响指标", "服务对象满意度": "服务对象满意度指标"})

NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
PRE = [("大于等于", ">="), ("小于等于", "<="), ("不低于", ">="), ("不少于", ">="), ("不高于", "<="),
       ("不超过", "<="), ("≥", ">="), ("≤", "<="), (">=", ">="), ("<=", "<="), (">", ">"), ("<", "<"),
       ("=", "=")]
SUF = [("以上", ">="), ("以内", "<="), ("以下", "<=")]
REFS = {"预算批复金额", "预算数", "年初预算数"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def parse(raw):
    """value cell → (kind, comparator, value, value_max, unit, reference)."""
    if raw.startswith("Q:"):
        return "qualitative", None, None, None, None, None
    if raw == "":
        return "missing", None, None, None, None, None
    t = unicodedata.normalize("NFKC", raw).replace(" ", "")
    cmp = None
    for w, c in PRE:
        if t.startswith(w):
            cmp, t = c, t[len(w):]
            break
    if cmp is None:
        for w, c in SUF:
            if t.endswith(w):
                cmp, t = c, t[: -len(w)]
                break
    if t in REFS:
        assert cmp, raw
        return "reference", cmp, None, None, None, t
    m = re.fullmatch(rf"({NUM})([^0-9\-~]*)[-~]({NUM})([^0-9]*)", t)
    if m:
        assert cmp is None and (m.group(2) in ("", m.group(4))), raw
        return ("numeric", ">=", float(m.group(1).replace(",", "")), float(m.group(3).replace(",", "")),
                m.group(4) or None, None)
    m = re.fullmatch(rf"({NUM})([^0-9]*)", t)
    if m:
        return "numeric", cmp or "=", float(m.group(1).replace(",", "")), None, m.group(2) or None, None
    if cmp is None and not re.search(r"[0-9]", t):
        return "qualitative", None, None, None, None, None
    raise ValueError("cannot type value cell: " + raw)


def num(v):
    return int(v) if v is not None and float(v).is_integer() else v


def I(l1, l2, l3, raw, desc=None, basis=None, l1std=None, l2std=None, parse_as=None, **extra):
    """One printed indicator row. raw = the value cell as printed ("Q:" marks a qualitative
    value that holds digits, e.g. a date). parse_as: the cell read without a printed mark that is
    not part of the value (a footnote sign)."""
    kind, cmp, val, vmax, unit, ref = parse(parse_as if parse_as is not None else raw)
    d = {"seq": None, "level1": l1, "level1_std": l1std or (L1[l1] if l1 else None),
         "level2": l2, "level2_std": l2std or (L2[l2] if l2 else None), "level3": l3,
         "description": desc, "value_raw": raw[2:] if raw.startswith("Q:") else raw, "kind": kind,
         "comparator": cmp, "value": num(val), "unit": unit, "reference": ref, "basis": basis}
    if vmax is not None:
        d["value_max"] = num(vmax)
    d.update(extra)
    return d


SIGN = {"≥": ">=", "≤": "<=", "=": "=", ">": ">", "<": "<", "＝": "="}


def S(l1, l2, l3, sign, val, unit, weight, direction, **extra):
    """A row of a 一体化 export: 指标性质 | 指标值 | 度量单位 in three columns."""
    if sign == "定性":
        kind = "qualitative" if val else "missing"
        cmp = value = u = None
    else:
        kind, cmp = ("numeric", SIGN[sign]) if val else ("missing", None)
        value = num(float(val.replace(",", ""))) if val else None
        u = unit or None if val else None
    d = {"seq": None, "level1": l1, "level1_std": L1[l1], "level2": l2, "level2_std": L2[l2],
         "level3": l3, "description": None, "value_raw": val, "kind": kind, "comparator": cmp,
         "value": value, "unit": u, "reference": None, "basis": None,
         "sign": sign, "printed_unit": unit, "weight": weight, "direction": direction}
    d.update(extra)
    return d


def U(l1, l2, l3, vtype, cell, unit_cell, desc, scoring="未达指标值酌情扣分", l1std=None, l2std=None, **extra):
    """A row of a form with 指标值类型 | 指标值 | 计量单位 columns (Hunan-style 整体绩效目标表):
    value_raw is the 指标值 cell alone, the unit comes from the 计量单位 column (kept too as printed_unit);
    unit_cell None = the capture dropped that cell."""
    d = I(l1, l2, l3, cell if vtype == "定量" or not re.search(r"[0-9]", cell) else "Q:" + cell, desc,
          l1std=l1std, l2std=l2std, **extra)
    if d["kind"] == "numeric":
        assert d["unit"] is None, cell
        d["unit"] = unit_cell or None
    d["value_type"] = vtype
    d["printed_unit"] = unit_cell
    d["scoring"] = scoring
    return d


def Proj(seq, name, inds, title=None, code=None, department=None, department_code=None, unit="万元",
         total=None, fiscal=None, other=None, purpose=None, plan=(), goals=(), **extra):
    for j, d in enumerate(inds, 1):
        d["seq"] = j
    p = {"seq": seq, "title": title, "department_code": department_code, "department": department,
         "code": code, "name": name, "unit": unit, "budget_total": total, "budget_fiscal": fiscal,
         "budget_other": other, "purpose": purpose,
         "spending_plan": [{"month": m, "pct": v} for m, v in plan], "goals": list(goals),
         "indicators": inds}
    p.update(extra)
    return p


def clean(obj):
    """drop the private render keys (leading underscore) before writing a gold."""
    if isinstance(obj, dict):
        return {k: clean(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [clean(v) for v in obj]
    return obj


# ------------------------------------------------------------------ the traditional-character mirror (c5)
# TRAD: simplified → traditional, one character at a time, for every character c5 prints (drafted once at authoring
# time from OpenCC s2t, then hand-edited to a plain character-by-character mirror: 布 注 核 占 周 群 left as they are,
# 众→眾; OpenCC is NOT needed to run make.py or check.py). PY: the characters after which the mirror
# inserts a pinyin reading in brackets ("標(biāo)"); the reading is noise, not content (see README).
TRAD = {"万": "萬", "与": "與", "业": "業", "东": "東", "丰": "豐", "举": "舉", "书": "書", "产": "產", "众": "眾", "会": "會",
        "体": "體", "关": "關", "内": "內", "册": "冊", "况": "況", "准": "準", "划": "劃", "办": "辦", "务": "務", "动": "動",
        "区": "區", "单": "單", "参": "參", "发": "發", "台": "臺", "员": "員", "响": "響", "围": "圍", "图": "圖", "场": "場",
        "处": "處", "备": "備", "实": "實", "审": "審", "对": "對", "广": "廣", "开": "開", "强": "強", "总": "總", "执": "執",
        "报": "報", "拨": "撥", "数": "數", "时": "時", "显": "顯", "权": "權", "来": "來", "标": "標", "样": "樣", "检": "檢",
        "济": "濟", "浏": "瀏", "游": "遊", "满": "滿", "献": "獻", "电": "電", "监": "監", "盖": "蓋", "码": "碼", "称": "稱",
        "类": "類", "级": "級", "线": "線", "组": "組", "织": "織", "经": "經", "结": "結", "络": "絡", "绩": "績", "续": "續",
        "综": "綜", "编": "編", "网": "網", "职": "職", "获": "獲", "视": "視", "览": "覽", "计": "計", "讲": "講", "设": "設",
        "评": "評", "诉": "訴", "请": "請", "读": "讀", "调": "調", "负": "負", "财": "財", "责": "責", "质": "質", "购": "購",
        "费": "費", "资": "資", "转": "轉", "载": "載", "较": "較", "辖": "轄", "达": "達", "运": "運", "进": "進", "释": "釋",
        "铁": "鐵", "长": "長", "门": "門", "闭": "閉", "问": "問", "间": "間", "阅": "閱", "际": "際", "页": "頁", "预": "預",
        "额": "額", "馆": "館"}
PY = {"标": "biāo", "区": "qū", "价": "jià", "认": "rèn", "发": "fā", "时": "shí", "数": "shù", "责": "zé",
      "负": "fù", "级": "jí", "计": "jì", "评": "píng", "准": "zhǔn", "产": "chǎn", "业": "yè", "务": "wù",
      "质": "zhì", "会": "huì", "经": "jīng", "济": "jì", "应": "yīng", "运": "yùn", "转": "zhuǎn", "态": "tài",
      "动": "dòng", "体": "tǐ", "织": "zhī", "护": "hù", "览": "lǎn"}
PY_RE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)")


def t(s):
    """the printed (traditional) form of a simplified string."""
    return None if s is None else "".join(TRAD.get(ch, ch) for ch in s)


def mirror(s):
    """what the mirror prints: traditional characters, some followed by their pinyin in brackets."""
    return "".join(TRAD.get(ch, ch) + (f"({PY[ch]})" if ch in PY else "") for ch in s)


T_KEYS = {"title", "department", "compiled_by", "reviewed_by", "name", "purpose", "implementing_unit", "level1",
          "level2", "level3", "description", "value_raw", "unit", "basis", "printed_unit", "value_type", "scoring",
          "duties"}


def to_trad(obj, key=None):
    """convert every printed string of a record; normalized keys (level1_std/level2_std, kind, comparator)
    stay as they are."""
    if isinstance(obj, dict):
        return {k: to_trad(v, k) for k, v in obj.items()}
    if isinstance(obj, list):
        return [to_trad(v, key) for v in obj]
    if isinstance(obj, str) and (key in T_KEYS or key in ("goals", "overall_goals")):
        return t(obj)
    return obj
