"""Pure normalizers for the printed cells of a 绩效目标表.

``value`` reads a 指标值 cell into a typed ``Value``; ``level`` maps a printed
一级/二级指标 name to its standard name; ``infer_unit`` reads a unit off an
indicator's name; ``direction`` says whether bigger is better.  No I/O, no state
(apart from caches of pure results).
"""
from ._level import LEVEL1, LEVEL1_OF, LEVEL2, direction, infer_unit, level, near_level, older_parent
from ._value import PERCENT_OVER_100, Value, comparator_only, ValueWarning, value, value_uncached

__all__ = ["Value", "ValueWarning", "PERCENT_OVER_100", "comparator_only", "value", "value_uncached", "level", "near_level", "older_parent", "infer_unit", "direction", "LEVEL1", "LEVEL2", "LEVEL1_OF"]
