"""Validate heldout28b without jixiao: golds are valid JSON, source.sha256 / pages match, score.py G G = 1.0, every
printed string of each gold is SHOWN by its draft, and each text-layer failure is asserted from the FILE.

The reader is visual (the text layers lie or are absent): each page is rendered with pypdfium2 (scale 2), and a
reference page is drawn by Pillow (FreeType, Noto Sans CJK SC, face 2 of the system .ttc) from the GOLD alone: every
printed string (headline, department line, form title, 项目编码 / 名称, amounts as %.2f, purpose, N月底 + pct, goals
`1、…`, level names, 三级, descriptions, value cells, bases) placed by layout.py (the same page geometry make.py used).
Every character cell is cropped from both pictures (both blurred by 1 px) and compared: 100 * (1 - normalised
cross-correlation), best of +-2 px shifts, must be < BOUND, and the draft's crop must hold ink; a gold whose text differs shows a different glyph there and fails.
`--selftest`: each quirk assertion is run on the five OTHER drafts (with their own golds) and must FAIL there; the
visual reader is run on each draft with a mutated gold (one 三级 renamed, budget_total + 1) and must FAIL."""
import copy, hashlib, json, logging, os, re, subprocess, sys

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import layout  # noqa: E402

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # t6: "Could not get FontBBox" (a Type 3 font has no descriptor)

S = 2.0          # render scale (144 dpi)
SS = 4           # the reference is drawn at S * SS and box-filtered down
BLUR = 1.0       # Gaussian radius (px) applied to both pictures before comparing
SHIFT = (-2, -1, 0, 1, 2)   # px of tolerance for glyph placement (rounding, hinting)
BOUND = 15.0     # 100 * (1 - NCC) per character cell: correct cells measure < 9, a wrong glyph > 20
FS = {"t1": 10.5, "t2": 10.5, "t3": 10.5, "t4": 10.5, "t5": 12, "t6": 10.5}   # the forms' type size (render setting)
CJK = re.compile(r"[\u4e00-\u9fff]")
STEMS = sorted(f[:-10] for f in os.listdir(os.path.join(HERE, "expected")) if f.endswith(".gold.json"))


def path(stem):
    return os.path.join(HERE, "drafts", stem + ".pdf")


def gold(stem):
    with open(os.path.join(HERE, "expected", stem + ".gold.json"), encoding="utf-8") as fh:
        return json.load(fh)


# ------------------------------------------------------------------ the visual reader
_FONTS = {}


def pil_font(fs):
    if fs not in _FONTS:
        _FONTS[fs] = ImageFont.truetype(layout.NOTO, size=fs * S * SS, index=layout.SC)
    return _FONTS[fs]


def reference(page, hpx, wpx):
    """the page as the gold says it, drawn by Pillow at SS x the render scale and box-filtered down (FreeType's
    hinting at small pixel sizes would otherwise make Pillow's strokes differ from pdfium's unhinted fills)"""
    W, H = page.size
    k = S * SS
    im = Image.new("L", (wpx * SS, hpx * SS), 255)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        if op[0] == "line":
            _, x0, y0, x1, y1 = op
            d.line([(x0 * k, (H - y0) * k), (x1 * k, (H - y1) * k)], fill=0, width=int(round(layout.LINE_W * k)))
    for x, y, fs, ch in layout.fragments(page):
        d.text((x * k, (H - y) * k), ch, font=pil_font(fs), fill=0, anchor="ls")
    return im.resize((wpx, hpx), Image.BOX)


def soft(im):
    return np.asarray(im.filter(ImageFilter.GaussianBlur(BLUR)), dtype=np.float64)


def ncc_diff(a, b):
    """100 * (1 - normalised cross-correlation) of the ink of two crops: 0 = same picture"""
    a, b = 255 - a, 255 - b
    a, b = a - a.mean(), b - b.mean()
    den = np.sqrt((a * a).sum() * (b * b).sum())
    return 100.0 * (1 - float((a * b).sum() / den)) if den > 0 else 100.0


def visual_read(stem, g):
    """-> (worst cell difference, number of cells, problems)"""
    key = stem[:2]
    doc = pdfium.PdfDocument(path(stem))
    W, H = doc[0].get_size()
    pages = layout.lay_out(layout.doc_from_gold(g, "landscape" if W > H else "portrait", FS[key]))
    probs, worst, n = [], 0.0, 0
    if len(pages) != len(doc):
        return 999.0, 0, ["layout gives %d pages, the PDF has %d" % (len(pages), len(doc))]
    for i, pg in enumerate(pages):
        pim = doc[i].render(scale=S, grayscale=True).to_pil().convert("L")
        img, ref = soft(pim), soft(reference(pg, pim.size[1], pim.size[0]))
        raw = np.asarray(pim)
        Hp = pg.size[1]
        for x, y, fs, ch in layout.fragments(pg):
            if ch.isspace():
                continue
            x0, x1 = int(x * S), int((x + layout.adv(ch) * fs / 1000.0) * S) + 1
            y0, y1 = int((Hp - y - fs * 0.9) * S), int((Hp - y + fs * 0.22) * S) + 1
            a = img[y0:y1, x0:x1]
            dif = min(ncc_diff(a, ref[y0 + dy:y1 + dy, x0 + dx:x1 + dx]) for dx in SHIFT for dy in SHIFT)
            n += 1
            worst = max(worst, dif)
            if dif >= BOUND or raw[y0:y1, x0:x1].min() > 160:
                probs.append("p%d %r at (%.0f,%.0f): diff %.1f" % (i + 1, ch, x, y, dif))
    return worst, n, probs


# ------------------------------------------------------------------ file facts
def plumber(p):
    with pdfplumber.open(p) as d:
        return [dict(chars="".join(c["text"] for c in pg.chars), n=len(pg.chars), curves=len(pg.curves),
                     lines=len(pg.lines) + len(pg.rects), text=pg.extract_text() or "") for pg in d.pages]


def page_fonts(p):
    r = PdfReader(p)
    out = []
    for page in r.pages:
        res = page["/Resources"].get_object()
        fonts = {}
        for name, ref in (res.get("/Font") or {}).items():
            fonts[name] = ref.get_object()
        out.append(fonts)
    return r, out


def used_fonts(r):
    """per page: the fonts in force at text-showing operators, and the render mode at each of them (reportlab opens
    every page with `BT /F1 12 Tf 14.4 TL ET`, which selects Helvetica but shows nothing)"""
    out = []
    for page in r.pages:
        cs = ContentStream(page.get_contents(), r)
        tf, modes, tr, cur = set(), [], 0, None
        for ops, op in cs.operations:
            if op == b"Tf":
                cur = str(ops[0])
            elif op == b"Tr":
                tr = int(ops[0])
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                modes.append(tr)
                tf.add(cur)
        out.append((tf, modes))
    return out


def only_unused_standard(fonts, used):
    """no font is used, and those listed are reportlab's default non-embedded Helvetica"""
    for fnts, (tf, modes) in zip(fonts, used):
        if tf or modes:
            return False
        for fd in fnts.values():
            if fd.get("/Subtype") != "/Type1" or "/FontDescriptor" in fd:
                return False
    return True


def printed(g):
    d = g["document"]
    out = [d["title"], d["department"], d["department_code"]]
    for p in g["projects"]:
        out += [p["title"], p["code"], p["name"], p["purpose"]] + p["goals"]
        out += ["%.2f" % v for v in (p["budget_total"], p["budget_fiscal"], p["budget_other"]) if v is not None]
        for r in p["indicators"]:
            out += [r["level1"], r["level2"], r["level3"], r["description"], r["value_raw"], r["basis"]]
    return [re.sub(r"\s", "", s) for s in out if s]


def nows(s):
    return re.sub(r"\s", "", s)


# ------------------------------------------------------------------ the quirks, from the FILE
def q_t1(p, g):
    """no text object, no font: every glyph is a filled path; the table is ruled with vector lines"""
    pl = plumber(p)
    r, fonts = page_fonts(p)
    assert all(x["n"] == 0 for x in pl), "chars %s" % [x["n"] for x in pl]
    assert only_unused_standard(fonts, used_fonts(r)), "a font is used"
    assert all(x["curves"] >= 150 and x["lines"] >= 40 for x in pl), [(x["curves"], x["lines"]) for x in pl]
    return "0 chars, no text-showing operator (only reportlab's unused default /F1 Helvetica listed); curves %s, ruling lines %s" % ([x["curves"] for x in pl],
                                                                      [x["lines"] for x in pl])


def q_t2(p, g):
    """embedded TrueType subset fonts (FontFile2) WITHOUT /ToUnicode; the chars read carry no CJK at all"""
    pl = plumber(p)
    r, fonts = page_fonts(p)
    used = used_fonts(r)
    n_tt = 0
    for fnts, (tf, modes) in zip(fonts, used):
        assert tf and modes and set(modes) == {0}, "no visible text drawn"
        for name in tf:
            fd = fnts[name]
            assert fd["/Subtype"] == "/TrueType", fd["/Subtype"]
            assert "/FontFile2" in fd["/FontDescriptor"].get_object(), "not an embedded TrueType program"
            assert "/ToUnicode" not in fd, "has /ToUnicode"
            n_tt += 1
    allc = "".join(x["chars"] for x in pl)
    assert sum(x["n"] for x in pl) > 300 and not CJK.search(allc), "CJK read from the text layer"
    assert nows(g["document"]["department"]) not in nows(allc)
    return "%d TrueType subset fonts in use, none with /ToUnicode; %d chars read, 0 CJK (`%s…`)" % (
        n_tt, sum(x["n"] for x in pl), allc[:24])


def q_t3(p, g):
    """/ToUnicode present but every code reads as the NEXT code point: raw text lies, text shifted by -1 = the gold"""
    pl = plumber(p)
    r, fonts = page_fonts(p)
    used = used_fonts(r)
    for fnts, (tf, modes) in zip(fonts, used):
        assert tf and set(modes) == {0}
        for name in tf:
            assert "/ToUnicode" in fnts[name], "no /ToUnicode"
    raw = "".join(x["chars"] for x in pl)
    back = nows("".join(chr(ord(c) - 1) for c in raw))
    pr = printed(g)
    hits_raw = [s for s in pr if s in nows(raw)]
    miss_back = [s for s in pr if s not in back]
    assert not [s for s in hits_raw if CJK.search(s)], "raw text holds gold strings %s" % hits_raw[:3]
    assert not miss_back, "shifted back, still missing %s" % miss_back[:3]
    return "%d chars read as `%s…`; shifted by -1 every one of %d printed strings is there, unshifted no CJK one" % (
        len(raw), raw[:14], len(pr))


def q_t4(p, g):
    """all text is render mode 3 (invisible) and is ANOTHER form: department, codes and numbers differ from the page"""
    pl = plumber(p)
    r, fonts = page_fonts(p)
    used = used_fonts(r)
    assert all(modes and set(modes) == {3} for tf, modes in used), "visible text drawn: %s" % [set(m) for _, m in used]
    raw = nows("".join(x["chars"] for x in pl))
    assert sum(x["n"] for x in pl) > 300 and CJK.search(raw), "no invisible text layer"
    d = g["document"]
    assert d["department"] not in raw and d["department_code"] not in raw, "the layer names the gold department"
    codes = [pp["code"] for pp in g["projects"]]
    assert not [c for c in codes if c in raw], "the layer holds the gold project code"
    vals = [i["value_raw"] for pp in g["projects"] for i in pp["indicators"] if re.search(r"\d", i["value_raw"])]
    agree = [v for v in vals if v in raw]
    assert len(agree) <= len(vals) // 4, "the layer agrees on %s" % agree
    assert all(x["curves"] >= 150 for x in pl), "the visible text is not drawn as curves"
    m = re.search(r"(\d{6})([\u4e00-\u9fff]+?(?:委员会|局))", raw)
    return "%d invisible chars (Tr 3 at every Tj), naming `%s`; gold department / code / project code absent, " \
           "%d of %d numeric value cells agree; visible text = %s curves" % (
               sum(x["n"] for x in pl), m.group(0) if m else "?", len(agree), len(vals), [x["curves"] for x in pl])


def q_t5(p, g):
    """page 1 native text with /ToUnicode reading the gold correctly; page 2 (the same form) only curves"""
    pl = plumber(p)
    r, fonts = page_fonts(p)
    assert len(pl) == 2, "pages %d" % len(pl)
    one, two = pl
    tf, modes = used_fonts(r)[0]
    assert one["n"] > 300 and tf and set(modes) == {0}, "page 1 shows no text"
    assert all("/ToUnicode" in fonts[0][n] and fonts[0][n]["/Subtype"] == "/TrueType" for n in tf), "no /ToUnicode"
    for s in [g["document"]["department"], g["projects"][0]["code"], g["projects"][0]["name"]]:
        assert s in nows(one["chars"]), "page 1 does not read %s" % s
    assert two["n"] == 0 and two["curves"] >= 100, "page 2 has text"
    tf2, modes2 = used_fonts(r)[1]
    assert not tf2 and not modes2, "page 2 shows text"  # (reportlab's resource dict, shared by both pages, lists fonts)
    last = g["projects"][-1]["indicators"][-1]["level3"]
    assert last not in nows(one["chars"] + two["chars"]), "the last row is readable as text"
    return "page 1: %d chars, TrueType + /ToUnicode (reads department, code, name); page 2: 0 chars, no text-showing operator, %d curves; " \
           "the last row `%s` has no text anywhere" % (one["n"], two["curves"], last)


def q_t6(p, g):
    """only hand-written Type 3 fonts (CharProcs, FontMatrix), no /ToUnicode; chars read carry no CJK"""
    pl = plumber(p)
    r, fonts = page_fonts(p)
    used = used_fonts(r)
    n3, nproc = 0, 0
    for fnts, (tf, modes) in zip(fonts, used):
        assert tf and set(modes) == {0}
        for name in tf:
            fd = fnts[name]
            assert fd["/Subtype"] == "/Type3", fd["/Subtype"]
            assert "/ToUnicode" not in fd and "/CharProcs" in fd and "/FontMatrix" in fd
            n3 += 1
            nproc += len(fd["/CharProcs"].get_object())
    allc = "".join(x["chars"] for x in pl)
    assert sum(x["n"] for x in pl) > 300 and not CJK.search(allc), "CJK read from the text layer"
    return "%d Type 3 font(s), %d glyph procedures, no /ToUnicode; %d chars read, 0 CJK (`%s…`)" % (
        n3, nproc, sum(x["n"] for x in pl), allc[:24])


Q = {"t1": q_t1, "t2": q_t2, "t3": q_t3, "t4": q_t4, "t5": q_t5, "t6": q_t6}


def safe(q, p, g):
    try:
        return True, q(p, g)
    except Exception as e:  # noqa: BLE001
        return False, "%s: %s" % (type(e).__name__, e)


def mutate(g):
    m = copy.deepcopy(g)
    r = m["projects"][0]["indicators"][2]
    r["level3"] = r["level3"][:-1] + ("率" if r["level3"][-1] != "率" else "度")
    m["projects"][0]["budget_total"] += 1
    return m


def main(selftest):
    ok = True
    for stem in STEMS:
        g = gold(stem)
        p = path(stem)
        problems = []
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != g["source"]["sha256"]:
            problems.append("sha256")
        if g["source"]["path"] != stem + ".pdf" or g["source"]["pages"] != len(pdfium.PdfDocument(p)):
            problems.append("source path / pages")
        gp = os.path.join(HERE, "expected", stem + ".gold.json")
        rs = subprocess.run(["python3", "/work/shared/tools/score.py", gp, gp], capture_output=True, text=True)
        if not re.search(r"\b1\.0+\b", rs.stdout):
            problems.append("score.py G G: " + rs.stdout.strip()[-120:])
        worst, n, vp = visual_read(stem, g)
        problems += vp[:5]
        qok, qmsg = safe(Q[stem[:2]], p, g)
        if not qok:
            problems.append("quirk: " + qmsg)
        print("%s %s: %d char cells shown as the gold says (worst %.1f < %.0f); quirk: %s" % (
            "OK  " if not problems else "FAIL", stem, n, worst, BOUND, qmsg))
        for pr in problems:
            print("      ", pr)
        ok &= not problems
        if selftest:
            others = [s for s in STEMS if s != stem]
            fails = [o for o in others if not safe(Q[stem[:2]], path(o), gold(o))[0]]
            mw, _, mp = visual_read(stem, mutate(g))
            print("       selftest: quirk fail on %d/%d other drafts; mutated gold: %s (worst diff %.1f, %d cells off)"
                  % (len(fails), len(others), "fail" if mp else "PASS (bad)", mw, len(mp)))
            ok &= len(fails) == len(others) and bool(mp)
    print("ALL OK" if ok else "PROBLEMS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main("--selftest" in sys.argv))
