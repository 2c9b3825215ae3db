"""Render every heldout28b draft FROM the facts in golds.py (no jixiao) into /tmp/heldout28b_build, copy to drafts/,
and write expected/*.gold.json with source.sha256. Deterministic (reportlab invariant mode; pypdf rewrites with the
same /ID): a rebuild gives the same bytes.

Font material: Noto Sans CJK SC (face 2 of /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc, CFF outlines),
read with fontTools. fontTools is not in the project venv; make.py imports it from the wheel that sits on this machine
(/opt/pypi/files/fonttools-*.whl, pure-Python modules only, zipimport) when `import fontTools` fails.
- glyph OUTLINES (t1, t4, t5 page 2, t6's glyph procedures): fontTools RecordingPen on the CFF charstrings, scaled
  by size / 1000 and drawn with reportlab's path API (moveTo / lineTo / curveTo / close, filled non-zero);
- a TrueType font for reportlab (t2, t3, t4's invisible layer, t5 page 1): the SC face subset to the characters the
  drafts print (fontTools.subset) and converted CFF -> glyf (Cu2QuPen + TTGlyphPen, the fontTools otf2ttf recipe),
  written to BUILD/NotoSansSC-28b.ttf and embedded by reportlab's TTFont as its own subsets.
Per draft (the text-layer failure):
- t1: reportlab; every glyph a filled path; no font resource, no BT/ET.
- t2: reportlab TTFont text, then pypdf deletes /ToUnicode from every font dict (the streams are dropped on write).
- t3: reportlab TTFont text, then pypdf rewrites every /ToUnicode CMap: each destination code point + 1.
- t4: reportlab; the OTHER department's form (golds.DECOY) as render mode 3 text (TTFont) UNDER the form drawn as
  curves.
- t5: reportlab; page 1 TTFont text (ToUnicode intact), page 2 (the same form continued) curves.
- t6: reportlab draws the rules and writes the BT/ET text operators as literals (`/T3Fn size Tf … <hex> Tj`); pypdf
  then adds the hand-written Type 3 font dictionaries (FontMatrix 0.001, /Encoding /Differences `/g1 …`, /Widths,
  /CharProcs streams `w 0 llx lly urx ury d1 … f` built from the outlines; NO /ToUnicode) to the page resources.
"""
import glob, hashlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
try:
    import fontTools  # noqa: F401
except ImportError:
    sys.path.insert(0, sorted(glob.glob("/opt/pypi/files/fonttools-*.whl"))[-1])
from fontTools.ttLib import TTFont as FTFont, newTable  # noqa: E402
from fontTools.pens.recordingPen import RecordingPen  # noqa: E402
from fontTools.pens.cu2quPen import Cu2QuPen  # noqa: E402
from fontTools.pens.ttGlyphPen import TTGlyphPen  # noqa: E402
from fontTools import subset  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from pypdf import PdfReader, PdfWriter  # noqa: E402
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject,  # noqa: E402
                           NumberObject)

import golds  # noqa: E402
import layout  # noqa: E402

BUILD = "/tmp/heldout28b_build"
DRAFTS = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")

_face = FTFont(layout.NOTO, fontNumber=layout.SC, lazy=False)
_cmap = _face.getBestCmap()
_gs = _face.getGlyphSet()
_REC = {}


def outline(ch):
    """recorded CFF outline of one character, in font units"""
    if ch not in _REC:
        pen = RecordingPen()
        _gs[_cmap[ord(ch)]].draw(pen)
        _REC[ch] = pen.value
    return _REC[ch]


def all_chars():
    s = set()
    for d in [layout.doc_from_facts(f) for f in golds.F.values()] + [
            layout.doc_from_facts(dict(golds.DECOY, page="landscape", fs=10.5))]:
        for pg in layout.lay_out(d):
            for op in pg.ops:
                if op[0] == "text":
                    s.update(op[4])
    return "".join(sorted(s))


def make_ttf(path):
    """Noto Sans CJK SC subset to the printed characters, CFF converted to TrueType glyf (otf2ttf recipe)."""
    f = FTFont(layout.NOTO, fontNumber=layout.SC, recalcTimestamp=False)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.layout_features = []
    opts.notdef_outline = True
    opts.desubroutinize = True
    opts.hinting = False
    sub = subset.Subsetter(opts)
    sub.populate(text=all_chars() + " ")
    sub.subset(f)
    order = f.getGlyphOrder()
    gset = f.getGlyphSet()
    glyphs = {}
    for name in order:
        tt = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(tt, 1.0, reverse_direction=True))
        glyphs[name] = tt.glyph()
    f["loca"] = newTable("loca")
    f["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del f["CFF "]
    for t in ("VORG", "vhea", "vmtx"):
        if t in f:
            del f[t]
    glyf.compile(f)
    for name in order:
        g = glyf[name]
        g.recalcBounds(glyf)
        a, _ = f["hmtx"][name]
        f["hmtx"][name] = (a, getattr(g, "xMin", 0))
    f["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for k in ("maxZones", ):
        setattr(maxp, k, 1)
    for k in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
              "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, k, 0)
    post = f["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    f["head"].glyphDataFormat = 0
    f.sfntVersion = "\000\001\000\000"
    f.save(path)


# ------------------------------------------------------------------ drawing
def draw_lines(c, page):
    c.setLineWidth(layout.LINE_W)
    c.setStrokeColorRGB(0, 0, 0)
    for op in page.ops:
        if op[0] == "line":
            c.line(*op[1:])


def draw_text(c, page, mode=0):
    for op in page.ops:
        if op[0] != "text":
            continue
        _, x, y, fs, s = op
        t = c.beginText(x, y)
        t.setFont("NotoSC", fs)
        t.setTextRenderMode(mode)
        t.textOut(s)
        c.drawText(t)


def draw_curves(c, page):
    c.setFillColorRGB(0, 0, 0)
    for op in page.ops:
        if op[0] != "text":
            continue
        _, x, y, fs, s = op
        k = fs / 1000.0
        p = c.beginPath()
        for ch in s:
            for cmd, pts in outline(ch):
                q = [(x + px * k, y + py * k) for px, py in pts]
                if cmd == "moveTo":
                    p.moveTo(*q[0])
                elif cmd == "lineTo":
                    p.lineTo(*q[0])
                elif cmd == "curveTo":
                    p.curveTo(q[0][0], q[0][1], q[1][0], q[1][1], q[2][0], q[2][1])
                elif cmd in ("closePath", "endPath"):
                    p.close()
                else:
                    raise ValueError(cmd)
            x += layout.adv(ch) * k
        c.drawPath(p, stroke=0, fill=1, fillMode=1)  # FILL_NON_ZERO


def new_canvas(path, size):
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle("2025年部门预算项目绩效目标表")
    return c


def render(path, pages, how, under=None):
    """how(page_index) -> 'text' | 'curves' | 'type3'; under: pages drawn first as invisible text"""
    c = new_canvas(path, pages[0].size)
    t3 = []
    for i, pg in enumerate(pages):
        c.setPageSize(pg.size)
        if under is not None and i < len(under):
            draw_text(c, under[i], mode=3)
        draw_lines(c, pg)
        h = how(i)
        if h == "text":
            draw_text(c, pg)
        elif h == "curves":
            draw_curves(c, pg)
        elif h == "type3":
            t3.append(type3_literals(c, pg))
        c.showPage()
    c.save()
    return t3


# ------------------------------------------------------------------ Type 3
def type3_literals(c, page):
    """assign codes 1..200 per font in order of first use; write the text operators as literals"""
    codes, order = {}, []
    for op in page.ops:
        if op[0] == "text":
            for ch in op[4]:
                if ch not in codes:
                    n = len(order)
                    codes[ch] = (n // 200, n % 200 + 1)
                    order.append(ch)
    out = ["BT", "0 g"]
    cur = None
    for op in page.ops:
        if op[0] != "text":
            continue
        _, x, y, fs, s = op
        run, rx = "", x
        for ch in s + "\0":
            fi = codes[ch][0] if ch != "\0" else None
            if run and (ch == "\0" or fi != codes[run[0]][0]):
                f0 = codes[run[0]][0]
                if cur != (f0, fs):
                    out.append("/T3F%d %s Tf" % (f0, fmt(fs)))
                    cur = (f0, fs)
                out.append("1 0 0 1 %s %s Tm <%s> Tj" % (fmt(rx), fmt(y), "".join("%02X" % codes[q][1] for q in run)))
                rx += layout.width(run, fs)
                run = ""
            if ch != "\0":
                run += ch
    out.append("ET")
    c.addLiteral("\n".join(out))
    return order


def fmt(v):
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def type3_fonts(w, order):
    fonts = DictionaryObject()
    for fi in range((len(order) + 199) // 200):
        chars = order[fi * 200:(fi + 1) * 200]
        procs = DictionaryObject()
        diffs = ArrayObject([NumberObject(1)])
        widths = ArrayObject()
        for j, ch in enumerate(chars, 1):
            rec = outline(ch)
            xs = [p[0] for _, pts in rec for p in pts] or [0]
            ys = [p[1] for _, pts in rec for p in pts] or [0]
            a = layout.adv(ch)
            ops = ["%d 0 %d %d %d %d d1" % (a, min(xs), min(ys), max(xs), max(ys))]
            for cmd, pts in rec:
                flat = " ".join(fmt(v) for p in pts for v in p)
                ops.append({"moveTo": "%s m", "lineTo": "%s l", "curveTo": "%s c"}[cmd] % flat
                           if cmd in ("moveTo", "lineTo", "curveTo") else "h")
            ops.append("f")
            st = DecodedStreamObject()
            st.set_data("\n".join(ops).encode("ascii"))
            name = "/g%d" % (fi * 200 + j)
            procs[NameObject(name)] = w._add_object(st.flate_encode())
            diffs.append(NameObject(name))
            widths.append(NumberObject(a))
        fd = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type3"),
            NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (-80, -130, 1000, 900)]),
            NameObject("/FontMatrix"): ArrayObject([FloatObject(0.001), NumberObject(0), NumberObject(0),
                                                   FloatObject(0.001), NumberObject(0), NumberObject(0)]),
            NameObject("/CharProcs"): w._add_object(procs),
            NameObject("/Encoding"): w._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/Encoding"), NameObject("/Differences"): diffs})),
            NameObject("/FirstChar"): NumberObject(1), NameObject("/LastChar"): NumberObject(len(chars)),
            NameObject("/Widths"): w._add_object(widths),
            NameObject("/Resources"): DictionaryObject()})
        fonts[NameObject("/T3F%d" % fi)] = w._add_object(fd)
    return fonts


# ------------------------------------------------------------------ pypdf post-processing
def rewrite(src, dst, fix):
    r = PdfReader(src)
    w = PdfWriter(clone_from=r)
    fix(w)
    w._ID = ArrayObject([w._ID[0], w._ID[0]]) if w._ID else None
    with open(dst, "wb") as fh:
        w.write(fh)


def fonts_of(w):
    seen = []
    for page in w.pages:
        res = page["/Resources"].get_object()
        for _, ref in res.get("/Font", {}).items():
            fd = ref.get_object()
            if all(fd is not s for s in seen):
                seen.append(fd)
    return seen


def drop_tounicode(w):
    for fd in fonts_of(w):
        if "/ToUnicode" in fd:
            del fd["/ToUnicode"]


def shift_cmap(data, k=1):
    """every destination in the bfchar / bfrange sections + k (the source codes stay)"""
    import re
    out, sect = [], None
    for line in data.decode("latin-1").split("\n"):
        s = line.strip()
        if s.endswith("beginbfchar"):
            sect = "char"
        elif s.endswith("beginbfrange"):
            sect = "range"
        elif s in ("endbfchar", "endbfrange"):
            sect = None
        elif sect == "char":
            m = re.fullmatch(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", s)
            assert m, s
            line = "<%s> <%04X>" % (m.group(1), int(m.group(2), 16) + k)
        elif sect == "range":
            m = re.fullmatch(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", s)
            assert m, s
            line = "<%s> <%s> <%04X>" % (m.group(1), m.group(2), int(m.group(3), 16) + k)
        out.append(line)
    return "\n".join(out).encode("latin-1")


def shift_tounicode(w):
    for fd in fonts_of(w):
        if "/ToUnicode" not in fd:
            continue
        st = fd["/ToUnicode"].get_object()
        new = DecodedStreamObject()
        new.set_data(shift_cmap(st.get_data()))
        fd[NameObject("/ToUnicode")] = w._add_object(new.flate_encode())


def add_type3(order_per_page):
    def fix(w):
        for page, order in zip(w.pages, order_per_page):
            res = page["/Resources"].get_object()
            fonts = res["/Font"].get_object()  # reportlab's default /F1 (Helvetica) stays: its page preamble names it
            for name, ref in type3_fonts(w, order).items():
                fonts[NameObject(name)] = ref
    return fix


# ------------------------------------------------------------------ main
def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


def main():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(DRAFTS, exist_ok=True)
    os.makedirs(EXPECTED, exist_ok=True)
    ttf = os.path.join(BUILD, "NotoSansSC-28b.ttf")
    make_ttf(ttf)
    pdfmetrics.registerFont(TTFont("NotoSC", ttf))
    for key, f in golds.F.items():
        stem = f["stem"]
        pages = layout.lay_out(layout.doc_from_facts(f))
        assert len(pages) == golds.PAGES[key], (key, len(pages))
        out = os.path.join(BUILD, stem + ".pdf")
        raw = os.path.join(BUILD, stem + ".reportlab.pdf")
        if key == "t1":
            render(out, pages, lambda i: "curves")
        elif key == "t2":
            render(raw, pages, lambda i: "text")
            rewrite(raw, out, drop_tounicode)
        elif key == "t3":
            render(raw, pages, lambda i: "text")
            rewrite(raw, out, shift_tounicode)
        elif key == "t4":
            decoy = layout.lay_out(layout.doc_from_facts(dict(golds.DECOY, page=f["page"], fs=f["fs"])))
            render(out, pages, lambda i: "curves", under=decoy)
        elif key == "t5":
            render(out, pages, lambda i: "text" if i == 0 else "curves")
        elif key == "t6":
            orders = render(raw, pages, lambda i: "type3")
            rewrite(raw, out, add_type3(orders))
        shutil.copyfile(out, os.path.join(DRAFTS, stem + ".pdf"))
        g = json.loads(json.dumps(golds.G[stem]))
        g["source"]["sha256"] = sha(out)
        with open(os.path.join(EXPECTED, stem + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(stem, len(pages), "page(s)", sum(len(p["rows"]) for p in f["projects"]), "rows", g["source"]["sha256"][:12])


if __name__ == "__main__":
    main()
