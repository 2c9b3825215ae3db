"""Whole 部门预算绩效文本 documents as captures and converters give them (heldout24b's kinds),
one rule at a time on small renderings."""
from __future__ import annotations

from jixiao.extract import extract_bytes
from jixiao.extract.text import sniff

HEAD = ["项目编码", "137-0301-ZXS-4H7Q", "项目名称", "城区河道管护项目"]
LABELS = ["预算规模及资金用途", "预算数", "其中：财政资金", "其他资金", "资金用途"]
AMOUNTS = ["", "154.00", "132.00", "22.00", "用于管网维修和水质检测"]
ROWS = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "巡查河道", "12条"]]


def _tsv(*rows: list[str]) -> bytes:
    return ("2025年项目支出绩效目标表\n" + "\n".join("\t".join(r) for r in rows) + "\n").encode()


def _money(record: dict) -> tuple:
    p = record["projects"][0]
    return p["budget_total"], p["budget_fiscal"], p["budget_other"], p["purpose"]


def test_amounts_and_purpose_under_their_labels():
    # 预算数 | 其中：财政资金 | 其他资金 | 资金用途 over a row of their values.
    record = extract_bytes(_tsv(HEAD, LABELS, AMOUNTS, *ROWS), "form.txt").to_dict()
    assert _money(record) == (154, 132, 22, "用于管网维修和水质检测")


def test_the_group_label_written_into_the_amounts_row_or_lost_from_it():
    # Docling writes the merged 预算规模及资金用途 into each row it spans; a browser copy drops the
    # merged cell, the amounts shifted left.
    repeated = extract_bytes(_tsv(HEAD, LABELS, [LABELS[0]] + AMOUNTS[1:], *ROWS), "form.txt").to_dict()
    shifted = extract_bytes(_tsv(HEAD, LABELS, AMOUNTS[1:], *ROWS), "form.txt").to_dict()
    assert _money(repeated) == _money(shifted) == (154, 132, 22, "用于管网维修和水质检测")


def test_tabs_of_toc_pages_and_list_numbers_make_no_table():
    # WPS's plain text: 目录 entries and Word list numbers carry a tab; the forms are a cell a line.
    lines = ["目录", "一、总体绩效目标\t1", "二、保障措施\t2", "1.\t守牢食品安全底线。", "2.\t强化特种设备监管。"]
    assert sniff("\n".join(lines)) != "tsv"
    assert sniff("\n".join(lines + ["一级指标\t二级指标\t三级指标\t指标值"])) == "tsv"


def test_a_markdown_bullet_before_an_items_number_is_markdowns():
    text = "\n\n".join(["# 第一部分 部门整体绩效目标", "## 三、保障措施", "- 1.强化组织领导。成立专班。",
                        "- 2.严格资金监管。专款专用。", "# 第二部分 项目支出绩效目标表", "## 1、城乡低保资金项目绩效目标表",
                        "| 项目名称 | 城乡低保资金 | | |\n|---|---|---|---|\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
                        "| 产出指标 | 数量指标 | 保障人数 | ≥5200人 |"])
    record = extract_bytes(text.encode(), "draft.md").to_dict()
    assert [s["title"] for s in record["safeguards"]] == ["强化组织领导", "严格资金监管"]


def test_a_toc_entry_whose_leader_word_lost_to_a_single_point():
    text = "\n\n".join(["某区科学技术局", "2025年部门预算绩效文本", "目　录", "第一部分　部门整体绩效目标. 1",
                        "1.总体绩效目标. 1", "2.工作保障措施. 2", "第二部分　项目支出绩效目标. 3",
                        "1、高新技术企业培育奖补项目绩效目标表. 3", "第一部分　部门整体绩效目标", "1. 总体绩效目标",
                        "（一）新增高新技术企业不少于25家。", "第二部分　项目支出绩效目标", "1、高新技术企业培育奖补项目绩效目标表",
                        "项目名称\t高新技术企业培育奖补\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新增企业\t≥25家"])
    record = extract_bytes(text.encode(), "draft.txt").to_dict()
    assert [(e["part"], e["title"], e["page"]) for e in record["toc"]] == [
        (1, "总体绩效目标", 1), (1, "工作保障措施", 2), (2, "高新技术企业培育奖补项目绩效目标表", 3)]
    assert record["overall_goals"] == ["新增高新技术企业不少于25家。"]


def test_a_running_head_that_opens_every_page_cuts_no_paragraph():
    # pdftotext: a form feed opens each page, the running head its first line, the page
    # number the last; a goal cut by the break reads whole.
    head = "　　某区退役军人事务局2025年部门预算绩效文本"
    pages = ["某区退役军人事务局\n\n2025年部门预算绩效文本\n",
             f"{head}\n\n第一部分　部门整体绩效目标\n一、总体绩效目标\n（一）落实优抚政策，发放准确率100%。\n"
             "（二）做好退役士兵安置，组织参加职业技能培\n\n                  - 1 -\n",
             f"{head}\n\n训，就业率达到90%以上。\n（三）加强烈士纪念设施保护。\n\n                  - 2 -\n",
             f"{head}\n\n第二部分　项目支出绩效目标表\n1、优抚对象抚恤补助项目绩效目标表\n项目名称\t优抚对象抚恤补助\n"
             "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t保障人数\t1860人\n"]
    record = extract_bytes("\f".join(pages).encode(), "draft.txt").to_dict()
    assert record["overall_goals"] == ["落实优抚政策，发放准确率100%。", "做好退役士兵安置，组织参加职业技能培训，就业率达到90%以上。",
                                       "加强烈士纪念设施保护。"]
    assert record["document"]["title"] == "2025年部门预算绩效文本"


def test_pdftotext_layout_cells_that_wrap_under_their_columns():
    # pdftotext -layout keeps each cell at its column; a long label wraps under itself
    # (指标值确定依 / 据) and a row's long cells wrap onto the lines below, beside nothing.
    lines = ["2025年项目支出绩效目标表",
             "项目名称    优抚对象抚恤补助",
             "一级指标    二级指标    三级指标        绩效指标描述          指标值        指标值确定依",
             "                                                                          据",
             "产出指标    数量指标    保障优抚对象人  享受定期抚恤补助的重  1860人        工作计划",
             "                        数              点优抚对象人数",
             "            质量指标    资金发放准确率  抚恤补助资金准确发放  100%          行业标准",
             "                                        到人的比例",
             "            时效指标    培训完成时间    年度培训任务全部完成  2025年10月底  工作计划",
             "                                        的时间                前",
             "效果指标    社会效益指  优抚对象生活保  优抚对象基本生活保障  有效保障      工作计划",
             "            标          障水平          情况"]
    project = extract_bytes(("\n".join(lines) + "\n").encode(), "layout.txt").to_dict()["projects"][0]
    assert [(i["level2"], i["level3"], i["description"], i["value_raw"], i["basis"]) for i in project["indicators"]] == [
        ("数量指标", "保障优抚对象人数", "享受定期抚恤补助的重点优抚对象人数", "1860人", "工作计划"),
        ("质量指标", "资金发放准确率", "抚恤补助资金准确发放到人的比例", "100%", "行业标准"),
        ("时效指标", "培训完成时间", "年度培训任务全部完成的时间", "2025年10月底前", "工作计划"),
        ("社会效益指标", "优抚对象生活保障水平", "优抚对象基本生活保障情况", "有效保障", "工作计划")]


def _cell_a_line(*groups: list[str]) -> bytes:
    return ("\n".join(line for group in groups for line in group) + "\n").encode()


FORM_CELLS = ["1、城区河道管护项目绩效目标表", "项目名称", "城区河道管护项目", "一级指标", "二级指标", "三级指标", "指标值",
              "产出指标", "数量指标", "巡查河道", "12条"]


def test_money_labels_a_line_each_then_their_values_empty_cell_printing_nothing():
    # WPS's plain text, a cell a line: 预算数 / 其中：财政资金 / 其他资金 / 资金用途, then the values;
    # the empty 其他资金 cell prints nothing (or an empty line, dropped), the purpose is text.
    form = FORM_CELLS[:3] + LABELS + ["154.00", "154.00", "", "用于管网维修和水质检测"] + FORM_CELLS[3:]
    assert _money(extract_bytes(_cell_a_line(form), "draft.txt").to_dict()) == (154, 154, None, "用于管网维修和水质检测")
    form = FORM_CELLS[:3] + LABELS + AMOUNTS[1:] + FORM_CELLS[3:]
    assert _money(extract_bytes(_cell_a_line(form), "draft.txt").to_dict()) == (154, 132, 22, "用于管网维修和水质检测")


PART1_HEAD = ["某区市场监督管理局", "2025年部门预算绩效文本", "第一部分　部门整体绩效目标", "一、总体绩效目标",
              "1.守牢食品安全底线。", "二、分项绩效目标"]
PART1_SAFEGUARDS = ["三、保障措施", "1.加强预算执行管理。每月通报执行进度。", "第二部分　项目支出绩效目标表"]


def test_part_one_table_a_cell_a_line():
    table = ["序号", "分项目标", "绩效目标", "绩效指标", "1", "食品安全抽检", "开展监督抽检。", "完成抽检2400批次。",
             "2", "特种设备监管", "开展隐患排查整治。", "隐患整改率100%。"]
    record = extract_bytes(_cell_a_line(PART1_HEAD, table, PART1_SAFEGUARDS, FORM_CELLS), "draft.txt").to_dict()
    assert [(s["title"], s["goal"], s["indicator"]) for s in record["sub_goals"]] == [
        ("食品安全抽检", "开展监督抽检。", "完成抽检2400批次。"), ("特种设备监管", "开展隐患排查整治。", "隐患整改率100%。")]
    assert [s["title"] for s in record["safeguards"]] == ["加强预算执行管理"]
    assert record["projects"][0]["indicators"][0]["value_raw"] == "12条"


def test_pdftotext_layout_part_one_table_and_money_block_by_position():
    # The 分项 table's three text columns wrap in parallel under their header; the money
    # labels stand over their amounts, 其他资金's cell empty, the purpose wrapped in its column.
    lines = PART1_HEAD[:-1] + [
        "二、分项绩效目标",
        "  序号   任务名称           绩效目标                         绩效指标",
        "  1      优抚对象抚恤补助   按照规定标准，按时足额发放重点   保障优抚对象1860人；资金发放准",
        "                            优抚对象抚恤补助资金。           确率100%。",
        "  2      退役军人就业创业   组织适应性培训和技能培训。       参训人数不少于150人。",
        "三、保障措施",
        "    1.加强预算执行管理。每月通报执行进度。",
        "第二部分　项目支出绩效目标表",
        "1、优抚对象抚恤补助资金绩效目标表",
        "项目编码    923-0801-ABC-5M4X  项目名称    优抚对象抚恤补助资金",
        "预算规模及  预算数      其中：财政资金  其他资金              资金用途",
        "资金用途",
        "            1286.50     1286.50                               用于发放残疾军人、烈属、在",
        "                                                              乡复员军人等定期抚恤补助",
        "资金支出计  3月底       6月底           9月底                 12月底",
        "划（%）",
        "            25          50              75                    100",
        "一级指标    二级指标    三级指标        指标值",
        "产出指标    数量指标    保障优抚对象    1860人"]
    record = extract_bytes(("\n".join(lines) + "\n").encode(), "layout.txt").to_dict()
    assert record["source"]["rendering"] == "spaced"
    assert [(s["title"], s["goal"], s["indicator"]) for s in record["sub_goals"]] == [
        ("优抚对象抚恤补助", "按照规定标准，按时足额发放重点优抚对象抚恤补助资金。", "保障优抚对象1860人；资金发放准确率100%。"),
        ("退役军人就业创业", "组织适应性培训和技能培训。", "参训人数不少于150人。")]
    assert _money(record) == (1286.5, 1286.5, None, "用于发放残疾军人、烈属、在乡复员军人等定期抚恤补助")
