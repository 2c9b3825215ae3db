#!/usr/bin/env python3
"""Render every draft of heldout22a FROM the facts in golds.py and write the golds with source filled.
Intermediate files under /tmp/heldout22a_build. Nothing is imported from jixiao. Pure Python (no LibreOffice, no
browser): every page is written by hand as the portal / viewer / browser / Excel writes it, so a rebuild is byte-stable."""
import base64, hashlib, html, io, json, os, quopri, shutil, sys, zlib, struct
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, cells, vr  # noqa: E402
from kit import clean  # noqa: E402

D, EXPECTED, TMP = os.path.join(HERE, "drafts"), os.path.join(HERE, "expected"), "/tmp/heldout22a_build"
E = html.escape


def runs(rows, key):
    out, k = [], 0
    while k < len(rows):
        m = k
        while m + 1 < len(rows) and key(rows[m + 1]) == key(rows[k]):
            m += 1
        out.append((k, m)); k = m + 1
    return out


def starts(rows, col):
    """{row index: span} for the merged runs of column col (一级 runs by c0, 二级 runs by (c0, c1))."""
    key = (lambda r: r[0]) if col == 0 else (lambda r: (r[0], r[1]))
    return {a: b - a + 1 for a, b in runs(rows, key)}


def goals_lines(goals):
    return [f"{k}.{g}" for k, g in enumerate(goals, 1)]


# ------------------------------------------------------------------ e1: CSS grid, no <table>
def e1(path):
    f = F["e1"]
    css = ("body{margin:0;font-family:'Microsoft YaHei',sans-serif;color:#333}.topbar{background:#0b4ea2;color:#fff;"
           "padding:6px 40px;font-size:13px}.nav{display:flex;gap:28px;background:#1565c0;padding:10px 40px}"
           ".nav a{color:#fff;text-decoration:none}.main{width:1000px;margin:0 auto}.crumb{font-size:13px;"
           "color:#888;margin:14px 0}.info{text-align:center;color:#999;font-size:13px;border-bottom:1px dashed "
           "#ccc;padding-bottom:10px}.form-grid{display:grid;grid-template-columns:13% 17% 40% 30%;"
           "border-top:1px solid #000;border-left:1px solid #000;margin:8px 0 30px}.form-grid .cell{border-right:1px "
           "solid #000;border-bottom:1px solid #000;padding:6px 8px;display:flex;align-items:center;"
           "justify-content:center;font-size:14px;line-height:1.6}.cell.l{justify-content:flex-start}"
           ".form-title{text-align:center;font-size:20px;font-weight:bold;margin-top:26px}"
           ".form-sub{display:flex;justify-content:space-between;font-size:14px}.footer{background:#f2f2f2;"
           "text-align:center;font-size:12px;color:#777;padding:18px;margin-top:40px}")
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{E(f["h1"])}_威海市环翠区人民政府</title>', f'<style>{css}</style>', '</head>', '<body>',
         '<div class="topbar">威海市环翠区人民政府　|　无障碍浏览　长者模式</div>',
         '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a>'
         '<a href="/hdjl/">互动交流</a><a href="/zjhc/">走进环翠</a></div>', '<div class="main">',
         '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 部门预算</div>',
         f'<h1 style="text-align:center;font-size:24px">{E(f["h1"])}</h1>',
         '<div class="info">发布日期：2025-02-14　来源：区交通运输局　浏览次数：<span id="hits">318</span>　'
         '字号：[ 大 中 小 ]</div>', '<div class="article-content" id="zoom">']
    for k, p in enumerate(f["projects"], 1):
        o.append(f'<div class="form-title">{E(f["ptitle"])}</div>')
        o.append(f'<div class="form-sub"><span>部门名称：{E(f["dept"])}</span><span>部门编码：{f["code"]}</span>'
                 f'<span>单位：万元</span></div>')
        o.append('<div class="form-grid">')
        c = lambda t, st="", cls="cell": o.append(f'<div class="{cls}"' + (f' style="{st}"' if st else "") + f'>{t}</div>')
        c("项目名称"); c(E(p["name"]), "grid-column:span 3", "cell l")
        c("项目编码"); c(p["code"]); c("实施单位"); c(E(p["impl"]))
        c("项目资金<br>（万元）", "grid-row:span 3"); c("年度资金总额"); c("%.2f" % p["amt"][0], "grid-column:span 2")
        c("其中：财政拨款"); c("%.2f" % p["amt"][1], "grid-column:span 2")
        c("其他资金"); c("%.2f" % p["amt"][2], "grid-column:span 2")
        c("年度绩效目标"); c("<br>".join(E(x) for x in goals_lines(p["goals"])), "grid-column:span 3", "cell l")
        for h in ("一级指标", "二级指标", "三级指标", "指标值"):
            c(h, "font-weight:bold;background:#f5f5f5")
        rows = cells(p["rows"], 4)
        s1, s2 = starts(rows, 0), starts(rows, 1)
        for i, r in enumerate(rows):
            if i in s1:
                c(E(r[0]), f"grid-row:span {s1[i]}" if s1[i] > 1 else "")
            if i in s2:
                c(E(r[1]), f"grid-row:span {s2[i]}" if s2[i] > 1 else "")
            c(E(r[2]), "", "cell l"); c(E(vr(r[3])))
        o.append('</div>')
    o += ['</div>', '<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　'
          '<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
          '</div>', '<div class="footer">主办：威海市环翠区人民政府办公室　网站标识码：3710020001　鲁ICP备05000000号</div>',
          '</body>', '</html>']
    open(path, "w", encoding="utf-8").write("\n".join(o) + "\n")


# ------------------------------------------------------------------ e2: the form inside <iframe srcdoc>
def e2(path):
    f = F["e2"]
    td = 'style="border:1px solid #000;padding:4px 6px"'
    rows = cells(f["rows"], 4)
    s1, s2 = starts(rows, 0), starts(rows, 1)
    t = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:SimSun,serif;font-size:14px;'
         'margin:12px}table{border-collapse:collapse;width:100%}td{text-align:center}</style></head><body>',
         f'<p style="text-align:center;font-size:20px;font-weight:bold">{E(f["ptitle"])}</p>',
         '<p style="text-align:center">（2025年度）</p>', '<p style="text-align:right">单位：万元</p>',
         '<table>',
         f'<tr><td {td}>部门名称</td><td {td} colspan="2">{E(f["dept"])}</td><td {td}>部门编码</td>'
         f'<td {td} colspan="2">{f["code"]}</td></tr>']
    for k, (lab, v) in enumerate(zip(("资金总额", "其中：财政拨款", "其他资金"), f["amt"])):
        head = f'<td {td} rowspan="3">年度预算</td>' if k == 0 else ""
        t.append(f'<tr>{head}<td {td}>{lab}</td><td {td} colspan="4">{"%.2f" % v}</td></tr>')
    t.append(f'<tr><td {td}>年度总体目标</td><td {td} colspan="5" style="text-align:left">' +
             "<br>".join(f"目标{k}：{E(g)}" for k, g in enumerate(f["goals"], 1)) + '</td></tr>')
    t.append(f'<tr><td {td} rowspan="{len(rows) + 1}">年度绩效指标</td>' +
             "".join(f'<td {td}><b>{h}</b></td>' for h in ("一级指标", "二级指标", "三级指标", "指标值", "备注")) + '</tr>')
    for i, r in enumerate(rows):
        x = ""
        if i in s1:
            x += f'<td {td} rowspan="{s1[i]}">{E(r[0])}</td>'
        if i in s2:
            x += f'<td {td} rowspan="{s2[i]}">{E(r[1])}</td>'
        x += f'<td {td} style="text-align:left">{E(r[2])}</td><td {td}>{E(vr(r[3]))}</td><td {td}>&nbsp;</td>'
        t.append(f'<tr>{x}</tr>')
    t.append('</table><p>填报人：和丽萍　　联系电话：0888-5123406　　填报日期：2025年2月10日</p></body></html>')
    inner = "".join(t)
    src = html.escape(inner, quote=True)  # the CMS escapes the attached page once into the attribute
    o = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">',
         f'<title>{E(f["h1"])}-丽江市古城区人民政府网</title>',
         '<link rel="stylesheet" href="/static/css/article.css">', '</head>', '<body>',
         '<header class="site-head"><div class="logo">丽江市古城区人民政府网</div><nav><a href="/">首页</a> '
         '<a href="/xxgk/">信息公开</a> <a href="/bsfw/">办事服务</a> <a href="/gzhd/">公众互动</a></nav></header>',
         '<div class="position">您当前的位置：首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 财政预决算</div>',
         '<article>', f'<h1>{E(f["h1"])}</h1>',
         '<div class="meta">发布时间：2025-02-18 10:26　信息来源：区文化和旅游局　阅读：<span>206</span></div>',
         '<div class="content"><p>根据区财政局关于部门预算公开的工作要求，现将我局2025年部门整体支出绩效目标公开如下（表格在线预览）：</p>',
         f'<iframe class="attach-preview" title="附件预览" width="100%" height="1100" frameborder="0" '
         f'sandbox="allow-same-origin" srcdoc="{src}"></iframe>',
         '<p class="attach">附件：<a href="/uploadfiles/2025/02/18/gcwl_zhengtimubiao.xlsx">古城区文化和旅游局2025年部门整体支出绩效目标表.xlsx</a></p>',
         '</div>', '</article>',
         '<footer>主办单位：丽江市古城区人民政府办公室　承办单位：古城区融媒体中心　滇ICP备00000000号</footer>',
         '</body>', '</html>']
    open(path, "w", encoding="utf-8").write("\n".join(o) + "\n")


# ------------------------------------------------------------------ e3: pdf.js viewer, text layer spans only
PX = dict(page_w=794, page_h=1123, fs=12, lh=13)
COLS3 = [(56, 92), (148, 112), (260, 200), (460, 278)]  # (left, width) of 一级 | 二级 | 三级 | 指标值


def wrap(text, width, fs=12):
    n = max(1, int((width - 10) // fs))
    return [text[i:i + n] for i in range(0, len(text), n)] or [""]


def e3(path):
    f = F["e3"]
    pages = []
    for k, p in enumerate(f["projects"], 1):
        spans = []  # (left, top, text, font)

        def put(left, width, top, height, text, center=True, font="g_d0_f1"):
            lines = wrap(text, width)
            y0 = top + (height - len(lines) * PX["lh"]) / 2 if center else top + 5
            for j, ln in enumerate(lines):
                x = left + (width - len(ln) * PX["fs"]) / 2 if center else left + 5
                y = y0 + j * PX["lh"]
                if ln[:1] in "≥≤" and len(ln) > 1:  # the sign is a SymbolMT run: pdf.js gives it its own span
                    spans.append((x, y, ln[0], "g_d0_f2")); spans.append((x + PX["fs"] * 0.55, y, ln[1:], font))
                else:
                    spans.append((x, y, ln, font))
            return len(lines)

        def hgt(texts_widths):
            return max(24, max(len(wrap(t, w)) for t, w in texts_widths) * PX["lh"] + 11)

        put(56, 682, 60, 24, f["ptitle"], font="g_d0_f3")
        spans.append((56, 100, f"部门编码：{f['code']}", "g_d0_f1"))
        spans.append((250, 100, f"部门名称：{f['dept']}", "g_d0_f1"))
        spans.append((668, 100, "单位：万元", "g_d0_f1"))
        y = 122
        L, R = 56, 738
        # key block: label 92 | value spans
        def keyrow(pairs):
            nonlocal y
            h = hgt([(t, w) for _, w, t in pairs])
            for left, width, text in pairs:
                put(left, width, y, h, text, center=not (width > 300))
            y += h
        keyrow([(56, 92, "项目名称"), (148, 590, p["name"])])
        keyrow([(56, 92, "项目编码"), (148, 112, p["code"]), (260, 120, "实施单位"), (380, 358, p["impl"])])
        top = y
        for lab, v in zip(("年度资金总额", "其中：财政拨款", "其他资金"), p["amt"]):
            put(148, 112, y, 24, lab); put(260, 478, y, 24, "%.2f" % v); y += 24
        put(56, 92, top, y - top, "项目资金（万元）")
        gl = goals_lines(p["goals"])
        h = sum(len(wrap(g, 590)) for g in gl) * PX["lh"] + 11
        put(56, 92, y, h, "年度绩效目标")
        yy = y + 5
        for g in gl:
            for ln in wrap(g, 590):
                spans.append((153, yy, ln, "g_d0_f1")); yy += PX["lh"]
        y += h
        for (left, w), hd in zip(COLS3, ("一级指标", "二级指标", "三级指标", "指标值")):
            put(left, w, y, 24, hd, font="g_d0_f3")
        y += 24
        rows = cells(p["rows"], 4)
        hs = [hgt([(r[0], 92), (r[1], 112), (r[2], 270), (vr(r[3]), 208)]) for r in rows]
        tops = [y + sum(hs[:i]) for i in range(len(rows))]
        s1, s2 = starts(rows, 0), starts(rows, 1)
        for i, r in enumerate(rows):  # content-stream order: row by row, a merged cell with its first row
            if i in s1:
                put(*COLS3[0], tops[i], sum(hs[i:i + s1[i]]), r[0])
            if i in s2:
                put(*COLS3[1], tops[i], sum(hs[i:i + s2[i]]), r[1])
            put(*COLS3[2], tops[i], hs[i], r[2])
            put(*COLS3[3], tops[i], hs[i], vr(r[3]))
        y = tops[-1] + hs[-1] + 14
        spans.append((56, y, "填报人：孙立新　　联系电话：0439-3261708", "g_d0_f1"))
        spans.append((380, PX["page_h"] - 40, f"第 {k} 页 共 {len(f['projects'])} 页", "g_d0_f1"))
        pages.append(spans)
    fam = {"g_d0_f1": "sans-serif", "g_d0_f2": "serif", "g_d0_f3": "sans-serif"}
    o = ['<!DOCTYPE html>', '<html dir="ltr" mozdisallowselectionprint>', '<head>', '<meta charset="utf-8">',
         f'<title>{E(f["pdfname"])}</title>', '<link rel="stylesheet" href="viewer.css">', '</head>',
         '<body tabindex="1">', '<div id="outerContainer">', '<div id="mainContainer">',
         f'<div class="toolbar"><div id="toolbarViewer"><span id="numPages" class="toolbarLabel">/ {len(pages)}</span>'
         '<span id="scaleSelectContainer">100%</span><button id="download" class="toolbarButton" title="下载">'
         '<span>下载</span></button></div></div>',
         '<div id="viewerContainer" tabindex="0">', '<div id="viewer" class="pdfViewer">']
    for n, spans in enumerate(pages, 1):
        o.append(f'<div class="page" data-page-number="{n}" role="region" aria-label="第 {n} 页" data-loaded="true" '
                 f'style="width: {PX["page_w"]}px; height: {PX["page_h"]}px;">')
        o.append(f'<div class="canvasWrapper"><canvas role="presentation" width="{PX["page_w"] * 2}" '
                 f'height="{PX["page_h"] * 2}" style="width: {PX["page_w"]}px; height: {PX["page_h"]}px;"></canvas></div>')
        o.append('<div class="textLayer" style="width: calc(var(--scale-factor) * 595.28px); '
                 'height: calc(var(--scale-factor) * 841.89px);">')
        for x, yv, t, font in spans:
            fs = 17 if font == "g_d0_f3" else PX["fs"]
            sx = 1.0 if font == "g_d0_f2" else 0.987
            o.append(f'<span role="presentation" dir="ltr" style="left: {x:.2f}px; top: {yv:.2f}px; font-size: '
                     f'{fs}px; font-family: {fam[font]}; transform: scaleX({sx});">{E(t)}</span>')
        o.append('<div class="endOfContent"></div></div>')
        o.append('<div class="annotationLayer"></div></div>')
    o += ['</div>', '</div>', '</div>', '</div>', '</body>', '</html>']
    open(path, "w", encoding="utf-8").write("\n".join(o) + "\n")


# ------------------------------------------------------------------ e4: Blink MHTML, the form in a FRAME part
def png_seal():
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (120, 120), "white")
    d = ImageDraw.Draw(im)
    d.ellipse((6, 6, 114, 114), outline=(200, 20, 20), width=5)
    d.polygon([(60, 36), (67, 56), (88, 56), (71, 68), (77, 88), (60, 76), (43, 88), (49, 68), (32, 56), (53, 56)],
              fill=(200, 20, 20))
    b = io.BytesIO(); im.save(b, "PNG"); return b.getvalue()


def qp(text):
    out = []
    for line in text.split("\n"):
        out.append(quopri.encodestring(line.encode("utf-8")).decode("ascii").replace("\n", "\r\n").rstrip("\r\n"))
    return "\r\n".join(out)


def e4(path):
    f = F["e4"]
    rows = cells(f["rows"], 5)
    s1, s2 = starts(rows, 0), starts(rows, 1)
    frame_cid = "frame-7C1E40A2D5B39F6E81A0C3B54D2E9F17@mhtml.blink"
    base = "https://www.linhe.gov.cn"
    frame_url = "https://ysgk.linhe.gov.cn/preview/jxmb/2025/150802-NM-0103.html"
    t = ['<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" type="text/css" '
         'href="cid:css-0A6F2B1C-3D4E-4F50-8172-93A4B5C6D7E8@mhtml.blink" /></head><body>',
         f'<div class="ttl">{E(f["ptitle"])}</div>', '<div class="unit">单位：万元</div>', '<table class="jx">',
         f'<tr><td>项目名称</td><td colspan="5">{E(f["name"])}</td></tr>',
         f'<tr><td>项目编码</td><td colspan="2">{f["pcode"]}</td><td>实施周期</td><td colspan="2">{f["period"]}</td></tr>',
         f'<tr><td>主管部门</td><td colspan="2">{E(f["dept"])}（{f["code"]}）</td><td>实施单位</td>'
         f'<td colspan="2">{E(f["impl"])}</td></tr>',
         '<tr><td rowspan="4">项目资金（万元）</td><td colspan="2"></td><td>实施期资金总额</td><td colspan="2">年度资金总额</td></tr>']
    for lab, m, a in zip(("资金总额", "其中：财政拨款", "其他资金"), f["mid_amt"], f["amt"]):
        t.append(f'<tr><td colspan="2">{lab}</td><td>{"%.2f" % m}</td><td colspan="2">{"%.2f" % a}</td></tr>')
    t.append('<tr><td rowspan="2">总体目标</td><td colspan="3">实施期目标</td><td colspan="2">年度目标</td></tr>')
    t.append('<tr><td colspan="3" class="l">' + "<br>".join(E(x) for x in goals_lines(f["goals_mid"])) +
             '</td><td colspan="2" class="l">' + "<br>".join(E(x) for x in goals_lines(f["goals"])) + '</td></tr>')
    t.append(f'<tr><td rowspan="{len(rows) + 1}">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td>'
             '<td>实施期指标值</td><td>年度指标值</td></tr>')
    for i, r in enumerate(rows):
        x = ""
        if i in s1:
            x += f'<td rowspan="{s1[i]}">{E(r[0])}</td>'
        if i in s2:
            x += f'<td rowspan="{s2[i]}">{E(r[1])}</td>'
        t.append(f'<tr>{x}<td class="l">{E(r[2])}</td><td>{E(vr(r[3]))}</td><td>{E(vr(r[4]))}</td></tr>')
    t.append('</table><p class="sign">临河区财政局（盖章）<img src="https://ysgk.linhe.gov.cn/static/img/seal_czj.png" '
             'width="96" height="96"></p><p class="sign">2025年2月26日</p></body></html>')
    frame = "\n".join(t)
    css = ("table.jx{border-collapse:collapse;width:100%;font-size:14px}table.jx td{border:1px solid #000;"
           "padding:4px 6px;text-align:center}table.jx td.l{text-align:left}.ttl{text-align:center;font-size:20px;"
           "font-weight:bold;margin:10px 0}.unit{text-align:right}.sign{text-align:right;margin-right:40px}")
    main = "\n".join([
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
        f'<title>{E(f["h1"])}</title></head><body>',
        '<div class="head">巴彦淖尔市临河区人民政府 <span>ᠪᠠᠶᠠᠨᠨᠠᠭᠤᠷ</span></div>',
        '<div class="crumb">首页 &gt; 政务公开 &gt; 预算管理 &gt; 绩效目标</div>',
        f'<h1>{E(f["h1"])}</h1>', '<div class="meta">发布日期：2025-02-27　来源：临河区财政局</div>',
        f'<div class="content"><p>区农牧局：</p><p>　　你单位报送的2025年度项目支出绩效目标已收悉。经审核，现将'
        f'{E(f["name"])}绩效目标批复如下，请认真组织实施，确保绩效目标如期实现。</p>',
        f'<iframe id="ysgk-frame" src="cid:{frame_cid}" width="100%" height="980" frameborder="0"></iframe>',
        '<p style="text-align:right">临河区财政局</p></div>',
        '<div class="foot">版权所有：巴彦淖尔市临河区人民政府　蒙ICP备00000000号</div></body></html>'])
    B = "----MultipartBoundary--Qy4cJ2mPkXwT8bZrV1nA6sLdE0hG3fUo9iKjN7tC5R----"
    parts = [
        ([("Content-Type", "text/html"), ("Content-ID", "<frame-0B2D5A77C9E1F34468A0BC13D5E79F20@mhtml.blink>"),
          ("Content-Transfer-Encoding", "quoted-printable"), ("Content-Location", base + "/zwgk/ysgl/jxmb/202502/t20250227_81236.html")],
         qp(main)),
        ([("Content-Type", "text/html"), ("Content-ID", f"<{frame_cid}>"),
          ("Content-Transfer-Encoding", "quoted-printable"), ("Content-Location", frame_url)], qp(frame)),
        ([("Content-Type", "text/css"), ("Content-Transfer-Encoding", "quoted-printable"),
          ("Content-Location", "cid:css-0A6F2B1C-3D4E-4F50-8172-93A4B5C6D7E8@mhtml.blink")], qp(css)),
        ([("Content-Type", "image/png"), ("Content-Transfer-Encoding", "base64"),
          ("Content-Location", "https://ysgk.linhe.gov.cn/static/img/seal_czj.png")],
         "\r\n".join((lambda s: [s[i:i + 76] for i in range(0, len(s), 76)])(base64.b64encode(png_seal()).decode()))),
    ]
    subj = "=?utf-8?B?" + base64.b64encode(f["h1"].encode()).decode() + "?="
    o = ["From: <Saved by Blink>", f"Snapshot-Content-Location: {base}/zwgk/ysgl/jxmb/202502/t20250227_81236.html",
         f"Subject: {subj}", "Date: Thu, 6 Mar 2025 09:41:17 +0800", "MIME-Version: 1.0",
         "Content-Type: multipart/related;", '\ttype="text/html";', f'\tboundary="{B}"', "", ""]
    for hdrs, body in parts:
        o.append("--" + B)
        o += [f"{k}: {v}" for k, v in hdrs]
        o += ["", body, ""]
    o.append("--" + B + "--")
    open(path, "wb").write(("\r\n".join(o) + "\r\n").encode("ascii"))


# ------------------------------------------------------------------ e5: WeChat public-account article
def e5(path):
    f = F["e5"]
    TD = 'style="border: 1px solid rgb(0, 0, 0); padding: 5px 6px; word-break: break-all;"'

    def leaf(t):
        return f'<span leaf="">{E(t)}</span>'

    def cell(t, rs=1, cs=1, align="center"):
        a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
        parts = t.split("\n")
        inner = "<br>".join(leaf(x) for x in parts)
        return (f'<td valign="middle"{a} {TD}><section style="text-align: {align};"><span style="font-size: 14px;">'
                f'{inner}</span></section></td>')

    def para(t, style="text-indent: 0em;"):
        return (f'<p style="{style}margin-bottom: 8px;"><span style="font-size: 15px;letter-spacing: 1px;">'
                f'{leaf(t)}</span></p>')

    brk = {"服务对象满意度指标": "服务对象\n满意度指标", "经济成本指标": "经济成本\n指标"}
    o = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">',
         f'<meta property="og:title" content="{E(f["h1"])}">', f'<meta property="og:site_name" content="微信公众平台">',
         f'<title>{E(f["h1"])}</title>', '</head>', '<body id="activity-detail" class="zh_CN wx_wap_page">',
         '<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">',
         f'<h1 class="rich_media_title" id="activity-name">{E(f["h1"])}</h1>',
         '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">'
         '银海区教育局</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
         f'<a href="javascript:void(0);" id="js_name">{E(f["account"])}</a></span> '
         '<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年2月20日 18:05</em> '
         '<em id="js_ip_wording" class="rich_media_meta rich_media_meta_text">广西</em></div>',
         '<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">',
         '<section style="margin: 0px 8px;"><section style="text-align: center;"><img class="rich_pages wxw-img" '
         'data-src="https://mmbiz.qpic.cn/mmbiz_png/yinhai2025banner/640?wx_fmt=png" data-ratio="0.42" '
         'data-w="1080" style="width: 100%;"></section>',
         para("　　根据《中华人民共和国预算法》和部门预算公开工作要求，现将北海市银海区教育局2025年项目支出绩效目标"
              "公开如下："),
         para(f"　　部门名称：{f['dept']}　　部门编码：{f['code']}")]
    for k, p in enumerate(f["projects"], 1):
        o.append(f'<p style="margin-top: 16px;"><strong><span style="font-size: 16px;color: rgb(0, 112, 192);">'
                 f'{leaf("一、二、"[2 * (k - 1)] + "、" + p["name"])}</span></strong></p>')
        o.append(para(f["ptitle"], "text-align: center;"))
        o.append(para("单位：万元", "text-align: right;"))
        rows = cells(p["rows"], 5)
        s1, s2 = starts(rows, 0), starts(rows, 1)
        t = ['<section style="overflow-x: auto;"><table style="border-collapse: collapse; width: 100%;" '
             'data-sort="sortDisabled"><tbody>']
        t.append("<tr>" + cell("项　目　名　称") + cell(p["name"], cs=4) + "</tr>")
        t.append("<tr>" + cell("主　管　部　门") + cell(f["dept"], cs=2) + cell("实施单位") + cell(p["impl"]) + "</tr>")
        for j, (lab, v) in enumerate(zip(("年度资金总额", "其中：财政拨款", "其他资金"), p["amt"])):
            t.append("<tr>" + (cell("项目资金\n（万元）", rs=3) if j == 0 else "") + cell(lab, cs=2) +
                     cell("%.2f" % v, cs=2) + "</tr>")
        t.append("<tr>" + cell("年度绩效目标") + cell("\n".join(goals_lines(p["goals"])), cs=4, align="left") + "</tr>")
        t.append("<tr>" + "".join(cell(h) for h in ("一级指标", "二级指标", "三级指标", "指　标　值", "指标值确定依据")) + "</tr>")
        for i, r in enumerate(rows):
            x = ""
            if i in s1:
                x += cell(r[0], rs=s1[i])
            if i in s2:
                x += cell(brk.get(r[1], r[1]), rs=s2[i])
            x += cell(r[2], align="left") + cell(vr(r[3])) + cell(r[4])
            t.append(f"<tr>{x}</tr>")
        t.append("</tbody></table></section>")
        o.append("".join(t))
    o += [para("　　特此公开。"), para("北海市银海区教育局", "text-align: right;"), para("2025年2月20日", "text-align: right;"),
          '</section>', '</div>', '<div id="js_tags_preview_toast" class="article-tag__error-tips"></div>',
          '<div class="rich_media_tool"><span id="readNum3">阅读 1286</span> <span id="like3">赞 37</span></div>',
          '</div></div>', '</body>', '</html>']
    open(path, "w", encoding="utf-8").write("\n".join(o) + "\n")


# ------------------------------------------------------------------ e6: Excel "save as web page" (.htm, gb2312)
def e6(path):
    f = F["e6"]
    heads = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
             "度量单位", "权重", "指标方向性"]
    widths = [200, 170, 80, 260, 72, 92, 170, 60, 64, 64, 44, 64]
    name = f["sheet"] + "_30517"
    o = ['<html xmlns:v="urn:schemas-microsoft-com:vml"', 'xmlns:o="urn:schemas-microsoft-com:office:office"',
         'xmlns:x="urn:schemas-microsoft-com:office:excel"', 'xmlns="http://www.w3.org/TR/REC-html40">', '', '<head>',
         '<meta http-equiv=Content-Type content="text/html; charset=gb2312">', '<meta name=ProgId content=Excel.Sheet>',
         '<meta name=Generator content="Microsoft Excel 15">',
         '<link rel=File-List href="2025年部门预算项目绩效目标表.files/filelist.xml">',
         f'<style id="{name}_Styles">', '<!--table', '\t{mso-displayed-decimal-separator:"\\.";',
         '\tmso-displayed-thousand-separator:"\\,";}']
    st = {65: "", 66: "font-size:18.0pt;font-weight:700;font-family:方正小标宋简体;mso-font-charset:134;",
          67: "text-align:right;", 68: "border:.5pt solid windowtext;white-space:normal;",
          69: 'mso-number-format:"\\#\\,\\#\\#0\\.00";border:.5pt solid windowtext;',
          70: 'mso-number-format:"\\#\\,\\#\\#0";border:.5pt solid windowtext;',
          71: 'mso-number-format:"0\\.0";border:.5pt solid windowtext;',
          72: "border:.5pt solid windowtext;font-weight:700;background:#D9E1F2;mso-pattern:black none;"}
    for k, v in st.items():
        o += [f".xl{k}", "\t{padding-top:1px;", "\tpadding-right:1px;", "\tpadding-left:1px;", "\tmso-ignore:padding;",
              "\tcolor:black;", "\tfont-size:11.0pt;", "\tfont-family:宋体;", "\tmso-generic-font-family:auto;",
              "\tmso-font-charset:134;", "\tmso-number-format:General;" if "number-format" not in v else "",
              "\ttext-align:center;", "\tvertical-align:middle;", f"\t{v}", "\tmso-protection:locked visible;}"]
    o = [x for x in o if x != ""] + ['-->', '</style>', '</head>', '', '<body link="#0563C1" vlink="#954F72">',
         '<!--[if !excel]>&nbsp;&nbsp;<![endif]-->',
         '<!--下列信息由 Microsoft Excel 的“发布为网页”向导生成。-->',
         '<!--如果同一条目从 Excel 中重新发布，则所有位于 DIV 标记之间的信息均将被替换。-->',
         '<!----------------------------->', '<!--“从 EXCEL 发布网页”向导开始-->', '<!----------------------------->', '',
         f'<div id="{name}" align=center x:publishsource="Excel">', '',
         f'<table border=0 cellpadding=0 cellspacing=0 width={sum(widths)} class=xl65 '
         f'style=\'border-collapse:collapse;table-layout:fixed;width:{sum(widths) * 3 // 4}pt\'>']
    for w in widths:
        o.append(f" <col class=xl65 width={w} style='mso-width-source:userset;mso-width-alt:{w * 32};width:{w * 3 // 4}pt'>")
    o.append(f" <tr height=40 style='mso-height-source:userset;height:30.0pt'>\n  <td colspan=12 height=40 class=xl66 "
             f"width={sum(widths)} style='height:30.0pt;width:{sum(widths) * 3 // 4}pt'>{E(f['title'])}</td>\n </tr>")
    o.append(" <tr height=22 style='height:16.5pt'>\n  <td colspan=10 height=22 class=xl65 style='height:16.5pt'>"
             "<span style='mso-spacerun:yes'>&nbsp;</span></td>\n  <td colspan=2 class=xl67>单位：万元</td>\n </tr>")
    o.append(" <tr height=24 style='height:18.0pt'>\n" + "".join(f"  <td class=xl72>{h}</td>\n" for h in heads) + " </tr>")
    for p in f["projects"]:
        rows = cells(p["rows"], 8)
        s1, s2 = starts(rows, 0), starts(rows, 1)
        for i, (a, b, c, s, v, u, w, d) in enumerate(rows):
            x = []
            if i == 0:
                n = len(rows)
                x += [f"  <td rowspan={n} height={n * 22} class=xl68 style='height:{n * 16.5:.1f}pt'>{E(f['unitcell'])}</td>",
                      f"  <td rowspan={n} class=xl68>{E(p['name'])}</td>",
                      f"  <td rowspan={n} class=xl69 x:num=\"{num_attr(p['amt'])}\">{p['amt']:,.2f}</td>",
                      f"  <td rowspan={n} class=xl68>{E(p['goal'])}</td>"]
            if i in s1:
                x.append(f"  <td rowspan={s1[i]} class=xl68>{a}</td>" if s1[i] > 1 else f"  <td class=xl68>{a}</td>")
            if i in s2:
                x.append(f"  <td rowspan={s2[i]} class=xl68>{b}</td>" if s2[i] > 1 else f"  <td class=xl68>{b}</td>")
            x.append(f"  <td class=xl68>{E(c)}</td>")
            x.append(f"  <td class=xl68>{s}</td>")
            if s == "定性":
                x.append(f"  <td class=xl68>{E(v)}</td>")
            else:
                raw = v.replace(",", "")
                cls = 70 if "," in v else (71 if "." in v else 68)
                x.append(f"  <td class=xl{cls} x:num=\"{num_attr(float(raw))}\">{v}</td>" if v != raw or "." in v
                         else f"  <td class=xl{cls} x:num>{v}</td>")
            x.append(f"  <td class=xl68>{u}</td>" if u else "  <td class=xl68>&nbsp;</td>")
            x.append(f"  <td class=xl68 x:num>{w}</td>")
            x.append(f"  <td class=xl68>{d}</td>")
            o.append(" <tr height=22 style='height:16.5pt'>\n" + "\n".join(x) + "\n </tr>")
    o.append(" <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n" +
             "".join(f"  <td width={w} style='width:{w * 3 // 4}pt'></td>\n" for w in widths) + " </tr>\n <![endif]>")
    o += ['</table>', '', '</div>', '', '', '<!----------------------------->', '<!--“从 EXCEL 发布网页”向导结束-->',
          '<!----------------------------->', '</body>', '', '</html>']
    open(path, "wb").write("\r\n".join(o).encode("gbk") + b"\r\n")


def num_attr(v):
    v = float(v)
    return str(int(v)) if v.is_integer() else repr(v)


MAKERS = {"e1": (e1, "html", "html"), "e2": (e2, "html", "html"), "e3": (e3, "html", "html"),
          "e4": (e4, "mhtml", "mhtml"), "e5": (e5, "html", "html"), "e6": (e6, "htm", "html")}


def main():
    os.makedirs(TMP, exist_ok=True); os.makedirs(D, exist_ok=True); os.makedirs(EXPECTED, exist_ok=True)
    for k, (fn, ext, fmt) in MAKERS.items():
        stem = F[k]["stem"]
        tmp = os.path.join(TMP, f"{stem}.{ext}")
        fn(tmp)
        out = os.path.join(D, f"{stem}.{ext}")
        shutil.copy(tmp, out)
        data = open(out, "rb").read()
        g = clean(G[stem])
        g["source"] = {"path": os.path.basename(out), "sha256": hashlib.sha256(data).hexdigest(), "format": fmt,
                       "pages": 2 if k == "e3" else None}
        json.dump(g, open(os.path.join(EXPECTED, f"{stem}.gold.json"), "w", encoding="utf-8"), ensure_ascii=False,
                  indent=1)
        print(out, len(data), "bytes")


if __name__ == "__main__":
    main()
