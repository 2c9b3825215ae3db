"""Blind set heldout28b: the facts of each draft, typed by hand, and the gold record built from them.
PDFs WHOSE TEXT LAYER IS MISSING OR LIES: F[key] holds what each form PRINTS (make.py lays it out with layout.py and
draws it with a broken or absent text layer); G[stem] is the gold record (source.sha256 filled by make.py): what the
page SHOWS. DECOY holds the facts of the OTHER department whose numbers sit in t4's invisible text layer (never
shown, never in a gold). Indicator blocks are typed one printed row a line, cells apart by `|`
(一级|二级|三级|绩效指标描述|指标值|指标值确定依据); `Q:` marks a qualitative value holding digits. Goals are typed as the
ITEMS (the form prints `1、2、3、`). Amounts are typed as printed (`%.2f` strings; None = empty cell). Nothing here
comes from jixiao."""
from kit import I, Proj, clean  # noqa: F401

G, F = {}, {}
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


# ================================================================ t1  every glyph converted to curves
F["t1"] = dict(
    stem="t1_pdf_outlines_nofont_fancheng_2025", page="landscape", fs=10.5,
    dept="襄阳市樊城区城市管理执法局", code="461207",
    projects=[
        P("城区环卫保洁服务项目", "461-2501-FCHW-3K8P", ("2486.50", "2486.50", None),
          "用于城区主次干道机械化清扫、人工保洁和垃圾清运服务购买",
          [(3, 25), (6, 50), (9, 75), (12, 100)],
          ["城区主次干道机械化清扫率达到90%以上", "生活垃圾日产日清，无积存", "提升市容环境卫生水平"], """
产出指标|数量指标|保洁道路面积|纳入购买服务的城区道路保洁面积|≥386万平方米|工作计划
产出指标|数量指标|垃圾清运量|全年清运城区生活垃圾总量|≥9.2万吨|工作计划
产出指标|质量指标|机械化清扫率|主次干道机械化清扫面积占比|≥90%|行业标准
产出指标|时效指标|垃圾清运及时率|生活垃圾当日清运的比例|100%|行业标准
产出指标|成本指标|保洁服务单价|每平方米道路年度保洁费用|≤6.4元/平方米|行业标准
效益指标|社会效益指标|市容环境卫生状况|城区市容环境卫生整体状况|明显改善|工作计划
效益指标|可持续影响指标|环卫作业长效机制|环卫保洁市场化作业机制|长效运行|工作计划
满意度指标|服务对象满意度指标|市民满意度|抽样调查市民对环卫保洁的满意程度|≥92%|历史标准"""),
    ],
)

# ================================================================ t2  TrueType subset fonts with the /ToUnicode maps removed
F["t2"] = dict(
    stem="t2_pdf_ttfsubset_notounicode_suxian_2025", page="landscape", fs=10.5,
    dept="郴州市苏仙区农业农村局", code="532718",
    projects=[
        P("耕地地力保护补贴项目", "532-2501-SXNY-7D2Q", ("1378.26", "1378.26", None),
          "用于发放耕地地力保护补贴，支持耕地保护和粮食生产",
          [(3, 0), (6, 60), (9, 90), (12, 100)],
          ["按时足额发放耕地地力保护补贴", "引导农民保护耕地、提升地力", "稳定粮食播种面积"], """
产出指标|数量指标|补贴耕地面积|纳入补贴范围的耕地面积|≥13.1万亩|工作计划
产出指标|数量指标|受益农户数|享受耕地地力保护补贴的农户数|≥2.6万户|工作计划
产出指标|质量指标|补贴资金发放准确率|补贴资金按核定面积发放的准确程度|100%|行业标准
产出指标|时效指标|补贴资金发放时间|补贴资金通过一卡通发放到户的时间|Q:2025年6月30日前|工作计划
产出指标|成本指标|亩均补贴标准|每亩耕地地力保护补贴金额|=105.2元/亩|行业标准
效益指标|经济效益指标|粮食播种面积|全区粮食播种面积|稳定|工作计划
满意度指标|服务对象满意度指标|农户满意度|抽样调查受益农户的满意程度|≥90%|历史标准"""),
        P("农村人居环境整治项目", "532-2502-SXNY-5H9W", ("460.00", "420.00", "40.00"),
          "用于农村户厕改造、村庄清洁和生活污水治理",
          [(3, 10), (6, 40), (9, 70), (12, 100)],
          ["完成农村户厕改造1200户", "推进村庄清洁行动常态化"], """
产出指标|数量指标|户厕改造数量|年度完成改造的农村户厕数量|1200户|工作计划
产出指标|质量指标|改厕验收合格率|改造户厕验收合格的比例|≥98%|行业标准
产出指标|成本指标|户均改厕补助|每户改厕的财政补助金额|≤2000元/户|行业标准
效益指标|生态效益指标|生活污水治理率|行政村生活污水得到治理的比例|≥45%|工作计划
效益指标|社会效益指标|村容村貌|农村人居环境整体面貌|持续改善|工作计划
满意度指标|服务对象满意度指标|村民满意度|抽样调查村民的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ t3  /ToUnicode maps rewritten: every code shifted by +1
F["t3"] = dict(
    stem="t3_pdf_tounicode_shifted_lengshuitan_2025", page="landscape", fs=10.5,
    dept="永州市冷水滩区教育局", code="618340",
    projects=[
        P("学前教育保教费补助项目", "618-2501-LSXQJ-2M6R", ("843.60", "843.60", "0.00"),
          "用于普惠性幼儿园在园幼儿保教费补助和家庭经济困难幼儿资助",
          [(3, 30), (6, 55), (9, 80), (12, 100)],
          ["落实普惠性幼儿园保教费补助政策", "资助家庭经济困难幼儿入园", "提高学前教育普惠水平"], """
产出指标|数量指标|补助在园幼儿人数|享受保教费补助的在园幼儿人数|≥9400人|工作计划
产出指标|数量指标|资助困难幼儿人数|享受资助的家庭经济困难幼儿人数|≥860人|工作计划
产出指标|数量指标|普惠性幼儿园数量|纳入补助范围的普惠性幼儿园数量|57所|工作计划
产出指标|质量指标|资助对象认定准确率|困难幼儿资助对象认定准确的比例|100%|行业标准
产出指标|时效指标|补助资金拨付时间|春秋两季补助资金拨付到园的时间|Q:开学后60日内|工作计划
产出指标|成本指标|生均补助标准|每生每年保教费补助金额|=800元/人·年|行业标准
效益指标|社会效益指标|学前教育毛入园率|全区学前三年毛入园率|≥93%|历史标准
效益指标|可持续影响指标|普惠性资源覆盖率|普惠性幼儿园在园幼儿占比|≥85%|工作计划
满意度指标|服务对象满意度指标|幼儿家长满意度|抽样调查幼儿家长的满意程度|≥95%|历史标准"""),
    ],
)

# ================================================================ t4  curves on top, an invisible layer from ANOTHER department
F["t4"] = dict(
    stem="t4_pdf_invisible_otherdept_tianmen_2025", page="landscape", fs=10.5,
    dept="天门市卫生健康委员会", code="704926",
    projects=[
        P("基本公共卫生服务项目", "704-2501-TMWJ-8F4C", ("3912.45", "3516.45", "396.00"),
          "用于城乡居民健康档案管理、预防接种和重点人群健康管理等基本公共卫生服务",
          [(3, 20), (6, 45), (9, 70), (12, 100)],
          ["为城乡居民免费提供基本公共卫生服务", "提高重点人群健康管理水平"], """
产出指标|数量指标|居民电子健康档案建档率|常住人口电子健康档案建档比例|≥92%|行业标准
产出指标|数量指标|高血压患者规范管理人数|纳入规范管理的高血压患者人数|≥4.7万人|工作计划
产出指标|质量指标|适龄儿童疫苗接种率|国家免疫规划疫苗接种率|≥95%|行业标准
产出指标|时效指标|资金拨付时间|补助资金拨付到基层医疗卫生机构的时间|Q:每季度首月15日前|工作计划
产出指标|成本指标|人均补助标准|人均基本公共卫生服务经费补助|=94元/人|行业标准
效益指标|社会效益指标|居民健康素养水平|城乡居民健康素养水平|≥28%|历史标准
效益指标|可持续影响指标|基本公共卫生服务体系|基层公共卫生服务能力|持续提升|工作计划
满意度指标|服务对象满意度指标|居民满意度|抽样调查城乡居民的满意程度|≥85%|历史标准"""),
    ],
)

# the OTHER department whose form the invisible layer of t4 holds (same template, its own names and numbers)
DECOY = dict(
    dept="潜江市卫生健康委员会", code="825163",
    projects=[
        P("基本公共卫生服务项目", "825-2501-QJWJ-1T7N", ("2768.30", "2481.30", "287.00"),
          "用于城乡居民健康档案管理、预防接种和重点人群健康管理等基本公共卫生服务",
          [(3, 15), (6, 40), (9, 75), (12, 100)],
          ["为城乡居民免费提供基本公共卫生服务", "提高重点人群健康管理水平"], """
产出指标|数量指标|居民电子健康档案建档率|常住人口电子健康档案建档比例|≥88%|行业标准
产出指标|数量指标|高血压患者规范管理人数|纳入规范管理的高血压患者人数|≥3.1万人|工作计划
产出指标|质量指标|适龄儿童疫苗接种率|国家免疫规划疫苗接种率|≥90%|行业标准
产出指标|时效指标|资金拨付时间|补助资金拨付到基层医疗卫生机构的时间|Q:每季度首月20日前|工作计划
产出指标|成本指标|人均补助标准|人均基本公共卫生服务经费补助|=89元/人|行业标准
效益指标|社会效益指标|居民健康素养水平|城乡居民健康素养水平|≥25%|历史标准
效益指标|可持续影响指标|基本公共卫生服务体系|基层公共卫生服务能力|持续提升|工作计划
满意度指标|服务对象满意度指标|居民满意度|抽样调查城乡居民的满意程度|≥80%|历史标准"""),
    ],
)

# ================================================================ t5  page 1 native text, page 2 (the form continued) curves only
F["t5"] = dict(
    stem="t5_pdf_mixed_p1text_p2curves_jishou_2025", page="portrait", fs=12,
    dept="吉首市文化旅游广电局", code="937452",
    projects=[
        P("公共文化服务体系建设项目", "937-2501-JSGW-4B3E", ("528.70", "498.70", "30.00"),
          "用于乡镇综合文化站免费开放、送戏下乡、农家书屋出版物补充更新和应急广播运行维护",
          [(3, 20), (6, 50), (9, 80), (12, 100)],
          ["保障乡镇综合文化站和村综合文化服务中心免费开放",
           "组织送戏下乡和群众文化活动，丰富群众精神文化生活",
           "补充更新农家书屋出版物，维护应急广播正常运行"], """
产出指标|数量指标|综合文化站免费开放数量|实现免费开放的乡镇综合文化站数量|16个|工作计划
产出指标|数量指标|送戏下乡场次|全年组织送戏下乡演出场次|≥120场|工作计划
产出指标|数量指标|农家书屋出版物补充数量|全年补充更新农家书屋出版物册数|≥1.5万册|工作计划
产出指标|数量指标|群众文化活动次数|全年组织开展广场舞展演、书画展览等群众文化活动次数|≥80次|工作计划
产出指标|质量指标|应急广播终端在线率|全市应急广播终端正常在线、按时播发的比例|≥95%|行业标准
产出指标|时效指标|送戏下乡完成时间|全年送戏下乡任务在各乡镇（街道）全部完成的时间|Q:2025年11月底前|工作计划
产出指标|成本指标|送戏下乡场均补助|每场送戏下乡演出的补助金额，含演职人员交通和食宿|≤0.6万元/场|行业标准
效益指标|社会效益指标|群众文化活动参与人次|群众参加各类公共文化活动和文化志愿服务的人次|≥12万人次|历史标准
效益指标|可持续影响指标|基层公共文化服务体系|基层公共文化设施免费开放和运行管理长效机制|有效运行|工作计划
满意度指标|服务对象满意度指标|群众满意度|抽样调查群众对公共文化服务内容和质量的满意程度|≥90%|历史标准"""),
    ],
)

# ================================================================ t6  hand-written Type 3 fonts (glyph procedures), no /ToUnicode
F["t6"] = dict(
    stem="t6_pdf_type3_glyphprocs_xiangzhou_2025", page="landscape", fs=10.5,
    dept="襄阳市襄州区水利和湖泊局", code="246081",
    projects=[
        P("小型水库除险加固项目", "246-2501-XZSLK-9G5A", ("1650.00", "1650.00", None),
          "用于小型水库大坝防渗处理、溢洪道改造和放水设施更新",
          [(3, 10), (6, 35), (9, 70), (12, 100)],
          ["完成11座小型水库除险加固", "消除水库病险隐患，恢复设计兴利库容", "保障下游群众生命财产安全"], """
产出指标|数量指标|除险加固水库数量|年度完成除险加固的小型水库数量|11座|工作计划
产出指标|数量指标|新增恢复兴利库容|除险加固后恢复的兴利库容|≥260万立方米|工作计划
产出指标|质量指标|工程验收合格率|除险加固工程验收合格的比例|100%|行业标准
产出指标|时效指标|主体工程完工时间|汛前完成主体工程的时间|Q:2025年5月31日前|工作计划
产出指标|成本指标|单座水库加固成本|每座小型水库除险加固投入|≤150万元/座|行业标准
效益指标|社会效益指标|保护下游人口|水库下游受保护的人口数量|≥3.8万人|工作计划
效益指标|可持续影响指标|水库安全运行|除险加固水库安全度汛|安全运行|工作计划
满意度指标|服务对象满意度指标|受益群众满意度|抽样调查受益群众的满意程度|≥90%|历史标准"""),
    ],
)

SOURCE = {
    "t1": "PDF whose every glyph is a filled vector path (text converted to curves): no font, no text object",
    "t2": "PDF with embedded TrueType subset fonts whose /ToUnicode maps were removed: text extraction gives no CJK",
    "t3": "PDF whose /ToUnicode maps send every code to the NEXT code point (+1): extraction gives plausible garbage",
    "t4": "PDF whose visible text is curves and whose invisible (render mode 3) text layer is another department's form",
    "t5": "2-page PDF: page 1 native text with correct /ToUnicode, page 2 (the form continued) curves only",
    "t6": "PDF drawn with hand-written Type 3 fonts (glyph procedures from Noto Sans CJK SC outlines), no /ToUnicode",
}
PAGES = {"t1": 1, "t2": 2, "t3": 1, "t4": 1, "t5": 2, "t6": 1}


def amount(a):
    return None if a is None else float(a.replace(",", ""))


def project_records(f):
    projs = []
    for i, p in enumerate(f["projects"], 1):
        inds = [I(r[0], r[1], r[2], r[4], desc=r[3], basis=r[5]) for r in p["rows"]]
        t, fi, o = p["amt"]
        projs.append(Proj(i, p["name"], inds, title=p["name"] + "绩效目标表", code=p["code"], department=f["dept"],
                          department_code=f["code"], unit="万元", total=amount(t), fiscal=amount(fi),
                          other=amount(o), purpose=p["purpose"], plan=p["plan"], goals=p["goals"]))
    return projs


for key, f in F.items():
    G[f["stem"]] = clean({
        "source": {"path": f["stem"] + ".pdf", "sha256": None, "format": "pdf", "pages": PAGES[key],
                   "ocr": True, "content": SOURCE[key]},
        "document": {"title": TITLE, "department": f["dept"], "department_code": f["code"], "year": 2025,
                     "status": None, "compiled_by": None, "reviewed_by": None},
        "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
        "projects": project_records(f), "issues": []})
