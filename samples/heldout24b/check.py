"""Check the heldout24b set: JSON, sha256, score.py G G = 1.0, every printed string of each gold in the draft's OWN
text (an independent reader written here, not make.py's code), and each quirk read from the FILE.
`--selftest` runs every quirk assertion against the five OTHER drafts and against a mutated gold (each must FAIL),
and the string check against a gold with a 三级 renamed."""
import copy, glob, hashlib, json, os, re, subprocess, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
WS = re.compile(r"\s+")


def flat(s):
    return WS.sub("", s)


# ---------------------------------------------------------------- independent readers
class Nodes(HTMLParser):
    """text nodes in order; tables as lists of rows of cells (text, colspan, rowspan); elements with their attrs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.tables, self.stack, self.els = [], [], [], []
        self.cur_cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.els.append((tag, a))
        if tag == "table":
            self.stack.append([])
        elif tag == "tr" and self.stack:
            self.stack[-1].append([])
        elif tag in ("td", "th") and self.stack:
            self.cur_cell = [[], int(a.get("colspan", 1)), int(a.get("rowspan", 1))]
            self.stack[-1][-1].append(self.cur_cell)
        elif tag in ("p", "br", "li", "tr", "h1", "h2", "h3") :
            self.text.append("\n")

    def handle_endtag(self, tag):
        if tag == "table" and self.stack:
            t = self.stack.pop()
            self.tables.append([[("".join(c[0]), c[1], c[2]) for c in r] for r in t])
        if tag in ("td", "th"):
            self.cur_cell = None

    def handle_data(self, d):
        self.text.append(d)
        if self.cur_cell is not None:
            self.cur_cell[0].append(d)


def raw(path):
    return open(path, "rb").read()


def decode(path):
    b = raw(path)
    if path.endswith(".htm"):
        m = re.search(rb"charset=([\w-]+)", b)
        return b.decode(m.group(1).decode())
    return b.decode("utf-8-sig")


def html_nodes(path):
    n = Nodes()
    n.feed(decode(path))
    return n


def furniture_free(text):
    """drop lines that repeat on 3+ form-feed pages (digits normalised): running heads and page footers."""
    pages = text.split("\f")
    count = {}
    for pg in pages:
        for l in set(re.sub(r"\d+", "#", l.strip()) for l in pg.splitlines() if l.strip()):
            count[l] = count.get(l, 0) + 1
    keep = []
    for pg in pages:
        keep += [l for l in pg.splitlines() if count.get(re.sub(r"\d+", "#", l.strip()), 0) < 3]
    return "\n".join(keep)


def column_chains(text):
    """for space-aligned text: a cell wrapped in its column is the run of segments starting at the same display
    column on consecutive lines; every chain is returned joined."""
    def dw(ch):
        import unicodedata
        return 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    lines = []
    for l in text.splitlines():
        segs, col, i = [], 0, 0
        for m in re.finditer(r"\S+(?: \S+)*", l):
            pre = l[:m.start()]
            col = sum(dw(c) for c in pre)
            segs.append((col, m.group()))
        lines.append(dict(segs))
    out = []
    for i, segs in enumerate(lines):
        for col, s in segs.items():
            acc, j = s, i + 1
            while j < len(lines) and col in lines[j] and len(acc) < 400:
                acc += lines[j][col]
                j += 1
                out.append(flat(acc))
            out.append(flat(s))
    return out


def corpus(path):
    if path.endswith((".html", ".htm")):
        return [flat("".join(html_nodes(path).text))]
    t = decode(path)
    if path.endswith(".md"):
        t = re.sub(r"<!--.*?-->", "", t)
        return [flat(t), flat(t.replace("|", "\n"))]
    out = [flat(t), flat(furniture_free(t))]
    if "\f" in t:
        out += column_chains(furniture_free(t))
    return out


def printed(g):
    d = g["document"]
    s = [d["title"], d["department"], d["department_code"], d["compiled_by"], d["reviewed_by"]]
    s += [e["title"] for e in g["toc"]] + g["overall_goals"]
    for x in g["sub_goals"]:
        s += [x["title"], x["goal"], x["indicator"]]
    for x in g["safeguards"]:
        s += [x["title"], x["text"]]
    if g.get("extra", {}).get("duties"):
        s.append(g["extra"]["duties"])
    for p in g["projects"]:
        s += [p["title"], p["name"], p["code"], p["purpose"], p["department"], p["department_code"]] + p["goals"]
        s += ["%.2f" % p[k] for k in ("budget_total", "budget_fiscal", "budget_other") if p[k] is not None]
        s += ["%d月底" % e["month"] for e in p["spending_plan"]]
        for i in p["indicators"]:
            s += [i["level1"], i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]]
    return [x for x in s if x]


def missing(path, g):
    cs = corpus(path)
    return [x for x in printed(g) if not any(flat(x) in c for c in cs)]


# ---------------------------------------------------------------- quirks (read from the FILE)
def unnum(t):
    return re.sub(r"^(?:[一二三四五六七八九十]+、|\d+[、.]|（[一二三四五六七八九十\d]+）)", "", t.strip()).rstrip(".·… ")


def gtoc(g):
    return [(e["part"], e["title"], e["page"]) for e in g["toc"]]


def q_s1(path, g):
    if not path.endswith(".html"):
        return False, "not html"
    n = html_nodes(path)
    src = decode(path)
    ul = re.search(r'<ul class="toc">(.*?)</ul>', src, re.S)
    if not ul:
        return False, "no <ul class=toc>"
    got, part = [], 0
    for li in re.findall(r"<li[^>]*>.*?</li>", ul.group(1)):
        if "toc-part" in li:
            part += 1
            continue
        m = re.fullmatch(r'<li><a href="#([\w-]+)">(.*?)</a><span class="pg">(\d+)</span></li>', li)
        if not m or ('id="%s"' % m.group(1)) not in src:
            return False, "toc entry not an anchor to an id: " + li
        got.append((part, unnum(m.group(2)), int(m.group(3))))
    if got != gtoc(g):
        return False, "toc %s != gold" % got[:2]
    fx = [t for t in n.tables if t and [c[0] for c in t[0]] == ["序号", "分项目标", "绩效目标", "绩效指标"]]
    if len(fx) != 1:
        return False, "no 分项 table"
    rows = [[c[0] for c in r][1:] for r in fx[0][1:]]
    if rows != [[x["title"], x["goal"], x["indicator"]] for x in g["sub_goals"]]:
        return False, "分项 table rows != gold sub_goals"
    return True, "toc = %d anchored <li> with page spans; 分项 table of %d rows" % (len(got), len(rows))


def q_s2(path, g):
    b = raw(path)
    try:
        b.decode("utf-8")
        return False, "file is UTF-8, not GBK"
    except UnicodeDecodeError:
        pass
    src = decode(path)
    if "Microsoft Word 15 (filtered)" not in src:
        return False, "no Word filtered generator"
    got, part = [], 0
    for cls, body in re.findall(r"<p class=(MsoToc[12])>(.*?)</p>", src, re.S):
        m = re.search(r"<a href=\"#(_Toc\d+)\">(.*)</a>", body, re.S)
        if not m or ('name="%s"' % m.group(1)) not in src:
            return False, "toc entry without bookmark"
        hidden = re.findall(r"<span[^>]*display:none[^>]*>([^<]*)</span>", m.group(2))
        vis = re.sub(r"<span[^>]*display:none[^>]*>[^<]*</span>", "", m.group(2))
        vis = re.sub(r"<[^>]+>", "", vis)
        if not hidden or not hidden[-1].strip().isdigit():
            return False, "page number not hidden"
        if cls == "MsoToc1":
            part += 1
            continue
        got.append((part, unnum(vis), int(hidden[-1])))
    if got != gtoc(g):
        return False, "toc %s != gold" % got[:2]
    items = re.findall(r"<p class=MsoListParagraph[^>]*><span>（[一二三四五六七八九十]）<span style='font:7.0pt "
                       r"\"Times New Roman\"'>(?:&nbsp;)+ </span></span><span>([^<]*)</span></p>", src)
    if items != g["overall_goals"]:
        return False, "list items with 7pt spacer != gold overall_goals"
    return True, "GBK; %d TOC entries with display:none pages and _Toc bookmarks; %d mso list items" % (len(got), len(items))


def md_rows(lines, i):
    rows = []
    while i < len(lines) and lines[i].startswith("|"):
        if not re.fullmatch(r"\|[-|]+\|", lines[i]):
            rows.append([c.strip() for c in lines[i].strip("|").split("|")])
        i += 1
    return rows


def q_s3(path, g):
    if not path.endswith(".md"):
        return False, "not md"
    lines = decode(path).splitlines()
    try:
        i = lines.index("## 目　录")
    except ValueError:
        return False, "no 目录 heading"
    rows = md_rows(lines, i + 2)
    if not rows or rows[0][0] != rows[0][1] or not rows[0][0].startswith("第一部分"):
        return False, "toc table header is not the repeated part heading"
    got, part = [], 1
    for r in rows[1:]:
        if r[0] == r[1]:
            part += 1
            continue
        got.append((part, unnum(r[0]), int(r[1])))
    if got != gtoc(g):
        return False, "toc table %s != gold" % got[:2]
    paras = [l for l in lines if l and not l.startswith(("|", "#", "-", "<"))]
    split = [k for k in range(len(paras) - 1)
             if any(unnum(paras[k]) + paras[k + 1] == x for x in g["overall_goals"]) and not paras[k].endswith(("。", "；"))]
    if len(split) != 1:
        return False, "no overall goal split into two paragraphs"
    return True, "目录 = pipe table (%d rows, part heading repeated as header); goal split at %r" % (len(rows), paras[split[0]][-6:])


def q_s4(path, g):
    t = decode(path)
    pages = t.split("\f")
    if len(pages) < 5:
        return False, "fewer than 5 form-feed pages"
    heads = [p.splitlines()[0].strip() for p in pages[2:] if p.strip()]
    if len(set(heads)) != 1 or g["document"]["department"] not in heads[0]:
        return False, "no running head"
    for k, p in enumerate(pages[2:6], 1):
        if ("- %d -" % k) not in [l.strip() for l in p.splitlines()]:
            return False, "no footer - %d -" % k
    hit = []
    for k in range(2, len(pages) - 1):
        a = [l.strip() for l in pages[k].splitlines() if l.strip()]
        b = [l.strip() for l in pages[k + 1].splitlines() if l.strip()]
        tail, head = a[-2], b[1]  # last body line before the footer, first body line after the running head
        joined = flat(unnum(tail)) + flat(head)
        hit += [x for x in g["overall_goals"] if joined in flat(x)]
    if len(hit) != 1:
        return False, "no overall goal cut by a page break (%d)" % len(hit)
    ch = column_chains(furniture_free(t))
    par = [x for x in g["sub_goals"] if flat(x["indicator"]) not in flat(t) and any(flat(x["indicator"]) == c for c in ch)]
    if len(par) != len(g["sub_goals"]):
        return False, "分项 table cells not wrapped in parallel columns"
    return True, "%d pages, running head + `- N -`; goal cut by the page; %d 分项 cells wrapped in columns" % (len(pages), len(par))


def q_s5(path, g):
    t = decode(path)
    if not t.startswith("首页\t") or "\r\n" not in t:
        return False, "not a browser copy"
    lines = t.split("\r\n")
    n = 0
    for part, title, page in gtoc(g):
        pat = re.compile(r"(?:[一二三四五六七八九十]+、|\d+、)" + re.escape(title) + str(page) + "$")
        if not any(pat.fullmatch(l) for l in lines):
            return False, "toc entry not glued: " + title
        n += 1
    shift = 0
    for p in g["projects"]:
        i1, i2 = p["indicators"][0], p["indicators"][1]
        l1 = [l for l in lines if l.split("\t")[:3] == [i1["level1"], i1["level2"], i1["level3"]]]
        l2 = [l for l in lines if l.split("\t")[0] == i2["level3"] and l.split("\t")[1] == i2["description"]]
        if len(l1) == 1 and len(l2) == 1 and l2[0].count("\t") == l1[0].count("\t") - 2:
            shift += 1
    if shift != len(g["projects"]):
        return False, "rowspan rows not shifted left"
    return True, "%d glued toc entries; rowspan rows shifted in %d forms" % (n, shift)


def q_s6(path, g):
    b = raw(path)
    if not b.startswith(b"\xef\xbb\xbf") or b"\r\n" not in b:
        return False, "no BOM / CRLF"
    lines = decode(path).split("\r\n")
    if any(l.count("\t") > 1 for l in lines):
        return False, "tab rows present"
    try:
        i = lines.index("序号")
    except ValueError:
        return False, "no 分项 table"
    if lines[i:i + 4] != ["序号", "分项目标", "绩效目标", "绩效指标"]:
        return False, "no cell-per-line header"
    cells = lines[i + 4:i + 4 + 4 * len(g["sub_goals"])]
    want = sum([[str(k), x["title"], x["goal"], x["indicator"]] for k, x in enumerate(g["sub_goals"], 1)], [])
    if cells != want:
        return False, "分项 cells != gold sub_goals"
    ov = [l.split("\t", 1)[1] for l in lines if re.match(r"\d+\.\t", l)]
    if ov != g["overall_goals"]:
        return False, "list items `N.<TAB>` != gold overall_goals"
    ind = g["projects"][0]["indicators"][0]
    k = lines.index(ind["level3"])
    if lines[k - 2:k + 4] != [ind["level1"], ind["level2"], ind["level3"], ind["description"], ind["value_raw"], ind["basis"]]:
        return False, "form not one cell per line"
    return True, "BOM+CRLF; 分项 table %d cells one per line; %d `N.⇥` goals" % (len(cells), len(ov))


Q = {"s1": q_s1, "s2": q_s2, "s3": q_s3, "s4": q_s4, "s5": q_s5, "s6": q_s6}


def mutate(key, g):
    g = copy.deepcopy(g)
    if key == "s1":
        g["toc"][2]["page"] += 1
    elif key == "s2":
        g["overall_goals"][0] = "（一）" + g["overall_goals"][0]
    elif key in ("s3", "s4"):
        x = g["overall_goals"][1]
        cut = len(x) // 3
        g["overall_goals"][1:2] = [x[:cut], x[cut:]]
        if key == "s4":
            g["overall_goals"][1:3] = [x[:12], x[12:]]
    elif key == "s5":
        g["toc"][-1]["page"] += 1
    elif key == "s6":
        g["sub_goals"][1]["title"] += "工作"
    return g


def load():
    out = {}
    for gp in sorted(glob.glob(os.path.join(HERE, "expected", "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        out[g["source"]["path"][:2]] = (os.path.join(HERE, "drafts", g["source"]["path"]), gp, g)
    return out


def main():
    sets = load()
    assert len(sets) == 6, sets.keys()
    ok = True
    for key, (dp, gp, g) in sets.items():
        sha = hashlib.sha256(raw(dp)).hexdigest() == g["source"]["sha256"]
        sc = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True).stdout
        f1 = re.search(r'"f1":\s*([\d.]+)', sc)
        f1ok = bool(f1) and float(f1.group(1)) == 1.0
        miss = missing(dp, g)
        qok, qmsg = Q[key](dp, g)
        good = sha and f1ok and not miss and qok
        ok &= good
        print("%s %-48s sha=%s F1=%s strings=%d missing=%s quirk=%s (%s)" % (
            "OK " if good else "BAD", os.path.basename(dp), sha, f1.group(1) if f1 else "?", len(printed(g)), miss[:3],
            qok, qmsg))
    if "--selftest" in sys.argv:
        for key, (dp, gp, g) in sets.items():
            others = [Q[key](odp, og)[0] for k2, (odp, _, og) in sets.items() if k2 != key]
            mut = Q[key](dp, mutate(key, g))[0]
            g2 = copy.deepcopy(g)
            g2["projects"][0]["indicators"][2]["level3"] += "（改）"
            miss = missing(dp, g2)
            st = not any(others) and not mut and miss
            ok &= bool(st)
            print("selftest %s: quirk fail on %d/5 other drafts; mutated gold: %s; renamed 三级 missing=%s" % (
                key, others.count(False), "fail" if not mut else "PASSES (bad)", miss))
    print("ALL OK" if ok else "FAILURES")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
