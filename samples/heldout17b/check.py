#!/usr/bin/env python3
"""Check the blind set heldout17b: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold (title, department, code, names, implementing unit, amounts as `%.2f`, goals, mid-term goals, level
names, 三级, descriptions, value cells, baselines, notes, weights, cost items, duty rows) found in the document's own
text, and each draft's quirk asserted from the FILE. Every draft is an image with no text layer, so "its own text" is
the source rendering it was drawn as before degrading: /tmp/heldout17b_build/STEM.src.pdf (present after make.py),
read by pdfminer AND pypdfium2 (a string counts when either reader has it); positions come from pdfplumber on the same
file. Whitespace and `,` are ignored. `--selftest` also runs every quirk assertion against the five OTHER drafts and
against a mutated gold, and the string check against a gold with a 三级 renamed, and reports that each fails there.
Nothing from jixiao is used. Theme of 17b: scans of the named template families."""
import copy, glob, hashlib, json, os, re, subprocess, sys

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout17b_build"
SCORE = "/work/shared/tools/score.py"


def norm(s):
    return re.sub(r"[\s,]+", "", s)


def stem_of(path):
    return os.path.splitext(os.path.basename(path))[0]


def src_of(path):
    return os.path.join(TMP, stem_of(path) + ".src.pdf")


def src_pages(path):
    """the text of each page of the source rendering: pdfminer and pypdfium2, both."""
    from pdfminer.high_level import extract_text
    import pypdfium2 as pdfium
    src = src_of(path)
    d = pdfium.PdfDocument(src)
    return [(extract_text(src, page_numbers=[i]), d[i].get_textpage().get_text_range()) for i in range(len(d))]


def where(path, page, s, nth=0):
    """(x0, top, x1, bottom) in points of the nth occurrence (-1: the last) of s on a page of the source rendering
    (pdfplumber)."""
    import pdfplumber
    with pdfplumber.open(src_of(path)) as d:
        h = d.pages[page].search(s, regex=False)[nth]
        return h["x0"], h["top"], h["x1"], h["bottom"]


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    if d.get("department_code"): yield d["department_code"]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit", "measures",
                  "project_type", "project_nature"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        e = p.get("extra") or {}
        for r in e.get("年度履职目标", []):
            yield from r.values()
        for c in e.get("cost_items", []):
            yield c["item"]; yield f'{c["amount"]:.2f}'; yield c["basis"]; yield c["2022年实际执行数"]; yield c["2023年实际执行数"]
        for r in e.get("实施进度计划", []):
            yield from r
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference", "baseline_raw",
                      "note", "printed_unit", "sign"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def missing(doc, g):
    pages = src_pages(doc)
    a = norm("".join(p[0] for p in pages)); b = norm("".join(p[1] for p in pages))
    return [s for s in strings(g) if norm(str(s)) not in a and norm(str(s)) not in b]


def pdf_images(doc):
    """the page images of an image-only PDF (exactly one image object per page), and whether any page has text."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(doc)
    has_text = any(pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))
    ims = []
    for i in range(len(pdf)):
        objs = list(pdf[i].get_objects())
        assert len(objs) == 1 and objs[0].type == 3, "not one image per page"
        ims.append(objs[0].get_bitmap().to_pil())
    return ims, has_text, [pdf[i].get_size() for i in range(len(pdf))]


def rules(strip):
    """number of horizontal ruled lines crossing a vertical strip of a page image (dark rows grouped)."""
    dark = (strip < 128).mean(1) > 0.7
    return int(np.sum(dark[1:] & ~dark[:-1]) + dark[0])


def skew(a):
    """the page's skew in degrees (counter-clockwise positive), by the sharpest horizontal projection profile."""
    im = Image.fromarray(((a < 128) * 255).astype(np.uint8))
    im = im.resize((im.width // 2, im.height // 2))
    best = max(np.arange(-1.5, 1.51, 0.05),
               key=lambda t: np.var(np.asarray(im.rotate(-t, resample=Image.BILINEAR), np.float32).sum(1)))
    return float(best)


def structure(stem, doc, g):
    """layout facts each draft is meant to have, read from the file; returns a list of problems."""
    bad = []
    P = g["projects"]
    text = norm("".join(p[1] for p in src_pages(doc)))
    if stem.startswith("m1"):                      # clean 200 dpi scan of a Sichuan one-table export
        ims, has_text, sizes = pdf_images(doc)
        a = np.asarray(ims[0].convert("L"), np.float32)
        s = 200 / 72
        ok = [not has_text, len(ims) == 1, ims[0].mode == "L", ims[0].size == (2339, 1654),
              abs(sizes[0][0] - 842) < 2 and abs(sizes[0][1] - 595) < 2, abs(skew(a)) < 0.1,
              np.percentile(a, 50) > 235]
        _, top, _, bot = where(doc, 0, "单位名称")            # the header cell
        y0 = int((bot + 8) * s)
        cols = {}
        for lab in ("单位名称", "项目名称", "三级指标"):
            x0, _, x1, _ = where(doc, 0, lab)
            cols[lab] = rules(a[y0:, int(x0 * s) + 4:int(x1 * s) - 4])
        n = sum(len(p["indicators"]) for p in P)
        ok += [cols["单位名称"] == 1, cols["项目名称"] == len(P), cols["三级指标"] == n]   # merged cells have no rules
        ok.append(all(sum(x["weight"] for x in p["indicators"]) == 100 for p in P))
        ok.append(text.count(norm(f'{g["document"]["department_code"]}-{g["document"]["department"]}')) == 2)
        for p in P:                                   # a merged project cell: the name sits mid-span, not on row 1
            _, nt, _, nb = where(doc, 0, p["name"][:6])
            _, ft, _, _ = where(doc, 0, p["indicators"][0]["level3"])
            _, _, _, lb = where(doc, 0, p["indicators"][-1]["level3"])
            ok.append(ft + 12 < nt and nb < lb - 12)
        if not all(ok):
            bad.append(f"m1: ok={ok} rules={cols}")
    elif stem.startswith("m2"):                    # skewed 0.7° with speckles, PNG
        im = Image.open(doc)
        a = np.asarray(im.convert("L"), np.float32)
        import cv2
        ok = [im.format == "PNG", im.mode == "L", tuple(round(v) for v in im.info.get("dpi", (0, 0))) == (200, 200),
              im.size == (1654, 2339)]
        sk = skew(a)
        ok.append(0.5 <= sk <= 0.9)
        low = (a[1900:2250, 100:1550] < 128).astype(np.uint8)       # blank paper under the form
        n, _, stats, _ = cv2.connectedComponentsWithStats(low, connectivity=8)
        specks = int(np.sum(stats[1:, cv2.CC_STAT_AREA] <= 12))
        ok.append(specks > 150)
        p = P[0]
        k = len(p["indicators"]) // 2
        mid, year = p["indicators"][:k], p["indicators"][k:]
        ok.append([x["period"] for x in mid] == ["mid_term"] * k and [x["period"] for x in year] == ["year"] * k)
        for m, y in zip(mid, year):                   # each printed row: 三级 │ 实施期值 │ 年度值
            ok.append(m["level3"] == y["level3"] and norm(m["level3"] + m["value_raw"] + y["value_raw"]) in text)
        ok.append(norm("实施期资金总额" + p["extra"]["实施期资金总额"] + "年度资金总额" + f'{p["budget_total"]:.2f}') in text)
        if not all(ok):
            bad.append(f"m2: ok={ok} skew={sk} specks={specks}")
    elif stem.startswith("m3"):                    # 150 dpi JPEG q55, 2015-style form with 项目属性 boxes
        im = Image.open(doc)
        q = getattr(im, "quantization", {}) or {}
        a = np.asarray(im.convert("L"), np.float32)
        ok = [im.format == "JPEG", abs(im.size[0] - 1240) <= 1 and abs(im.size[1] - 1754) <= 1, tuple(round(v) for v in im.info.get("dpi", (0, 0))) == (150, 150),
              bool(q) and 13 <= q[0][0] <= 15]                       # libjpeg's luminance DC step at quality 55
        s = 150 / 72
        ink = {}
        for o in ("新增项目", "延续项目"):
            x0, t, x1, b = where(doc, 0, o)
            box = a[int(t * s):int((b + 1) * s), int((x1 + 2.5) * s):int((x1 + 9.5) * s)]
            ink[o] = float((box < 140).mean())
        chosen = max(ink, key=ink.get)
        ok.append(ink[chosen] > 1.5 * min(ink.values()))
        ok.append(P[0]["extra"]["项目属性"] == chosen)
        _, hdr2, _, _ = where(doc, 0, "指标内容", 1)                # the 年度绩效指标 header row
        _, hdr1, _, _ = where(doc, 0, "指标内容", 0)
        import pdfplumber
        with pdfplumber.open(src_of(doc)) as d:
            for x in P[0]["indicators"]:               # 长期 rows between the two header rows, 年度 rows below the second
                tops = [h["top"] for h in d.pages[0].search(x["level3"], regex=False) if h["top"] > hdr1]
                if x["period"] == "mid_term":
                    ok.append(bool(tops) and hdr1 < tops[0] < hdr2)
                else:
                    ok.append(bool(tops) and tops[-1] > hdr2)
        if not all(ok):
            bad.append(f"m3: ok={ok} q={q.get(0, [None])[0] if q else None} ink={ink}")
    elif stem.startswith("m4"):                    # a phone photo made into a PDF, department-level form
        import cv2
        ims, has_text, sizes = pdf_images(doc)
        im = ims[0].convert("RGB")
        a = np.asarray(im, np.float32)
        grey = a.mean(-1)
        ok = [not has_text, len(ims) == 1, im.size == (3000, 4000), abs(sizes[0][0] - 595.4) < 3]
        paper = (grey > 150).astype(np.uint8)
        paper = cv2.morphologyEx(paper, cv2.MORPH_CLOSE, np.ones((25, 25), np.uint8))
        cs, _ = cv2.findContours(paper, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        big = max(cs, key=cv2.contourArea)
        frac = cv2.contourArea(big) / (3000 * 4000)
        quad = cv2.approxPolyDP(big, 0.01 * cv2.arcLength(big, True), True).reshape(-1, 2)
        ok += [0.6 < frac < 0.95, len(quad) == 4]
        if len(quad) == 4:
            q = quad[np.argsort(quad[:, 1])]
            top, bot = q[:2][np.argsort(q[:2, 0])], q[2:][np.argsort(q[2:, 0])]
            ok.append((bot[1][0] - bot[0][0]) > (top[1][0] - top[0][0]) * 1.05)      # keystone: top edge narrower
        ok.append(np.percentile(grey[1800:2200, 350:650], 90) - np.percentile(grey[1800:2200, 2350:2650], 90) > 25)
        desk = a[:150, :].reshape(-1, 3)
        ok.append(abs(desk[:, 0].mean() - desk[:, 2].mean()) < 20 and desk.mean() < 130)   # a grey desk, not paper
        p = P[0]
        ok += [len(P) == 1, p["scope"] == "department", p["name"] is None,
               abs(p["budget_total"] - p["budget_fiscal"] - p["budget_other"]) < 0.005]
        ok.append(norm(f'资金总额{p["budget_total"]:.2f}其中：财政拨款{p["budget_fiscal"]:.2f}') in text)
        if not all(ok):
            bad.append(f"m4: ok={ok} frac={frac:.2f} quad={len(quad)}")
    elif stem.startswith("m5"):                    # 300 dpi greyscale TIFF, Guangdong baseline form
        im = Image.open(doc)
        a = np.asarray(im.convert("L"))
        ok = [im.format == "TIFF", getattr(im, "n_frames", 1) == 1, im.mode == "L",
              tuple(round(v) for v in im.info.get("dpi", (0, 0))) == (300, 300), abs(im.size[0] - 2480) <= 1 and abs(im.size[1] - 3508) <= 1,
              im.tag_v2.get(259) in (8, 32946), len(np.unique(a)) > 64]
        inds = P[0]["indicators"]
        for x in inds:                                # 三级 │ 上年度实际水平 │ 本年度计划完成水平, in that order
            ok.append(norm(x["level3"] + (x["baseline_raw"] or "") + x["value_raw"]) in text)
        bl = [x["baseline_raw"] for x in inds]
        ok.append("—" in bl and "/" in bl and None in bl)
        if not all(ok):
            bad.append(f"m5: ok={ok}")
    elif stem.startswith("m6"):                    # two-page colour scan, a red seal over cells, Hubei cost form
        ims, has_text, sizes = pdf_images(doc)
        ok = [not has_text, len(ims) == len(P) == 2]
        s = 200 / 72
        for k, im in enumerate(ims[:2]):
            a = np.asarray(im.convert("RGB"), np.int16)
            red = (a[..., 0] > 150) & (a[..., 1] < 120) & (a[..., 2] < 130) & (a[..., 0] - a[..., 1] > 60)
            ok.append(im.mode == "RGB" and red.sum() > 4000)
            if red.sum() > 4000 and k < len(P):
                ys, xs = np.nonzero(red)
                cy, cx = ys.mean() / s, xs.mean() / s
                _, t_last, _, _ = where(doc, k, P[k]["indicators"][-1]["level3"])
                _, t_op, _, b_op = where(doc, k, "主管部门审")
                ok.append(t_last - 40 < cy < b_op + 30)          # on the last indicator rows / the opinion cell
                y0, y1 = ys.min(), ys.max(); x0, x1 = xs.min(), xs.max()
                under = (a[y0:y1, x0:x1].max(-1) < 90).sum()      # black print that the red ink lies over
                ok.append(under > 300)
        for p in P:                                   # the cost table adds up
            e = p["extra"]
            ok.append(abs(sum(c["amount"] for c in e["cost_items"]) - e["cost_total"]) < 0.005
                      and e["cost_total"] == p["budget_total"])
            f = norm("".join(f'{c["item"]}{c["amount"]:.2f}' for c in e["cost_items"][:1]))
            ok.append(f in text)
        if not all(ok):
            bad.append(f"m6: ok={ok}")
    else:
        bad.append("unknown draft")
    return bad


QMUT = {"m1": lambda g: g["projects"][1]["indicators"].append(g["projects"][0]["indicators"].pop()),
        "m2": lambda g: g["projects"][0]["indicators"][1].update(value_raw="≥42公里"),
        "m3": lambda g: g["projects"][0]["extra"].update(项目属性="新增项目"),
        "m4": lambda g: g["projects"][0].update(budget_fiscal=g["projects"][0]["budget_total"]),
        "m5": lambda g: g["projects"][0]["indicators"][5].update(baseline_raw=None),
        "m6": lambda g: g["projects"][0]["extra"]["cost_items"][1].update(amount=282.0)}
QMUT_WHAT = {"m1": "a row moved to the next project", "m2": "a 实施期 value typed as the 年度 one",
             "m3": "项目属性 typed 新增项目", "m4": "fiscal = total", "m5": "the `—` baseline dropped",
             "m6": "a cost item 228.00 typed 282.00"}


def main():
    bad = 0
    golds = {}
    for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        golds[stem] = (gp, g)
        doc = os.path.join(D, g["source"]["path"])
        sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
        miss = missing(doc, g)
        try:
            miss += structure(stem, doc, g)
        except Exception as e:
            miss.append(f"structure: {type(e).__name__}: {e}")
        r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
        f1 = json.loads(r.stdout)["f1"]
        n_ind = sum(len(p["indicators"]) for p in g["projects"])
        print(f"{os.path.basename(doc):48s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
              f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
        bad += bool(miss) or f1 != 1.0 or not sha_ok
    if len(golds) != 6 or glob.glob(os.path.join(EXPECTED, "*.refusal.txt")):
        print("want six golds and no refusal"); bad += 1
    if "--selftest" in sys.argv:
        for stem, (gp, g) in golds.items():
            others = [s for s in golds if s != stem]

            def fails(o):
                try:
                    return bool(structure(stem, os.path.join(D, golds[o][1]["source"]["path"]), g))
                except Exception:
                    return True
            held = [o for o in others if not fails(o)]
            m = copy.deepcopy(g)
            m["projects"][-1]["indicators"][-1]["level3"] += "（抽样）"
            mut = missing(os.path.join(D, g["source"]["path"]), m)
            mq = copy.deepcopy(g)
            QMUT[stem[:2]](mq)
            try:
                qfail = bool(structure(stem, os.path.join(D, g["source"]["path"]), mq))
            except Exception:
                qfail = True
            print(f"  selftest {stem[:2]}: quirk assertions on a mutated gold ({QMUT_WHAT[stem[:2]]}) "
                  f"{'fail' if qfail else 'HOLD'}")
            print(f"  selftest {stem[:2]}: quirk assertions fail on {len(others) - len(held)}/{len(others)} other drafts"
                  f"{' (HELD on ' + str(held) + ')' if held else ''}; mutated gold missing={mut}")
            bad += (not qfail) + bool(held) + (not mut)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
