#!/usr/bin/env python3
"""Check the blind set heldout19a: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold (title, department, code, names, implementing units, amounts as `%.2f` incl. 上年结转资金, goals,
mid-term goals, level names, 三级, descriptions, value cells, baselines, signs, printed units, weights, string extras)
found in the document's own text, and each draft's quirk asserted from the FILE. Every draft is an image with no
text layer, so "its own text" is the source rendering it was drawn as before scanning:
/tmp/heldout19a_build/STEM.src.pdf (present after make.py), read by pdfminer AND pypdfium2 (a string counts when
either reader has it); positions come from pdfplumber on the same file. Whitespace and `,` are ignored. `--selftest`
also runs every quirk assertion against the five OTHER drafts and against a mutated gold, and the string check
against a gold with a 三级 renamed, and reports that each fails there. Nothing from jixiao is used.
Theme of 19a: scans of the named template families as office scanners save them."""
import copy, glob, hashlib, json, os, re, subprocess, sys

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout19a_build"
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
    """(x0, top, x1, bottom) in points of the nth occurrence of s on a page of the source rendering (pdfplumber)."""
    import pdfplumber
    with pdfplumber.open(src_of(path)) as d:
        h = d.pages[page].search(s, regex=False)[nth]
        return h["x0"], h["top"], h["x1"], h["bottom"]


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    if d.get("department_code"): yield d["department_code"]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other", "budget_carryover"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        yield from p["goals"]
        yield from p.get("goals_mid_term") or []
        for v in (p.get("extra") or {}).values():
            if isinstance(v, str): yield v
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference", "baseline_raw",
                      "printed_unit", "sign"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])
            if x.get("direction"): yield x["direction"] + "指标"


def missing(doc, g):
    pages = src_pages(doc)
    a = norm("".join(p[0] for p in pages)); b = norm("".join(p[1] for p in pages))
    return [s for s in strings(g) if norm(str(s)) not in a and norm(str(s)) not in b]


def pdf_images(doc):
    """the page images of an image-only PDF (exactly one image object per page), whether any page has text, the
    page sizes, and each image's PDF dictionary (pypdf)."""
    import pypdfium2 as pdfium
    from pypdf import PdfReader
    pdf = pdfium.PdfDocument(doc)
    has_text = any(pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))
    ims = []
    for i in range(len(pdf)):
        objs = list(pdf[i].get_objects())
        assert len(objs) == 1 and objs[0].type == 3, "not one image per page"
        ims.append(objs[0].get_bitmap().to_pil())
    dicts = []
    for pg in PdfReader(doc).pages:
        xo = pg["/Resources"]["/XObject"]
        dicts += [xo[k].get_object() for k in xo]
    return ims, has_text, [pdf[i].get_size() for i in range(len(pdf))], dicts


def rules(strip):
    """number of horizontal ruled lines crossing a vertical strip of a page image (dark rows grouped)."""
    dark = (strip < 128).mean(1) > 0.7
    return int(np.sum(dark[1:] & ~dark[:-1]) + dark[0])


def dpi_is(im, v):
    return tuple(round(x) for x in im.info.get("dpi", (0, 0))) == (v, v)


def twoset_ok(p, text, mid_lab):
    """two indicator sets: all mid_term first, then all year, and each printed row 三级 │ 中期值 │ 年度值 in the text."""
    k = len(p["indicators"]) // 2
    mid, year = p["indicators"][:k], p["indicators"][k:]
    ok = [[x["period"] for x in mid] == ["mid_term"] * k and [x["period"] for x in year] == ["year"] * k]
    for m, y in zip(mid, year):
        ok.append(m["level3"] == y["level3"] and norm(m["level3"] + m["value_raw"] + y["value_raw"]) in text)
    ok.append(norm(mid_lab) in text)
    return ok


def structure(stem, doc, g):
    """layout facts each draft is meant to have, read from the file; returns a list of problems."""
    bad = []
    P = g["projects"]
    pages = src_pages(doc)
    text = norm("".join(p[1] for p in pages))
    if stem.startswith("o1"):                      # bilevel 300 dpi TIFF, CCITT G4: central 申报表 annex
        im = Image.open(doc)
        a = np.asarray(im.convert("L"))
        ok = [im.format == "TIFF", getattr(im, "n_frames", 1) == 1, im.mode == "1", dpi_is(im, 300),
              abs(im.size[0] - 2480) <= 1 and abs(im.size[1] - 3508) <= 1, im.tag_v2.get(259) == 4,
              set(np.unique(a).tolist()) <= {0, 255}, 0.01 < (a == 0).mean() < 0.15]
        p = P[0]
        ok.append(abs(p["budget_total"] - p["budget_fiscal"] - p["budget_carryover"] - p["budget_other"]) < 0.005)
        ok.append(norm(f'年度资金总额{p["budget_total"]:.2f}其中：财政拨款{p["budget_fiscal"]:.2f}'
                       f'上年结转资金{p["budget_carryover"]:.2f}其他资金{p["budget_other"]:.2f}') in text)
        ok.append(norm(f'主管部门及代码[{p["department_code"]}]{p["department"]}') in text)
        ok.append(all("period" not in x for x in p["indicators"]))
        if not all(ok):
            bad.append(f"o1: ok={ok}")
    elif stem.startswith("o2"):                    # two-frame colour TIFF (JPEG-in-TIFF): transfer 长期 / 年度
        im = Image.open(doc)
        ok = [im.format == "TIFF", getattr(im, "n_frames", 1) == 2 == len(P)]
        for k in range(min(getattr(im, "n_frames", 1), 2)):
            im.seek(k)
            ok += [im.mode == "RGB", im.tag_v2.get(259) == 7, dpi_is(im, 200), im.size == (1654, 2339)]
        for k, p in enumerate(P):                  # fund k on frame k only, with its own rows
            ptxt = norm(pages[k][1]) if k < len(pages) else ""
            other = norm("".join(pp[1] for i, pp in enumerate(pages) if i != k))
            ok.append(norm("专项名称" + p["name"]) in ptxt and norm(p["name"]) not in other)
            ok += twoset_ok(p, ptxt, "指标内容长期目标值年度目标值")
            ok.append(norm(f'实施期资金总额{p["extra"]["实施期资金总额"]}') in ptxt)
        if not all(ok):
            bad.append(f"o2: ok={ok}")
    elif stem.startswith("o3"):                    # 200 dpi colour JPEG, yellowish paper, back page showing through
        im = Image.open(doc)
        a = np.asarray(im.convert("RGB"), np.float32)
        ok = [im.format == "JPEG", im.mode == "RGB", dpi_is(im, 200), im.size == (1654, 2339)]
        med = np.median(a.reshape(-1, 3), 0)
        ok.append(med[0] - med[2] > 20 and med[1] - med[2] > 15 and med[0] > 220)       # yellow, not grey, paper
        back = os.path.join(TMP, stem_of(doc) + ".back.pdf")
        import pypdfium2 as pdfium
        b = np.asarray(pdfium.PdfDocument(back)[0].render(scale=200 / 72).to_pil().convert("L"), np.float32)
        front = np.asarray(pdfium.PdfDocument(src_of(doc))[0].render(scale=200 / 72).to_pil().convert("L"), np.float32)
        paper = (front > 250)                      # where the front page has no print
        lum = a.mean(-1)
        mir = b[:, ::-1][:lum.shape[0], :lum.shape[1]] < 128
        plain = b[:lum.shape[0], :lum.shape[1]] < 128
        dm = lum[paper & ~mir].mean() - lum[paper & mir].mean()    # paper darker where the MIRRORED back has ink
        dp = lum[paper & ~plain].mean() - lum[paper & plain].mean()
        ok.append(dm > 6 and dm > 2 * abs(dp) and lum[paper & mir].mean() > 170)
        inds = P[0]["indicators"]
        for x in inds:                             # 三级 │ 上年度实际水平 │ 本年度计划完成水平, in that order
            ok.append(norm(x["level3"] + (x["baseline_raw"] or "") + x["value_raw"]) in text)
        bl = [x["baseline_raw"] for x in inds]
        ok.append("—" in bl and "/" in bl and None in bl)
        if not all(ok):
            bad.append(f"o3: ok={ok} med={med} dm={dm:.1f} dp={dp:.1f}")
    elif stem.startswith("o4"):                    # 240 dpi greyscale PNG: 部门整体
        im = Image.open(doc)
        a = np.asarray(im.convert("L"))
        ok = [im.format == "PNG", im.mode == "L", dpi_is(im, 240), abs(im.size[0] - 1984) <= 1 and abs(im.size[1] - 2806) <= 1,
              len(np.unique(a)) > 64]
        p = P[0]
        ok += [len(P) == 1, p["scope"] == "department", p["name"] is None, p.get("code") is None,
               abs(p["budget_total"] - p["budget_fiscal"] - p["budget_other"]) < 0.005]
        ok.append(norm(f'资金总额{p["budget_total"]:.2f}其中：财政拨款{p["budget_fiscal"]:.2f}其他资金{p["budget_other"]:.2f}') in text)
        ok.append(norm("".join(f"目标{i}：{x}" for i, x in enumerate(p["goals"], 1))) in text)
        for x in p["indicators"]:
            ok.append(norm(x["level3"] + x["description"] + x["value_raw"]) in text)
        if not all(ok):
            bad.append(f"o4: ok={ok}")
    elif stem.startswith("o5"):                    # image-only PDF with a 1-bit page image: Sichuan 一体化 export
        ims, has_text, sizes, dicts = pdf_images(doc)
        a = np.asarray(ims[0].convert("L"), np.float32)
        flt = [str(f) for d in dicts for f in (d.get("/Filter") if isinstance(d.get("/Filter"), list) else [d.get("/Filter")])]
        ok = [not has_text, len(ims) == 1, len(dicts) == 1, dicts[0].get("/BitsPerComponent") == 1,
              "/JBIG2Decode" not in flt, "/CCITTFaxDecode" in flt, set(np.unique(a).tolist()) <= {0, 255},
              ims[0].size == (3508, 2481), abs(sizes[0][0] - 842) < 2 and abs(sizes[0][1] - 595) < 2]
        s = 300 / 72
        _, top, _, bot = where(doc, 0, "单位名称")            # the header cell
        y0 = int((bot + 8) * s)
        cols = {}
        for lab in ("单位名称", "项目名称", "三级指标"):
            x0, _, x1, _ = where(doc, 0, lab)
            cols[lab] = rules(a[y0:, int(x0 * s) + 4:int(x1 * s) - 4])
        n = sum(len(p["indicators"]) for p in P)
        ok += [cols["单位名称"] == 1, cols["项目名称"] == len(P), cols["三级指标"] == n]   # merged cells have no rules
        ok.append(all(sum(x["weight"] for x in p["indicators"]) == 100 for p in P))
        for p in P:                                # each project's rows sit inside its merged name cell
            _, nt, _, nb = where(doc, 0, p["name"][:4])
            _, ft, _, _ = where(doc, 0, p["indicators"][0]["level3"])
            _, _, _, lb = where(doc, 0, p["indicators"][-1]["level3"])
            ok.append(ft - 2 < nt and nb < lb + 2)
        if not all(ok):
            bad.append(f"o5: ok={ok} rules={cols}")
    elif stem.startswith("o6"):                    # grey scan, two punched holes and a staple: 批复表 实施期 + 年度
        import cv2
        ims, has_text, sizes, dicts = pdf_images(doc)
        a = np.asarray(ims[0].convert("L"))
        ok = [not has_text, len(ims) == 1, ims[0].mode == "L", ims[0].size == (1654, 2339)]
        mm = 200 / 25.4
        x0, t0, _, _ = where(doc, 0, "项目名称")                   # the table's left edge is right of the holes
        margin = (a[:, :int((x0 - 6) * 200 / 72)] < 110).astype(np.uint8)
        n, lab, stats, cent = cv2.connectedComponentsWithStats(margin, connectivity=8)
        holes = [(cent[i], stats[i]) for i in range(1, n)
                 if 0.6 < stats[i, cv2.CC_STAT_AREA] / (np.pi * (3 * mm) ** 2) < 1.4
                 and abs(stats[i, cv2.CC_STAT_WIDTH] - stats[i, cv2.CC_STAT_HEIGHT]) < 0.15 * stats[i, cv2.CC_STAT_WIDTH]]
        ok.append(len(holes) == 2)
        if len(holes) == 2:
            (c1, _), (c2, _) = holes
            ok.append(abs(abs(c1[1] - c2[1]) - 80 * mm) < 3 * mm and abs(c1[0] - 12 * mm) < 3 * mm
                      and abs((c1[1] + c2[1]) / 2 - a.shape[0] / 2) < 5 * mm)
        corner = (a[:int((t0 - 14) * 200 / 72), :int(45 * mm)] < 110).astype(np.uint8)   # above the table
        n, lab, stats, cent = cv2.connectedComponentsWithStats(corner, connectivity=8)
        staples = [i for i in range(1, n) if stats[i, cv2.CC_STAT_WIDTH] > 7 * mm and stats[i, cv2.CC_STAT_HEIGHT] > 7 * mm
                   and stats[i, cv2.CC_STAT_AREA] < 0.25 * stats[i, cv2.CC_STAT_WIDTH] * stats[i, cv2.CC_STAT_HEIGHT]]
        ok.append(len(staples) == 1)                 # one thin diagonal wire in the corner
        p = P[0]
        ok += twoset_ok(p, text, "三级指标实施期指标值年度指标值")
        ok.append(norm("实施期资金总额" + p["extra"]["实施期资金总额"] + "年度资金总额" + f'{p["budget_total"]:.2f}') in text)
        if not all(ok):
            bad.append(f"o6: ok={ok} holes={len(holes)} staples={len(staples)}")
    else:
        bad.append("unknown draft")
    return bad


QMUT = {"o1": lambda g: g["projects"][0].update(budget_fiscal=g["projects"][0]["budget_fiscal"] + g["projects"][0]["budget_carryover"], budget_carryover=0.0),
        "o2": lambda g: g["projects"][1]["indicators"][0].update(value_raw="≥1.4万亩"),
        "o3": lambda g: g["projects"][0]["indicators"][3].update(baseline_raw=None),
        "o4": lambda g: g["projects"][0].update(budget_fiscal=g["projects"][0]["budget_total"]),
        "o5": lambda g: g["projects"][1]["indicators"].append(g["projects"][0]["indicators"].pop()),
        "o6": lambda g: g["projects"][0]["indicators"][2].update(value_raw="≥3200套")}
QMUT_WHAT = {"o1": "上年结转资金 0, counted as fiscal", "o2": "a 长期 value typed as the 年度 one",
             "o3": "the `—` baseline dropped", "o4": "fiscal = total", "o5": "a row moved to the next project",
             "o6": "a 实施期 value typed as the 年度 one"}


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
        print(f"{os.path.basename(doc):56s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
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
    print("PASS" if not bad else f"FAIL ({bad})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
