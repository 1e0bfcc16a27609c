"""Where figures stand relative to each other, as the checks have long imported it: the readings
themselves are the meaning layer's (`auditor.grammar.nearby`, and `auditor.grammar.tables` for a
figure's place in a table). New code imports them from there."""
from __future__ import annotations

from auditor.grammar.nearby import (  # noqa: F401  (re-exported)
    LEVEL_KINDS,
    Layout,
    Pairing,
    Place,
    between,
    by_sentence,
    counts_two_things,
    given_with_its_share,
    grouped,
    is_gap_amount,
    is_level,
    is_percent_level,
    is_ratio_level,
    layout,
    orient_pair,
    pair_by_words,
    places,
    same_unit,
    words,
    written_in_digits,
)
from auditor.grammar.tables import (  # noqa: F401  (re-exported)
    columns_of_one_measure,
    is_change_column,
    is_row_label,
    is_table_row,
    row_of_one_series,
    table_header_cell,
)
