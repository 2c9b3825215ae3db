#!/usr/bin/env python3
"""Check the blind set heldout15a: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, every printed
string of each gold (title, department, code, names, implementing unit, amounts as `%.2f`, goals, level names, 三级,
value cells, bases, weights) found in the document's own text, and each draft's quirk asserted from the FILE.
Every draft is an image (photo, fax, scans, screenshot) with no text layer, so "its own text" is the source rendering
it was drawn as before degrading: /tmp/heldout15a_build/STEM.src.pdf (present after make.py), read by pdfminer AND
pypdfium2 (a string counts when either reader has it). Whitespace and `,` are ignored. `--selftest` also runs every
quirk assertion against the five OTHER drafts and against a mutated gold, and the string check against a gold with
a 三级 renamed, and reports that each fails there. Nothing from jixiao is used. Theme of 15a: scans as offices make them."""
import copy, glob, hashlib, json, os, re, subprocess, sys

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout15a_build"
SCORE = "/work/shared/tools/score.py"
FAXHEAD = "2025-03-12 09:41"


def norm(s):
    return re.sub(r"[\s,]+", "", s)


def stem_of(path):
    return os.path.splitext(os.path.basename(path))[0]


def src_pages(path):
    """the text of each page of the source rendering: pdfminer and pypdfium2, both."""
    from pdfminer.high_level import extract_text
    import pypdfium2 as pdfium
    src = os.path.join(TMP, stem_of(path) + ".src.pdf")
    d = pdfium.PdfDocument(src)
    return [(extract_text(src, page_numbers=[i]), d[i].get_textpage().get_text_range()) for i in range(len(d))]


def strings(g):
    d = g["document"]
    yield d["title"]; yield d["department"]
    for k in ("department_code", "compiled_by", "reviewed_by", "status"):
        if d.get(k): yield d[k]
    for p in g["projects"]:
        for k in ("title", "department", "department_code", "code", "name", "purpose", "implementing_unit"):
            if p.get(k): yield p[k]
        for k in ("budget_total", "budget_fiscal", "budget_other"):
            if p.get(k) is not None: yield f"{p[k]:.2f}"
        yield from p["goals"]
        for x in p["indicators"]:
            for k in ("level1", "level2", "level3", "description", "value_raw", "basis", "reference"):
                if x.get(k): yield x[k]
            if x.get("weight") is not None: yield str(x["weight"])


def missing(doc, g):
    pages = src_pages(doc)
    a = norm("".join(p[0] for p in pages)); b = norm("".join(p[1] for p in pages))
    return [s for s in strings(g) if norm(str(s)) not in a and norm(str(s)) not in b]


def money_ok(g):
    return all(abs(p["budget_total"] - p["budget_fiscal"] - p["budget_other"]) < 0.005 for p in g["projects"])


def pdf_images(doc):
    """the page images of an image-only PDF, and whether any page has a text layer."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(doc)
    has_text = any(pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))
    ims = []
    for i in range(len(pdf)):
        objs = [o for o in pdf[i].get_objects() if o.type == 3]
        assert len(objs) == 1 and len(list(pdf[i].get_objects())) == 1, "not one image per page"
        ims.append(objs[0].get_bitmap().to_pil())
    return ims, has_text


def structure(stem, doc, g):
    """layout facts each draft is meant to have, read from the file; returns a list of problems."""
    bad = []
    P = g["projects"]
    if not money_ok(g):
        bad.append("total != fiscal + other")
    if stem.startswith("e1"):
        import cv2
        im = Image.open(doc)
        ex = im.getexif()
        a = np.asarray(im.convert("RGB"), np.float32)
        h, w = a.shape[:2]
        grey = a.mean(-1)
        paper = ((grey > 150) & (np.abs(a[..., 0] - a[..., 2]) < 45)).astype(np.uint8)
        paper = cv2.morphologyEx(paper, cv2.MORPH_CLOSE, np.ones((25, 25), np.uint8))
        cs, _ = cv2.findContours(paper, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        big = max(cs, key=cv2.contourArea)
        frac = cv2.contourArea(big) / (h * w)
        for eps in (0.01, 0.02, 0.03, 0.04, 0.05):                      # the lens bends the edges a little
            quad = cv2.approxPolyDP(big, eps * cv2.arcLength(big, True), True).reshape(-1, 2)
            if len(quad) <= 4:
                break
        ok = [im.format == "JPEG", ex.get(0x010F) == "HUAWEI", (w, h) == (3024, 4032), 0.3 < frac < 0.75,
              len(quad) == 4]
        if len(quad) == 4:
            q = quad[np.argsort(quad[:, 1])]
            top, bot = q[:2][np.argsort(q[:2, 0])], q[2:][np.argsort(q[2:, 0])]
            wt, wb = top[1][0] - top[0][0], bot[1][0] - bot[0][0]
            ok.append(wb > wt * 1.1)                                      # keystone: bottom edge wider
            m = np.zeros((h, w), np.uint8); cv2.fillConvexPoly(m, quad.astype(np.int32), 1)
            m = cv2.erode(m, np.ones((61, 61), np.uint8)).astype(bool)
            ys, xs = np.nonzero(m)
            ul = m & (np.arange(w)[None, :] < np.percentile(xs, 25)) & (np.arange(h)[:, None] < np.percentile(ys, 25))
            lr = m & (np.arange(w)[None, :] > np.percentile(xs, 75)) & (np.arange(h)[:, None] > np.percentile(ys, 75))
            ok.append(np.percentile(grey[ul], 90) - np.percentile(grey[lr], 90) > 30)   # uneven light / shadow
            frame = np.concatenate([a[:120].reshape(-1, 3), a[-120:].reshape(-1, 3)])
            ok.append(frame[:, 0].mean() - frame[:, 2].mean() > 30)        # a brown desk around the page
        ok.append(len(P) == 1 and len(src_pages(doc)) == 1)
        if not all(ok):
            bad.append(f"e1: ok={ok} paper={frac:.2f} quad={len(quad)}")
    if stem.startswith("e2"):
        im = Image.open(doc)
        ok = [im.format == "TIFF", getattr(im, "n_frames", 1) == len(P) == 2]
        pages = src_pages(doc)
        for k in range(getattr(im, "n_frames", 1)):
            im.seek(k)
            a = np.asarray(im.convert("L")) < 128
            dpi = tuple(round(v) for v in im.info.get("dpi", (0, 0)))
            cols = a[60:].mean(0)
            ok += [im.mode == "1", im.tag_v2.get(259) == 4, dpi == (204, 98), im.size[0] == 1728,
                   1100 < im.size[1] < 1200,                                         # A4 at 98 lines per inch
                   a[5:22, 60:1300].mean() > 0.02 and a[24:34, 60:1300].mean() < 0.02,   # the header line, then paper
                   (cols > 0.9).sum() >= 2,                                          # vertical streaks
                   FAXHEAD in pages[k][1] and "FROM:" in pages[k][1] and f"P.{k + 1:03d}/{len(P):03d}" in pages[k][1],
                   norm(P[k]["name"]) in norm(pages[k][1]) if k < len(P) else False]
        ok.append(not any(FAXHEAD in s for s in strings(g)))
        if not all(ok):
            bad.append(f"e2: ok={ok}")
    if stem.startswith("e3"):
        ims, has_text = pdf_images(doc)
        pages = src_pages(doc)
        ok = [not has_text, len(ims) == len(P) == 2]
        for im in ims:
            a = np.asarray(im.convert("RGB"), np.int16)
            blue = ((a[..., 2] - a[..., 0] > 60) & (a[..., 2] - a[..., 1] > 40)).sum()
            ok.append(im.mode == "RGB" and blue > 1500)          # blue ballpoint ink
        fixes = 0
        for k, p in enumerate(P):
            t = norm(pages[k][1]) if k < len(pages) else ""
            for x in p["indicators"]:
                if "value_struck" in x:
                    fixes += 1
                    ok.append(x["value_struck"] != x["value_raw"] and norm(x["value_struck"]) in t
                              and norm(x["value_raw"]) in t)
            if "budget_struck" in p:
                fixes += 2
                ok.append(p["budget_struck"]["budget_total"] != p["budget_total"]
                          and f'{p["budget_struck"]["budget_total"]:.2f}' in t and f'{p["budget_total"]:.2f}' in t)
        ok.append(fixes == 7)
        if not all(ok):
            bad.append(f"e3: ok={ok} fixes={fixes}")
    if stem.startswith("e4"):
        im = Image.open(doc)
        a = np.asarray(im.convert("L"), np.float32)
        h, w = a.shape
        mid = a[:, int(w * 0.485):int(w * 0.515)]
        left, right = a[:, : int(w * 0.45)] < 110, a[:, int(w * 0.55):] < 110
        pages = src_pages(doc)
        import pypdfium2 as pdfium
        sz = [tuple(round(v) for v in pg.get_size()) for pg in pdfium.PdfDocument(os.path.join(TMP, stem_of(doc) + ".src.pdf"))]
        ok = [im.format == "JPEG", im.mode == "L", abs(w / h - 2 ** 0.5) < 0.01, (mid < 110).mean() < 0.001,
              left.mean() > 0.01 and right.mean() > 0.01, sz == [(420, 595)] * 2, len(P) == 2]
        for k, p in enumerate(P[:2]):
            other = P[1 - k]
            t = norm(pages[k][1]) if k < len(pages) else ""
            ok.append(norm(p["name"]) in t and p["code"] in t and norm(other["name"]) not in t)
        if not all(ok):
            bad.append(f"e4: ok={ok} size={sz}")
    if stem.startswith("e5"):
        ims, has_text = pdf_images(doc)
        ok = [not has_text, len(ims) == len(P) == 2]
        for im in ims:
            a = np.asarray(im.convert("L"), np.float32)
            lo, med, hi = np.percentile(a, 0.5), np.median(a), np.percentile(a, 99.5)
            ok += [im.mode == "L", lo > 110, med < 215, hi - lo < 110, (a < 170).mean() > 0.01]
        if not all(ok):
            bad.append(f"e5: ok={ok}")
    if stem.startswith("e6"):
        im = Image.open(doc)
        a = np.asarray(im.convert("RGB"), np.int16)
        ok = [im.format == "PNG", im.size == (1920, 1200)]
        if im.size == (1920, 1200):
            body = a[500:1000, 260:1500]
            levels = len(np.unique(body.mean(-1).astype(np.int16)))
            col = a[:, 1879]
            thumb = np.all(np.abs(col - 0xc1) < 6, -1)
            track = np.all(np.abs(col - 0xf5) < 4, -1)
            ok += [levels > 60, 600 < thumb.sum() < 800, track.sum() > 200,
                   np.all(np.abs(a[100, 600] - [0x1f, 0x4e, 0x9c]) < 6),                # the system's header bar
                   np.all(np.abs(a[600, 100] - [0x30, 0x41, 0x56]) < 6)]                # the left menu
        txt = norm(src_pages(doc)[0][1])
        chrome = ["吕梁市预算管理一体化系统", "绩效目标填报", "编辑删除", "审核意见", "权重合计：100分"]
        ok.append(all(norm(c) in txt for c in chrome))
        ok.append(not any(c in s for c in chrome for s in strings(g)))
        ok.append(sum(x["weight"] for p in P for x in p["indicators"]) == 100)
        seq = "".join(norm(f'{i}{x["level1"]}{x["level2"]}{x["level3"]}{x["sign"]}{x["value_raw"]}{x["printed_unit"]}'
                           f'{x["weight"]}{x["direction"]}编辑删除') for i, x in enumerate(P[0]["indicators"], 1))
        ok.append(seq in txt)
        if not all(ok):
            bad.append(f"e6: ok={ok}")
    return bad


QMUT = {"e1": lambda g: g["projects"][0].update(budget_fiscal=g["projects"][0]["budget_total"]),
        "e2": lambda g: g["projects"].reverse(),
        "e3": lambda g: g["projects"][1]["indicators"][0].update(value_raw="≥1250人"),
        "e4": lambda g: g["projects"].reverse(),
        "e5": lambda g: g["projects"][1].update(budget_other=20.00),
        "e6": lambda g: g["projects"][0]["indicators"][2].update(weight=10)}
QMUT_WHAT = {"e1": "fiscal = total", "e2": "projects in the wrong frame order", "e3": "a value back to its struck print",
             "e4": "the two halves swapped", "e5": "other money 20.00", "e6": "a weight 8 → 10"}


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
