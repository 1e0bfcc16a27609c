"""The rule file as data: pydantic models, the one source of its JSON Schema.

Every field carries a description because editors show it on hover (the schema
is generated from these models into auditor/schemas/rules.schema.json). The
models only describe shape; what a value means (an expression, a pattern, a
unit) is checked by the compiler, which knows the positions to report.
"""
from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_ID = "https://report-auditor.invalid/schemas/rules.schema.json"

NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*$"
RULE_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

Phrases = Union[str, list[str]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Selector(_Strict):
    """Which figure of the report a name in the assertion stands for.

    Every condition given must hold; a selector with no condition matches any figure."""

    measure: Phrases | None = Field(
        None,
        description="The measure the figure counts: a key of the pack's `aliases` table, or a phrase. Matches when "
                    "the phrase's words stand together in the figure's normalised measure (plurals folded: "
                    "'job seeker' matches 'job-seekers'). A list matches any of its items.",
    )
    measure_nearby: bool = Field(
        False,
        description="Also require the text around the figure (see `near_scope`) to name the measure with one of "
                    "the same phrases: the figure states the measure itself rather than inheriting it from an "
                    "earlier phrase ('the labour force was 1.2 million, of whom 57,400 were unemployed').",
    )
    near: Phrases | None = Field(
        None,
        description="Words or phrases at least one of which stands in the text around the figure (its clause, or "
                    "its sentence with `near_scope: sentence`). Plurals are folded; a trailing '*' matches any "
                    "ending ('employ*' matches 'employed', 'employment'); a key of `aliases` stands for its phrases.",
    )
    not_near: Phrases | None = Field(
        None, description="Words or phrases none of which may stand around the figure (same matching as `near`).")
    near_scope: Literal["clause", "sentence"] = Field(
        "clause", description="Where `near` and `not_near` look: the figure's clause (default) or its whole sentence.")
    unit: Phrases | None = Field(
        None,
        description="The figure's unit: 'percent', 'percentage_point', 'basis_point', 'per_mille', 'times', a "
                    "currency code ('CNY', 'USD', ...), a physical unit ('tonne', ...), or 'none' for a figure "
                    "with no unit. A list matches any of them.",
    )
    kind: Phrases | None = Field(
        None,
        description="The sort of quantity: count, money, percent, percentage-point, ratio, multiple, physical, "
                    "rank or number (a bare number the text does not qualify). A list matches any of them.",
    )
    qualifier: Phrases | None = Field(
        None,
        description="How the text qualifies the figure: more-than, at-least, less-than, at-most, nearly, about, "
                    "or 'none' for a plain figure. A list matches any of them.",
    )
    role: Phrases | None = Field(
        None,
        description="What the figure is in its sentence, as the auditor reads it: level, change (in its own unit: "
                    "'rose by 4,200'), relative-change ('up 12.4%'), point-change ('down 0.3 points'), share (a "
                    "percentage level: a share or a rate), ratio, multiple, bound ('more than 60,000'), gap, rank, "
                    "duration or per-base. A list matches any of them.",
    )
    modality: Phrases | None = Field(
        None,
        description="Whether the text states the figure as a fact ('stated') or as what is expected, planned, "
                    "promised or assumed ('expected': a forecast, a target, a budget, a condition). A list matches "
                    "any of them.",
    )
    group: Phrases | None = Field(
        None,
        description="The group of a population the figure is for, as the auditor reads it ('58.2% for girls', "
                    "'women earning €16.90'): a word such as 'women', 'rural', 'full-time' (spellings of one group "
                    "match each other: 'men', 'male'), or 'none' for a figure the text gives for no group. A list "
                    "matches any of them.",
    )
    base_of: str | None = Field(
        None,
        description="Another name of this rule: prefer the figure the text gives as the old level that name's "
                    "figure (a change, or the level a change arrived at) is measured from ('rose 12% from "
                    "78.5 million'). When the text links none, the nearest candidate is bound as usual.",
    )
    part_of: str | None = Field(
        None,
        description="Another name of this rule: prefer a figure the text gives as a part, member or share of "
                    "that name's figure ('1,250 jobs, of which 810 full-time'); else the nearest candidate.",
    )
    whole_of: str | None = Field(
        None,
        description="Another name of this rule: prefer the figure the text gives as the whole that name's "
                    "figure is a part, member or share of; else the nearest candidate.",
    )
    same_as: str | None = Field(
        None,
        description="Another name of this rule: prefer a figure the text gives as the same amount stated "
                    "again (a conversion in brackets, a headline restated in the body); else the nearest "
                    "candidate.",
    )
    period: str | None = Field(
        None,
        description="The period the figure refers to: 'year', 'half', 'quarter', 'month', 'fiscal-year', "
                    "'range', 'none' (no period), a glob over the normalised period ('2021', '2024-0*'), or a "
                    "period relative to the report's: 'current' (the latest month, quarter, half or year the "
                    "report states, of the figure's own class), 'previous' (the one before it) or "
                    "'year-before' (the same period a year earlier).",
    )
    pattern: str | None = Field(
        None,
        description="A regular expression (RE2 syntax, linear time, case-insensitive) that must match in the "
                    "figure's sentence with the placeholder {n} standing for the figure as written "
                    "('{n} of the (annual )?plan').",
    )
    occurrence: Literal["nearest", "first", "last", "all", "any"] | int = Field(
        "nearest",
        description="Which candidate to bind when several match within the rule's scope: 'nearest' to the "
                    "rule's first figure (default), 'first', 'last', the n-th (1-based; negative counts from the "
                    "end), 'all' (the name stands for every match: use it inside sum, min, max or all_equal) or "
                    "'any' (each match is a reading of the claim; it holds when one reading fits).",
    )
    position: Literal["before", "after"] | None = Field(
        None, description="Where the figure must stand relative to the rule's first (anchor) figure.")
    like: str | None = Field(
        None, description="Another name of this rule: the figure must have the same unit and kind as that one.")
    optional: bool = Field(
        False,
        description="The report may leave this figure out. When exactly one optional figure is missing, the "
                    "assertion is solved for it and its value is reported as implied.",
    )


class Tolerance(_Strict):
    """How much the rule allows beyond each figure's rounding (DESIGN section 3)."""

    scale: Annotated[str | int | float, Field(
        description="Multiply every figure's rounding half-width by this: 2 widens, 0.5 tightens, 0 takes "
                    "figures as exact. Written as a decimal number.")] = "1"
    relative: Annotated[str | int | float, Field(
        description="Widen every figure on each side by this share of its value: '0.5%' or '0.005'.")] = "0"


class Examples(_Strict):
    """Text the rule must accept and text it must flag; run by `audit rules test`."""

    pass_: list[str] = Field(
        default_factory=list, alias="pass",
        description="Texts in which the rule must find its relation and find it consistent (or implied).")
    fail: list[str] = Field(
        default_factory=list, description="Texts in which the rule must find its relation inconsistent.")


class Rule(_Strict):
    """One relation a bulletin states, written once and checked in every issue."""

    id: str = Field(..., pattern=RULE_ID_PATTERN,
                    description="Unique id, lower-case words joined by '-'; findings and suppressions use it.")
    summary: str = Field(..., description="One line: what the rule checks.")
    message: str = Field(
        ...,
        description="The finding's message; {name} is replaced by the figure bound to that name as written. "
                    "The engine appends what it computed.",
    )
    severity: Literal["error", "warning", "note"] = Field(
        "error", description="How serious an inconsistency is: error (fails the run by default), warning, note.")
    scope: Literal["sentence", "paragraph", "document"] = Field(
        "paragraph", description="How far apart the figures of one relation may stand.")
    same_period: bool = Field(
        True, description="Bind only figures for the same period (figures with no period go with any).")
    figures: dict[Annotated[str, Field(pattern=NAME_PATTERN)], Selector] = Field(
        ..., min_length=1, description="The names the assertion uses, each with the selector that binds it.")
    assert_: str = Field(
        ..., alias="assert",
        description="One comparison over the names (==, <=, <, >=, >) with + - * / and parentheses, the "
                    "functions sum, min, max, abs, pct(part, whole), compound_rate(ratio, years) and average_rate(ratio, "
                    "years) (years a whole number from 1 to 100), or all_equal(names...). Percent figures "
                    "are fractions (94.17% is 0.9417), so pct(a, b) == rate compares like with like.",
    )
    tolerance: Tolerance | None = Field(None, description="Widen or tighten the rounding allowance for this rule.")
    examples: Examples | None = Field(None, description="Texts that must pass and texts that must fail.")
    doc: str | None = Field(None, description="Longer documentation in Markdown: why it matters, how to fix.")
    link: str | None = Field(None, description="A URL with more about the rule.")

    @field_validator("message", "summary")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


class RulePack(_Strict):
    """A named set of rules, with the measures they talk about."""

    model_config = ConfigDict(
        extra="forbid", populate_by_name=True,
        json_schema_extra={"$id": SCHEMA_ID, "title": "report-auditor rule pack"},
    )

    name: str = Field(..., pattern=RULE_ID_PATTERN, description="The pack's name; bundled packs are selected by it.")
    description: str = Field("", description="What reports the pack is for.")
    aliases: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Measures by key: the phrases that name the same measure ('new-urban-jobs': ['new urban jobs', "
                    "'jobs created in cities and towns']). Selectors name a key in `measure`.",
    )
    rules: list[Rule] = Field(..., min_length=1, description="The rules of the pack.")


def json_schema_text() -> str:
    """The published JSON Schema of a rule file, as committed in
    auditor/schemas/rules.schema.json (regenerate: python -m auditor.rulefile.schema)."""
    import json

    schema = RulePack.model_json_schema(by_alias=True)
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


SCHEMA_PATH = "auditor/schemas/rules.schema.json"

if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).resolve().parent.parent / "schemas" / "rules.schema.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json_schema_text(), encoding="utf-8")
    print(f"wrote {target}")
