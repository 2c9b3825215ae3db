"""Render every heldout29a draft FROM golds.py: each screen of a province's budget-management web system
(预算管理一体化系统) is written as an HTML page in /tmp/heldout29a_build/STEM.html (Element-UI-like styling: input boxes,
selects with a ▼ arrow, an editable grid, tabs, a modal over a dimmed page, collapse panels, a sticky-header grid) and
chromium (headless, its own --user-data-dir) takes the screenshot; Pillow only crops l6 to the grid's region (the
region a person snips). Every input / textarea / no-wrap cell is checked NOT to clip its text (a value that scrolls
inside its box would not be on the screen). Deterministic: the same pixels and bytes on a rebuild with the same
chromium / fonts. Nothing here comes from jixiao.
Run: /work/main/.venv/bin/python make.py"""
import hashlib, html, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from golds import F, G  # noqa: E402

B = "/tmp/heldout29a_build"
PROFILE = B + "/chromium_profile"
FONT = '"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif'
e = html.escape
MEASURE = """<script>
(function(){var d=document.documentElement,b=document.body;
var c=document.getElementById('crop');if(c){var r=c.getBoundingClientRect();
b.setAttribute('data-crop',[r.left,r.top,r.width,r.height].map(Math.round).join(','));}
var bad=[];document.querySelectorAll('input,textarea,.nw').forEach(function(x){
if(x.scrollWidth>x.clientWidth+1||x.scrollHeight>x.clientHeight+1)bad.push(x.value||x.textContent);});
b.setAttribute('data-clip',bad.length);b.setAttribute('data-clipv',bad.join('|'));
b.setAttribute('data-h',Math.ceil(d.scrollHeight));})();
</script>"""

# colours (check.py reads them back from the HTML source)
BORDER, DIS_FILL, DIS_BORDER, ARROW = "#dcdfe6", "#f5f7fa", "#e4e7ed", "#c0c4cc"
BLUE, RED, MENU, PAGE = "#409eff", "#f56c6c", "#304156", "#f0f2f5"

BASE_CSS = ("*{box-sizing:border-box}body{margin:0;background:%s;font-family:%s;color:#303133;font-size:14px}\n" % (PAGE, FONT) +
            ".hd{height:56px;background:#1f4e8c;color:#fff;display:flex;align-items:center;padding:0 20px}"
            ".hd .logo{font-size:19px;font-weight:bold;margin-right:auto;letter-spacing:1px}"
            ".hd span{margin-left:22px;font-size:14px;opacity:.9}"
            ".crumb{font-size:14px;color:#606266;padding:12px 0}.crumb b{color:#303133;font-weight:normal}"
            ".card{background:#fff;border-radius:4px;padding:18px 22px;margin-bottom:14px}"
            ".card h2{font-size:18px;margin:0 0 16px;text-align:center}"
            ".sec{font-size:15px;font-weight:bold;border-left:3px solid %s;padding-left:8px;margin:18px 0 10px}" % BLUE +
            "input.ipt,textarea.ipt{display:block;width:100%%;height:32px;border:1px solid %s;border-radius:4px;" % BORDER +
            "background:#fff;color:#606266;font:14px %s;padding:0 10px;outline:none}" % FONT +
            "textarea.ipt{height:auto;padding:5px 10px;line-height:1.6;resize:none;overflow:hidden}"
            "input.ipt:disabled,textarea.ipt:disabled{background:%s;border-color:%s;color:#909399}" % (DIS_FILL, DIS_BORDER) +
            ".sel{position:relative}.sel input.ipt{padding-right:28px}"
            ".sel i{position:absolute;right:10px;top:13px;width:0;height:0;border-left:5px solid transparent;"
            "border-right:5px solid transparent;border-top:6px solid %s}" % ARROW +
            "table.vt{border-collapse:collapse;width:100%%;table-layout:fixed}"
            "table.vt th,table.vt td{border:1px solid #ebeef5;padding:8px 9px;line-height:1.5;text-align:left;"
            "word-break:break-all}table.vt th{background:#f5f7fa;color:#606266;font-weight:bold}"
            ".btn{display:inline-block;padding:8px 16px;border-radius:4px;font-size:14px;border:1px solid #dcdfe6;"
            "color:#606266;background:#fff;margin-right:8px}.btn.p{background:%s;border-color:%s;color:#fff}" % (BLUE, BLUE) +
            "a.lk{color:%s;text-decoration:none;margin-right:10px}a.lk.del{color:%s}" % (BLUE, RED))


def chromium(args):
    r = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--user-data-dir=" + PROFILE, "--no-first-run", "--disable-extensions",
                        "--font-render-hinting=none"] + args, capture_output=True, timeout=120)
    return r.stdout.decode("utf-8", "replace")


def measure(page, width, dpr=1):
    dom = chromium(["--window-size=%d,800" % width, "--force-device-scale-factor=%d" % dpr, "--dump-dom",
                    "file://" + page])
    h = int(re.search(r'data-h="(\d+)"', dom).group(1))
    clip = int(re.search(r'data-clip="(\d+)"', dom).group(1))
    assert clip == 0, (page, re.search(r'data-clipv="([^"]*)"', dom).group(1))
    m = re.search(r'data-crop="([\d,]+)"', dom)
    return h, (tuple(int(x) for x in m.group(1).split(",")) if m else None)


def shoot(page, out, width, height, dpr=1):
    if os.path.exists(out):
        os.remove(out)
    chromium(["--window-size=%d,%d" % (width, height), "--force-device-scale-factor=%d" % dpr,
              "--screenshot=" + out, "file://" + page])
    assert os.path.exists(out), out


def page(title, css, body):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">\n<title>%s</title>\n<style>\n%s\n'
            "</style></head>\n<body>\n%s\n%s\n</body></html>\n" % (e(title), css, body, MEASURE))


def ipt(v, disabled=False, cls=""):
    return '<input class="ipt%s" type="text" value="%s"%s>' % (cls, e(v), " disabled" if disabled else "")


def sel(v, disabled=False):
    return '<div class="sel">%s<i></i></div>' % ipt(v, disabled)


def ta(v, rows, disabled=False):
    return '<textarea class="ipt" rows="%d"%s>%s</textarea>' % (rows, " disabled" if disabled else "", e(v))


def goals_text(p):
    return "\n".join("%d、%s" % (i, g) for i, g in enumerate(p["goals"], 1))


def val(r):
    return r[4][2:] if r[4].startswith("Q:") else r[4]


def header(f):
    return ('<div class="hd"><span class="logo">%s</span><span>2025年度</span><span>%s</span><span>%s</span>'
            '<span>退出</span></div>' % (f["system"], e(f["dept"]), e(f["user"])))


def menu(active):
    items = ["首页", "项目库管理", "预算编制", "绩效目标管理", "·绩效目标填报", "·绩效目标审核", "绩效运行监控", "绩效自评",
             "查询统计", "系统设置"]
    out = ['<div class="menu">']
    for it in items:
        sub = it.startswith("·")
        out.append('<div class="mi%s%s">%s</div>' % (" sub" if sub else "", " on" if it.strip("·") == active else "",
                                                     it.strip("·")))
    return "\n".join(out) + "</div>"


MENU_CSS = (".menu{position:absolute;left:0;top:0;bottom:0;width:200px;background:%s}" % MENU +
            ".mi{color:#bfcbd9;font-size:14px;height:50px;line-height:50px;padding-left:20px}"
            ".mi.sub{padding-left:40px;background:#1f2d3d}.mi.on{color:%s;background:#263445}" % BLUE +
            ".wrap{position:relative;min-height:100%}.main{margin-left:200px;padding:0 20px 20px}")


def ind_table(rows, merge, cols, seqcol=False):
    """read-only indicator table; merge=True: 一级 / 二级 rowspan-merged (el-table span-method)"""
    h = ['<table class="vt"><colgroup>' + "".join('<col style="width:%s">' % w for w in cols) + "</colgroup><tr>"]
    heads = (["序号"] if seqcol else []) + ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
    h.append("".join("<th>%s</th>" % x for x in heads) + "</tr>")
    for k, r in enumerate(rows):
        cells = ["<td>%d</td>" % (k + 1)] if seqcol else []
        for lv in (0, 1):
            key = [tuple(x[: lv + 1]) for x in rows]
            if not merge:
                cells.append("<td>%s</td>" % e(r[lv]))
            elif k == 0 or key[k] != key[k - 1]:
                span = 1
                while k + span < len(rows) and key[k + span] == key[k]:
                    span += 1
                cells.append('<td%s>%s</td>' % (' rowspan="%d"' % span if span > 1 else "", e(r[lv])))
        cells += ["<td>%s</td>" % e(x) for x in (r[2], r[3], val(r), r[5])]
        h.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(h) + "</table>"


# ---------------------------------------------------------------- l1  header block as a form of input boxes
def html_l1(f):
    p = f["projects"][0]
    t, fi, o = p["amt"]
    css = BASE_CSS + (".main{width:1320px;margin:0 auto}"
                      ".fm{display:grid;grid-template-columns:130px 1fr 130px 1fr 130px 1fr;row-gap:16px;"
                      "column-gap:10px;align-items:center}.fm label{text-align:right;color:#606266}"
                      ".fm .w2{grid-column:span 3}.fm .w5{grid-column:span 5}"
                      ".plan{display:flex;gap:10px;align-items:center}.plan span{color:#606266;white-space:nowrap}"
                      ".foot{text-align:center;margin-top:18px}")
    plan = "".join("<span>%d月底</span>%s" % (m, ipt(str(v))) for m, v in p["plan"])
    fm = ('<div class="fm">'
          '<label>项目编码</label>%s<label>项目名称</label><div class="w2">%s</div>'
          '<label>主管部门</label>%s<label>部门编码</label>%s<label>预算年度</label>%s'
          '<label>预算数</label>%s<label>其中：财政资金</label>%s<label>其他资金</label>%s'
          '<label>金额单位</label>%s<label>资金支出计划（%%）</label><div class="w2 plan">%s</div>'
          '<label>资金用途</label><div class="w5">%s</div>'
          '<label>绩效目标</label><div class="w5">%s</div></div>') % (
        ipt(p["code"], True), ipt(p["name"]), ipt(f["dept"], True), ipt(f["code"], True), ipt("2025", True),
        ipt(t), ipt(fi), ipt(o), sel("万元"), plan, ta(p["purpose"], 2), ta(goals_text(p), 3))
    body = (header(f) + '<div class="main"><div class="crumb">绩效目标管理 / 绩效目标填报 / <b>编辑</b></div>'
            '<div class="card"><h2>%s</h2><div class="sec">基本信息</div>%s'
            '<div class="sec">绩效指标</div>%s<div class="foot"><span class="btn">取消</span>'
            '<span class="btn">暂存</span><span class="btn p">提交审核</span></div></div></div>') % (
        f["heading"], fm, ind_table(p["rows"], True, ["10%", "13%", "17%", "30%", "15%", "15%"]))
    return page("绩效目标填报 - " + f["system"], css, body), 1440


# ---------------------------------------------------------------- l2  editable grid: an input box per cell
def html_l2(f):
    p = f["projects"][0]
    t, fi, o = p["amt"]
    css = BASE_CSS + (".main{width:1560px;margin:0 auto}"
                      "table.ds{border-collapse:collapse;width:100%;table-layout:fixed}"
                      "table.ds th,table.ds td{border:1px solid #ebeef5;padding:9px 11px;line-height:1.5;text-align:left}"
                      "table.ds th{background:#fafafa;color:#909399;font-weight:normal;width:150px}"
                      ".tb{margin:16px 0 10px}"
                      "table.eg{border-collapse:collapse;width:100%;table-layout:fixed}"
                      "table.eg th{background:#f5f7fa;color:#606266;text-align:left;padding:10px 6px;"
                      "border-bottom:1px solid #ebeef5}table.eg td{padding:8px 6px;border-bottom:1px solid #ebeef5}"
                      ".cb{display:inline-block;width:14px;height:14px;border:1px solid #dcdfe6;border-radius:2px;"
                      "background:#fff;vertical-align:middle}"
                      ".toast{position:fixed;top:14px;left:50%;transform:translateX(-50%);background:#f0f9eb;"
                      "border:1px solid #e1f3d8;color:#67c23a;border-radius:4px;padding:10px 22px;font-size:14px;"
                      "min-width:300px;box-shadow:0 2px 8px rgba(0,0,0,.08)}"
                      ".toast b{display:inline-block;width:16px;height:16px;border-radius:8px;background:#67c23a;"
                      "color:#fff;font-size:12px;line-height:16px;text-align:center;margin-right:8px}")
    ds = ('<table class="ds"><tr><th>项目编码</th><td>%s</td><th>项目名称</th><td colspan="3">%s</td></tr>'
          '<tr><th>主管部门</th><td>%s %s</td><th>预算年度</th><td>2025</td><th>金额单位</th><td>万元</td></tr>'
          '<tr><th>预算数</th><td>%s</td><th>其中：财政资金</th><td>%s</td><th>其他资金</th><td>%s</td></tr>'
          '<tr><th>资金支出计划（%%）</th><td colspan="5">%s</td></tr>'
          '<tr><th>资金用途</th><td colspan="5">%s</td></tr>'
          '<tr><th>绩效目标</th><td colspan="5">%s</td></tr></table>') % (
        e(p["code"]), e(p["name"]), f["code"], e(f["dept"]), t, fi, o,
        "　　".join("%d月底：%d" % (m, v) for m, v in p["plan"]), e(p["purpose"]),
        "<br>".join(e(x) for x in goals_text(p).split("\n")))
    cols = [40, 50, 150, 200, 210, 360, 160, 150, 120]
    g = ['<table class="eg"><colgroup>' + "".join('<col style="width:%dpx">' % w for w in cols) + "</colgroup><tr>"
         '<th><span class="cb"></span></th>' + "".join("<th>%s</th>" % x for x in [
             "序号", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据", "操作"]) + "</tr>"]
    for k, r in enumerate(p["rows"], 1):
        g.append('<tr><td><span class="cb"></span></td><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>'
                 '<td>%s</td><td>%s</td><td><a class="lk">编辑</a><a class="lk del">删除</a></td></tr>' % (
                     k, sel(r[0]), sel(r[1]), ipt(r[2]), ipt(r[3]), ipt(val(r)), ipt(r[5])))
    g.append("</table>")
    body = (header(f) + '<div class="toast"><b>✓</b>保存成功</div><div class="main">'
            '<div class="crumb">绩效目标管理 / 绩效目标填报 / <b>编辑绩效指标</b></div>'
            '<div class="card"><h2>%s</h2>%s<div class="tb"><span class="btn p">＋ 新增行</span>'
            '<span class="btn">批量删除</span><span class="btn">导入模板</span></div>%s'
            '<div style="text-align:center;margin-top:18px"><span class="btn">返回</span><span class="btn p">保存</span>'
            '</div></div></div>') % (f["heading"], ds, "\n".join(g))
    return page("编辑绩效指标 - " + f["system"], css, body), 1600


# ---------------------------------------------------------------- l3  tabs + left menu + breadcrumbs
TABS = ["基本信息", "绩效目标", "附件"]
ACTIVE_TAB = 1


def html_l3(f):
    p = f["projects"][0]
    css = BASE_CSS + MENU_CSS + (
        "html,body{height:100%%}.ph{background:#fff;padding:14px 22px;margin-bottom:0;border-radius:4px 4px 0 0}"
        ".ph h2{font-size:18px;margin:0 0 10px}.ph .kv span{margin-right:36px;color:#606266}.ph .kv b{color:#303133;"
        "font-weight:normal}"
        ".tabs{display:flex;background:#fff;padding:0 22px;border-bottom:2px solid %s;position:relative}" % DIS_BORDER +
        ".tab{padding:0 22px;height:42px;line-height:42px;font-size:15px;color:#303133;position:relative}"
        ".tab.on{color:%s}.tab.on:after{content:'';position:absolute;left:0;right:0;bottom:-2px;height:2px;"
        "background:%s}" % (BLUE, BLUE) +
        ".pane{background:#fff;padding:6px 22px 22px}.gl{line-height:1.9;color:#303133}")
    tabs = "".join('<div class="tab%s">%s</div>' % (" on" if i == ACTIVE_TAB else "", t) for i, t in enumerate(TABS))
    body = (header(f) + '<div class="wrap">' + menu("绩效目标填报") +
            '<div class="main"><div class="crumb">首页 / 绩效目标管理 / 绩效目标填报 / <b>编辑</b></div>'
            '<div class="ph"><h2>%s</h2><div class="kv"><span>项目名称：<b>%s</b></span><span>项目编码：<b>%s</b></span>'
            '<span>主管部门：<b>%s %s</b></span><span>预算年度：<b>2025</b></span></div></div>'
            '<div class="tabs">%s</div><div class="pane"><div class="sec">年度绩效目标</div><div class="gl">%s</div>'
            '<div class="sec">绩效指标</div>%s</div></div></div>') % (
        f["heading"], e(p["name"]), e(p["code"]), f["code"], e(f["dept"]), tabs,
        "<br>".join(e(x) for x in goals_text(p).split("\n")),
        ind_table(p["rows"], False, ["6%", "11%", "16%", "17%", "28%", "11%", "11%"], seqcol=True))
    return page("绩效目标填报 - " + f["system"], css, body), 1440


# ---------------------------------------------------------------- l4  modal dialog over a dimmed page
OVERLAY = "rgba(0,0,0,0.5)"


def html_l4(f):
    p = f["projects"][0]
    t, fi, o = p["amt"]
    css = BASE_CSS + MENU_CSS + (
        "html,body{height:100%%}.v-modal{position:fixed;left:0;top:0;right:0;bottom:0;background:%s;z-index:10}" % OVERLAY +
        ".dlg{position:absolute;left:50%;top:40px;transform:translateX(-50%);width:1120px;background:#fff;"
        "border-radius:4px;z-index:11;box-shadow:0 1px 3px rgba(0,0,0,.3)}"
        ".dlg .dh{padding:18px 20px 10px;font-size:18px}.dlg .dh .x{float:right;color:#909399}"
        ".dlg .db{padding:10px 20px}.dlg .df{padding:10px 20px 20px;text-align:right}"
        ".fm{display:grid;grid-template-columns:130px 1fr 130px 1fr 130px 1fr;row-gap:14px;column-gap:10px;"
        "align-items:center}.fm label{text-align:right;color:#606266}.fm .w3{grid-column:span 3}"
        ".fm .w5{grid-column:span 5}.plan{display:flex;gap:10px;align-items:center}.plan span{white-space:nowrap;"
        "color:#606266}.list td .st{color:#909399}")
    lst = ['<table class="vt list"><colgroup><col style="width:6%"><col style="width:20%"><col style="width:36%">'
           '<col style="width:14%"><col style="width:12%"><col style="width:12%"></colgroup><tr><th>序号</th>'
           '<th>项目编码</th><th>项目名称</th><th>预算数（万元）</th><th>状态</th><th>操作</th></tr>']
    for k, (c, n, a, s) in enumerate(f["behind"], 1):
        lst.append('<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td class="st">%s</td><td><a class="lk">查看</a>'
                   '<a class="lk">填报</a></td></tr>' % (k, c, e(n), a, s))
    lst.append("</table>")
    plan = "".join("<span>%d月底</span>%s" % (m, ipt(str(v), True)) for m, v in p["plan"])
    fm = ('<div class="fm"><label>项目编码</label>%s<label>项目名称</label><div class="w3">%s</div>'
          '<label>主管部门</label>%s<label>部门编码</label>%s<label>预算年度</label>%s'
          '<label>预算数</label>%s<label>其中：财政资金</label>%s<label>其他资金</label>%s'
          '<label>金额单位</label>%s<label>资金支出计划（%%）</label><div class="w3 plan">%s</div>'
          '<label>资金用途</label><div class="w5">%s</div><label>绩效目标</label><div class="w5">%s</div></div>') % (
        ipt(p["code"], True), ipt(p["name"], True), ipt(f["dept"], True), ipt(f["code"], True), ipt("2025", True),
        ipt(t, True), ipt(fi, True), ipt(o, True), ipt("万元", True), plan, ta(p["purpose"], 2, True),
        ta(goals_text(p), 3, True))
    body = (header(f) + '<div class="wrap">' + menu("绩效目标填报") +
            '<div class="main"><div class="crumb">首页 / 绩效目标管理 / <b>绩效目标填报</b></div>'
            '<div class="card"><div class="sec">项目列表</div>%s</div></div></div>'
            '<div class="v-modal"></div><div class="dlg"><div class="dh">%s<span class="x">✕</span></div>'
            '<div class="db">%s<div class="sec">绩效指标</div>%s</div><div class="df"><span class="btn">打印</span>'
            '<span class="btn p">关闭</span></div></div>') % (
        "\n".join(lst), f["heading"], fm, ind_table(p["rows"], True, ["11%", "14%", "17%", "28%", "15%", "15%"]))
    return page("绩效目标填报 - " + f["system"], css, body), 1440


# ---------------------------------------------------------------- l5  two projects as collapse panels
def html_l5(f):
    p, p2 = f["projects"]
    t, fi, o = p["amt"]
    css = BASE_CSS + (".main{width:1320px;margin:0 auto}.pl{background:#fff;border-radius:4px;padding:12px 22px;"
                      "margin-bottom:14px;color:#606266}.pl span{margin-right:40px}.pl b{color:#303133;font-weight:normal}"
                      "h1{font-size:20px;text-align:center;margin:6px 0 14px}"
                      ".cp{background:#fff;border:1px solid #ebeef5;border-radius:4px;margin-bottom:14px}"
                      ".cph{height:48px;line-height:48px;padding:0 20px;background:#f5f7fa;font-size:15px;"
                      "font-weight:bold;position:relative}"
                      ".cph i{position:absolute;right:22px;top:20px;width:8px;height:8px;border-right:2px solid #909399;"
                      "border-bottom:2px solid #909399;transform:rotate(45deg)}.cph.closed i{transform:rotate(-45deg)}"
                      ".cpb{padding:16px 20px;border-top:1px solid #ebeef5}"
                      "table.ds{border-collapse:collapse;width:100%;table-layout:fixed;margin-bottom:14px}"
                      "table.ds th,table.ds td{border:1px solid #ebeef5;padding:9px 11px;line-height:1.5;text-align:left}"
                      "table.ds th{background:#fafafa;color:#909399;font-weight:normal;width:150px}")
    ds = ('<table class="ds"><tr><th>项目编码</th><td>%s</td><th>项目名称</th><td colspan="3">%s</td></tr>'
          '<tr><th>预算数</th><td>%s</td><th>其中：财政资金</th><td>%s</td><th>其他资金</th><td>%s</td></tr>'
          '<tr><th>资金支出计划（%%）</th><td colspan="5">%s</td></tr>'
          '<tr><th>资金用途</th><td colspan="5">%s</td></tr>'
          '<tr><th>绩效目标</th><td colspan="5">%s</td></tr></table>') % (
        e(p["code"]), e(p["name"]), t, fi, o, "　　".join("%d月底：%d" % (m, v) for m, v in p["plan"]),
        e(p["purpose"]), "<br>".join(e(x) for x in goals_text(p).split("\n")))
    body = (header(f) + '<div class="main"><div class="crumb">绩效目标管理 / 绩效目标填报 / <b>部门项目绩效目标</b></div>'
            '<h1>%s</h1><div class="pl"><span>主管部门：<b>%s %s</b></span><span>预算年度：<b>2025</b></span>'
            '<span>金额单位：<b>万元</b></span></div>'
            '<div class="cp"><div class="cph">1、%s绩效目标表<i></i></div><div class="cpb">%s%s</div></div>'
            '<div class="cp"><div class="cph closed">2、%s绩效目标表<i></i></div></div>'
            '<div style="text-align:center;margin:18px 0"><span class="btn">暂存</span><span class="btn p">提交</span>'
            '</div></div>') % (f["heading"], f["code"], e(f["dept"]), e(p["name"]), ds,
                               ind_table(p["rows"], True, ["10%", "14%", "17%", "29%", "15%", "15%"]), e(p2["name"]))
    return page("部门项目绩效目标 - " + f["system"], css, body), 1440


# ---------------------------------------------------------------- l6  sticky-header grid scrolled, region snip
ROW_H, HEAD_H, SLIVER = 44, 42, 6


def html_l6(f):
    p = f["projects"][0]
    n, first = len(p["rows"]), f["first_visible"]
    scroll = (first - 1) * ROW_H - SLIVER
    box_h = HEAD_H + SLIVER + (n - first + 1) * ROW_H
    css = BASE_CSS + (
        ".main{width:1500px;margin:0 auto}.card{padding:16px 20px}"
        "table.dg th,table.dg td{line-height:1.5}"
        "table.ds{border-collapse:collapse;width:100%%;table-layout:fixed}"
        "table.ds th,table.ds td{border:1px solid #ebeef5;padding:9px 11px;line-height:1.5;text-align:left}"
        "table.ds th{background:#fafafa;color:#909399;font-weight:normal;width:150px}"
        "#crop{background:#fff;padding:0}"
        ".scroller{height:%dpx;overflow:auto}" % box_h +
        "table.dg{border-collapse:separate;border-spacing:0;width:100%%;table-layout:fixed}"
        "table.dg th{position:sticky;top:0;height:%dpx;background:%s;color:#606266;text-align:left;" % (HEAD_H, DIS_FILL) +
        "padding:0 10px;border-bottom:1px solid #ebeef5;z-index:2}"
        "table.dg td{height:%dpx;padding:0 10px;border-bottom:1px solid #ebeef5;white-space:nowrap}" % ROW_H +
        ".pg{padding:10px 10px 12px;color:#606266;text-align:right;border-top:1px solid #ebeef5}")
    cols = [60, 110, 170, 250, 390, 190, 150, 140]
    t, fi, o = p["amt"]
    g = ['<table class="dg"><colgroup>' + "".join('<col style="width:%dpx">' % w for w in cols) + "</colgroup><tr>" +
         "".join("<th>%s</th>" % x for x in ["序号", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值",
                                             "指标值确定依据", "操作"]) + "</tr>"]
    for k, r in enumerate(p["rows"], 1):
        g.append('<tr><td>%d</td>' % k + "".join('<td><span class="nw">%s</span></td>' % e(x) for x in (
            r[0], r[1], r[2], r[3], val(r), r[5])) + '<td><a class="lk">编辑</a><a class="lk del">删除</a></td></tr>')
    g.append("</table>")
    ds = ('<table class="ds"><tr><th>项目编码</th><td>%s</td><th>项目名称</th><td colspan="3">%s</td></tr>'
          '<tr><th>主管部门</th><td>%s %s</td><th>预算年度</th><td>2025</td><th>金额单位</th><td>万元</td></tr>'
          '<tr><th>预算数</th><td>%s</td><th>其中：财政资金</th><td>%s</td><th>其他资金</th><td>%s</td></tr>'
          '<tr><th>资金支出计划（%%）</th><td colspan="5">%s</td></tr><tr><th>资金用途</th><td colspan="5">%s</td></tr>'
          '<tr><th>绩效目标</th><td colspan="5">%s</td></tr></table>') % (
        e(p["code"]), e(p["name"]), f["code"], e(f["dept"]), t, fi, o,
        "　　".join("%d月底：%d" % (m, v) for m, v in p["plan"]), e(p["purpose"]),
        "<br>".join(e(x) for x in goals_text(p).split("\n")))
    body = (header(f) + '<div class="main"><div class="crumb">绩效目标管理 / 绩效目标填报 / <b>编辑</b></div>'
            '<div class="card"><h2>%s</h2>%s<div class="sec">绩效指标</div>'
            '<div id="crop"><div class="scroller" id="sc">%s</div><div class="pg">共 %d 条</div></div></div></div>'
            '<script>document.getElementById("sc").scrollTop=%d;</script>') % (
        f["heading"], ds, "\n".join(g), n, scroll)
    return page("编辑 - " + f["system"], css, body), 1560


# ---------------------------------------------------------------- build
def build(key, f):
    from PIL import Image
    stem = f["stem"]
    src = os.path.join(B, stem + ".html")
    doc, width = globals()["html_" + key](f)
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(doc)
    out = os.path.join(B, stem + "." + f["ext"])
    if key == "l6":
        h, crop = measure(src, width, 2)
        raw = os.path.join(B, stem + ".full.png")
        shoot(src, raw, width, h, 2)
        x, y, w, hh = crop
        Image.open(raw).crop((2 * x, 2 * y, 2 * (x + w), 2 * (y + hh))).save(out, optimize=False)
    else:
        h, _ = measure(src, width)
        shoot(src, out, width, h + (40 if key == "l4" else 0))     # l4: the dialog's bottom margin
    shutil.copy(out, os.path.join(HERE, "drafts", os.path.basename(out)))
    return os.path.join(HERE, "drafts", os.path.basename(out))


def main():
    os.makedirs(B, exist_ok=True)
    os.makedirs(os.path.join(HERE, "drafts"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    from PIL import Image
    for key, f in F.items():
        if len(sys.argv) > 1 and key not in sys.argv[1:]:
            continue
        d = build(key, f)
        g = dict(G[f["stem"]])
        data = open(d, "rb").read()
        g["source"] = {"path": os.path.basename(d), "sha256": hashlib.sha256(data).hexdigest(), "format": "image",
                       "pages": 1, "ocr": True}
        with open(os.path.join(HERE, "expected", f["stem"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(os.path.basename(d), Image.open(d).size, len(data))


if __name__ == "__main__":
    main()
