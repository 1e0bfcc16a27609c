"""The words that hedge a figure, one vocabulary: what each says of the true value, and the named subsets the
readings need.

A hedge stands right before a figure ("about 279,400", "more than 60,000", "just under a third"). The figure
reader (`context.qualifier_before`) reads it to set the figure's qualifier, and so its interval; the meaning
layer steps over it between a figure and the words that place it ("a rise of nearly 4%": the figure is the
rise's amount). Both read the phrases here. The meaning layer reads them through `grammar.lexicon` (the extract
package may not import the grammar, so the vocabulary lives here, below both).

Each reading needs a part of the vocabulary: a subset is named for its use, and its comment says how it differs
from the others where it does. The differences are kept because what each reading matches is what it was tuned
and tested on; widening one is a change of behaviour, to be measured on its own. Every subset is drawn from
`HEDGE_PHRASES` and its words from `HEDGE_WORDS` (tests/test_hedges.py holds them to it).
"""
from __future__ import annotations

# --- the vocabulary -----------------------------------------------------------------------------------------
# Every hedge that sets a qualifier, by the qualifier it sets (figures.py gives each its margin): "more than
# 60,000" is above 60,000, "about 40%" within a margin of 40%, "nearly 40%" just below it or at it.
QUALIFIER_HEDGES: dict[str, tuple[str, ...]] = {
    "more-than": ("more than", "over", "above", "exceeding", "exceeds", "exceed", "in excess of", "upwards of",
                  "topped", "tops", "top", "exceeded", "surpassed", "surpasses", "surpass", "beyond"),
    "at-least": ("at least", "no less than", "no fewer than", "a minimum of"),
    "less-than": ("less than", "fewer than", "under", "below", "short of"),
    "at-most": ("up to", "at most", "no more than", "a maximum of", "not more than"),
    "nearly": ("nearly", "almost", "close to", "just under", "just short of"),
    "about": ("about", "around", "approximately", "approx.", "roughly", "some", "an estimated", "estimated", "circa",
              "ca.", "an approximate"),
}
# Each hedge phrase and the qualifier it sets.
QUALIFIER_OF: dict[str, str] = {phrase: qualifier for qualifier, phrases in QUALIFIER_HEDGES.items()
                                for phrase in phrases}
# Words that sharpen or soften a hedge, or stand for one, without a qualifier of their own: "just over", "well
# over", "a little over", "only 12%", "barely half", "fully a third", "exactly 40%".
HEDGE_SHARPENERS = ("just", "only", "barely", "well", "a little", "fully", "exactly")
# ... and the phrases they make with a hedge that the readings below name.
SHARPENED_HEDGES = ("just over", "well over", "a little over")
HEDGE_PHRASES: tuple[str, ...] = (*QUALIFIER_OF, *HEDGE_SHARPENERS, *SHARPENED_HEDGES)
# The single words of every hedge phrase ("more", "than", "least"): for readings that skip words one at a time.
HEDGE_WORDS = frozenset(word for phrase in HEDGE_PHRASES for word in phrase.split())

# --- subsets: the hedges of approximation, widening step by step -----------------------------------------------
# The two that stand before a gap or a change's amount in the older readings: "a shortfall of about 5%".
APPROXIMATE_SHORT = ("about", "some")
# ... and "nearly", "almost": "exceeded the plan by nearly 7,820".
APPROXIMATE_NEAR = APPROXIMATE_SHORT + ("nearly", "almost")
# ... and "around": the five hedges the figure reader steps over before a figure in every reading of its own
# (each reading adds to them what it needs).
APPROXIMATE = APPROXIMATE_NEAR + ("around",)
# After "by" before a change's amount (grammar.move_words, grammar.comparisons): also "over".
BEFORE_A_CHANGE_AMOUNT = APPROXIMATE + ("over",)
# After "a rate of 4.4 percent, or" a count restating it (grammar.defined_terms, grammar.comparisons).
APPROXIMATORS = BEFORE_A_CHANGE_AMOUNT + ("roughly", "more than", "just over", "just under")

# --- subsets the figure reader (extract) uses -----------------------------------------------------------------
# Between a word of change and its amount ("rose by more than 4%", "an increase of about 2%"), and after a verb of
# raising money ("raised some $900 million"): the approximations and the open bounds a change is told with.
BEFORE_AN_AMOUNT = APPROXIMATE + ("more than", "over")
# After a noun of change and its copula ("The fall was just 2.5%"): "just" too.
AFTER_A_COPULA = BEFORE_AN_AMOUNT + ("just",)
# After a noun of change set off by a comma ("The drop in output, about 6%, ..."): no open bounds, which would
# make the aside a threshold.
IN_AN_APPOSITION = APPROXIMATE + ("just",)
# After a noun that counts, then "of" ("a population of over 57 million").
AFTER_A_COUNTED_NOUN_OF = APPROXIMATE + ("over", "just")
# After a pronoun and copula that point back ("That is roughly 12%", "It was only 3%").
AFTER_A_POINTING_COPULA = APPROXIMATE + ("roughly", "just", "only")
# After "from" before an old level ("fell from almost 9% to 7%", "from just over 4,000").
BEFORE_AN_OLD_LEVEL = APPROXIMATE + ("roughly", "just over", "just under")
# The words before a fraction that make it an amount, not a rank or a period ("about a third", "fully a
# quarter"): single words, as the reading matches one word.
BEFORE_A_FRACTION_AMOUNT = APPROXIMATE + ("roughly", "approximately", "over", "under", "than", "more", "less",
                                          "just", "only", "fully", "exactly", "barely", "well")
# After a noun of change and "of" before a fraction ("a drop of nearly a fifth"): no "around".
OF_A_FRACTION_CHANGE = ("about", "nearly", "almost", "roughly", "some")
# Single words the figure reader skips between a figure and the words it reads its measure from (with its stop
# words, link verbs and adverbs): "rose by almost 3%", "at least 40".
SKIPPED_BEFORE_A_MEASURE = ("almost", "nearly", "roughly", "around", "about", "approximately", "some", "just", "over",
                            "under", "above", "below", "exceeding", "least", "most", "more", "less", "than",
                            "estimated")

# --- subsets the meaning layer uses (through grammar.lexicon) -------------------------------------------------
# Hedges that may stand before a figure without changing what it is, stepped over between a figure and the words
# that place it ("or about 40%", "a share of more than a third").
STEPPED_OVER = ("about", "some", "nearly", "roughly", "around", "almost", "approximately", "close to", "just over",
                "just under", "over", "under", "more than", "less than", "fewer than", "at least", "at most", "up to")
# Before an amount, the hedges that say it is told roughly ("That is about 34.8 million", "circa 34.8 million"):
# no bounds but "over" and "under", and the abbreviations of a rounded figure.
ROUNDING = ("about", "around", "roughly", "approximately", "approx.", "circa", "ca.", "some", "nearly", "almost",
            "over", "under", "an estimated")
# Before a proportion word ("barely half of", "just under a third of", "well over half").
OF_A_PROPORTION = ("barely", "roughly", "only", "just", "some", "around", "about", "nearly", "almost", "over",
                   "under", "more than", "less than", "just over", "just under", "well over", "close to")
# Between a share and the amount said beside it ("6.1% (over 410,000", "6.1%, or just some 410,000"): the stepped
# over hedges and the sharpeners, which may stand one after another.
BETWEEN_A_SHARE_AND_ITS_AMOUNT = STEPPED_OVER + ("just", "only", "well over", "a little over")
# After a change's verb or noun, the hedges that make its amount a threshold ("fell by more than 4%", "a rise of
# close to 3%"), after an optional sharpener ("just", "well", "only").
THRESHOLD_SHARPENERS = ("just", "well", "only")
THRESHOLDS_OF_A_CHANGE = ("more than", "over", "at least", "less than", "under", "nearly", "almost", "close to",
                          "upwards of", "in excess of", "no less than", "no more than", "below", "above")
# Single words stepped over before a figure when reading the noun phrase that names it ("about 40 jobs").
BEFORE_A_MEASURE_NAME = ("about", "some", "nearly", "roughly", "around", "almost", "approximately", "just")

SUBSETS = {name: value for name, value in dict(globals()).items()
           if name.isupper() and isinstance(value, tuple) and name not in ("HEDGE_PHRASES",)}
