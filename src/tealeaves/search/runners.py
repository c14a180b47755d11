"""Where the partition tasks run: a local process pool, or a Dask cluster.

Both run :func:`tealeaves.search.partitions.build_partition`, the same function on the same
data. A runner retries a failed task once (Dask: ``retries=``; the pool: the task is sent
again, on a new pool when a dead process broke the old one) and hands back the failures
that remain. Dask is imported only here, and only when a cluster is asked for.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from typing import Any, Protocol

from tealeaves.search.partitions import PartitionResult, PartitionTask, build_partition
from tealeaves.views import ClusterError

OnResult = Callable[[PartitionResult], None]

#: How many times Dask runs a task again after it raised (a worker that died while running
#: it makes the scheduler run it elsewhere as well, up to Dask's ``allowed-failures``).
RETRIES = 1

NEEDS_EXTRA = "--cluster needs the cluster extra: pip install 'tealeaves[cluster]'"


class Runner(Protocol):
    """Runs partition tasks somewhere and reports each finished one."""

    #: How many tasks run at once (sizes the partitions).
    workers: int
    #: Whether the tasks can write into a folder of this process (else files come back).
    shared_disk: bool

    def run(self, tasks: list[PartitionTask], on_result: OnResult) -> dict[int, str]:
        """Run ``tasks``; call ``on_result`` as each finishes; the ones that still failed
        after the retry, by task number, with what went wrong."""
        ...

    def close(self) -> None: ...


def _context() -> Any:
    """Worker processes started clean (not forked from a process that may hold threads);
    on Linux forked from a server that has imported the indexing code once, so that a new
    pool (after a process died) starts in a moment."""
    if not sys.platform.startswith("linux"):
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tealeaves.search.partitions", "tealeaves.search.update"])
    return context


class LocalPool:
    """The tasks in a pool of processes on this machine (the default)."""

    shared_disk = True

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or max(1, min(os.cpu_count() or 1, 4))

    def run(self, tasks: list[PartitionTask], on_result: OnResult) -> dict[int, str]:
        failed = self._run_once(tasks, on_result, self.workers)
        again = [t for t in tasks if t.number in failed]
        if not again:
            return failed
        # Once more, each task alone on a new pool (as many at once as there are workers):
        # a process that dies breaks its pool and fails every task in it, so only a task
        # that fails on its own is counted as failed.
        lock = threading.Lock()

        def one_at_a_time(result: PartitionResult) -> None:
            with lock:
                on_result(result)

        with ThreadPoolExecutor(self.workers) as threads:
            alone = threads.map(lambda t: self._run_once([t], one_at_a_time, 1), again)
            return {number: why for outcome in alone for number, why in outcome.items()}

    def _run_once(
        self, tasks: list[PartitionTask], on_result: OnResult, workers: int
    ) -> dict[int, str]:
        failed: dict[int, str] = {}
        if not tasks:
            return failed
        workers = min(workers, len(tasks))
        with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
            futures = {pool.submit(build_partition, task): task for task in tasks}
            for future in as_completed(futures):
                try:
                    result = future.result()
                except Exception as exc:  # the task raised, or its process died
                    failed[futures[future].number] = _why(exc)
                    continue
                on_result(result)
        return failed

    def close(self) -> None:
        pass


def _why(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class DaskRunner:
    """The tasks on a Dask cluster: ``tcp://HOST:PORT`` (a running scheduler) or
    ``local:N`` (a cluster of N worker processes on this machine, on the loopback only)."""

    def __init__(self, spec: str) -> None:
        check_spec(spec)
        from distributed import Client

        self.cluster: Any = None
        if spec.startswith("local:"):
            self.cluster = local_cluster(_local_workers(spec))
            self.client = Client(self.cluster)
            self.shared_disk = True
        else:
            self.client = _connect(Client, spec)
            self.shared_disk = False
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def check_paths(self, paths: list[str]) -> None:
        """Fail early when a worker cannot read the articles at these paths."""
        from tealeaves.search.partitions import missing_paths

        unseen = {w: m for w, m in self.client.run(missing_paths, paths).items() if m}
        if unseen:
            worker, missing = next(iter(unseen.items()))
            raise ClusterError(
                f"the cluster's worker {worker} cannot read {missing[0]}: its workers must "
                "see the articles at the same paths as this machine (a shared folder)"
            )

    def run(self, tasks: list[PartitionTask], on_result: OnResult) -> dict[int, str]:
        from distributed import as_completed as dask_completed

        build = uuid.uuid4().hex[:8]
        futures = {
            self.client.submit(
                build_partition, task, retries=RETRIES, pure=False,
                key=f"tealeaves-{build}-{task.number}",
            ): task
            for task in tasks
        }  # fmt: skip
        failed: dict[int, str] = {}
        for future in dask_completed(list(futures)):
            try:
                result = future.result()
            except Exception as exc:  # raised twice, or its workers kept dying
                failed[futures[future].number] = _why(exc)
            else:
                on_result(result)
            future.release()
        return failed

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def local_cluster(workers: int) -> Any:
    """A Dask cluster of ``workers`` processes on this machine, on the loopback only: no
    dashboard, and the scheduler's bare HTTP server (health, metrics) on a free port of
    127.0.0.1 (left to itself it takes port 8787, or another, on every interface)."""
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=logging.ERROR,
        scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
    )  # fmt: skip


def check_spec(spec: str) -> None:
    """Raise :class:`ClusterError` unless ``spec`` names a cluster that may be used: Dask
    installed, and a scheduler's address or ``local:N``."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ClusterError(NEEDS_EXTRA) from None
    if spec.startswith("local:"):
        _local_workers(spec)
    elif not spec.startswith(("tcp://", "tls://")):
        raise ClusterError(
            f"--cluster {spec!r}: give a scheduler's address (tcp://HOST:8786) "
            "or local:N for N worker processes on this machine"
        )


def _local_workers(spec: str) -> int:
    try:
        count = int(spec.split(":", 1)[1])
    except ValueError:
        count = 0
    if count < 1:
        raise ClusterError(f"--cluster {spec!r}: say how many workers, e.g. local:2")
    return count


def _connect(client_type: Any, address: str) -> Any:
    try:
        return client_type(address, timeout=10)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(
            f"no Dask scheduler answered at {address} ({_why(exc)}): start one "
            "(dask scheduler; dask worker ADDRESS on each machine) or check the address"
        ) from None


def make_runner(where: str) -> Runner:
    """The runner for ``where``: "pool" (the local process pool; "pool:N" of N
    processes), else a Dask cluster as ``--cluster`` names it."""
    if where == "pool" or where.startswith("pool:"):
        return LocalPool(int(where.split(":")[1]) if ":" in where else None)
    return DaskRunner(where)
