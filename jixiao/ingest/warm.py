"""Imported by the local pool's fork server: workers forked from it start with jieba's
dictionary loaded (shared, copy-on-write) instead of each loading it (a second or so)
before its first draft's rows can be segmented for the search index."""
from jixiao.load.segment import warm_up

warm_up()
