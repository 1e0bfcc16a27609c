"""The report auditor: checks the figures in a report against each other."""

# The one place the version is written: pyproject.toml reads it from here. Asking the
# installed package's metadata instead costs 50 ms at every start (importlib.metadata).
__version__ = "0.1.0"

# the methods of the auditor's dataclasses, compiled at the first start and read back at the next (kept_code.py)
from auditor import kept_code  # noqa: E402

kept_code.keep()
