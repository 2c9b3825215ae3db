"""The blind golds of heldout11b, typed by hand. make.py renders each document FROM these facts and writes
NAME.gold.json beside it (y6 is a NEGATIVE: a refusal line, no gold). Departments, people, codes and numbers are
invented, in places no earlier held-out set used (Shanxi: Taiyuan Xiaodian, Yuncheng Yanhu; Henan: Luoyang Jianxi;
Jiangxi: Jiujiang Xunyang; Chongqing: Fuling; Qinghai: Delingha — earlier sets used Jinzhong Yuci, Xinyang Shihe,
Xinxiang Weibin, Lankao, Ningling, Linzhang, Ganzhou Zhanggong, Yongxin, Sanya Jiyang, Chongqing Yubei / Yuzhong /
Wanzhou, Xining, Haidong Ledu and Golmud, not these).
This set is about FILES AS OTHER TOOLS MAKE THEM: a web page printed to PDF by headless Chromium, a PDF from a
printer driver that places every glyph on its own (spaced-out labels, overstruck bold), a Word form with dashed and
double rules saved by LibreOffice as tagged PDF/A-2b, a workbook whose long form is split over two sheets with the
header rows repeated, a Word file whose title block sits in text boxes, and (negative) a mid-year monitoring
table printed from LibreOffice Calc.

Indicator rows are typed one per line, cells separated by `|`: level 1 and level 2 as short codes (see L1S / L2S;
a leading `=` prints the name verbatim), then the printed cells. Keys starting with `_` are render hints, dropped
from the golds."""
from kit import *

L1S = {"产出": "产出指标", "效益": "效益指标", "效果": "效果指标", "满意": "满意度指标", "成本": "成本指标"}
L2S = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标", "社会成本": "社会成本指标",
       "成本": "成本指标", "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
       "服务对象": "服务对象满意度指标"}


def lv(code, table):
    return code[1:] if code.startswith("=") else table[code]


def rows(block, cols):
    """cols: the printed cells after 一级/二级/三级, in order: 'desc', 'raw', 'basis', 'weight'."""
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == 3 + len(cols), line
        l1, l2 = lv(c[0], L1S), lv(c[1], L2S)
        k = dict(zip(cols, c[3:]))
        extra = {"weight": num(float(k["weight"]))} if "weight" in k else {}
        out.append(I(l1, l2, c[2], k["raw"], desc=k.get("desc"), basis=k.get("basis"), **extra))
    return out


def doc(title, department, code, year, status=None, compiled_by=None, reviewed_by=None):
    return {"title": title, "department": department, "department_code": code, "year": year,
            "status": status, "compiled_by": compiled_by, "reviewed_by": reviewed_by}


def rec(document, projects, toc=(), overall=(), sub=(), safe=(), **extra):
    r = {"source": None, "document": document, "toc": list(toc), "overall_goals": list(overall),
         "sub_goals": list(sub), "safeguards": list(safe), "projects": projects, "issues": []}
    r.update(extra)
    return r


G = {}
REFUSE = {}

# ====================================================================== y1 a government web page printed by headless Chromium
D1, C1 = "太原市小店区卫生健康局", "217005"
T1 = "2024年项目支出绩效目标表"
Y1_HEADLINE = "太原市小店区卫生健康局2024年项目支出绩效目标"
Y1_PAGE_TITLE = Y1_HEADLINE + "_太原市小店区人民政府"
Y1_INTRO = ("根据《中华人民共和国预算法》和全面实施预算绩效管理的有关要求，现将太原市小店区卫生健康局2024年"
            "项目支出绩效目标予以公开。本次公开项目3个，涉及年度资金4064.90万元，绩效目标表如下。")
Y1_P = [  # (name, code, implementing unit, total, fiscal, other, goals, rows 一级|二级|三级|指标值|指标值设定依据)
 ("基本公共卫生服务补助", "XD2024-WJ-012", "太原市小店区基层卫生服务中心", 1286.40, 1286.40, 0,
  ["为辖区常住居民免费提供基本公共卫生服务，人均补助标准不低于94元；", "提高居民健康素养水平。"], """
产出|数量|居民电子健康档案建档人数|≥68万人|计划标准
产出|数量|0-6岁儿童健康管理人数|≥5.2万人|计划标准
产出|数量|65岁及以上老年人健康管理人数|≥4.6万人|计划标准
产出|质量|高血压患者规范管理率|≥62%|行业标准
产出|质量|2型糖尿病患者规范管理率|≥62%|行业标准
产出|时效|补助资金拨付时间|Q:2024年9月30日前|计划标准
成本|经济成本|人均基本公共卫生服务补助标准|≥94元|其他标准
效益|社会|居民健康素养水平|≥30%|历史标准
效益|可持续|基本公共卫生服务长效机制|持续完善|其他标准
满意|服务对象|居民满意度|≥85%|历史标准"""),
 ("医疗卫生机构能力提升建设", "XD2024-WJ-027", "太原市小店区卫生健康综合服务中心", 2360.00, 2100.00, 260.00,
  ["改造提升社区卫生服务中心6个、村卫生室35个，配置医疗设备420台；", "开展基层医务人员培训1200人次；",
   "提升基层医疗卫生服务能力。"], """
产出|数量|改造提升社区卫生服务中心|6个|计划标准
产出|数量|标准化村卫生室建设|35个|计划标准
产出|数量|配置医疗设备|≥420台|计划标准
产出|数量|基层医务人员培训|≥1200人次|计划标准
产出|数量|远程会诊系统覆盖机构|≥41家|计划标准
产出|质量|工程验收合格率|100%|行业标准
产出|质量|设备安装调试合格率|100%|行业标准
产出|质量|培训考核合格率|≥95%|行业标准
产出|时效|工程完工时间|Q:2024年10月31日前|计划标准
产出|时效|设备到位时间|Q:2024年8月31日前|计划标准
成本|经济成本|社区卫生服务中心改造单价|≤180万元|历史标准
成本|经济成本|村卫生室建设补助标准|=8万元/个|其他标准
效益|社会|基层就诊率|≥65%|计划标准
效益|社会|县域内就诊率提高|≥2个百分点|历史标准
效益|社会|家庭医生签约服务覆盖率|≥45%|行业标准
效益|可持续|基层医疗卫生服务体系|持续健全|其他标准
满意|服务对象|基层患者满意度|≥90%|历史标准
满意|服务对象|基层医务人员满意度|≥85%|历史标准"""),
 ("院前急救体系运行保障", "XD2024-WJ-033", "太原市小店区急救站", 418.50, 418.50, 0,
  ["保障院前急救网络运行，急救呼叫满足率100%，平均急救反应时间不超过12分钟。"], """
产出|数量|急救网络站点|≥9个|计划标准
产出|数量|年出车次数|≥2.8万次|历史标准
产出|质量|急救呼叫满足率|100%|行业标准
产出|质量|急救病历书写合格率|≥95%|行业标准
产出|时效|平均急救反应时间|≤12分钟|行业标准
成本|经济成本|急救车辆运行维护成本|≤年初预算数|其他标准
效益|社会|急危重症患者院前救治成功率|≥90%|历史标准
效益|可持续|院前急救网络运行|稳定运行|其他标准
满意|服务对象|急救服务对象满意度|≥90%|历史标准"""),
]
G["y1_pdf_chromium_webpage_xiaodian_2024"] = rec(
    doc(T1, D1, C1, 2024),
    [Proj(k, n, rows(r, ["raw", "basis"]), title=T1, code=code, department=D1, department_code=C1, scope="project",
          implementing_unit=iu, total=t, fiscal=f, other=o, goals=gl)
     for k, (n, code, iu, t, f, o, gl, r) in enumerate(Y1_P, 1)])

# ====================================================================== y2 a printer-driver PDF: every glyph placed on its own
D2, C2 = "运城市盐湖区农业农村局", "309012"
T2 = "2025年度项目支出绩效目标表"
Y2_SIGNER = "填报人：薛晋川　　联系电话：0359-20XXXXX　　填报日期：2025年1月16日"
G["y2_pdf_printerdriver_glyphs_yanhu_2025"] = rec(
    doc(T2, D2, C2, 2025),
    [Proj(1, "高标准农田建设", rows("""
产出|数量|新建高标准农田面积|≥2.1万亩|计划标准
产出|数量|新建改造灌溉渠道|≥46公里|计划标准
产出|数量|新建田间道路|≥38公里|计划标准
产出|质量|工程验收合格率|100%|行业标准
产出|时效|项目完工时间|Q:2025年12月31日前|计划标准
成本|经济成本|亩均财政投入|≤1500元|其他标准
效益|经济|项目区亩均增产粮食|≥50公斤|历史标准
效益|生态|节水灌溉面积占比|≥70%|计划标准
效益|可持续|工程设施使用年限|≥15年|行业标准
满意|服务对象|项目区农户满意度|≥90%|历史标准""", ["raw", "basis"]),
          title=T2, code="YH-NY-2025-004", department=D2, department_code=C2, scope="project",
          implementing_unit="运城市盐湖区农田建设服务中心", total=3150.00, fiscal=2980.00, other=170.00,
          goals=["新建高标准农田2.1万亩，配套建设灌溉排水、田间道路等设施；", "项目区粮食产能稳步提升。"]),
     Proj(2, "特色果业提质增效", rows("""
产出|数量|老旧果园改造面积|≥8000亩|计划标准
产出|数量|推广水肥一体化技术面积|≥3000亩|计划标准
产出|数量|果农技术培训|≥1500人次|计划标准
产出|质量|果品质量安全抽检合格率|≥98%|行业标准
产出|时效|补助资金兑付时间|Q:2025年11月30日前|计划标准
成本|经济成本|亩均改造补助|≤400元|其他标准
效益|经济|带动果农户均增收|≥2000元|历史标准
效益|社会|带动就业人数|≥600人|计划标准
满意|服务对象|果农满意度|≥90%|历史标准""", ["raw", "basis"]),
          title=T2, code="YH-NY-2025-011", department=D2, department_code=C2, scope="project",
          implementing_unit="运城市盐湖区果业发展中心", total=480.00, fiscal=480.00, other=0,
          goals=["改造提升老旧果园8000亩，推广果园水肥一体化技术3000亩；", "开展果农技术培训1500人次。"])])

# ====================================================================== y3 Word form with dashed / double rules → LibreOffice tagged PDF/A-2b
D3, C3 = "洛阳市涧西区城市管理局", "411006"
D3B, C3B = "洛阳市涧西区环境卫生服务中心", "411007"
Y3_HEADLINE = D3 + "2024年部门整体支出绩效目标"
T3 = "部门整体支出绩效目标表"
G["y3_pdfa_lo_dashedrules_jianxi_2024"] = rec(
    doc("2024年部门整体支出绩效目标", D3, C3, 2024),
    [Proj(1, None, rows("""
产出|数量|城市道路清扫保洁面积|纳入机械化清扫保洁的城市道路面积|≥1260万平方米
产出|数量|市政道路设施维修|全年完成维修的市政道路面积|≥3.5万平方米
产出|数量|路灯设施维护|纳入日常维护的路灯盏数|≥2.4万盏
产出|质量|道路机械化清扫率|机械化清扫面积占清扫总面积的比例|≥85%
产出|质量|路灯亮灯率|主次干道路灯亮灯的比例|≥98%
产出|时效|市政设施报修处置时限|接报后完成处置的时间|≤48小时
成本|经济成本|“三公”经费支出|“三公”经费年度支出控制数|≤年初预算数
成本|经济成本|道路保洁单价|每平方米年度保洁作业费用|≤3.2元
效益|社会|城市环境卫生群众投诉下降|较上年群众投诉数量下降比例|≥10%
效益|生态|生活垃圾无害化处理率|无害化处理的生活垃圾占比|100%
效益|可持续|城市管理长效机制|城市精细化管理制度建设情况|持续完善
满意|服务对象|市民满意度|抽样调查市民对市容环境满意的比例|≥90%""", ["desc", "raw"]),
          title=T3, department=D3, department_code=C3, scope="department", total=4862.30, fiscal=4790.00, other=72.30,
          goals=["推进城市道路机械化清扫和市政设施精细化养护，提升城市环境卫生水平；",
                 "加强路灯和市政道路设施维护，保障设施安全运行；",
                 "严格控制一般性支出，保障单位正常运转和城市管理重点工作。"]),
     Proj(2, None, rows("""
产出|数量|生活垃圾清运量|全年清运处置的生活垃圾量|≥16.5万吨
产出|数量|公厕保洁管理|纳入日常保洁管理的公共厕所数量|186座
产出|质量|垃圾日产日清率|当日产生当日清运的比例|100%
产出|时效|垃圾清运完成时间|每日垃圾清运完成时间|Q:每日8时前
成本|经济成本|吨垃圾清运成本|每吨生活垃圾清运费用|≤95元
效益|社会|环卫作业安全事故|全年发生环卫作业安全事故起数|0起
效益|生态|垃圾分类覆盖率|实行垃圾分类的小区比例|≥80%
满意|服务对象|社区居民满意度|抽样调查居民满意的比例|≥90%""", ["desc", "raw"]),
          title=T3, department=D3B, department_code=C3B, scope="department", total=2316.80, fiscal=2316.80, other=0,
          goals=["做好辖区生活垃圾清运和公共厕所保洁管理，实现垃圾日产日清；",
                 "推进生活垃圾分类，提升环卫作业安全和服务水平。"])])

# ====================================================================== y4 a workbook whose long form is split over two sheets
D4, C4 = "九江市浔阳区民政局", "512003"
T4 = "2024年度项目支出绩效目标表"
Y4_SHEETS = ["第1页", "第2页"]
Y4_SPLIT = 12       # project 1's rows 1–12 on 第1页, rows 13–16 on 第2页 (under the repeated header rows)
Y4_P = [  # (name, code, implementing unit, total, fiscal, other, goals, rows 一级|二级|三级|指标值|分值)
 ("城乡最低生活保障资金", "XY2024-MZ-001", "九江市浔阳区社会救助服务中心", 5620.00, 5620.00, 0,
  ["保障城乡低保对象基本生活，按时足额发放低保金；", "城市低保标准不低于每人每月870元，农村低保标准不低于每人每月700元；",
   "提高社会救助精准度。"], """
产出|数量|城市低保保障人数|≥5200人|8
产出|数量|农村低保保障人数|≥3100人|8
产出|数量|低保家庭入户核查|≥2800户|6
产出|数量|开展低保专项检查|≥4次|5
产出|质量|低保对象认定准确率|≥98%|6
产出|质量|低保金社会化发放率|100%|5
产出|质量|动态管理及时率|≥95%|5
产出|时效|低保金发放时间|Q:每月10日前|4
产出|时效|申请审核审批时限|≤20个工作日|3
成本|经济成本|城市低保标准|≥870元/人/月|5
成本|经济成本|农村低保标准|≥700元/人/月|5
效益|社会|困难群众基本生活保障|有效保障|8
效益|社会|应保尽保率|100%|8
效益|社会|低保信息公开率|100%|7
效益|可持续|社会救助长效机制|持续完善|7
满意|服务对象|低保对象满意度|≥90%|10"""),
 ("居家和社区养老服务提升", "XY2024-MZ-006", "九江市浔阳区养老服务指导中心", 386.00, 350.00, 36.00,
  ["建设社区嵌入式养老服务站4个，为特殊困难老年人提供居家上门服务；", "提升居家和社区养老服务水平。"], """
产出|数量|建设社区嵌入式养老服务站|4个|15
产出|数量|居家上门服务老年人|≥1200人|15
产出|质量|服务站验收合格率|100%|10
产出|时效|服务站建成时间|Q:2024年10月31日前|10
成本|经济成本|单个服务站建设补助|≤50万元|10
效益|社会|社区养老服务覆盖率|≥90%|15
效益|社会|老年人助餐服务人次|≥6万人次|8
效益|可持续|养老服务站持续运营|≥5年|7
满意|服务对象|服务对象满意度|≥90%|10"""),
]
G["y4_xlsx_splitsheets_xunyang_2024"] = rec(
    doc(T4, D4, C4, 2024),
    [Proj(k, n, rows(r, ["raw", "weight"]), title=T4, code=code, department=D4, department_code=C4, scope="project",
          implementing_unit=iu, total=t, fiscal=f, other=o, goals=gl)
     for k, (n, code, iu, t, f, o, gl, r) in enumerate(Y4_P, 1)])

# ====================================================================== y5 .docx whose title block sits in text boxes
D5, C5 = "重庆市涪陵区交通运输局", "608003"
T5 = "2025年度项目支出绩效目标表"
G["y5_docx_textbox_fuling_2025"] = rec(
    doc(T5, D5, C5, 2025),
    [Proj(1, "农村公路提档升级", rows("""
产出|数量|农村公路提档升级里程|完成提档升级的农村公路里程|≥120公里|计划标准
产出|数量|安全生命防护工程|完成安全生命防护工程的公路里程|≥85公里|计划标准
产出|数量|危桥改造|完成改造的农村公路危桥数量|6座|计划标准
产出|质量|交工验收合格率|交工验收合格的工程比例|100%|行业标准
产出|质量|优良路率|技术状况评定为优、良的路段比例|≥75%|行业标准
产出|时效|工程完工时间|全部工程交工的时间|Q:2025年11月30日前|计划标准
成本|经济成本|每公里提档升级补助|每公里财政补助金额|≤28万元|其他标准
效益|经济|沿线农产品运输成本降低|较改造前运输成本下降比例|≥8%|历史标准
效益|社会|建制村通双车道比例|通双车道公路的建制村比例|≥70%|计划标准
效益|可持续|农村公路管养机制|路长制和管养机制运行情况|持续完善|其他标准
满意|服务对象|沿线群众满意度|抽样调查沿线群众满意的比例|≥90%|历史标准""", ["desc", "raw", "basis"]),
          title=T5, code="FL-JT-2025-002", department=D5, department_code=C5, scope="project",
          implementing_unit="重庆市涪陵区农村公路管理所", total=4260.00, fiscal=3800.00, other=460.00,
          goals=["完成农村公路提档升级120公里、安全生命防护工程85公里；", "改善农村群众出行条件。"]),
     Proj(2, "乌江航道及码头安全监管", rows("""
产出|数量|航道巡查里程|全年航道巡查累计里程|≥1.2万公里|计划标准
产出|数量|码头安全检查|对港口码头开展安全检查的次数|≥240次|计划标准
产出|数量|维护航标|日常维护的航标数量|≥96座|计划标准
产出|质量|航标维护正常率|航标正常发光和正位的比例|≥99%|行业标准
产出|时效|险情处置到达时间|接警后到达现场的时间|≤30分钟|行业标准
成本|经济成本|航道巡查运行成本|巡查船艇燃油及维护支出|≤年初预算数|其他标准
效益|社会|重大水上交通事故|全年发生重大水上交通事故起数|0起|历史标准
效益|社会|船舶通航保证率|通航时间占全年时间的比例|≥98%|行业标准
满意|服务对象|航运企业满意度|抽样调查航运企业满意的比例|≥90%|历史标准""", ["desc", "raw", "basis"]),
          title=T5, code="FL-JT-2025-009", department=D5, department_code=C5, scope="project",
          implementing_unit="重庆市涪陵区港航事务中心", total=326.50, fiscal=326.50, other=0,
          goals=["开展乌江涪陵段航道巡查和码头安全检查，维护通航秩序，杜绝重大水上交通事故。"])])

# ====================================================================== y6 NEGATIVE: a mid-year MONITORING table printed from LibreOffice Calc
D6 = "德令哈市教育局"
Y6_TITLE = "2024年项目支出绩效运行监控表"
Y6_PERIOD = "（监控时段：2024年1月1日至7月31日）"
Y6_SHEET = "绩效监控"
Y6_P = [  # (name, code, 年度预算数, 1-7月执行数, 全年预计执行数, rows: 一级|二级|三级|年度指标值|1-7月实际完成值|全年预计完成值|偏差原因|完成可能性)
 ("学前教育保教费补助", "DLH-JY-2024-03", 312.00, 168.40, 312.00, """
产出|数量|补助在园幼儿|≥2600人|2614人|2620人||确定能
产出|质量|补助对象认定准确率|100%|100%|100%||确定能
产出|时效|补助资金拨付时间|2024年10月底前|春季学期已拨付|2024年10月底前||确定能
成本|经济成本|生均补助标准|=1200元/生·年|=1200元/生·年|=1200元/生·年||确定能
效益|社会|学前三年毛入园率|≥92%|91.6%|≥92%|秋季学期招生尚未完成|有可能
满意|服务对象|幼儿家长满意度|≥90%|尚未开展调查|≥90%|满意度调查安排在12月|有可能"""),
 ("中小学校舍维修改造", "DLH-JY-2024-07", 586.00, 204.50, 560.00, """
产出|数量|维修改造校舍面积|≥1.2万平方米|0.45万平方米|1.2万平方米|暑期集中施工，7月底进场|确定能
产出|质量|工程验收合格率|100%|—|100%|工程尚未完工|确定能
产出|时效|工程完工时间|2024年9月1日前|在建|2024年8月30日|—|确定能
成本|经济成本|每平方米改造成本|≤480元|—|≤467元|—|确定能
效益|社会|校舍安全隐患消除率|100%|37%|100%|按施工进度推进|确定能
满意|服务对象|师生满意度|≥90%|尚未开展调查|≥90%|完工后开展调查|有可能"""),
]
REFUSE["y6_pdf_calc_monitoring_negative_delingha_2024"] = (
    "拒绝提取：这是年中的项目支出绩效运行监控表（有1-7月执行数、1-7月实际完成值、全年预计完成值和偏差原因），"
    "不是预算绩效目标草案。")
