import sys; from pathlib import Path; sys.path.insert(0, str(Path(__file__).resolve().parents[1])); ROOT = Path(__file__).resolve().parents[3]
from gold_kit import ind, project, record, write
D = "岳阳楼区价格认证鉴定中心"
K = "该指标主要考察"
S = "未达指标值酌情扣分"
inds = [
 ind("产出指标", "产出指标", "数量指标", "数量指标", "业务工作支出安排金额", K + "业务工作支出安排情况",
     "28.8万元", "numeric", "=", 28.8, "万元",
     extra={"指标值类型": "定量", "计量单位": "%", "评(扣)分标准": S}),
 ind("产出指标", "产出指标", "质量指标", "质量指标", "业务工作支出到位率", K + "业务工作支出安排到位情况",
     "100", "numeric", "=", 100, "%", extra={"指标值类型": "定量", "评(扣)分标准": S}),
 ind("产出指标", "产出指标", "时效指标", "时效指标", "工作安排时间", K + "业务工作支出安排时间",
     "按月安排", "qualitative", None, None, None, extra={"指标值类型": "定量", "评(扣)分标准": S}),
 ind("成本指标", "成本指标", "社会成本指标", "社会成本指标", None, K + "总成本控制情况",
     "100", "numeric", "=", 100, "%", extra={"指标值类型": "定量", "评(扣)分标准": S}),
 ind("效益指标", "效益指标", "经济效益指标", "经济效益指标", None, None,
     "", "missing", None, None, None, extra={"评(扣)分标准": S}),
 ind("效益指标", "效益指标", "社会效益指标", "社会效益指标", "保证单位正常运转", K + "单位运转需要保障范围应保尽保",
     "应保尽保", "qualitative", None, None, None, extra={"指标值类型": "定性", "计量单位": "%", "评(扣)分标准": S}),
]
p = project(1, name=None, title=D + "2023年度整体绩效目标表", department=D, scope="department",
            goals=["做好涉案、价格认定工作。"], indicators=inds,
            extra={"部门(单位)职责": "负责价格认定工作"})
write(record(title=D + "2023年度整体绩效目标表", department=D, year=2023, projects=[p]),
      ROOT / "tests/data/real/05/gold.json")
