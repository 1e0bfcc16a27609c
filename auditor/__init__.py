"""The report auditor: checks the figures in a report against each other."""

# The one place the version is written: pyproject.toml reads it from here. Asking the
# installed package's metadata instead costs 50 ms at every start (importlib.metadata).
__version__ = "0.1.0"


def relax_garbage_collection() -> None:
    """An audit builds hundreds of thousands of small objects that live to the end of the run;
    with the default thresholds the collector walks all of them again and again (a tenth of
    the time on a long report). Cycles are still collected, just less often (as mypy does).
    Here, in the package's first module, so that the command can relax it before it imports
    the auditor: importing makes tens of thousands of objects too (vocabularies, patterns,
    classes), and the default collector walked them some 70 times, 3-5 ms of a cold start."""
    import gc

    gc.set_threshold(200_000, 30, 30)


# the methods of the auditor's dataclasses, compiled at the first start and read back at the next (kept_code.py)
from auditor import kept_code  # noqa: E402

kept_code.keep()
