"""Renderers: one pure function per output format (text, json, sarif, github, markdown, html)."""


def render_string(result, output_format: str) -> str:
    """The report in one of the machine formats, as a string: json, sarif, github, markdown,
    html, concise or statistics (--statistics). (The terminal report is `render.text.render`.)"""
    from importlib import import_module

    modules = {"json": "json_report", "sarif": "sarif", "github": "github", "markdown": "markdown", "html": "html",
               "concise": "concise", "statistics": "statistics"}
    if output_format not in modules:
        raise ValueError(f"unknown output format {output_format!r}")
    return import_module(f"auditor.render.{modules[output_format]}").render(result)
