"""A computation run in a forked child while this process does other work (issue 14).

The child starts from a copy of this process's memory (``os.fork``), so the work needs
no pickling of its inputs, only of its result, which comes back through a pipe. Used
where the generator's work splits into independent parts (``in_parts``: the events'
analysis; the other language's pages while this process renders the first). Where
``fork`` is missing the work runs in this process when its result is asked for.

What the work records on the side (the build cache's analyses, the page memo's keys)
would stay in the child: state registered with ``carrying`` is marked when the child
starts, and what changed since comes back with the result and is taken into this
process's state, so the caches a forked build leaves are those of a one-process build.

A child that raises sends its exception (a ``BriefingError`` arrives as one, anything
else as a ``RuntimeError`` naming it); a child that dies sends nothing, and asking for
its result raises a one-line ``BriefingError``. The child ignores Ctrl-C: ``cancel``
(or ``result``) is what ends it, so none outlives the build that started it.
"""

from __future__ import annotations

import functools
import gc
import os
import pickle
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, Protocol, TypeVar

from generator.errors import BriefingError

T = TypeVar("T")
Item = TypeVar("Item")


class Carried(Protocol):
    """State a child's work may change, which the parent must end up with."""

    def mark(self) -> Any:
        """Where the state stands (in the child, as it starts)."""

    def changes(self, mark: Any) -> Any:
        """What changed since ``mark`` (in the child, when its work is done; picklable)."""

    def take(self, changes: Any) -> None:
        """Apply a child's ``changes`` (in the parent)."""


_carried: list[Carried] = []


@contextmanager
def carrying(state: Carried) -> Iterator[None]:
    """Children started meanwhile send back what their work changed in ``state``."""
    _carried.append(state)
    try:
        yield
    finally:
        _carried.remove(state)


def in_parts(
    work: Callable[[Sequence[Item]], list[T]], items: Sequence[Item], parts: int, what: str
) -> list[T]:
    """``work(items)``, the items cut into ``parts`` runs in order: the first done here,
    each other one in a forked child meanwhile; the results joined in order."""
    if parts < 2 or len(items) < 2 or not hasattr(os, "fork"):
        return work(items)
    size = -(-len(items) // parts)
    runs = [items[start : start + size] for start in range(0, len(items), size)]
    children = [Forked(functools.partial(work, run), what) for run in runs[1:]]
    try:
        found = work(runs[0])
        for child in children:
            found.extend(child.result())
    except BaseException:
        for child in children:
            child.cancel()
        raise
    return found


class Forked(Generic[T]):
    """``work()`` under way in a child process; ``result()`` waits for it."""

    def __init__(self, work: Callable[[], T], what: str) -> None:
        self.what = what  # for messages: "the Arabic pages"
        self.work: Callable[[], T] | None = None
        self.carried = list(_carried)
        self.pid = 0
        self.pipe = -1
        if not hasattr(os, "fork"):
            self.work = work
            return
        pid, pipe = fork_with_pipe()
        if pid == 0:
            _run_child(work, self.carried, pipe)
        self.pid, self.pipe = pid, pipe

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
        if isinstance(outcome, tuple) and len(outcome) == 3:
            kind, value, changes = outcome
            if kind == "error":
                raise value
            for state, changed in zip(self.carried, changes, strict=True):
                state.take(changed)
            return value  # type: ignore[no-any-return]
        raise BriefingError(f"the process making {self.what} {ended(status)} before it sent them")

    def cancel(self) -> None:
        """End the child if it is still running (this build failed elsewhere)."""
        if self.pid == 0:
            return
        stop(self.pid, self.pipe)
        self.pid = 0


def fork_with_pipe() -> tuple[int, int]:
    """Fork, with a pipe from the child to this process: (0, the write end) in the child,
    (the child's pid, the read end) here."""
    read, write = os.pipe()
    pid = -1
    gc.freeze()  # the child's collector leaves the objects made so far alone, so
    try:  # their memory stays shared instead of being copied page by page
        pid = os.fork()
    finally:
        if pid != 0:
            gc.unfreeze()
    if pid == 0:
        os.close(read)
        return 0, write
    os.close(write)
    return pid, read


def ended(status: int) -> str:
    """How a child ended, from its wait status, for a one-line error."""
    if os.WIFSIGNALED(status):
        return f"was killed by signal {os.WTERMSIG(status)}"
    return f"exited with status {os.waitstatus_to_exitcode(status)}"


def stop(pid: int, pipe: int) -> None:
    """Kill a child that may still run, reap it and close its pipe."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
    os.close(pipe)


def _run_child(work: Callable[[], object], carried: list[Carried], pipe: int) -> None:
    """In the child: run, send the outcome, and end without returning to the caller."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent ends it
        marks = [state.mark() for state in carried]
        value = work()
        changes = [state.changes(mark) for state, mark in zip(carried, marks, strict=True)]
        outcome: tuple[str, object, list[Any]] = ("ok", value, changes)
    except BaseException as error:  # sent to the parent, whatever it is
        code = 1
        outcome = ("error", _sendable(error), [])
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
