"""Helpers to type blind golds by hand (no jixiao import). Each indicator is typed as the
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
L2.update({"经济效益": "经济效益指标", "社会效益": "社会效益指标", "生态效益": "生态效益指标",
           "可持续影响": "可持续影响指标", "服务对象满意度": "服务对象满意度指标"})

NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
PRE = [("大于等于", ">="), ("小于等于", "<="), ("不低于", ">="), ("不少于", ">="), ("不高于", "<="),
       ("不超过", "<="), ("≥", ">="), ("≤", "<="), (">=", ">="), ("<=", "<="), (">", ">"), ("<", "<"),
       ("=", "=")]
SUF = [("以上", ">="), ("以内", "<="), ("以下", "<=")]
REFS = {"预算批复金额", "预算数", "年初预算数"}


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


def I(l1, l2, l3, raw, desc=None, basis=None, l1std=None, l2std=None, **extra):
    """One printed indicator row. raw = the value cell as printed ("Q:" marks a qualitative
    value that holds digits, e.g. a date)."""
    kind, cmp, val, vmax, unit, ref = parse(raw)
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
