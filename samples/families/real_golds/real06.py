import sys; from pathlib import Path; sys.path.insert(0, str(Path(__file__).resolve().parents[1])); ROOT = Path(__file__).resolve().parents[3]
from gold_kit import ind, project, record, write
T = "鄂州市2022年市直部门预算项目支出绩效目标表"
P, Q, C = ("数量指标", "数量指标"), ("质量指标", "质量指标"), ("成本指标", "成本指标")
inds = [
 ind(None, "产出指标", *P, "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2280次", "numeric", "=", 2280, "次"),
 ind(None, "产出指标", *P, "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次", "numeric", "=", 200, "次"),
 ind(None, "产出指标", *Q, "办公大楼日常维修维护验收合格率", "反映办公大楼全年维修维护质量情况", ">92%", "numeric", ">", 92, "%"),
 ind(None, "产出指标", *Q, "经常性大型设备更新验收合格率", "反映办公大楼大型设备更新验收情况", "292%", "numeric", ">=", 92, "%",
     note="printed 292%: the ≥ sign read as the digit 2 by the converter; a 292% pass rate is impossible"),
 ind(None, "产出指标", *Q, "重.要设备维修维保验收合格率", "反映设备设施维保质量情况", "95%", "numeric", "=", 95, "%"),
 ind(None, "产出指标", *C, "成本控制率", None, "不超预算", "reference", "<=", None, None, reference="预算"),
 ind(None, "产出指标", *C, "水电气消耗下降率", "反映水电气消耗比上年下降情况", ">", None, None, None, None,
     truncated=True, note="the capture ends inside this value cell (…情况>): only the name and description are facts"),
]
p = project(1, title=T, name="滨湖大胆办公大楼运行保障", budget_total=814,
            goals=["以办公大楼服务对象满意为目标,着力打造文明型机关、卫生Z口机关。"], indicators=inds,
            extra={"项目类别": "本级支出项目", "项目性质": "持续性项目", "立项依据": "市机关事务服务中心三定方案",
                   "项目预算成本构成": [
                       {"成本构成": "保安服务费", "金额": "191", "测算(公式)依据": "依据招标文件", "2020年实际执行数": "191", "2021年实际执行数": "191"},
                       {"成本构成": "保洁服务费", "金额": "99", "测算(公式)依据": "依据招标文件", "2020年实际执行数": "99", "2021年实际执行数": "99"},
                       {"成本构成": "水电气、维修维护费", "金额": "524", "测算(公式)依据": "根据三定方案,各项费用据实结算", "2020年实际执行数": "372.88", "2021年实际执行数": "504.55"},
                       {"成本构成": "合计", "金额": "814", "2020年实际执行数": "662.98", "2021年实际执行数": "794.55"}]})
write(record(title=T, year=2022, projects=[p]), ROOT / "tests/data/real/06/gold.json")
