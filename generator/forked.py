"""A computation run in a forked child while this process does other work (issue 14).

The child starts from a copy of this process's memory (``os.fork``), so the work needs
no pickling of its inputs, only of its result, which comes back through a pipe. Used
where the generator's work splits into independent halves (one language's pages while
the other is rendered). Where ``fork`` is missing the work runs in this process when
its result is asked for.

A child that raises sends its exception (a ``BriefingError`` arrives as one, anything
else as a ``RuntimeError`` naming it); a child that dies sends nothing, and asking for
its result raises a one-line ``BriefingError``. The child ignores Ctrl-C: ``cancel``
(or ``result``) is what ends it, so none outlives the build that started it.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
from collections.abc import Callable
from typing import Generic, TypeVar

from generator.errors import BriefingError

T = TypeVar("T")


class Forked(Generic[T]):
    """``work()`` under way in a child process; ``result()`` waits for it."""

    def __init__(self, work: Callable[[], T], what: str) -> None:
        self.what = what  # for messages: "the Arabic pages"
        self.work: Callable[[], T] | None = None
        self.pid = 0
        self.pipe = -1
        if not hasattr(os, "fork"):
            self.work = work
            return
        read, write = os.pipe()
        gc.freeze()  # the child shares the objects made so far instead of copying them
        try:
            pid = os.fork()
        finally:
            gc.unfreeze()
        if pid == 0:
            os.close(read)
            _run_child(work, write)
        os.close(write)
        self.pid, self.pipe = pid, read

    def result(self) -> T:
        if self.work is not None:
            return self.work()
        if self.pid == 0:
            raise BriefingError(f"{self.what}: asked for twice, or after cancel()")
        with os.fdopen(self.pipe, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        try:
            outcome = pickle.loads(data) if data else None
        except (pickle.UnpicklingError, EOFError, ValueError, AttributeError):
            outcome = None
        if isinstance(outcome, tuple) and len(outcome) == 2:
            kind, value = outcome
            if kind == "error":
                raise value
            return value  # type: ignore[no-any-return]
        if os.WIFSIGNALED(status):
            how = f"was killed by signal {os.WTERMSIG(status)}"
        else:
            how = f"exited with status {os.waitstatus_to_exitcode(status)}"
        raise BriefingError(f"the process making {self.what} {how} before it sent them")

    def cancel(self) -> None:
        """End the child if it is still running (this build failed elsewhere)."""
        if self.pid == 0:
            return
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.pipe)
        self.pid = 0


def _run_child(work: Callable[[], object], pipe: int) -> None:
    """In the child: run, send the outcome, and end without returning to the caller."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent ends it
        outcome: tuple[str, object] = ("ok", work())
    except BaseException as error:  # sent to the parent, whatever it is
        code = 1
        outcome = ("error", _sendable(error))
    try:
        with os.fdopen(pipe, "wb") as out:
            pickle.dump(outcome, out, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        os._exit(code)


def _sendable(error: BaseException) -> BaseException:
    """The exception as the parent can receive it."""
    if isinstance(error, BriefingError):
        return BriefingError(str(error))
    return RuntimeError(f"{type(error).__name__}: {error}")
