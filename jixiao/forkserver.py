"""The fork server the local pool's workers are forked from, started as early as a
command can start it.

forkserver, not fork: the progress bar runs a thread, and forking a process with
threads can hand a worker a lock that nobody will ever release. The server imports
the extractor, the row builder and jieba's dictionary once (~0.45 s, half of it
jieba's, from load.jieba_whole's pickle); every worker is forked from it warm.
``jixiao ingest`` starts it before importing anything of its own, so that this
preloading runs beside the command's imports, migrations and survey instead of
after them. A module outside ``jixiao.ingest`` on purpose: importing that package
is part of what should overlap.
"""
from __future__ import annotations

import multiprocessing

# Preloading also hands the server our sys.path (without it, a jixiao run from a
# checkout could not import itself there), and workers start with the extractor warm.
PRELOAD = ["jixiao.ingest.local_pool", "jixiao.extract", "jixiao.extract.interpret", "jixiao.extract.checks",
           "jixiao.extract.pdf", "jixiao.load.rows", "jixiao.ingest.warm"]


# A Unix socket's path stops at 107 bytes; multiprocessing puts its sockets in
# TMPDIR/pymp-XXXXXXXX/listener-XXXXXXXX, so a deep TMPDIR failed the whole batch
# ("AF_UNIX path too long"). Past this length the sockets' folder goes to /tmp.
_SOCKET_PATH_MAX = 100
_SOCKET_NAMES = len("/pymp-xxxxxxxx/listener-xxxxxxxx")


def _short_socket_folder() -> None:
    import os
    import tempfile
    from multiprocessing import util

    if len(tempfile.gettempdir()) + _SOCKET_NAMES <= _SOCKET_PATH_MAX or not os.path.isdir("/tmp"):
        return
    saved = tempfile.tempdir
    tempfile.tempdir = "/tmp"
    try:
        util.get_temp_dir()  # chosen once per process, and the server inherits it
    finally:
        tempfile.tempdir = saved


def context():
    """The multiprocessing context for workers: the fork server where there is one, else spawn."""
    _short_socket_folder()
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def start() -> None:
    """Start the server now (it preloads in the background); the first worker waits for it."""
    if context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
