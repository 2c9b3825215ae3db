"""Validate heldout26b without jixiao: golds are valid JSON, sha256 matches, score.py G G = 1.0, every printed string
of each gold occurs in the draft's text as REAL readers read the damaged file (PDF: pdftotext AND pypdfium2, each on
its own; .docx: LibreOffice's text export and the word/document.xml member; .xlsx: openpyxl and LibreOffice's CSV;
text: decoded as the file's bytes are), each damage is asserted from the FILE, and each negative has a one-line
refusal and no reader opens it. `--selftest` runs every quirk assertion on the OTHER drafts and the string check on a
mutated gold (a 三级 renamed, an amount changed): each must FAIL there.
Run: /work/main/.venv/bin/python check.py [--selftest]"""
import copy, csv, glob, hashlib, io, json, os, re, subprocess, sys, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DR, EX = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected")
LO = "-env:UserInstallation=file:///tmp/lo_heldout26b"
TMP = "/tmp/heldout26b_build/check"
sys.path.insert(0, HERE)
from golds import REFUSAL  # noqa: E402  (the typed refusal lines only)


def path(stem):
    return glob.glob(os.path.join(DR, stem + ".*"))[0]


def norm(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- readers (each independent of make.py)
def pdftotext(p):
    r = subprocess.run(["pdftotext", p, "-"], capture_output=True)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def pdfium(p):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(p)
    return "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))


def lo_convert(p, to):
    os.makedirs(TMP, exist_ok=True)
    subprocess.run(["soffice", LO, "--headless", "--convert-to", to, "--outdir", TMP, p], capture_output=True,
                   timeout=180, check=True)
    out = os.path.join(TMP, os.path.splitext(os.path.basename(p))[0] + "." + to.split(":")[0])
    with open(out, encoding="utf-8-sig") as fh:
        return fh.read()


def docx_xml_text(p):
    z = zipfile.ZipFile(p)
    x = z.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", "", x.replace("</w:p>", "\n"))


def xlsx_openpyxl(p):
    import openpyxl
    out = []
    for ws in openpyxl.load_workbook(p).worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, float):
                    v = "%.2f" % v
                out.append("" if v is None else str(v))
    return "\n".join(out)


def text_k5(p):
    """a line that is not UTF-8 is GBK (the pasted paragraph)."""
    out = []
    for ln in open(p, "rb").read().split(b"\n"):
        try:
            out.append(ln.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(ln.decode("gbk"))
    return "\n".join(out)


def read_all(stem):
    """{reader name: text} for a positive draft."""
    p = path(stem)
    if p.endswith(".pdf"):
        return {"pdftotext": pdftotext(p)[1], "pypdfium2": pdfium(p)}
    if p.endswith(".docx"):
        return {"libreoffice txt": lo_convert(p, "txt:Text"), "document.xml": docx_xml_text(p)}
    if p.endswith(".xlsx"):
        return {"openpyxl": xlsx_openpyxl(p),
                "libreoffice csv": lo_convert(p, "csv:Text - txt - csv (StarCalc):44,34,76")}
    if "k5_" in stem:
        return {"utf-8 + gbk lines": text_k5(p)}
    return {"utf-16le": open(p, "rb").read().decode("utf-16-le")}


# ---------------------------------------------------------------- printed strings of a gold
def printed(g):
    d = g["document"]
    s = [d["department"], d["department_code"]] + ([d["title"]] if d["title"] else [])
    for p in g["projects"]:
        s += [p["title"], p["code"], p["name"], p["department"], p["department_code"], p["purpose"]]
        s += ["%.2f" % v for v in (p["budget_total"], p["budget_fiscal"], p["budget_other"]) if v is not None]
        s += ["%d月底" % x["month"] for x in p["spending_plan"]] + [str(x["pct"]) for x in p["spending_plan"]]
        s += p["goals"]
        for i in p["indicators"]:
            s += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]
    return [x for x in s if x]


def missing(g, texts):
    """strings of g absent from a reader's text; returns {reader: [missing]} and whether SOME reader has all."""
    res = {k: [x for x in printed(g) if norm(x) not in norm(t)] for k, t in texts.items()}
    return res


# ---------------------------------------------------------------- quirk assertions (from the FILE)
def q_k1(p):
    """CRLF->LF: no CR LF pair anywhere; EVERY xref entry and startxref point at bytes that are not `N 0 obj` /
    `xref` (too far, the offsets were counted with CR LF); the xref entries are 19 bytes; the objects are all there;
    some stream's /Length overruns its endstream (font programs lost a byte), yet pdftotext and pdfium read it."""
    b = open(p, "rb").read()
    if not b.startswith(b"%PDF") or b"\r\n" in b:
        return False
    i = b.rindex(b"\nxref\n")
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b).group(1))
    m = re.match(rb"xref\n0 (\d+)\n((?:\d{10} \d{5} [fn]\n)+)", b[i + 1:])
    if not m or sx == i + 1:
        return False
    ents = m.group(2).split(b"\n")[:-1]
    if len(ents) != int(m.group(1)) or any(len(e) != 18 for e in ents):   # 18 + LF = 19 bytes
        return False
    bad = 0
    for n, e in enumerate(ents[1:], 1):
        off = int(e[:10])
        at = b[off:off + 20]
        if re.match(rb"%d 0 obj" % n, at):
            return False
        bad += b.find(b"\n%d 0 obj" % n) >= 0
    return bad == len(ents) - 1 and pdftotext(p)[0] == 0


def q_k1_sender():
    """the sender's file (make.py keeps it): CR LF line ends and a CORRECT xref — every offset lands on `N 0 obj`."""
    sp = glob.glob("/tmp/heldout26b_build/k1_*.sender_crlf.pdf")
    if not sp:
        return None
    b = open(sp[0], "rb").read()
    i = b.rindex(b"\r\nxref\r\n") + 2
    sx = int(re.search(rb"startxref\r\n(\d+)", b).group(1))
    ents = re.match(rb"xref\r\n0 \d+\r\n((?:\d{10} \d{5} [fn]\r\n)+)", b[i:]).group(1).split(b"\r\n")[:-1]
    return sx == i and all(b[int(e[:10]):].startswith(b"%d 0 obj" % n) for n, e in enumerate(ents[1:], 1)) and \
        b.replace(b"\r\n", b"\n") == open(glob.glob(os.path.join(DR, "k1_*.pdf"))[0], "rb").read()


def q_k2(p):
    """an HTML page follows the LAST %%EOF (shorter than 1024 bytes, so %%EOF stays in the last 1 KB); the PDF
    before it is whole (startxref lands on `xref`)."""
    b = open(p, "rb").read()
    if not b.startswith(b"%PDF") or b"%%EOF" not in b:
        return False
    k = b.rindex(b"%%EOF") + 5
    tail = b[k:].lstrip(b"\r\n")
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF", b[:k][-40:]).group(1))
    return (tail.startswith(b"<!DOCTYPE html>") and tail.rstrip().endswith(b"</html>") and len(b) - k < 1024
            and b[sx:sx + 4] == b"xref" and "会话已超时" in tail.decode("utf-8"))


def q_k3(p):
    """every member written with a data descriptor (flag bit 3, CRC 0 in the local header); testzip() names the
    thumbnail ONLY; python-docx (which loads every related part) raises BadZipFile; document.xml reads fine."""
    try:
        z = zipfile.ZipFile(p)
    except zipfile.BadZipFile:
        return False
    if z.testzip() != "docProps/thumbnail.jpeg":
        return False
    raw = open(p, "rb").read()
    for i in z.infolist():
        if not i.flag_bits & 8 or raw[i.header_offset + 14:i.header_offset + 18] != b"\0\0\0\0":
            return False
    bad = [i.filename for i in z.infolist() if zlib.crc32(_member(raw, i)) != i.CRC]
    try:
        import docx
        docx.Document(p)
        return False
    except zipfile.BadZipFile as e:
        return bad == ["docProps/thumbnail.jpeg"] and "thumbnail" in str(e) and b"<w:tbl>" in z.read("word/document.xml")


def _member(raw, i):
    n, x = int.from_bytes(raw[i.header_offset + 26:i.header_offset + 28], "little"), \
        int.from_bytes(raw[i.header_offset + 28:i.header_offset + 30], "little")
    d = raw[i.header_offset + 30 + n + x:i.header_offset + 30 + n + x + i.compress_size]
    return d if i.compress_type == 0 else zlib.decompress(d, -15)


def q_k4(p):
    """sharedStrings count / uniqueCount differ from the references and the <si> items; <dimension ref> ends
    before the last cell row; openpyxl read_only (which trusts <dimension>) sees fewer rows than the sheet has."""
    try:
        z = zipfile.ZipFile(p)
        sst = z.read("xl/sharedStrings.xml").decode()
        sh = z.read("xl/worksheets/sheet1.xml").decode()
    except (zipfile.BadZipFile, KeyError):
        return False
    m = re.search(r'<sst[^>]*count="(\d+)" uniqueCount="(\d+)"', sst)
    n_si = sst.count("<si>")
    n_ref = len(re.findall(r'<c [^>]*t="s"', sh))
    dim = re.search(r'<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', sh)
    last = max(int(r) for r in re.findall(r'<row r="(\d+)"', sh))
    import openpyxl
    ro = len(list(openpyxl.load_workbook(p, read_only=True).worksheets[0].iter_rows()))
    full = openpyxl.load_workbook(p).worksheets[0].max_row
    return bool(m and dim) and int(m.group(1)) != n_ref and int(m.group(2)) != n_si and int(dim.group(1)) < last \
        and ro == int(dim.group(1)) < full == last


def q_k5(p):
    """not valid UTF-8 as a whole; exactly four lines are not UTF-8, those decode as GBK and are indicator rows
    (tab rows whose 三级 are indicators 5-8 of the gold); every other line is UTF-8."""
    b = open(p, "rb").read()
    try:
        b.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    bad = []
    for ln in b.split(b"\n"):
        try:
            ln.decode("utf-8")
        except UnicodeDecodeError:
            try:
                bad.append(ln.decode("gbk").split("\t"))
            except UnicodeDecodeError:
                return False
    g = json.load(open(os.path.join(EX, "k5_txt_utf8_gbkpaste_yuzhou_2025.gold.json"), encoding="utf-8"))
    want = [i["level3"] for i in g["projects"][0]["indicators"][4:8]]
    return len(bad) == 4 and [next(c for c in r if c in want) if set(r) & set(want) else None for r in bad] == want


def q_k6(p):
    """UTF-16LE without a BOM: even length, no FF FE / FE FF at the start, not UTF-8, decodes as UTF-16LE to
    CRLF tab rows."""
    b = open(p, "rb").read()
    if len(b) % 2 or b[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return False
    try:
        b.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    try:
        t = b.decode("utf-16-le")
    except UnicodeDecodeError:
        return False
    return "\r\n" in t and "\t" in t and "绩效目标表" in t and "\n" not in t.replace("\r\n", "")


def _readers_refuse(p):
    rc, out, err = pdftotext(p)
    try:
        pdfium(p)
        return False
    except Exception:
        pass
    return rc != 0 and not out.strip()


def q_k7(p):
    """starts as a PDF, ends inside a stream: a `stream` keyword with no endstream after it, no xref, no trailer,
    no startxref, no %%EOF, the stream is the page's content stream (the /Contents of no page ever written), and
    neither pdftotext nor pdfium opens it."""
    b = open(p, "rb").read()
    if not b.startswith(b"%PDF-") or b"%%EOF" in b or b"trailer" in b or b"xref" in b:
        return False
    k = b.rfind(b"stream")
    if k < 0 or b.find(b"endstream", k) >= 0 or b[k - 9:k] == b"end":
        return False
    if b"/Type/Page" in b or b"/Type /Page" in b:
        return False
    return _readers_refuse(p)


def q_k8(p):
    """every byte NUL (a preallocated download never written), no %PDF header, neither reader opens it."""
    b = open(p, "rb").read()
    return len(b) > 0 and b.count(0) == len(b) and _readers_refuse(p)


def safe(q):
    def run(p):
        try:
            return bool(q(p))
        except Exception:   # a draft of another kind makes the assertion raise: that is a FAIL
            return False
    run.__doc__ = q.__doc__
    return run


QUIRK = {"k1": q_k1, "k2": q_k2, "k3": q_k3, "k4": q_k4, "k5": q_k5, "k6": q_k6, "k7": q_k7, "k8": q_k8}
QUIRK = {k: safe(v) for k, v in QUIRK.items()}


def main(selftest):
    ok = True
    stems = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(DR, "*")))
    for stem in stems:
        key = stem.split("_")[0]
        p = path(stem)
        gp, rp = os.path.join(EX, stem + ".gold.json"), os.path.join(EX, stem + ".refusal.txt")
        if os.path.exists(rp):
            lines = open(rp, encoding="utf-8").read().splitlines()
            good = not os.path.exists(gp) and len(lines) == 1 and lines[0] == REFUSAL[stem] and QUIRK[key](p)
            print("%-52s NEGATIVE refusal=%s quirk=%s" % (stem, len(lines) == 1, good))
            ok &= good
            continue
        g = json.load(open(gp, encoding="utf-8"))
        sha = hashlib.sha256(open(p, "rb").read()).hexdigest() == g["source"]["sha256"]
        pathok = g["source"]["path"] == os.path.basename(p)
        r = subprocess.run(["python3", "/work/shared/tools/score.py", gp, gp], capture_output=True, text=True)
        self_ok = bool(re.search(r"\b1\.0+\b", r.stdout)) and r.returncode == 0
        miss = missing(g, read_all(stem))
        readers_ok = [k for k, v in miss.items() if not v]
        q = QUIRK[key](p)
        n = sum(len(x["indicators"]) for x in g["projects"])
        good = sha and pathok and self_ok and bool(readers_ok) and q
        if key == "k1":
            good &= bool(q_k1_sender())
        print("%-52s sha=%s score=%s inds=%d read-all-by=%s quirk=%s" % (stem, sha, self_ok, n, readers_ok, q))
        for k, v in miss.items():
            if v:
                print("    %s misses %d: %s" % (k, len(v), v[:6]))
        ok &= good
    if selftest:
        for stem in stems:
            key = stem.split("_")[0]
            others = [path(s) for s in stems if s != stem]
            fails = sum(not QUIRK[key](o) for o in others)
            line = "selftest %s quirk fail on %d/%d other drafts" % (key, fails, len(others))
            ok &= fails == len(others)
            gp = os.path.join(EX, stem + ".gold.json")
            if os.path.exists(gp):
                g = copy.deepcopy(json.load(open(gp, encoding="utf-8")))
                g["projects"][0]["indicators"][2]["level3"] += "（已核定）"
                g["projects"][0]["budget_total"] += 1
                miss = missing(g, read_all(stem))
                mfail = all(v for v in miss.values())
                line += "; mutated gold: %s missing=%s" % ("fail" if mfail else "PASS(!)",
                                                          sorted({x for v in miss.values() for x in v}))
                ok &= mfail
            print(line)
    print("ALL OK" if ok else "PROBLEMS")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main("--selftest" in sys.argv) else 1)
