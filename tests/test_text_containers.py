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
