"""Figures: every number in the prose, read the way a reader reads it."""
from auditor.extract.figures import extract_figures

__all__ = ["extract_figures"]
