"""jixiao: budget-performance drafts (部门预算绩效文本) to typed, searchable records."""

# The one version: pyproject.toml reads it from here ([tool.setuptools.dynamic]), and the
# extractor stamps it into every record without importlib.metadata, whose import alone
# took longer than reading a small draft.
__version__ = "0.1.0"
