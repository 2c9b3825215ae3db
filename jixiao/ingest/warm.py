"""Imported by the local pool's fork server: workers forked from it start with jieba's
dictionary loaded (shared, copy-on-write) instead of each loading it (~0.2 s from
load.jieba_whole's pickle, up to a second without it) before its first draft's rows can
be segmented for the search index."""
from jixiao.load.segment import warm_up

warm_up()
