"""Legacy binary documents (.doc, WPS .wps/.et) converted by LibreOffice.

No maintained Python library reads Word's binary format, and WPS writes its
own variants of both binary formats; LibreOffice reads them all.  It is run
headless, one conversion at a time per process, with:

* a private user profile per process (``-env:UserInstallation``): two
  LibreOffice instances sharing a profile block each other, which parallel
  ingest workers would otherwise do.  The profile is kept for the process's
  later conversions (creating one costs seconds) and removed at exit, or by
  the batch's writer once the worker has ended (``extract.scratch``);
* a timeout, after which the whole process group is killed (``soffice`` is a
  launcher that starts ``soffice.bin``).  The conversion runs under coreutils'
  ``timeout`` with the parent-death signal set, so that it ends even when the
  batch kills this worker (``jixiao ingest --timeout``) before it can clean up.
  The group gets SIGKILL, not SIGTERM: LibreOffice ignores SIGTERM in some
  phases of a conversion (measured: 1 kill in 15 left it running until a
  5-second fallback), and an abandoned conversion has nothing to save.

A killed LibreOffice also leaves its single-instance socket behind
(``/tmp/OSL_PIPE_<uid>_SingleOfficeIPC_<hash of the profile's URL>``; LibreOffice
names it so and removes it only on a clean exit), one per killed conversion, so
the conversion, or the batch that killed its worker, removes it (``remove_pipe``).
"""
from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from jixiao.extract import scratch
from jixiao.extract.errors import DraftError

TIMEOUT = 120  # seconds for one conversion
PACKAGES = {"docx": "libreoffice-writer-nogui", "xlsx": "libreoffice-calc-nogui"}
_profile: Path | None = None


def program() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _profile_dir() -> Path:
    global _profile
    if _profile is None or not _profile.parent.exists():
        _profile = Path(tempfile.mkdtemp(prefix=scratch.prefix("soffice"))) / "profile"
        atexit.register(shutil.rmtree, _profile.parent, True)
    return _profile


def pipe_of(profile: Path) -> Path:
    """The socket LibreOffice makes for the profile ``profile``: its name is the MD5 of the
    profile's URL as UTF-16, each byte in hex without padding (desktop/source/app/
    officeipcthread.cxx), in /tmp whatever TMPDIR says (sal's PIPEDEFAULTPATH)."""
    digest = hashlib.md5(profile.as_uri().encode("utf-16-le")).digest()
    return Path("/tmp") / f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_{''.join(format(b, 'x') for b in digest)}"


def remove_pipe(profile: Path) -> None:
    """Remove the socket a killed LibreOffice left for ``profile``, if any."""
    try:
        os.unlink(pipe_of(profile))
    except OSError:
        pass


def convert(data: bytes, path: str, *, to: str, suffix: str, what: str, timeout: float = TIMEOUT) -> bytes:
    """``data`` (a file of kind ``suffix``) converted to ``to`` ('docx' or 'xlsx')."""
    exe = program()
    if exe is None:
        raise DraftError(path, f"LibreOffice (soffice) is needed to read {what} files: apt-get install {PACKAGES[to]}",
                         code="missing_program")
    with tempfile.TemporaryDirectory(prefix=scratch.prefix("convert")) as tmp:
        src = Path(tmp) / f"draft{suffix}"
        src.write_bytes(data)
        outdir = Path(tmp) / "out"
        profile = _profile_dir()
        cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible", "--norestore",
               "--nologo", "--nodefault", "--nolockcheck", "--convert-to", to, "--outdir", str(outdir), str(src)]
        guard = shutil.which("timeout")
        if guard:
            # timeout(1) signals the whole group it leads, LibreOffice's own children included.
            # SIGALRM (its own timer's signal, which the parent-death signal below also sends)
            # makes it send the group SIGKILL at once.
            cmd = [guard, "--signal=KILL", f"{max(timeout, 1):g}", *cmd]
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, preexec_fn=_dies_with_parent(guard) if sys.platform == "linux" else None)
        try:
            proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            raise DraftError(path, f"LibreOffice did not convert it within {timeout:g} s", code="timeout") from None
        finally:
            if proc.poll() is None:
                _kill(proc)
            # Whatever ended it (its timeout, the OOM killer), no LibreOffice runs on this
            # process's profile now; a clean exit has removed the socket already.
            remove_pipe(profile)
        result = outdir / f"draft.{to}"
        if not result.is_file() or result.stat().st_size == 0:
            raise DraftError(path, f"LibreOffice could not open it as a {what} file (damaged or password-protected?)",
                             code="damaged")
        return result.read_bytes()


def _dies_with_parent(guard: str | None):
    """A preexec function: the child gets a signal when the worker that started it dies
    (Linux prctl PR_SET_PDEATHSIG).

    Under timeout(1) the signal is SIGALRM, which it takes as its time being up and
    answers by killing the group; SIGTERM would be passed on as SIGTERM, which
    LibreOffice does not always obey.  Without timeout(1), LibreOffice gets SIGKILL."""
    sig = signal.SIGALRM if guard else signal.SIGKILL

    def set_signal() -> None:
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, sig)
        except Exception:  # noqa: BLE001 - without it the timeout still ends the conversion
            pass

    return set_signal


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.communicate()
