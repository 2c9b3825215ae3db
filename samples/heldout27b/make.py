"""Render every heldout27b draft FROM golds.py: each form is written into an HTML page (portal article, WeChat
article, spreadsheet web view, web-system data grid, web-office preview) in /tmp/heldout27b_build/STEM.html and
chromium (headless, its own --user-data-dir) takes the screenshot; Pillow only crops (w2, w6: the region a person
selects), downscales (w6: 80 %, the chat app) and re-encodes (w6: JPEG q70). Deterministic: the same pixels and
bytes on a rebuild with the same chromium / fonts. Nothing here comes from jixiao.
Run: /work/main/.venv/bin/python make.py"""
import hashlib, html, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G, TITLE  # noqa: E402

B = "/tmp/heldout27b_build"
PROFILE = B + "/chromium_profile"
FONT = '"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif'
e = html.escape
MEASURE = """<script>
(function(){var d=document.documentElement,b=document.body;b.setAttribute('data-h',Math.ceil(d.scrollHeight));
var c=document.getElementById('crop');if(c){var r=c.getBoundingClientRect();
b.setAttribute('data-crop',[r.left,r.top,r.width,r.height].map(Math.round).join(','));}})();
</script>"""


def chromium(args):
    r = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--user-data-dir=" + PROFILE, "--no-first-run", "--disable-extensions",
                        "--font-render-hinting=none"] + args, capture_output=True, timeout=120)
    return r.stdout.decode("utf-8", "replace")


def measure(page, width, dpr=1):
    dom = chromium(["--window-size=%d,800" % width, "--force-device-scale-factor=%d" % dpr, "--dump-dom",
                    "file://" + page])
    h = int(re.search(r'data-h="(\d+)"', dom).group(1))
    m = re.search(r'data-crop="([\d,]+)"', dom)
    return h, (tuple(int(x) for x in m.group(1).split(",")) if m else None)


def shoot(page, out, width, height, dpr=1):
    if os.path.exists(out):
        os.remove(out)
    chromium(["--window-size=%d,%d" % (width, height), "--force-device-scale-factor=%d" % dpr,
              "--screenshot=" + out, "file://" + page])
    assert os.path.exists(out), out


# ---------------------------------------------------------------- the form as a grid of cells
def grid(f, p):
    """the seed form as rows of (text, colspan, rowspan, cls); 7 columns."""
    t, fi, o = p["amt"]
    R = [[("项目编码", 1, 1, "lab"), (p["code"], 2, 1, ""), ("项目名称", 1, 1, "lab"), (p["name"], 3, 1, "")],
         [("预算规模及资金用途", 1, 2, "lab"), ("预算数", 1, 1, "lab"), (t, 1, 1, "num"),
          ("其中：财政资金", 1, 1, "lab"), (fi or "", 1, 1, "num"), ("其他资金", 1, 1, "lab"), (o or "", 1, 1, "num")],
         [(p["purpose"], 6, 1, "")]]
    (m1, v1), (m2, v2), (m3, v3), (m4, v4) = p["plan"]
    R += [[("资金支出计划（%）", 1, 2, "lab"), ("%d月底" % m1, 1, 1, "lab"), ("%d月底" % m2, 2, 1, "lab"),
           ("%d月底" % m3, 2, 1, "lab"), ("%d月底" % m4, 1, 1, "lab")],
          [(str(v1), 1, 1, "num"), (str(v2), 2, 1, "num"), (str(v3), 2, 1, "num"), (str(v4), 1, 1, "num")]]
    R.append([("绩效目标", 1, 1, "lab"), ("\n".join("%d、%s" % (i, g) for i, g in enumerate(p["goals"], 1)), 6, 1, "")])
    R.append([(x, 2 if x == "绩效指标描述" else 1, 1, "lab hd") for x in
              ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]])
    rows = p["rows"]
    for k, r in enumerate(rows):
        row = []
        for lv in (0, 1):
            key = tuple(x[: lv + 1] for x in rows)
            if k == 0 or key[k] != key[k - 1]:
                span = 1
                while k + span < len(rows) and key[k + span] == key[k]:
                    span += 1
                row.append((r[lv], 1, span, "lv"))
        row += [(r[2], 1, 1, ""), (r[3], 2, 1, ""), (r[4][2:] if r[4].startswith("Q:") else r[4], 1, 1, "val"),
                (r[5], 1, 1, "")]
        R.append(row)
    return R


def cell_html(c, tag="td"):
    t, cs, rs, cls = c
    a = (' colspan="%d"' % cs if cs > 1 else "") + (' rowspan="%d"' % rs if rs > 1 else "")
    a += ' class="%s"' % cls if cls else ""
    return "<%s%s>%s</%s>" % (tag, a, "<br>".join(e(x) for x in t.split("\n")), tag)


def table_html(f, p, cols):
    h = ['<table class="form"><colgroup>' + "".join('<col style="width:%s">' % w for w in cols) + "</colgroup>"]
    for row in grid(f, p):
        h.append("<tr>" + "".join(cell_html(c) for c in row) + "</tr>")
    return "\n".join(h) + "</table>"


def forms_html(f, cols, head_cls="ft"):
    out = []
    for k, p in enumerate(f["projects"], 1):
        out.append('<h3 class="%s">%d、%s绩效目标表</h3>' % (head_cls, k, e(p["name"])))
        out.append('<div class="deptline"><span>%s %s</span><span class="unit">单位：万元</span></div>'
                   % (f["code"], e(f["dept"])))
        out.append(table_html(f, p, cols))
    return "\n".join(out)


def page(title, css, body):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n<style>\n%s\n'
            "</style></head>\n<body>\n%s\n%s\n</body></html>\n" % (e(title), css, body, MEASURE))


FORM_CSS = """table.form{border-collapse:collapse;width:100%%;table-layout:fixed;font-size:%s;line-height:1.5}
table.form td{border:1px solid %s;padding:%s;vertical-align:middle;word-break:break-all;color:#222}
table.form td.lab{text-align:center;background:%s}table.form td.lv,table.form td.num,table.form td.val{text-align:center}
.deptline{display:flex;justify-content:space-between;margin:6px 0;font-size:%s}h3.ft{text-align:center;margin:22px 0 8px}"""


# ---------------------------------------------------------------- w1  desktop portal article, 100 %, 1366 px
def html_w1(f):
    css = ("body{margin:0;background:#f3f5f8;font-family:%s;color:#333}\n" % FONT +
           ".top{background:#1d5aa6;color:#fff;height:96px}.top .in{width:1200px;margin:0 auto;padding-top:22px}"
           ".top .site{font-size:30px;font-weight:bold;letter-spacing:2px}.top .sub{font-size:13px;opacity:.8}"
           ".nav{background:#174a8b}.nav ul{width:1200px;margin:0 auto;padding:0;list-style:none;display:flex}"
           ".nav li{color:#fff;font-size:16px;padding:11px 26px}.nav li.on{background:#0f3a70}"
           ".crumb{width:1200px;margin:14px auto;font-size:14px;color:#666}.crumb a{color:#666;text-decoration:none}"
           ".art{width:1140px;margin:0 auto 30px;background:#fff;padding:26px 30px 40px;box-shadow:0 0 4px #dde}"
           "h1{font-size:24px;text-align:center;color:#1d3f6e;margin:6px 0 14px}"
           ".meta{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px}"
           ".meta span{margin:0 12px}.art p{font-size:16px;line-height:1.9;text-indent:2em}"
           "h2.fh{text-align:center;font-size:20px;margin:24px 0 4px}"
           ".foot{background:#2b3a4f;color:#b9c2cf;text-align:center;font-size:13px;padding:18px;line-height:1.9}\n" +
           FORM_CSS % ("15px", "#ccc", "6px 7px", "#fafafa", "15px"))
    body = ('<div class="top"><div class="in"><div class="site">梨树县人民政府</div>'
            '<div class="sub">四平市梨树县</div></div></div>'
            '<div class="nav"><ul><li>首页</li><li>走进梨树</li><li class="on">政务公开</li><li>政务服务</li>'
            '<li>互动交流</li><li>专题专栏</li></ul></div>'
            '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>财政预决算</a> &gt; <a>部门预算</a></div>'
            '<div class="art"><h1>梨树县农业农村局2025年项目支出绩效目标公开</h1>'
            '<div class="meta"><span>发布时间：2025-02-17 09:30</span><span>来源：县农业农村局</span>'
            '<span>浏览次数：386</span><span>【字体：大 中 小】</span></div>'
            '<p>根据县财政局关于做好2025年部门预算公开工作的通知要求，现将我局2025年部门预算项目绩效目标公开如下。</p>'
            '<h2 class="fh">%s</h2>%s</div>'
            '<div class="foot">主办：梨树县人民政府办公室　承办：梨树县政务服务和数字化建设管理局<br>'
            '网站标识码 0000000000　吉ICP备00000000号</div>') % (TITLE, forms_html(
                f, ["11%", "11%", "16%", "15%", "15%", "17%", "15%"]))
    return page("梨树县农业农村局2025年项目支出绩效目标公开_梨树县人民政府", css, body)


# ---------------------------------------------------------------- w2  HiDPI 2x, cropped to the table
def html_w2(f):
    css = ("body{margin:0;background:#fff;font-family:%s;color:#333}\n" % FONT +
           ".top{background:#b4262a;color:#fff;height:84px}.top .in{width:1100px;margin:0 auto;padding-top:22px;"
           "font-size:28px;font-weight:bold}.crumb{width:1100px;margin:12px auto;font-size:14px;color:#666}"
           ".art{width:1000px;margin:0 auto 40px}h1{font-size:22px;text-align:center;margin:10px 0}"
           ".meta{text-align:center;font-size:13px;color:#999;margin-bottom:20px}"
           "#crop{padding:8px 14px 14px;background:#fff}h2.fh{text-align:center;font-size:19px;margin:6px 0}\n" +
           FORM_CSS % ("14px", "#ccc", "5px 6px", "#f7f7f7", "14px"))
    body = ('<div class="top"><div class="in">贵阳市花溪区人民政府</div></div>'
            '<div class="crumb">首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 财政信息 &gt; 部门预算</div>'
            '<div class="art"><h1>花溪区教育局2025年部门预算项目绩效目标</h1>'
            '<div class="meta">信息来源：区教育局　发布日期：2025-02-20　阅读量：214</div>'
            '<div id="crop"><h2 class="fh">%s</h2>%s</div>'
            '<p style="font-size:15px;color:#666;text-align:right">附件：无</p></div>') % (TITLE, forms_html(
                f, ["11%", "13%", "16%", "14%", "14%", "17%", "15%"]))
    return page("花溪区教育局2025年部门预算项目绩效目标-贵阳市花溪区人民政府", css, body)


# ---------------------------------------------------------------- w3  WeChat article, 390 px x 2
def html_w3(f):
    css = ("html{background:#fe01fe}body{margin:0;background:#fff;font-family:-apple-system,%s;color:#222;"
           "display:flow-root}\n" % FONT +
           ".wx{padding:20px 16px 0}h1{font-size:22px;line-height:1.4;margin:0 0 14px;font-weight:bold}"
           ".info{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}.info .acc{color:#576b95;margin-right:8px}"
           ".wx p{font-size:17px;line-height:1.75;margin:0 0 16px;letter-spacing:.5px}"
           "h2.fh{font-size:17px;text-align:center;margin:18px 0 6px}h3.ft{font-size:15px;text-align:center;margin:14px 0 6px}"
           ".rd{font-size:15px;color:rgba(0,0,0,.3);margin:30px 0 14px}"
           ".bar{border-top:8px solid #f2f2f2;padding:16px;font-size:15px;color:rgba(0,0,0,.5)}\n" +
           FORM_CSS % ("12px", "#ccc", "3px 2px", "#f6f6f6", "13px") +
           "\ntable.form{line-height:1.35}")
    body = ('<div class="wx"><h1>洮北区卫健局2025年部门预算项目绩效目标公开</h1>'
            '<div class="info"><span class="acc">健康洮北</span>2025年2月21日 08:16 吉林</div>'
            '<p>为进一步提高财政资金使用效益，接受社会监督，现将洮北区卫生健康局2025年部门预算项目绩效目标公开如下：</p>'
            '<h2 class="fh">%s</h2>%s'
            '<p style="margin-top:18px">来源：洮北区卫生健康局</p><p>编辑：王晓彤　审核：刘建国</p>'
            '<div class="rd">阅读 1016　　　　　　　　　　　赞 12　　在看 5</div></div>'
            '<div class="bar">写留言</div>') % (TITLE, forms_html(
                f, ["13%", "14%", "16%", "13%", "13%", "16%", "15%"]))
    return page("洮北区卫健局2025年部门预算项目绩效目标公开", css, body)


# ---------------------------------------------------------------- w4  spreadsheet web view
LETTERS = "ABCDEFG"


def sheet_rows(f):
    rows = [[(TITLE, 7, 1, "ttl")], [(f["code"] + " " + f["dept"], 5, 1, ""), ("", 1, 1, ""), ("单位：万元", 1, 1, "r")]]
    for k, p in enumerate(f["projects"], 1):
        if k > 1:
            rows.append([("", 1, 1, "")] * 7)
        rows.append([("%d、%s绩效目标表" % (k, p["name"]), 7, 1, "sub")])
        rows += grid(f, p)
    return rows


def html_w4(f):
    widths = [92, 100, 172, 150, 150, 150, 130]
    css = ("body{margin:0;background:#fff;font-family:%s;color:#222;font-size:13px}\n" % FONT +
           ".app{background:#f7f7f7;border-bottom:1px solid #ddd;height:44px;display:flex;align-items:center;padding:0 14px}"
           ".app .fn{font-size:15px;font-weight:bold;margin-right:24px}.app .tag{font-size:12px;color:#888;"
           "border:1px solid #ccc;border-radius:3px;padding:1px 6px;margin-right:auto}.app .btn{border:1px solid #ccc;"
           "border-radius:4px;padding:4px 14px;margin-left:8px;background:#fff;font-size:13px}"
           ".menu{height:32px;display:flex;align-items:center;padding-left:14px;border-bottom:1px solid #e4e4e4}"
           ".menu span{margin-right:22px;color:#444}.menu span.on{color:#1b7a3a;font-weight:bold}"
           ".fx{height:28px;display:flex;align-items:center;border-bottom:1px solid #d8d8d8}"
           ".fx .nm{width:84px;border-right:1px solid #d8d8d8;text-align:center}.fx .f{padding:0 10px;color:#888;"
           "font-style:italic}.fx .v{padding-left:6px}"
           "table.sh{border-collapse:collapse;table-layout:fixed;font-size:15px}"
           "table.sh td,table.sh th{border:1px solid #e1e1e1;padding:2px 4px;line-height:1.45;word-break:break-all;"
           "overflow:hidden}"
           "table.sh th{background:#f0f0f0;color:#555;font-weight:normal;font-size:13px;height:22px;padding:0;"
           "text-align:center;border-color:#c8c8c8}"
           "table.sh td.lab,table.sh td.lv,table.sh td.num,table.sh td.val{text-align:center}"
           "table.sh td.ttl{text-align:center;font-size:19px;font-weight:bold;height:34px}"
           "table.sh td.sub{text-align:center;font-weight:bold;font-size:16px}table.sh td.r{text-align:right}"
           ".tabs{border-top:1px solid #ccc;background:#f3f3f3;height:30px;display:flex;align-items:stretch;"
           "padding-left:60px}.tabs span{padding:5px 18px;border-right:1px solid #ccc}.tabs span.on{background:#fff;"
           "color:#1b7a3a;font-weight:bold}")
    h = ['<div class="app"><span class="fn">凯里市住建局2025年项目绩效目标表.xlsx</span><span class="tag">只读</span>'
         '<span class="btn">下载</span><span class="btn">打印</span><span class="btn">用应用打开</span></div>',
         '<div class="menu"><span class="on">开始</span><span>插入</span><span>公式</span><span>数据</span>'
         '<span>视图</span></div>',
         '<div class="fx"><span class="nm">A1</span><span class="f">fx</span><span class="v">%s</span></div>' % TITLE,
         '<table class="sh"><colgroup><col style="width:46px">' +
         "".join('<col style="width:%dpx">' % w for w in widths) + "</colgroup>",
         '<tr><th class="corner"></th>' + "".join('<th class="colh">%s</th>' % c for c in LETTERS) + "</tr>"]
    for n, row in enumerate(sheet_rows(f), 1):
        h.append('<tr><th class="rowh">%d</th>' % n + "".join(cell_html(c) for c in row) + "</tr>")
    h.append("</table>")
    h.append('<div class="tabs"><span class="on">项目绩效目标</span><span>Sheet2</span><span>Sheet3</span></div>')
    return page("凯里市住建局2025年项目绩效目标表.xlsx - 在线预览", css, "\n".join(h))


# ---------------------------------------------------------------- w5  borderless zebra data grid
ZEBRA = ("#ffffff", "#f4f6f9")


def html_w5(f):
    p = f["projects"][0]
    t, fi, o = p["amt"]
    css = ("body{margin:0;background:#f0f2f5;font-family:%s;color:#303133;font-size:15px}\n" % FONT +
           ".hd{height:56px;background:#fff;box-shadow:0 1px 4px rgba(0,21,41,.08);display:flex;align-items:center;"
           "padding:0 24px}.hd .logo{font-size:19px;font-weight:bold;color:#1f2d3d;margin-right:auto}"
           ".hd span{margin-left:22px;color:#606266;font-size:14px}.main{padding:16px 24px}"
           ".card{background:#fff;border-radius:4px;padding:18px 22px;margin-bottom:14px}"
           ".card h2{font-size:19px;margin:0 0 4px}.card h3{font-size:16px;margin:0 0 14px;color:#409eff}"
           ".kv{display:grid;grid-template-columns:150px 1fr 150px 1fr;row-gap:10px;column-gap:8px;line-height:1.6}"
           ".kv .k{color:#909399;text-align:right}.kv .w{grid-column:2 / 5}"
           ".tb{display:flex;align-items:center;margin-bottom:12px}.tb .b{padding:7px 16px;border-radius:4px;"
           "font-size:14px;margin-right:10px;border:1px solid #dcdfe6;color:#606266;background:#fff}"
           ".tb .b.p{background:#409eff;border-color:#409eff;color:#fff}.tb .s{margin-left:auto;width:240px;"
           "padding:7px 12px;border:1px solid #dcdfe6;border-radius:4px;color:#c0c4cc;font-size:14px}"
           "table.dg{border-collapse:collapse;width:100%;border:0}table.dg th,table.dg td{border:0;padding:11px 10px;"
           "text-align:left;line-height:1.5}table.dg th{color:#909399;font-weight:bold;background:#fff}" +
           ("table.dg tr.z0 td{background:%s}table.dg tr.z1 td{background:%s}" % ZEBRA) +
           ".pg{text-align:right;color:#606266;font-size:14px;margin-top:14px}")
    plan = "　".join("%d月底 %d%%" % (m, v) for m, v in p["plan"])
    kv = [("项目编码", p["code"]), ("项目名称", p["name"]), ("主管部门", f["code"] + " " + f["dept"]),
          ("金额单位", "万元"), ("预算数", t), ("其中：财政资金", fi or ""), ("其他资金", o or "—"), ("资金支出计划", plan)]
    h = ['<div class="hd"><span class="logo">都匀市预算绩效管理平台</span><span>2025年度</span>'
         '<span>%s</span><span>黄秋雨</span><span>退出</span></div><div class="main">' % e(f["dept"]),
         '<div class="card"><h2>%s</h2><h3>%s绩效目标表</h3><div class="kv">' % (TITLE, e(p["name"]))]
    for k, v in kv:
        h.append('<span class="k">%s</span><span>%s</span>' % (k, e(v)))
    h.append('<span class="k">资金用途</span><span class="w">%s</span>' % e(p["purpose"]))
    h.append('<span class="k">绩效目标</span><span class="w">%s</span></div></div>' %
             "<br>".join("%d、%s" % (i, e(g)) for i, g in enumerate(p["goals"], 1)))
    h.append('<div class="card"><div class="tb"><span class="b p">＋ 新增指标</span><span class="b">导出</span>'
             '<span class="b">打印</span><span class="b">刷新</span><span class="s">请输入三级指标名称</span></div>')
    h.append('<table class="dg" id="crop"><tr>' + "".join("<th>%s</th>" % x for x in [
        "序号", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]) + "</tr>")
    for k, r in enumerate(p["rows"], 1):
        v = r[4][2:] if r[4].startswith("Q:") else r[4]
        h.append('<tr class="z%d"><td>%d</td>' % ((k - 1) % 2, k) + "".join("<td>%s</td>" % e(x) for x in
                                                                           (r[0], r[1], r[2], r[3], v, r[5])) + "</tr>")
    h.append('</table><div class="pg">共 %d 条　　10条/页　　&lt;　1　&gt;</div></div></div>' % len(p["rows"]))
    return page("项目绩效目标 - 都匀市预算绩效管理平台", css, "\n".join(h))


# ---------------------------------------------------------------- w6  web-office preview, pasted into a chat
def html_w6(f):
    css = ("body{margin:0;background:#e8eaed;font-family:%s}\n" % FONT +
           ".bar{height:40px;background:#2b579a;color:#fff;font-size:14px;display:flex;align-items:center;padding:0 16px}"
           "#crop{width:860px;margin:24px auto;background:#fff;box-shadow:0 1px 6px rgba(0,0,0,.25);"
           "padding:40px 60px 50px}h2.fh{text-align:center;font-size:20px;margin:0 0 6px;font-family:\"Noto Serif CJK SC\",serif}\n" +
           FORM_CSS % ("14px", "#000", "4px 5px", "#fff", "14px") +
           "\ntable.form{font-family:\"Noto Serif CJK SC\",serif}")
    body = ('<div class="bar">伊通县文旅局2025年项目绩效目标表.docx　—　文档预览</div>'
            '<div id="crop"><h2 class="fh">%s</h2>%s</div>') % (TITLE, forms_html(
                f, ["11%", "13%", "16%", "14%", "14%", "17%", "15%"]))
    return page("伊通县文旅局2025年项目绩效目标表.docx", css, body)


# ---------------------------------------------------------------- build
def build(key, f):
    from PIL import Image
    stem = f["stem"]
    src = os.path.join(B, stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(globals()["html_" + key](f))
    out = os.path.join(B, stem + "." + f["ext"])
    if key == "w1":
        h, _ = measure(src, 1366)
        shoot(src, out, 1366, h)
    elif key == "w2":
        h, crop = measure(src, 1280, 2)
        raw = os.path.join(B, stem + ".full.png")
        shoot(src, raw, 1280, h, 2)
        x, y, w, hh = crop
        Image.open(raw).crop((2 * x, 2 * y, 2 * (x + w), 2 * (y + hh))).save(out, optimize=False)
    elif key == "w3":
        # --dump-dom clamps the window to 500 px wide, so the height is found from a tall probe shot: the page sets
        # html{background:#fe01fe} (never drawn where the body is), the first magenta row is the end of the body
        import numpy as np
        probe = os.path.join(B, stem + ".probe.png")
        shoot(src, probe, 390, 4400, 2)
        a = np.asarray(Image.open(probe).convert("RGB"))
        mag = np.all(a == (254, 1, 254), axis=2).all(axis=1)
        h = int(np.argmax(mag)) // 2 if mag.any() else 4400
        shoot(src, out, 390, h, 2)
    elif key == "w4":
        h, _ = measure(src, 1366)
        shoot(src, out, 1366, h)
    elif key == "w5":
        h, _ = measure(src, 1366)
        shoot(src, out, 1366, h)
    elif key == "w6":
        h, crop = measure(src, 1100, 2)
        raw = os.path.join(B, stem + ".full.png")
        shoot(src, raw, 1100, h, 2)
        x, y, w, hh = crop
        shot = os.path.join(B, stem + ".src.png")
        Image.open(raw).crop((2 * x, 2 * y, 2 * (x + w), 2 * (y + hh))).save(shot)
        im = Image.open(shot).convert("RGB")
        im = im.resize((round(im.width * 0.8), round(im.height * 0.8)), Image.LANCZOS)
        im.save(out, "JPEG", quality=70)
    shutil.copy(out, os.path.join(HERE, "drafts", os.path.basename(out)))
    return os.path.join(HERE, "drafts", os.path.basename(out))


def main():
    os.makedirs(B, exist_ok=True)
    os.makedirs(os.path.join(HERE, "drafts"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    for key, f in F.items():
        d = build(key, f)
        g = dict(G[f["stem"]])
        data = open(d, "rb").read()
        g["source"] = {"path": os.path.basename(d), "sha256": hashlib.sha256(data).hexdigest(), "format": "image",
                       "pages": 1, "ocr": True}
        with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        from PIL import Image
        print(os.path.basename(d), Image.open(d).size, len(data))


if __name__ == "__main__":
    main()
