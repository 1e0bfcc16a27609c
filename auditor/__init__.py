"""The report auditor: checks the figures in a report against each other."""
try:
    from importlib.metadata import version as _version

    __version__ = _version("report-auditor")
except Exception:  # running from a source tree that is not installed
    __version__ = "0.0.0"
