"""Blind set heldout26b: the facts of each draft, typed by hand, and the gold record built from them.
FILES DAMAGED ON THE WAY: F[key] holds what each form PRINTS (make.py renders from it, then damages the file the way
a gateway / portal / download manager does); G[stem] is the gold record of each POSITIVE (source filled by make.py);
REFUSAL[stem] is the one-line reason of each NEGATIVE (no gold). Indicator blocks are typed one printed row a line,
cells apart by `|` (一级|二级|三级|绩效指标描述|指标值|指标值确定依据); `Q:` marks a qualitative value holding digits.
Goals are typed as the ITEMS (make.py prints `1、2、3、`). Amounts are typed as printed (`%.2f` strings; None = empty
cell). Nothing here comes from jixiao."""
from kit import I, Proj, clean  # noqa: F401

G, F, REFUSAL = {}, {}, {}
TITLE = "2025年部门预算项目绩效目标表"


def rows(block):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == 6, line
        out.append(c)
    return out


def P(name, code, amt, purpose, plan, goals, block):
    return dict(name=name, code=code, amt=amt, purpose=purpose, plan=plan, goals=goals, rows=rows(block))


# ================================================================ k1  PDF whose line ends a gateway turned CRLF -> LF
F["k1"] = dict(
    stem="k1_pdf_crlf2lf_badxref_yining_2025", ext="pdf", fmt="pdf", pages=1, neg=False,
    dept="伊宁市教育局", code="318604",
    projects=[
        P("农村义务教育学校营养改善计划项目", "318-2501-YNJY-4C7M", ("736.80", "736.80", None),
          "用于农村义务教育学校学生营养膳食补助和食堂从业人员培训",
          [(3, 20), (6, 45), (9, 70), (12, 100)],
          ["按每生每天5元标准落实营养膳食补助", "加强学校食堂管理，保障食品安全", "改善农村学生营养健康状况"], """
产出指标|数量指标|受益学生人数|享受营养膳食补助的农村义务教育学生人数|≥7300人|工作计划
产出指标|数量指标|覆盖学校数量|实施营养改善计划的农村义务教育学校数量|42所|工作计划
产出指标|质量指标|补助资金足额发放率|营养膳食补助资金按标准足额用于学生的比例|100%|行业标准
产出指标|时效指标|补助资金拨付时间|每学期补助资金拨付到校的时间|Q:开学后30日内|工作计划
产出指标|成本指标|生均补助标准|每生每天营养膳食补助金额|=5元/人·天|行业标准
效益指标|社会效益指标|学生营养健康状况|农村学生营养健康状况|持续改善|工作计划
效益指标|可持续影响指标|食品安全事故|学校食堂发生食品安全事故的起数|0起|行业标准
满意度指标|服务对象满意度指标|学生家长满意度|抽样调查学生家长的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ k2  PDF with the portal's HTML error page after %%EOF
F["k2"] = dict(
    stem="k2_pdf_htmltail_aftereof_bole_2025", ext="pdf", fmt="pdf", pages=1, neg=False,
    dept="博乐市农业农村局", code="407219",
    projects=[
        P("高标准农田建设项目", "407-2501-BLNY-8R3T", ("1260.00", "1185.00", "75.00"),
          "用于田块整治、灌排渠系配套、田间道路和农田输配电工程建设",
          [(3, 10), (6, 40), (9, 80), (12, 100)],
          ["新建高标准农田2.1万亩", "配套完善灌排、道路和输配电设施", "提高耕地质量和粮食综合生产能力"], """
产出指标|数量指标|新建高标准农田面积|年度新建高标准农田的面积|≥2.1万亩|工作计划
产出指标|数量指标|新建改造渠道长度|新建和改造灌排渠道的长度|≥38公里|工作计划
产出指标|质量指标|工程验收合格率|建设工程竣工验收合格的比例|100%|行业标准
产出指标|时效指标|工程完工时间|年度建设任务全部完工的时间|Q:2025年11月30日前|工作计划
产出指标|成本指标|亩均建设成本|每亩高标准农田建设投入|≤3000元/亩|行业标准
效益指标|经济效益指标|亩均粮食产能提升|项目区亩均粮食产能提高量|≥50公斤|历史标准
效益指标|生态效益指标|节水灌溉效果|项目区农田灌溉水有效利用|明显提高|工作计划
满意度指标|服务对象满意度指标|受益农户满意度|抽样调查受益农户的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ k3  .docx with a bad-CRC thumbnail (data descriptors)
F["k3"] = dict(
    stem="k3_docx_badcrc_thumbnail_gaochang_2025", ext="docx", fmt="docx", pages=None, neg=False,
    dept="吐鲁番市高昌区水利局", code="529036",
    projects=[
        P("坎儿井保护修缮项目", "529-2501-GCSL-6V2H", ("318.40", "318.40", "0.00"),
          "用于坎儿井暗渠清淤、竖井加固和明渠防渗修缮",
          [(3, 15), (6, 50), (9, 85), (12, 100)],
          ["完成坎儿井暗渠清淤和竖井加固", "恢复坎儿井出水能力", "保护坎儿井这一传统水利遗产"], """
产出指标|数量指标|修缮坎儿井条数|年度完成保护修缮的坎儿井条数|12条|工作计划
产出指标|数量指标|暗渠清淤长度|完成清淤的坎儿井暗渠长度|≥9.5公里|工作计划
产出指标|数量指标|加固竖井数量|完成加固的坎儿井竖井数量|≥260眼|工作计划
产出指标|质量指标|修缮工程验收合格率|修缮工程验收合格的比例|100%|行业标准
产出指标|时效指标|修缮完成时间|修缮工程全部完工的时间|Q:2025年10月31日前|工作计划
产出指标|成本指标|单条修缮成本|平均每条坎儿井修缮费用|≤26.5万元/条|历史标准
效益指标|社会效益指标|坎儿井出水量|修缮后坎儿井的出水量|较上年增加|工作计划
效益指标|可持续影响指标|坎儿井管护机制|坎儿井日常管护制度落实情况|长效运行|工作计划
满意度指标|服务对象满意度指标|受益群众满意度|抽样调查受益群众的满意程度|≥92%|历史标准"""),
    ],
)

# ================================================================ k4  .xlsx with wrong sst counts and a small <dimension>
F["k4"] = dict(
    stem="k4_xlsx_sstcount_dimension_qinnan_2025", ext="xlsx", fmt="xlsx", pages=None, neg=False,
    dept="钦州市钦南区海洋和渔业局", code="736128",
    projects=[
        P("近海渔业资源增殖放流项目", "736-2501-QNYY-3P9W", ("148.60", "148.60", None),
          "用于采购鱼虾苗种、组织增殖放流活动和放流效果跟踪调查",
          [(3, 10), (6, 60), (9, 90), (12, 100)],
          ["在茅尾海等海域放流鱼虾苗种", "养护近海渔业资源，促进渔民增收", "开展放流效果跟踪调查"], """
产出指标|数量指标|放流苗种数量|全年增殖放流的鱼虾苗种数量|≥4800万尾|工作计划
产出指标|数量指标|放流活动场次|组织增殖放流活动的场次|6场|工作计划
产出指标|质量指标|苗种检验检疫合格率|放流苗种经检验检疫合格的比例|100%|行业标准
产出指标|时效指标|放流完成时间|年度增殖放流任务完成的时间|Q:2025年8月31日前|工作计划
产出指标|成本指标|苗种采购成本|苗种采购支出|≤预算批复金额|财政预算
效益指标|生态效益指标|近海渔业资源|放流海域渔业资源状况|逐步恢复|工作计划
效益指标|经济效益指标|渔民增收|放流海域渔民户均年增收|≥800元|历史标准
满意度指标|服务对象满意度指标|渔民满意度|抽样调查沿海渔民的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ k5  UTF-8 text with a GBK paragraph pasted into it
F["k5"] = dict(
    stem="k5_txt_utf8_gbkpaste_yuzhou_2025", ext="txt", fmt="text", pages=None, neg=False,
    dept="玉林市玉州区卫生健康局", code="841507",
    gbk_rows=(5, 8),   # indicator rows 5..8 (1-based) were pasted from an old GBK file: their bytes are GBK
    projects=[
        P("基本公共卫生服务项目", "841-2501-YZWK-5D8N", ("962.30", "912.30", "50.00"),
          "用于居民健康档案管理、老年人健康管理、慢性病患者健康管理等基本公共卫生服务补助",
          [(3, 25), (6, 50), (9, 75), (12, 100)],
          ["为辖区常住居民免费提供基本公共卫生服务", "做好老年人和慢性病患者健康管理", "提高居民健康素养水平"], """
产出指标|数量指标|65岁及以上老年人健康管理人数|年度为65岁及以上老年人提供健康管理服务的人数|≥3.6万人|工作计划
产出指标|数量指标|高血压患者规范管理人数|纳入规范管理的高血压患者人数|≥2.4万人|工作计划
产出指标|质量指标|居民电子健康档案建档率|常住居民电子健康档案建档比例|≥90%|行业标准
产出指标|时效指标|补助资金拨付时间|基本公共卫生服务补助资金拨付到机构的时间|Q:每季度首月20日前|工作计划
产出指标|成本指标|人均补助标准|基本公共卫生服务人均财政补助|=94元/人|行业标准
效益指标|社会效益指标|居民健康素养水平|辖区居民具备健康素养的比例|≥31%|历史标准
效益指标|可持续影响指标|基层卫生服务能力|基层医疗卫生机构服务能力|持续提升|工作计划
满意度指标|服务对象满意度指标|居民满意度|抽样调查辖区居民的满意程度|≥85%|历史标准"""),
    ],
)

# ================================================================ k6  UTF-16LE text without a BOM
F["k6"] = dict(
    stem="k6_txt_utf16le_nobom_jinchengjiang_2025", ext="txt", fmt="text", pages=None, neg=False,
    dept="河池市金城江区民政局", code="963215",
    projects=[
        P("特困人员救助供养项目", "963-2501-JCJM-7F1Q", ("584.20", "584.20", None),
          "用于特困人员基本生活费、照料护理费发放和供养服务机构运转补助",
          [(3, 25), (6, 50), (9, 75), (12, 100)],
          ["按标准按时足额发放特困人员救助供养金", "提升敬老院集中供养服务水平", "保障特困人员基本生活"], """
产出指标|数量指标|救助供养特困人员人数|全年纳入救助供养的特困人员人数|≥1150人|工作计划
产出指标|数量指标|集中供养服务机构数量|承担集中供养的敬老院数量|9个|工作计划
产出指标|质量指标|救助资金发放准确率|救助供养金按标准准确发放的比例|100%|行业标准
产出指标|时效指标|救助资金发放时间|每月救助供养金发放到人的时间|Q:每月10日前|工作计划
产出指标|成本指标|基本生活标准|特困人员每人每月基本生活费|≥1140元/人·月|行业标准
效益指标|社会效益指标|特困人员基本生活保障|特困人员基本生活保障情况|有效保障|工作计划
满意度指标|服务对象满意度指标|特困人员满意度|抽样调查特困人员的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ k7  NEGATIVE: PDF cut off inside its page's content stream
F["k7"] = dict(
    stem="k7_pdf_truncated_midstream_negative_gangbei_2025", ext="pdf", fmt="pdf", pages=1, neg=True,
    dept="贵港市港北区交通运输局", code="275840",
    keep=0.55,   # the download stopped after this share of the page's content stream
    projects=[
        P("农村公路养护项目", "275-2501-GBJT-2L6S", ("412.00", "412.00", None),
          "用于农村公路日常养护、路面修补和安全设施维护",
          [(3, 25), (6, 50), (9, 75), (12, 100)],
          ["完成农村公路日常养护", "及时修补路面病害", "保障农村公路安全畅通"], """
产出指标|数量指标|养护农村公路里程|年度实施日常养护的农村公路里程|≥860公里|工作计划
产出指标|数量指标|修补路面面积|全年修补农村公路路面病害的面积|≥1.8万平方米|工作计划
产出指标|质量指标|农村公路优良中等路率|农村公路技术状况优良中等路的比例|≥85%|行业标准
产出指标|时效指标|病害处置时间|路面病害发现后完成处置的时间|Q:7日内|工作计划
产出指标|成本指标|每公里养护成本|每公里农村公路年度养护费用|≤0.45万元/公里|行业标准
效益指标|社会效益指标|农村群众出行条件|农村群众出行便利程度|明显改善|工作计划
满意度指标|服务对象满意度指标|沿线群众满意度|抽样调查沿线群众的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ k8  NEGATIVE: a preallocated, never-written download
F["k8"] = dict(
    stem="k8_pdf_allnul_negative_atushi_2025", ext="pdf", fmt="pdf", pages=None, neg=True,
    dept="阿图什市财政局", code=None, size=61440, projects=[],
)

REFUSAL["k7_pdf_truncated_midstream_negative_gangbei_2025"] = (
    "拒绝提取：文件不完整（truncated）——PDF在其唯一一页的内容流中途中断（下载未完成：没有endstream、没有交叉引用表、"
    "没有%%EOF），表格后半部分的指标行不存在，不能据此生成绩效目标记录。")
REFUSAL["k8_pdf_allnul_negative_atushi_2025"] = (
    "拒绝提取：文件内容为空（61440个全零NUL字节，没有%PDF文件头）——下载工具预分配了文件但未写入任何数据，"
    "这不是可读的PDF，需重新下载。")

SOURCE = {
    "k1": "PDF whose CRLF line ends a mail gateway rewrote to LF: every xref offset and /Length is wrong; readers rebuild the xref",
    "k2": "PDF with a portal's HTML error page appended after %%EOF",
    "k3": "Word document re-zipped with data descriptors; docProps/thumbnail.jpeg has a bad CRC-32",
    "k4": "Excel workbook from an exporter: sharedStrings count/uniqueCount wrong, <dimension ref> too small",
    "k5": "UTF-8 text (tab rows) with a GBK-encoded paragraph pasted into it (those bytes are not UTF-8)",
    "k6": "UTF-16LE text (tab rows, CRLF) without a byte order mark",
}


def amount(a):
    return None if a is None else float(a.replace(",", ""))


# document.title: the PDF / Word / text drafts print `2025年部门预算项目绩效目标表` above the form; the workbook
# prints only the form title, so its gold title is null (as 25b x1).
for key, f in F.items():
    if f["neg"]:
        continue
    projs = []
    for i, p in enumerate(f["projects"], 1):
        inds = [I(r[0], r[1], r[2], r[4], desc=r[3], basis=r[5]) for r in p["rows"]]
        t, fi, o = p["amt"]
        projs.append(Proj(i, p["name"], inds, title=p["name"] + "绩效目标表", code=p["code"], department=f["dept"],
                          department_code=f["code"], unit="万元", total=amount(t), fiscal=amount(fi),
                          other=amount(o), purpose=p["purpose"], plan=p["plan"], goals=p["goals"]))
    G[f["stem"]] = clean({
        "source": {"path": f["stem"] + "." + f["ext"], "sha256": None, "format": f["fmt"], "pages": f["pages"],
                   "content": SOURCE[key]},
        "document": {"title": None if f["ext"] == "xlsx" else TITLE, "department": f["dept"],
                     "department_code": f["code"], "year": 2025,
                     "status": None, "compiled_by": None, "reviewed_by": None},
        "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
        "projects": projs, "issues": []})
