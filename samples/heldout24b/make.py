"""Render every heldout24b draft FROM the facts in golds.py into /tmp/heldout24b_build, copy it to drafts/, and
write the golds (with source.sha256) to expected/. Pure Python (no jixiao). Run with any python3 >= 3.8."""
import hashlib, html, json, os, shutil, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G  # noqa: E402

BUILD = "/tmp/heldout24b_build"
CN = "一二三四五六七八九十"


def cnum(i):
    return CN[i - 1]


def fmt_amt(x):
    return "" if x is None else x


# ---------------------------------------------------------------- the form as a grid: rows of [text, colspan, rowspan]
def form_grid(p):
    t, fi, o = p["amt"]
    plan = p["plan"]
    g = [[["项目编码", 1, 1], [p["code"], 2, 1], ["项目名称", 1, 1], [p["name"], 2, 1]],
         [["预算规模及资金用途", 1, 2], ["预算数", 1, 1], ["其中：财政资金", 1, 1], ["其他资金", 1, 1], ["资金用途", 2, 1]],
         [[t, 1, 1], [fi, 1, 1], [fmt_amt(o), 1, 1], [p["purpose"], 2, 1]],
         [["资金支出计划（%）", 1, 2]] + [["%d月底" % m, 2 if k == 3 else 1, 1] for k, (m, _) in enumerate(plan)],
         [[str(v), 2 if k == 3 else 1, 1] for k, (_, v) in enumerate(plan)],
         [["绩效目标", 1, 1], [None, 5, 1]],  # goals: filled per renderer
         [["一级指标", 1, 1], ["二级指标", 1, 1], ["三级指标", 1, 1], ["绩效指标描述", 1, 1], ["指标值", 1, 1],
          ["指标值确定依据", 1, 1]]]
    rs = p["rows"]
    for j, r in enumerate(rs):
        row = []
        if j == 0 or rs[j - 1][0] != r[0]:
            n = 1
            while j + n < len(rs) and rs[j + n][0] == r[0]:
                n += 1
            row.append([r[0], 1, n])
        if j == 0 or rs[j - 1][:2] != r[:2]:
            n = 1
            while j + n < len(rs) and rs[j + n][:2] == r[:2]:
                n += 1
            row.append([r[1], 1, n])
        v = r[4][2:] if r[4].startswith("Q:") else r[4]
        row += [[r[2], 1, 1], [r[3], 1, 1], [v, 1, 1], [r[5], 1, 1]]
        g.append(row)
    return g


def goals_text(p, sep):
    return sep.join("%d、%s" % (k, x) for k, x in enumerate(p["goals"], 1))


def slots(grid, ncol=6):
    """grid -> matrix of (text, is_origin) with merged cells repeated."""
    m = {}
    for i, row in enumerate(grid):
        c = 0
        for cell in row:
            while (i, c) in m:
                c += 1
            t, cs, rsp = cell
            for di in range(rsp):
                for dj in range(cs):
                    m[(i + di, c + dj)] = (t, di == 0 and dj == 0)
            c += cs
    return [[m.get((i, j), ("", False)) for j in range(ncol)] for i in range(len(grid))]


def part2_title(k, p):
    return "%d、%s绩效目标表" % (k, p["name"])


# ================================================================ s1 portal HTML
def s1(f):
    e = html.escape
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>%s2025年部门预算绩效文本_部门预算_枣庄市薛城区人民政府</title>' % e(f["dept"]),
         '<meta name="ArticleTitle" content="%s2025年部门预算绩效文本">' % e(f["dept"]),
         '<link rel="stylesheet" href="/css/article.css">', '</head>', '<body>',
         '<div class="header"><div class="logo"><img src="/images/logo.png" alt="枣庄市薛城区人民政府"></div>',
         '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>',
         '<div class="main">',
         '<div class="sidebar"><h4>相关链接</h4><ul>',
         '<li><a href="/art/2024/1/26/art_1001_88231.html">%s2024年部门预算绩效文本</a></li>' % e(f["dept"]),
         '<li><a href="/art/2024/8/30/art_1001_90412.html">%s2023年度项目支出绩效自评报告</a></li>' % e(f["dept"]),
         '<li><a href="/art/2025/1/20/art_1001_93107.html">%s2025年部门预算</a></li>' % e(f["dept"]),
         '</ul></div>',
         '<div class="content">',
         '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; 部门预算</div>',
         '<h1 class="art-title">%s2025年部门预算绩效文本</h1>' % e(f["dept"]),
         '<div class="art-info"><span>发布日期：2025-02-10</span><span>来源：区水务局</span><span>浏览次数：<em id="hits">362</em></span><span>【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</span></div>',
         '<div class="article-content" id="zoom">']
    for line in [f["dept"], "2025年部门预算绩效文本", "（草案）"]:
        o.append('<p class="cover" style="text-align:center;font-size:26px"><strong>%s</strong></p>' % e(line))
    for line in [f["compiled"] + "编制", f["reviewed"] + "审核", f["date"]]:
        o.append('<p class="cover" style="text-align:center">%s</p>' % e(line))
    # the 目录 as the portal's editor turned it: a list of in-page anchors, the page number in its own span
    secs = ["部门职责", "总体绩效目标", "分项绩效目标", "保障措施"]
    o.append('<p style="text-align:center"><strong>目　录</strong></p>')
    o.append('<ul class="toc">')
    o.append('<li class="toc-part">第一部分　%s</li>' % f["part1"])
    for k, (_, t, pg) in enumerate(f["toc"], 1):
        o.append('<li><a href="#sec1-%d">%s、%s</a><span class="pg">%d</span></li>' % (k, cnum(k), t, pg))
    o.append('<li class="toc-part">第二部分　%s</li>' % f["part2"])
    for k, (p, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        o.append('<li><a href="#sec2-%d">%s</a><span class="pg">%d</span></li>' % (k, part2_title(k, p), pg))
    o.append('</ul>')
    o.append('<h2 style="text-align:center">第一部分　%s</h2>' % f["part1"])
    o.append('<h3 id="sec1-1">一、部门职责</h3>')
    for x in f["duties"]:
        o.append('<p style="text-indent:2em">%s</p>' % e(x))
    o.append('<h3 id="sec1-2">二、总体绩效目标</h3>')
    for k, x in enumerate(f["overall"], 1):
        o.append('<p style="text-indent:2em">（%s）%s</p>' % (cnum(k), e(x)))
    o.append('<h3 id="sec1-3">三、分项绩效目标</h3>')
    o.append('<table class="fx" border="1" cellspacing="0" cellpadding="4" width="100%">')
    o.append('<tr><th>序号</th><th>分项目标</th><th>绩效目标</th><th>绩效指标</th></tr>')
    for k, (a, b, c) in enumerate(f["sub"], 1):
        o.append('<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (k, e(a), e(b), e(c)))
    o.append('</table>')
    o.append('<h3 id="sec1-4">四、保障措施</h3>')
    for k, (a, ps) in enumerate(f["safe"], 1):
        o.append('<p style="text-indent:2em"><strong>（%s）%s。</strong>%s</p>' % (cnum(k), e(a), e(ps[0])))
        for x in ps[1:]:
            o.append('<p style="text-indent:2em">%s</p>' % e(x))
    o.append('<h2 style="text-align:center">第二部分　%s</h2>' % f["part2"])
    for k, p in enumerate(f["projects"], 1):
        o.append('<h3 id="sec2-%d" style="text-align:center">%s</h3>' % (k, part2_title(k, p)))
        o.append('<p>%s %s<span style="float:right">单位：万元</span></p>' % (f["code"], f["dept"]))
        o.append('<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse:collapse">')
        for row in form_grid(p):
            tds = []
            for t, cs, rsp in row:
                if t is None:
                    t = "<br>".join(e("%d、%s" % (j, x)) for j, x in enumerate(p["goals"], 1))
                else:
                    t = e(t)
                a = (' colspan="%d"' % cs if cs > 1 else "") + (' rowspan="%d"' % rsp if rsp > 1 else "")
                tds.append("<td%s>%s</td>" % (a, t))
            o.append("<tr>" + "".join(tds) + "</tr>")
        o.append('</table>')
    o += ['</div>', '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>', '</div>', '</div>',
          '<div class="footer"><p>主办：枣庄市薛城区人民政府办公室　网站标识码：3704030001</p><p>鲁ICP备05012345号</p></div>',
          '</body>', '</html>']
    return "\n".join(o).encode("utf-8")


# ================================================================ s2 Word filtered HTML (GBK)
SP = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span>"
HID = "color:windowtext;display:none;text-decoration:none"


def s2(f):
    e = html.escape
    o = ["<html>", "", "<head>", "<meta http-equiv=Content-Type content=\"text/html; charset=gbk\">",
         "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">", "<style>", "<!--",
         " /* Font Definitions */", " @font-face", "\t{font-family:宋体;", "\tpanose-1:2 1 6 0 3 1 1 1 1 1;}",
         " @font-face", "\t{font-family:仿宋_GB2312;}",
         "p.MsoNormal, li.MsoNormal, div.MsoNormal", "\t{margin:0cm;", "\ttext-align:justify;",
         "\tfont-size:16.0pt;", "\tfont-family:仿宋_GB2312;}",
         "p.MsoToc1, p.MsoToc2", "\t{margin:0cm;", "\tfont-size:16.0pt;", "\tfont-family:仿宋_GB2312;}",
         "p.MsoListParagraph", "\t{margin-left:21.0pt;", "\ttext-indent:21.0pt;}",
         "@page WordSection1", "\t{size:595.3pt 841.9pt;", "\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}",
         "div.WordSection1", "\t{page:WordSection1;}", "-->", "</style>", "", "</head>", "",
         "<body lang=ZH-CN style='word-wrap:break-word'>", "", "<div class=WordSection1>", ""]
    for line in [f["dept"], "2025年部门预算绩效文本", "（草案）"]:
        o.append("<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:26.0pt;"
                 "font-family:方正小标宋简体'>%s</span></b></p>" % e(line))
    o.append("<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>&nbsp;</span></p>")
    for line in [f["compiled"] + "编制", f["reviewed"] + "审核", f["date"]]:
        o.append("<p class=MsoNormal align=center style='text-align:center'><span>%s</span></p>" % e(line))
    o.append("")
    o.append("<span lang=EN-US style='font-size:16.0pt'><br clear=all style='page-break-before:always'>\n</span>")
    o.append("")
    o.append("<p class=MsoNormal align=center style='text-align:center'><b><span>目　录</span></b></p>")
    toc_id = [190000100]

    def toc(cls, num, text, pg):
        toc_id[0] += 1
        o.append("<p class=%s><a href=\"#_Toc%d\"><span lang=EN-US>%s</span><span>%s</span><span style='%s'>. </span>"
                 "<span lang=EN-US style='%s'>%d</span></a></p>" % (cls, toc_id[0], num, e(text), HID, HID, pg))

    toc("MsoToc1", "", "第一部分　" + f["part1"], 1)
    for k, (_, t, pg) in enumerate(f["toc"], 1):
        toc("MsoToc2", "%d." % k, t, pg)
    toc("MsoToc1", "", "第二部分　" + f["part2"], f["toc2"][0])
    for k, (p, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        toc("MsoToc2", "%d、" % k, p["name"] + "绩效目标表", pg)
    anchor = [190000100]

    def a():
        anchor[0] += 1
        return "<a name=\"_Toc%d\"></a>" % anchor[0]

    o.append("")
    o.append("<span lang=EN-US style='font-size:16.0pt'><br clear=all style='page-break-before:always'>\n</span>")
    o.append("<h1 align=center style='text-align:center'>%s<span>第一部分　%s</span></h1>" % (a(), f["part1"]))
    secs = [t for _, t, _ in f["toc"]]

    def h2(k):
        o.append("<h2 style='margin-left:32.0pt;text-indent:-32.0pt'>%s<span lang=EN-US>%d.%s</span><span>%s</span></h2>"
                 % (a(), k, SP, secs[k - 1]))

    h2(1)
    for k, x in enumerate(f["overall"], 1):
        o.append("<p class=MsoListParagraph style='margin-left:64.0pt;text-indent:-48.0pt'><span>（%s）%s</span>"
                 "<span>%s</span></p>" % (cnum(k), SP, e(x)))
    h2(2)
    for k, (t, g, ind) in enumerate(f["sub"], 1):
        o.append("<p class=MsoListParagraph style='margin-left:48.0pt;text-indent:-32.0pt'><b><span lang=EN-US>（%d）%s"
                 "</span></b><b><span>%s</span></b></p>" % (k, SP, e(t)))
        o.append("<p class=MsoNormal style='text-indent:32.0pt'><span>绩效目标：%s</span></p>" % e(g))
        o.append("<p class=MsoNormal style='text-indent:32.0pt'><span>绩效指标：%s</span></p>" % e(ind))
    h2(3)
    for t, ps in f["safe"]:
        o.append("<p class=MsoNormal style='text-indent:32.0pt'><b><span>%s。</span></b><span>%s</span></p>" % (e(t), e(ps[0])))
        for x in ps[1:]:
            o.append("<p class=MsoNormal style='text-indent:32.0pt'><span>%s</span></p>" % e(x))
    o.append("")
    o.append("<span lang=EN-US style='font-size:16.0pt'><br clear=all style='page-break-before:always'>\n</span>")
    o.append("<h1 align=center style='text-align:center'>%s<span>第二部分　%s</span></h1>" % (a(), f["part2"]))
    for k, p in enumerate(f["projects"], 1):
        if k > 1:
            o.append("<span lang=EN-US style='font-size:12.0pt'><br clear=all style='page-break-before:always'>\n</span>")
        o.append("<p class=MsoNormal align=center style='text-align:center'>%s<b><span lang=EN-US>%d、</span></b>"
                 "<b><span>%s绩效目标表</span></b></p>" % (a(), k, e(p["name"])))
        o.append("<p class=MsoNormal><span lang=EN-US>%s</span><span>&nbsp;%s</span><span lang=EN-US>&nbsp;&nbsp;&nbsp;&nbsp;"
                 "&nbsp;&nbsp;&nbsp;&nbsp;</span><span>单位：万元</span></p>" % (f["code"], e(f["dept"])))
        o.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=568 style='border-collapse:collapse;"
                 "border:none'>")
        for row in form_grid(p):
            o.append(" <tr>")
            for t, cs, rsp in row:
                if t is None:
                    inner = "".join("<p class=MsoNormal><span style='font-size:10.5pt'>%s</span></p>"
                                    % e("%d、%s" % (j, x)) for j, x in enumerate(p["goals"], 1))
                else:
                    inner = "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt'>" \
                            "%s</span></p>" % (e(t) if t else "<span lang=EN-US>&nbsp;</span>")
                at = (" colspan=%d" % cs if cs > 1 else "") + (" rowspan=%d" % rsp if rsp > 1 else "")
                o.append("  <td%s valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>%s</td>"
                         % (at, inner))
            o.append(" </tr>")
        o.append("</table>")
    o += ["", "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>", "", "</div>", "", "</body>", "", "</html>", ""]
    return "\r\n".join(o).encode("gbk")


# ================================================================ s3 Docling Markdown
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pipe_table(matrix):
    w = [max(dw(r[j]) for r in matrix) for j in range(len(matrix[0]))]
    out = []
    for i, r in enumerate(matrix):
        out.append("| " + " | ".join(c + " " * (w[j] - dw(c)) for j, c in enumerate(r)) + " |")
        if i == 0:
            out.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
    return out


def s3(f):
    o = ["<!-- image -->", "", "## " + f["dept"], "", "## 2025年部门预算绩效文本", "", "（草案）", "",
         f["compiled"] + "编制", "", f["reviewed"] + "审核", "", f["date"], "", "## 目　录", ""]
    tm = [["第一部分　" + f["part1"]] * 2]
    for k, (_, t, pg) in enumerate(f["toc"], 1):
        tm.append(["%s、%s" % (cnum(k), t) + "." * 24, str(pg)])
    tm.append(["第二部分　" + f["part2"]] * 2)
    for k, (p, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        tm.append([part2_title(k, p) + "." * 12, str(pg)])
    o += pipe_table(tm) + [""]
    o += ["## 第一部分　" + f["part1"], "", "## 一、总体绩效目标", ""]
    for k, x in enumerate(f["overall"], 1):
        if k == 2:  # the PDF's page break falls inside this paragraph: Docling emits two paragraphs
            cut = x.index("提升农村公路") + len("提升农村公路")
            o += ["（%s）%s" % (cnum(k), x[:cut]), "", x[cut:], ""]
        else:
            o += ["（%s）%s" % (cnum(k), x), ""]
    o += ["## 二、分项绩效目标", ""]
    for k, (t, g, ind) in enumerate(f["sub"], 1):
        o += ["## （%s）%s" % (cnum(k), t), "", "绩效目标：" + g, "", "绩效指标：" + ind, ""]
    o += ["## 三、保障措施", ""]
    for k, (t, ps) in enumerate(f["safe"], 1):
        o += ["- %d.%s。%s" % (k, t, "".join(ps))]
    o += ["", "## 第二部分　" + f["part2"], ""]
    for k, p in enumerate(f["projects"], 1):
        o += ["## " + part2_title(k, p), "", "%s %s 单位：万元" % (f["code"], f["dept"]), ""]
        m = [[(goals_text(p, " ") if t is None else t) for t, _ in r] for r in slots(form_grid(p))]
        o += pipe_table(m) + [""]
    o += ["<!-- image -->", ""]
    return "\n".join(o).encode("utf-8")


# ================================================================ s4 pdftotext -layout
def wrap(s, width):
    lines, cur = [], ""
    for ch in s:
        if dw(cur + ch) > width:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


def layout_grid(grid, widths, gap=2, indent=0, goals=None):
    """space-aligned columns as pdftotext -layout prints a ruled table; merged text on the span's first line."""
    x = [indent]
    for w in widths[:-1]:
        x.append(x[-1] + w + gap)
    out, occupied = [], {}
    for i, row in enumerate(grid):
        c, cells = 0, []
        for t, cs, rsp in row:
            while (i, c) in occupied:
                c += 1
            for di in range(1, rsp):
                for dj in range(cs):
                    occupied[(i + di, c + dj)] = True
            width = sum(widths[c:c + cs]) + gap * (cs - 1)
            text = goals if t is None else t
            cells.append((x[c], wrap(text, width) if text else [""]))
            c += cs
        n = max(len(l) for _, l in cells)
        for k in range(n):
            line = ""
            for xx, ls in cells:
                if k < len(ls) and ls[k]:
                    line += " " * max(xx - dw(line), 1 if line else 0) + ls[k]
            out.append(line.rstrip())
    return out


def center(s, width=92):
    return " " * max(0, (width - dw(s)) // 2) + s


def s4(f):
    head = center(f["dept"] + "2025年部门预算绩效文本")
    pages = []
    pages.append([""] * 8 + [center(f["dept"]), "", center("2025年部门预算绩效文本"), "", center("（草案）")] + [""] * 14
                 + [center(f["compiled"] + "编制"), "", center(f["reviewed"] + "审核"), "", center(f["date"])])
    toc = [center("目　录"), "", "第一部分　" + f["part1"]]

    def tl(t, pg):
        return "    " + t + " " + "·" * ((78 - dw(t)) // 2) + " " + str(pg)
    for k, (_, t, pg) in enumerate(f["toc"], 1):
        toc.append(tl("%s、%s" % (cnum(k), t), pg))
    toc.append("第二部分　" + f["part2"])
    for k, (p, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        toc.append(tl(part2_title(k, p), pg))
    pages.append(toc)

    def para(s, first="    "):
        out = []
        for k, l in enumerate(wrap(s, 80)):
            out.append(("    " if k == 0 else "") + l)
        return out

    p1 = [head, "", center("第一部分　" + f["part1"]), "", "一、总体绩效目标"]
    p1 += para("（一）" + f["overall"][0])
    g2 = para("（二）" + f["overall"][1])
    p1 += g2[:1]  # the page ends after the first line of goal 2
    p1 += ["", "", center("- 1 -")]
    p2 = [head, ""] + g2[1:]
    p2 += para("（三）" + f["overall"][2])
    p2 += ["二、分项绩效目标"]
    sg = [[["序号", 1, 1], ["任务名称", 1, 1], ["绩效目标", 1, 1], ["绩效指标", 1, 1]]]
    sg += [[[str(k), 1, 1], [a, 1, 1], [b, 1, 1], [c, 1, 1]] for k, (a, b, c) in enumerate(f["sub"], 1)]
    p2 += layout_grid(sg, [4, 16, 30, 30], gap=3, indent=2)
    p2 += ["三、保障措施"]
    for k, (t, ps) in enumerate(f["safe"], 1):
        p2 += para("%d.%s。%s" % (k, t, ps[0]))
        for x in ps[1:]:
            p2 += para(x)
    p2 += ["", center("- 2 -")]
    pages += [p1, p2]
    for k, p in enumerate(f["projects"], 1):
        pg = [head, ""]
        if k == 1:
            pg += [center("第二部分　" + f["part2"]), ""]
        pg += [center(part2_title(k, p)), "", "%s %s%s单位：万元" % (f["code"], f["dept"], " " * 40)]
        pg += layout_grid(form_grid(p), [10, 10, 14, 20, 12, 12], gap=2,
                          goals=goals_text(p, " "))
        pg += ["", center("- %d -" % (k + 2))]
        pages.append(pg)
    return "\f".join("\n".join(pg) + "\n" for pg in pages).encode("utf-8")


# ================================================================ s5 browser copy (tab rows, rowspan cells omitted)
def s5(f):
    o = ["首页\t政务公开\t政民互动\t办事服务\t走进站前", "当前位置：首页 > 政务公开 > 财政资金 > 部门预算",
         f["dept"] + "2025年部门预算绩效文本", "发布时间：2025-02-18 09:30　来源：区文广体旅局　浏览次数：", "【字体：大 中 小】", "",
         f["dept"], "2025年部门预算绩效文本", "（草案）", f["compiled"] + "编制", f["reviewed"] + "审核", f["date"], "",
         "目　录", "第一部分　" + f["part1"]]
    # the portal sets the page numbers in a floated <span>: a copy glues them to the entry
    for k, (_, t, pg) in enumerate(f["toc"], 1):
        o.append("%s、%s%d" % (cnum(k), t, pg))
    o.append("第二部分　" + f["part2"])
    for k, (p, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        o.append("%s%d" % (part2_title(k, p), pg))
    o += ["", "第一部分　" + f["part1"], "一、总体绩效目标"]
    o += ["（%s）%s" % (cnum(k), x) for k, x in enumerate(f["overall"], 1)]
    o += ["二、分项绩效目标"]
    for k, (t, g, ind) in enumerate(f["sub"], 1):
        o += ["（%s）%s" % (cnum(k), t), "绩效目标：" + g, "绩效指标：" + ind]
    o += ["三、工作保障措施"]
    for k, (t, ps) in enumerate(f["safe"], 1):
        o.append("%d.%s。%s" % (k, t, ps[0]))
        o += ps[1:]
    o += ["", "第二部分　" + f["part2"]]
    for k, p in enumerate(f["projects"], 1):
        o += [part2_title(k, p), "%s %s\t单位：万元" % (f["code"], f["dept"])]
        for row in form_grid(p):
            o.append("\t".join(goals_text(p, " ") if t is None else t for t, _, _ in row))
        o.append("")
    o += ["【打印本页】【关闭窗口】", "", "主办单位：营口市站前区人民政府办公室　　网站标识码：2108020001", "辽ICP备13004567号"]
    return "\r\n".join(o).encode("utf-8")


# ================================================================ s6 WPS save as .txt (one cell per line)
def s6(f):
    o = [f["dept"], "2025年部门预算绩效文本", "（草案）", "", f["compiled"] + "编制", f["reviewed"] + "审核", f["date"], "",
         "目录", "第一部分　" + f["part1"]]
    for k, (_, t, pg) in enumerate(f["toc"], 1):
        o.append("%s、%s\t%d" % (cnum(k), t, pg))
    o.append("第二部分　" + f["part2"])
    for k, (p, pg) in enumerate(zip(f["projects"], f["toc2"]), 1):
        o.append("%s\t%d" % (part2_title(k, p), pg))
    o += ["", "第一部分　" + f["part1"], "一、部门职责"] + f["duties"] + ["二、总体绩效目标"]
    o += ["%d.\t%s" % (k, x) for k, x in enumerate(f["overall"], 1)]  # Word list numbers are followed by a TAB
    o += ["三、分项绩效目标", "序号", "分项目标", "绩效目标", "绩效指标"]
    for k, (a, b, c) in enumerate(f["sub"], 1):
        o += [str(k), a, b, c]
    o += ["四、保障措施"]
    for t, ps in f["safe"]:
        o.append("%s。%s" % (t, "".join(ps)))
    o += ["", "第二部分　" + f["part2"]]
    for k, p in enumerate(f["projects"], 1):
        o += [part2_title(k, p), "%s %s" % (f["code"], f["dept"]), "单位：万元"]
        for row in form_grid(p):
            for t, _, _ in row:
                o.append(goals_text(p, "") if t is None else t)
        o.append("")
    return ("\ufeff" + "\r\n".join(o) + "\r\n").encode("utf-8")


EXT = {"s1": "html", "s2": "htm", "s3": "md", "s4": "txt", "s5": "txt", "s6": "txt"}
REN = {"s1": s1, "s2": s2, "s3": s3, "s4": s4, "s5": s5, "s6": s6}


def main():
    os.makedirs(BUILD, exist_ok=True)
    for key, f in F.items():
        data = REN[key](f)
        name = "%s.%s" % (f["stem"], EXT[key])
        bp = os.path.join(BUILD, name)
        with open(bp, "wb") as fh:
            fh.write(data)
        shutil.copy(bp, os.path.join(HERE, "drafts", name))
        g = json.loads(json.dumps(G[f["stem"]]))
        g["source"] = {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "format": f["fmt"], "pages": None}
        out = {"source": g.pop("source")}
        out.update(g)
        with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(name, len(data))


if __name__ == "__main__":
    main()
