"""Text drafts in a container or another separator: a single-file web page (.mht) and an
Excel CSV export, each made here the way its producer writes it."""
from __future__ import annotations

import msgspec

from jixiao.extract import extract_bytes
from jixiao.extract.record import Record

PAGE = """<html><head><meta charset="utf-8"><title>丰满区2025年项目支出绩效目标</title></head><body>
<h2>项目支出绩效目标表</h2>
<table border="1">
<tr><td>项目名称</td><td colspan="3">老旧小区供热管网改造</td></tr>
<tr><td>年度资金总额</td><td>1,256.00</td><td>其中：财政拨款</td><td>1,180.00</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td>改造供热管网长度</td><td>≥12.5公里</td></tr>
<tr><td>惠及居民户数</td><td>≥3,200户</td></tr>
</table></body></html>"""


def _mht(html: str) -> bytes:
    """A browser's "save as MHTML": multipart/related, the page quoted-printable, a picture part."""
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    message = MIMEMultipart("related", type="text/html")
    message["Subject"] = "丰满区2025年项目支出绩效目标"
    page = MIMEText("", "html", "utf-8")
    page.replace_header("Content-Transfer-Encoding", "quoted-printable")
    page.set_payload(_qp(html))
    message.attach(page)
    message.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "png"))
    return message.as_bytes()


def _qp(text: str) -> str:
    import quopri

    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def test_a_single_file_web_page_is_read_as_the_page_inside_it():
    data = _mht(PAGE)
    assert b"=E4=BA=" in data and b"=\n" in data  # escaped and soft-wrapped, as browsers save it
    record = extract_bytes(data, "page.mht").to_dict()
    assert (record["source"]["rendering"], record["source"]["repairs"]) == ("html", ["mhtml"])
    [project] = record["projects"]
    assert (project["name"], project["budget_total"], project["budget_fiscal"]) == ("老旧小区供热管网改造", 1256, 1180)
    assert [(i["level3"], i["value_raw"]) for i in project["indicators"]] == [("改造供热管网长度", "≥12.5公里"),
                                                                            ("惠及居民户数", "≥3,200户")]
    msgspec.json.decode(msgspec.json.encode(record), type=Record)  # valid against the schema


def test_a_saved_page_whose_form_is_in_a_frame_part_reads_the_frame():
    # Blink saves each frame as an HTML part of its own: the notice around an iframe, then the form.
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    message = MIMEMultipart("related", type="text/html")
    for html, location in (("<html><body><p>关于批复2025年项目支出绩效目标的通知</p>"
                            '<iframe src="cid:frame-1"></iframe></body></html>', "page"), (PAGE, "cid:frame-1")):
        part = MIMEText("", "html", "utf-8")
        part.replace_header("Content-Transfer-Encoding", "quoted-printable")
        part.set_payload(_qp(html))
        part["Content-Location"] = location
        message.attach(part)
    project = extract_bytes(message.as_bytes(), "page.mhtml").to_dict()["projects"][0]
    assert (project["name"], [i["level3"] for i in project["indicators"]]) == ("老旧小区供热管网改造", ["改造供热管网长度", "惠及居民户数"])


def test_a_form_in_an_inline_frame_is_read_where_it_stands():
    import html

    page = f'<html><body><p>公开目录</p><iframe srcdoc="{html.escape(PAGE)}"></iframe></body></html>'
    project = extract_bytes(page.encode(), "page.html").to_dict()["projects"][0]
    assert (project["name"], project["budget_total"]) == ("老旧小区供热管网改造", 1256)


CSV = """2024年项目支出绩效目标表,,,,
部门编码：109006,,,,单位：万元
,,,,
项目名称,黑土地保护利用,,,
年度资金总额（万元）,"1,256.00",,,
其中：财政拨款,"1,180.00",,,
年度目标,"1.实施黑土地保护利用1.2万亩；
2.项目区粮食单产提高5%以上。",,,
一级指标,二级指标,三级指标,指标值,指标值设定依据
产出指标,数量指标,黑土地保护利用面积,"≥12,000亩",计划标准
,,秸秆还田面积,"≥8,500亩",计划标准
满意度指标,服务对象满意度指标,农户满意度,≥90%,历史标准
"""


def test_an_excel_csv_export_in_gbk_is_read_as_its_sheet():
    record = extract_bytes(CSV.replace("\n", "\r\n").encode("gbk"), "export.csv").to_dict()
    assert (record["source"]["rendering"], record["source"]["encoding"]) == ("csv", "gb18030")
    assert (record["document"]["department_code"], record["document"]["year"]) == ("109006", 2024)
    [project] = record["projects"]
    assert (project["name"], project["budget_total"], project["budget_fiscal"], project["unit"]) == (
        "黑土地保护利用", 1256, 1180, "万元")
    assert project["goals"] == ["实施黑土地保护利用1.2万亩；", "项目区粮食单产提高5%以上。"]
    assert [(i["level1"], i["level3"], i["value"], i["basis"]) for i in project["indicators"]] == [
        ("产出指标", "黑土地保护利用面积", 12000, "计划标准"), ("产出指标", "秸秆还田面积", 8500, "计划标准"),
        ("满意度指标", "农户满意度", 90, "历史标准")]
    msgspec.json.decode(msgspec.json.encode(record), type=Record)


def test_running_text_with_commas_is_not_taken_for_a_csv_export():
    from jixiao.extract.text import csv_rows

    prose = "\n".join(["本项目覆盖3个乡镇, 惠及居民1,200户, 年度目标如下。"] * 3 + ["一、部门职责", "二、总体绩效目标"])
    assert not csv_rows.looks_like(prose)


def test_a_word_filtered_web_page_is_html_whatever_its_style_sheet_holds():
    # Word's "web page, filtered": a long style sheet of lines that are no HTML markup of their own,
    # and source lines wrapped at 76 columns, here inside a value (平方 / 米: no space between).
    style = "\n".join(["@font-face", "\t{font-family:宋体;", "\tpanose-1:2 1 6 0 3 1 1 1 1 1;}"] * 12)
    page = f"""<html>
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>2024年项目支出绩效目标表</title>
<style>
<!--
{style}
-->
</style>
</head>
<body lang=ZH-CN>
<p class=MsoNormal align=center><b><span style='font-size:16.0pt'>2024年项目支出绩效目标表</span></b></p>
<p class=MsoNormal>部门编码：118003　　单位：万元</p>
<table class=MsoTableGrid border=1>
<tr><td><p class=MsoNormal>项目名称</p></td><td colspan=3><p class=MsoNormal>义务教育学校校舍维修改造</p></td></tr>
<tr><td><p class=MsoNormal>一级指标</p></td><td><p class=MsoNormal>二级指标</p></td><td><p class=MsoNormal>三级指标</p></td><td><p class=MsoNormal>指标值</p></td></tr>
<tr><td><p class=MsoNormal>产出指标</p></td><td><p class=MsoNormal>数量指标</p></td><td><p class=MsoNormal>维修改造校舍面积</p></td><td><p class=MsoNormal>≥1.2万平方
米</p></td></tr>
</table>
</body>
</html>
"""
    record = extract_bytes(page.encode("gbk"), "page.htm").to_dict()
    assert record["source"]["rendering"] == "html"
    assert (record["document"]["title"], record["document"]["department_code"]) == ("2024年项目支出绩效目标表", "118003")
    assert [(p["name"], [i["value_raw"] for i in p["indicators"]]) for p in record["projects"]] == [
        ("义务教育学校校舍维修改造", ["≥1.2万平方米"])]


# An OCR tool's text of a scanned form: cells apart by runs of spaces, merged cells on their first
# line only, ＞= typed as two characters, a name run into its target, a goal wrapped before its comma.
OCR_TEXT = """                      2024年项目支出绩效目标表

部门编码：113002                                                   单位：万元
 项目名称           家庭医生签约服务
 年度资金总额        312.00
 年度目标          组建家庭医生团队，为老年人、慢性病患者等重点人群提供签约服务
                  ，推进分级诊疗。
 一级指标       二级指标            三级指标                   指标值
 产出指标     数量指标       组建家庭医生团队                   ≥45个
                            重点人群签约人数                 ＞=6.8万人
 满意度指标   服务对象满意度指标  签约居民满意度≥85％
"""


def test_an_ocr_tools_text_keeps_its_code_two_character_comparators_glued_targets_and_wrapped_goal():
    record = extract_bytes(OCR_TEXT.encode(), "ocr.txt").to_dict()
    assert record["document"]["department_code"] == "113002"
    [project] = record["projects"]
    assert (project["department_code"], project["unit"]) == ("113002", "万元")
    assert project["goals"] == ["组建家庭医生团队，为老年人、慢性病患者等重点人群提供签约服务，推进分级诊疗。"]
    assert [(i["level1"], i["level3"], i["comparator"], i["value"], i["unit"]) for i in project["indicators"]] == [
        ("产出指标", "组建家庭医生团队", ">=", 45, "个"), ("产出指标", "重点人群签约人数", ">=", 6.8, "万人"),
        ("满意度指标", "签约居民满意度", ">=", 85, "%")]
