#!/usr/bin/env python3
"""Check the blind set: valid JSON, source.sha256 matches the bytes, score.py self-F1 1.0, and every printed
string of each gold found in its document's own text, each format decoded on its own terms:
.htm: the charset DECLARED in the file (a gb2312 label read as GBK, as browsers do) + html.parser;
.mht: the email module (multipart/related, quoted-printable undone), the HTML part decoded by its <meta charset>,
then html.parser; .rtf: LibreOffice -> UTF-8 text (profile /tmp/lo_heldout9a); .csv: the csv module over cp936;
.txt: UTF-8 lines (NFKC applied on both sides for the OCR output: the contract treats full-width forms as the same
value; the facts README lists as unreachable must be ABSENT and their OCR forms present); .xlsx: openpyxl, each
number through its number format. Each draft's quirk is asserted too. Nothing from jixiao is used."""
import csv, email, email.policy, glob, hashlib, html.parser, io, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "drafts")
EXPECTED = os.path.join(HERE, "expected")
TMP = "/tmp/heldout9a_build/check"
SCORE = "/work/shared/tools/score.py"
WHATWG = {"gb2312": "gbk", "gb_2312-80": "gbk", "x-gbk": "gbk", "gbk": "gbk", "utf-8": "utf-8", "utf8": "utf-8"}

# the u5 facts an OCR text cannot give as printed: gold string -> what the OCR output shows instead
UNREACHABLE_U5 = {"LS2024-WJ-007": "LS2024-WJ-0O7",      # project 1's 项目编码: O for 0 (scored: code)
                  "≤15天": "≤l5天",                        # 服务数据上报时限: l for 1 (scored: value 15)
                  "≥3800人次": "＞=3800人次",               # value_raw only (comparator >= reachable, not scored)
                  "≥6.8万人": "＞=6.8万人"}


# ------------------------------------------------------------------ readers
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    t = Text()
    t.feed(s)
    t.close()
    return "\n".join(t.out)


def declared_charset(b):
    m = re.search(rb"""<meta[^>]*charset\s*=\s*["']?([-\w]+)""", b, re.I)
    return WHATWG[m.group(1).decode().lower()]


def htm_text(path):
    b = open(path, "rb").read()
    return html_text(b.decode(declared_charset(b)))


def mht_html(path):
    msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.compat32)
    parts = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    assert len(parts) == 1
    b = parts[0].get_payload(decode=True)
    return msg, b.decode(parts[0].get_content_charset() or declared_charset(b))


def mht_text(path):
    return html_text(mht_html(path)[1])


def rtf_text(path):
    os.makedirs(TMP, exist_ok=True)
    out = os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + ".txt")
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_heldout9a", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", TMP, path], capture_output=True, timeout=240)
    return open(out, encoding="utf-8-sig").read()


def csv_rows(path):
    return list(csv.reader(io.StringIO(open(path, "rb").read().decode("cp936"), newline="")))


def csv_text(path):
    return "\n".join(c for r in csv_rows(path) for c in r)


def txt_text(path):
    return open(path, encoding="utf-8").read()


def show(v, fmt):
    if isinstance(v, str):
        return v
    f = fmt or "General"
    if f == "General":
        return str(int(v)) if float(v).is_integer() else repr(float(v))
    m = re.fullmatch(r'(#,##)?0(?:\.(0+))?', f)
    assert m, "unknown number format " + f
    dec = len(m.group(2) or "")
    return f"{v:,.{dec}f}" if m.group(1) else f"{v:.{dec}f}"


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None and not ws.row_dimensions[c.row].hidden:
                    out.append(show(c.value, c.number_format))
    return "\n".join(out)


def text_of(path):
    ext = os.path.splitext(path)[1]
    return {".htm": htm_text, ".mht": mht_text, ".rtf": rtf_text, ".csv": csv_text, ".txt": txt_text,
            ".xlsx": xlsx_text}[ext](path)


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


def norm(s, nfkc=False):
    if nfkc:
        s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s.replace(",", ""))           # 1,256.00 in a cell = 1256.00 in the gold


# ------------------------------------------------------------------ quirks
def structure(stem, doc, g, txt):
    bad = []
    raw = open(doc, "rb").read()
    if stem.startswith("u1"):
        try:
            raw.decode("gb2312"); strict = True
        except UnicodeDecodeError:
            strict = False
        s = raw.decode("gbk")
        wrapped = [x for p in g["projects"] for x in p["goals"] if x not in s and x in s.replace("\r\n", "")]
        cjk_break = re.findall(r"[\u4e00-\u9fff]\r\n[\u4e00-\u9fff]", s)
        need = ["class=MsoNormal", "<o:p>", "mso-", "<![if !supportMisalignedColumns]>", "<![endif]>", "&nbsp;",
                "rowspan=", "colspan=", 'charset=gb2312"', 'content="Microsoft Word 15 (filtered)"']
        if (strict or declared_charset(raw) != "gbk" or "charset=gbk" in s.lower() or raw.startswith(b"\xef\xbb\xbf")
                or raw.count(b"\r\n") < 500 or raw.count(b"\n") != raw.count(b"\r\n") or len(cjk_break) < 2
                or not wrapped or any(n not in s for n in need) or "李堃" not in txt):
            bad.append(f"u1: strict-gb2312={strict} CJK-CRLF-breaks={len(cjk_break)} goals-cut-in-source={len(wrapped)} "
                       f"missing markers={[n for n in need if n not in s]}")
    if stem.startswith("u2"):
        msg, page = mht_html(doc)
        parts = list(msg.walk())
        kinds = [(p.get_content_type(), p.get("Content-Transfer-Encoding")) for p in parts]
        html_part = [p for p in parts if p.get_content_type() == "text/html"][0]
        png = [p for p in parts if p.get_content_type() == "image/png"]
        s = raw.decode("ascii")
        qp = s.split("quoted-printable", 1)[1].split("\r\n\r\n", 1)[1].split("------MultipartBoundary", 1)[0]
        # a soft break between two bytes of ONE UTF-8 character: `=XX=` CRLF `=YY`, YY a continuation byte
        inside = re.findall(r"=[89A-F][0-9A-F]=\r\n=[89AB][0-9A-F]", qp)
        imgsrc = re.search(r'<img src="([^"]+)"', page).group(1)
        if (msg.get_content_type() != "multipart/related" or ("text/html", "quoted-printable") not in kinds
                or ("image/png", "base64") not in kinds or len(png) != 1
                or not png[0].get_payload(decode=True).startswith(b"\x89PNG") or png[0]["Content-Location"] != imgsrc
                or html_part.get_content_charset() is not None or len(inside) < 5 or "=3D" not in qp
                or any(len(line) > 76 for line in qp.split("\r\n"))):
            bad.append(f"u2: parts={kinds} soft-breaks-inside-characters={len(inside)}")
    if stem.startswith("u3"):
        s = raw.decode("ascii", "replace")
        n_inds = sum(len(p["indicators"]) for p in g["projects"])
        if (not s.startswith("{\\rtf1") or re.search(rb"[\x80-\xff]", raw) or s.count("\\clvmgf") < 3 * 3
                or s.count("\\clvmrg") < 10 or s.count("\\trowd") < n_inds + 8 * 3
                or not re.search(r"\\u39033\\'3f", s) or "项目" in s):
            bad.append(f"u3: clvmgf={s.count(chr(92) + 'clvmgf')} clvmrg={s.count(chr(92) + 'clvmrg')} "
                       f"trowd={s.count(chr(92) + 'trowd')}")
    if stem.startswith("u4"):
        try:
            raw.decode("utf-8"); utf8 = True
        except UnicodeDecodeError:
            utf8 = False
        rows = csv_rows(doc)
        s = raw.decode("cp936")
        emb_lf = [c for r in rows for c in r if "\n" in c]
        commas = [c for r in rows for c in r if "," in c]
        blank = [r for r in rows if r and not any(r)]
        names = [r for r in rows if r[0] == "项目名称"]
        if (utf8 or raw.startswith(b"\xef\xbb\xbf") or raw.count(b"\r\n") < 40 or len(emb_lf) != 2
                or "\r" in "".join(emb_lf) or len(commas) < 6 or '"""菜篮子""' not in s or len(blank) < 6
                or len(names) != 3 or any(len(r) != 5 for r in rows)):
            bad.append(f"u4: utf8={utf8} cells-with-LF={len(emb_lf)} cells-with-comma={len(commas)} "
                       f"blank rows={len(blank)} 项目名称 rows={len(names)}")
    if stem.startswith("u5"):
        s = raw.decode("utf-8")
        spaced = [l for l in s.splitlines() if re.search(r"\S {2,}\S", l)]
        if (s.count("％") < 5 or s.count("＞=") != 2 or "≤l5天" not in s or "LS2024-WJ-0O7" not in s
                or not re.search(r"^\s+满意度指标\s+服务对象满意度指标\s+居民满意度≥85％$", s, re.M) or len(spaced) < 40
                or any(ocr not in s or gold in s for gold, ocr in UNREACHABLE_U5.items())):
            bad.append(f"u5: ％={s.count('％')} ＞=={s.count('＞=')} spaced lines={len(spaced)}")
    if stem.startswith("u6"):
        from openpyxl import load_workbook
        from openpyxl.cell.rich_text import CellRichText
        wb = load_workbook(doc, rich_text=True)
        z = zipfile.ZipFile(doc)
        sst = z.read("xl/sharedStrings.xml").decode()
        rich = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, CellRichText)]
        two_fonts = [c for c in rich if len({b.font.rFont for b in c.value if hasattr(b, "font")}) >= 2]
        brk = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
               if isinstance(c.value, str) and "\n" in c.value]
        pa = [ws.print_area for ws in wb.worksheets]
        fz = [ws.freeze_panes for ws in wb.worksheets]
        merged = [len(ws.merged_cells.ranges) for ws in wb.worksheets]
        duty = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value == "年度履职目标"]
        custom = z.read("docProps/custom.xml").decode() if "docProps/custom.xml" in z.namelist() else ""
        if (len(rich) != 5 or len(two_fonts) != 5 or sst.count("<r>") < 7 or len(brk) < 4 or not all(pa)
                or not all(fz) or min(merged) < 10 or len(duty) != 2 or "KSOProductBuildVer" not in custom
                or "≥95%" not in txt):
            bad.append(f"u6: rich={len(rich)} two-font={len(two_fonts)} cells-with-LF={len(brk)} print areas={pa} "
                       f"freeze={fz} merged={merged}")
    return bad


bad = 0
for gp in sorted(glob.glob(os.path.join(EXPECTED, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    stem = os.path.basename(gp)[: -len(".gold.json")]
    doc = os.path.join(D, g["source"]["path"])
    sha_ok = hashlib.sha256(open(doc, "rb").read()).hexdigest() == g["source"]["sha256"]
    raw_txt = text_of(doc)
    ocr = stem.startswith("u5")
    txt = norm(raw_txt, nfkc=ocr)
    miss = [s for s in strings(g) if norm(str(s), nfkc=ocr) not in txt and not (ocr and s in UNREACHABLE_U5)]
    miss += structure(stem, doc, g, raw_txt)
    r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
    f1 = json.loads(r.stdout)["f1"]
    n_ind = sum(len(p["indicators"]) for p in g["projects"])
    print(f"{os.path.basename(doc):40s} projects={len(g['projects'])} indicators={n_ind} self-F1={f1} "
          f"sha256={'ok' if sha_ok else 'STALE'} missing={miss}")
    bad += bool(miss) or f1 != 1.0 or not sha_ok
sys.exit(1 if bad else 0)
