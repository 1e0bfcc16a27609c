"""The cue words the built-in checks read, as data: one vocabulary a family of cue.

`lexicon` holds the words the meaning layer (frames, links) reads; this module holds the
words the older checks' readings match (some still in `auditor.checks`, most now in the
grammar modules named below, which the checks ask), so that a cue family ("from ... /
than ...", plan words, per-bases, clause breaks, month names) is written once and each
reading builds its pattern from it with `words` (or `stems`).
Phrases are lower case (patterns that need capitals, such as month names in
case-sensitive patterns, derive them here). Where two checks need different lists, both
stand here side by side and the comment says how they differ; a list is not widened
where that would change what a check reads.

Which module uses which vocabulary:

- grammar.nearby: BASE_PREPOSITIONS, VERSUS, THAN, BASE_ON, EARLIER_OF, HEDGES_SHORT, HEDGES,
  POINTING_BACK, GAP_NOUNS, GAP_VERBS, GAP_VERB_STEMS, PER_BASE, FALL_STEMS, MONTH_NAMES, WEEKDAY_NAMES
- grammar.move_words (the ends and amount of a move: change_direction, table_vs_text, difference,
  defined_measure ask it): BASE_PREPOSITIONS, VERSUS, THAN, AS_AGAINST, UP_FROM, DOWN_FROM, EARLIER_TIME,
  EARLIER_TIME_PHRASES, PAST_COPULAS, PLAN_UNOBSERVED, ANOTHER_TIME_WORDS, ANOTHER_TIME_STEMS, POSITION_UP,
  POSITION_DOWN, HEDGES_SHORT, HEDGES, HEDGES_AMOUNT, CHANGE_VERB_STEMS, CHANGE_VERB_WORDS, CHANGE_NOUNS_RATE,
  SPEED_UP, SLOW_DOWN, RISE_VERBS, FALL_VERBS
- grammar.plans (percent_of_plan, table_vs_text ask it): PLAN_WORDS, PLAN_OF_EXTRA, PLAN_MEASURE_WORDS,
  COMPARATIVES, GAP_POSITIONS, PLAN_MARKS, JOINT_MARKS, PROPOSAL_WORDS
- grammar.defined_terms (defined_measure asks it): APPROXIMATORS, MONTH_NAMES, SUPERLATIVES_NARROWING,
  PEOPLE_NOUNS, COPULAS, SUBGROUP_MODIFIERS, SUBGROUP_NOUNS, GROUP_NOUNS_AMONG, WHOLE_MARKS, PLACE_PREPOSITIONS,
  FIGURE_FOLLOWERS, HYPOTHETICAL
- grammar.tables (the one table model, read by table_vs_text, table_arithmetic, nearby and the checks
  through them): CHANGE_COLUMN_WORDS, CHANGE_COLUMN_MORE, CHANGE_COLUMN_NAMES, SPAN_WORDS, SPAN_MARKS, VERSUS,
  SHARE_COLUMN_WORDS, NEW_COLUMN_WORDS, PERCENT_WORDS, PERCENT_CONTEXT_MORE, TOTAL_LABELS, TOTAL_EXCEPT,
  EXCLUSION_WORDS, MONTH_ABBREVIATIONS, ROW_SHARE_MARKS, LABEL_MODIFIERS, COLUMN_TIME_WORDS
- grammar.comparisons (the comparison check asks it): BASE_PREPOSITIONS, VERSUS, THAN, PER_BASE, OUT_OF_EVERY,
  BACK_JOINERS, COMPARATIVES, BIGGER, COMPARATIVES_UP, COMPARATIVES_DOWN, SPEED_UP, SLOW_DOWN, SPEED_UP_MORE,
  SLOW_DOWN_MORE, CHANGE_NOUNS_UP, CHANGE_NOUNS_DOWN, SHY_OF, SPEED_STEMS, GROWTH_NOUNS, RISE_FROM, FALL_FROM,
  EXCEEDING, APPOSITIVE_UP, APPOSITIVE_DOWN, OVERTAKING, COPULAS, DEMONSTRATIVES, SAYING_VERBS, FIGURE_ANAPHORS,
  LINKING_VERBS, FORECAST_PARTICIPLES, HAVE, EARLIER_TIME, HEDGES_AMOUNT, APPROXIMATORS, PLACE_PREPOSITIONS,
  CLAUSE_JOINERS, APPOSITIVE_JOINERS, POSITIONS_WITH_AN_OBJECT, OPEN_ENDED_BOUNDS, AVERAGES, ADJUNCT_PREPOSITIONS,
  AGAIN_ADVERBS, TOO_ADVERBS
- comparison (itself): BOUNDS, RANK_POSITIONS, TOTAL_ANAPHORS
- grammar.move_words also (change_with_rate asks it): CONTRAST_JOINERS, ALTHOUGH
- grammar.rankings (ranking asks it): MONTH_NAMES, CLAUSE_JOINERS, RANK_BREAKERS, SUPERLATIVES_HIGH, SUPERLATIVES_LOW, RANK_ORDINALS,
  RANK_HEADERS, NEXT_IN_ORDER, RANKING_BASE_WORDS, MAKING_IT, LISTING_TOTAL_LABELS, RATE_NOUNS, SECOND_VERBS,
  OVERALL_WORDS
- grammar.parts (sum_of_parts, part_of_whole ask it): CONTRAST_JOINERS
- grammar.plans also (promise asks it): PROMISE_WORDS
- share: COUNTING_BASIS
- difference, growth (through tables.columns_of_one_measure): COLUMN_TIME_WORDS
- arithmetic_found: none (it reads no cue words); table_vs_text, table_arithmetic, defined_measure,
  difference, change_direction, percent_of_plan: none of their own (they ask the grammar modules above)
- (within this module) AND_BUT, composed into CLAUSE_JOINERS and BACK_JOINERS
"""
from __future__ import annotations

from auditor.grammar import lexicon
from auditor.grammar.lexicon import EXCEED_VERBS, ORDINAL_PLACES, OUTDOING_VERBS, alternation


def words(vocabulary: tuple[str, ...], space: str = r"\s+") -> str:
    """A vocabulary as a regex alternation (`lexicon.alternation`: longest first, escaped),
    to be put in a group. `space=" "` keeps one literal space between words, as the
    patterns that were written that way need ("compared with" but not "compared\\nwith")."""
    return alternation(vocabulary, space)


def stems(vocabulary: tuple[str, ...]) -> str:
    """Word beginnings, each followed by any word characters: ("exceed",) matches "exceeded"."""
    return rf"(?:{alternation(vocabulary)})\w*"


def inflected(vocabulary: tuple[str, ...]) -> str:
    """Whole words and their regular inflections: ("plan",) matches "plans", "planned", "planning",
    never "planted" (which `stems` would)."""
    return rf"(?:{alternation(vocabulary)})(?:s|es|ed|ned|ing|ning)?\b"


# --- an earlier or other value, the base of a comparison ---------------------------------------
# Before the base of a change or comparison: "fell to 2.5% from 2.8%", "compared with 2,310".
BASE_PREPOSITIONS = ("from", "against", "compared with", "compared to")
# ... the same said with "versus": "4.1% vs. 3.9%". Not read by comparison's "figure is a base" test.
VERSUS = ("versus", "vs", "vs.")
# ... after a comparative: "higher than 4.1%".
THAN = ("than",)
# ... after a change noun: "a 3% rise on 2023", "growth over the 2022 level" (nearby only).
BASE_ON = ("on", "over")
# ... a base named with its period (nearby's old-level cue only): "in the same period of 2023".
EARLIER_OF = ("in the same period of", "a year earlier of")
# ... "as against 31,05,798" (defined_measure; "against" alone is in BASE_PREPOSITIONS).
AS_AGAINST = ("as against",)
# An appositive change and its base: "..., up from 7.68 million" / "..., down from 4.8%".
UP_FROM = ("up from",)
DOWN_FROM = ("down from",)
# Words that put a figure before the time the text reports (table_vs_text, both its old-value
# tests): "had pushed the rate up to 4.40", "previously 3.1%".
EARLIER_TIME = ("earlier", "previous", "previously", "prior", "last", "ago", "had", "before", "initially",
                "originally", "formerly")
# ... and phrases of another period (table_vs_text's old-tense test only).
EARLIER_TIME_PHRASES = ("a year earlier", "a year before", "same period of", "same month of", "same quarter of")
# ... a past copula just before the figure (table_vs_text's old-value cue only): "was 3.1%".
PAST_COPULAS = ("was", "were")
# A figure of another time, or not yet observed, anywhere in a figure's clause (defined_measure);
# wider than lexicon.EXPECTED's modal verbs, narrower than its plan words.
ANOTHER_TIME_WORDS = ("previously", "expected", "projected", "predicted", "consensus", "budgeted", "planned")
ANOTHER_TIME_STEMS = ("forecast", "target")  # any ending: "forecasts", "targeted"

# --- plans and targets ------------------------------------------------------------------------
# After a percentage, the plan it is measured against: "115.3 percent of the annual plan"; before a
# figure, the plan it states ("the planning target of 7,000", stems); after it, "7,000 target".
# Words that make a bound a promise (promise-vs-result): "pledged more than 60,000", "a target of at least".
PROMISE_WORDS = ("pledge", "pledged", "pledges", "promise", "promised", "promises", "vow", "vowed", "commit", "committed",
                 "commitment", "undertook", "undertaking", "target", "targeted", "goal", "aim", "aimed", "aims", "plan",
                 "planned", "plans", "objective", "intended", "set out to", "sought to", "task", "mandate")
PLAN_WORDS = ("plan", "target", "goal", "quota", "budget", "forecast", "projection", "objective")
# ... percent_of_plan's "of the ..." phrase also takes these: "of the budgeted amount", "of the estimate".
PLAN_OF_EXTRA = ("budgeted amount", "estimate")
# Words near a figure that make it the plan (percent_of_plan); unlike PLAN_WORDS it has the
# participles "planned", "projected" and not "projection".
PLAN_MEASURE_WORDS = ("plan", "planned", "target", "goal", "quota", "budget", "forecast", "projected", "objective")
# After a figure, a mark it is a threshold, not a cell's value (table_vs_text, case-sensitive):
# "the 15 per cent target"; unlike PLAN_WORDS it has benchmark...norm and no plan, budget, forecast.
PLAN_MARKS = ("target", "benchmark", "threshold", "milestone", "goal", "ceiling", "limit", "norm")
# Right after a percentage, the basis a figure is counted on, not a whole it is a share of (share):
# "shipments of 68.2 Mt (100% basis)", "on a 50 per cent equity basis", "output on an attributable basis".
COUNTING_BASIS = ("basis", "bases")
# In a table's column header, words that name a time or a version of one measure, so that two such
# columns can be the two ends of a change in the row (nearby.columns_of_one_measure): "Last year |
# This year", "Budget | Actual", "Before | After". Headers naming a period ("2024", "Q3 2025") need none.
COLUMN_TIME_WORDS = EARLIER_TIME + ("this", "current", "latest", "now", "new", "old", "after", "then", "year", "month",
                                    "quarter", "week", "base", "baseline", "actual", "budget", "plan", "planned",
                                    "revised", "original", "target", "forecast", "estimate")
# Before a figure, a plan or forecast as the old value (table_vs_text's old-value cue).
PLAN_UNOBSERVED = ("target", "targeted", "forecast", "projected", "expected to fall", "estimate of",
                   "estimated of", "estimates of")

# --- bases of ratios ----------------------------------------------------------------------------
# Just before a ratio's base: "91.9 cases per 100,000", "one for every 4". (lexicon.PER_BASE is the
# meaning layer's wider list, "for each", "to every"...)
PER_BASE = ("per", "for every")
# ... comparison also reads "3 out of every 10".
OUT_OF_EVERY = ("out of every",)

# --- approximations before a figure (subsets of the one hedge vocabulary, auditor.extract.hedges) --------------
# "a shortfall of about ...", "expanding by some 7.2%".
HEDGES_SHORT = lexicon.APPROXIMATE_SHORT
# "exceeded ... by nearly 7,820".
HEDGES = lexicon.APPROXIMATE_NEAR
# After "by" before a change amount (defined_measure): also "around", "over".
HEDGES_AMOUNT = lexicon.BEFORE_A_CHANGE_AMOUNT
# After "a rate of 4.4 percent, or" a count restating it (defined_measure).
APPROXIMATORS = lexicon.APPROXIMATORS

# --- clause breaks ------------------------------------------------------------------------------
# After a comma, these open another clause: ", while unemployment fell ..." (ranking's listings).
CONTRAST_JOINERS = ("while", "whereas")  # a clause break even without a comma (change_with_rate)
AND_BUT = ("but", "and")
CLAUSE_JOINERS = CONTRAST_JOINERS + AND_BUT
ALTHOUGH = ("although",)  # change_with_rate also breaks at ", although"; ranking does not
# Before a second comparison in a pointing-back sentence (comparison): ", though still well short of";
# no "while"/"whereas" here.
BACK_JOINERS = AND_BUT + ("though", "yet") + ALTHOUGH
# ... opening an appositive comparison after another (comparisons): "the same level as in 2003, but up from".
APPOSITIVE_JOINERS = AND_BUT + ("yet", "though")

# --- comparatives -------------------------------------------------------------------------------
# The words of a comparison that, before a qualified figure, bound it rather than compare
# ("each saw more than 1,000"): comparison leaves those pairs alone.
BOUNDS = ("more than", "less than", "fewer than", "above", "below", "exceeding", "short of")
# Bare comparatives before "than": "168 students larger than the target" (comparison adds "bigger";
# percent_of_plan adds GAP_POSITIONS).
COMPARATIVES = ("more", "less", "fewer", "higher", "lower", "greater", "larger", "smaller")
BIGGER = ("bigger",)
GAP_POSITIONS = ("above", "below", "over", "under", "short")
# Position words that put a figure above or below another: "above the 6.4%", "short of the 7.7".
POSITION_UP = ("above", "ahead of", "clear of")
POSITION_DOWN = ("below", "short of")
# Comparatives and positions that say the figure before is the larger / smaller one.
COMPARATIVES_UP = ("faster than", "stronger than", "higher than", "greater than", "larger than", "bigger than",
                   "more than") + POSITION_UP
# Places behind another in an order: "behind only", "second only to", "trailing".
POSITIONS_BEHIND = ("behind", "behind only", "second only to", "trailing", "trailed", "trails", "lagging", "lagged",
                    "lags", "lagging behind")
COMPARATIVES_DOWN = ("slower than", "weaker than", "lower than", "smaller than", "less than", "fewer than") \
    + POSITIONS_BEHIND + POSITION_DOWN
# Positions in an order, not comparatives of size: between two falls in a sentence that names falls they rank
# the falls' sizes ("The steepest fall was in Other Milds (-15.87%), ahead of Robustas (-10.48%)").
RANK_POSITIONS = ("ahead of", "clear of") + POSITIONS_BEHIND
# Stems that name a fall: "the steepest fall", "the biggest decrease", "declines were led by".
FALL_STEMS = ("fall", "fell", "drop", "declin", "decreas", "dip", "slump", "loss", "contraction", "shrank")
# A rate of change speeding up or slowing down: "growth accelerated from 3.1%", "This slowed".
SPEED_UP = ("accelerated", "quickened", "picked up")
SLOW_DOWN = ("slowed", "eased", "decelerated")
# ... comparison's "growth eased, from the 28.4% increase" also reads these (not before "from" in a sentence).
SPEED_UP_MORE = ("sped up",)
SLOW_DOWN_MORE = ("moderated",)
# A sentence pointing back (comparison): "That is an increase on the 4.3", "a drop from"; the noun
# precedes "on"/"over"/"from" ("over" only for a rise). Narrower than lexicon.CHANGE_NOUNS.
CHANGE_NOUNS_UP = ("increase", "rise", "gain", "improvement", "jump", "leap", "surge", "up")
CHANGE_NOUNS_DOWN = ("decrease", "fall", "drop", "decline", "dip", "slump", "down")
# ... and "shy of" beside the COMPARATIVES_DOWN.
SHY_OF = ("shy of",)
# Word beginnings of a change of pace (comparison): a pointing-back cue about speed compares rates of change.
SPEED_STEMS = ("slow", "eas", "decelerat", "moderat", "accelerat", "quicken", "picked", "faster", "sped")
# After "the average 24-percent", a noun making the figure a rate of growth (comparison).
GROWTH_NOUNS = ("growth", "increase", "rise", "gain", "expansion")
# A level moving from its base: "rose from 7.68 million".
RISE_FROM = UP_FROM + ("rising from", "rose from", "increased from")
FALL_FROM = DOWN_FROM + ("falling from", "fell from", "decreased from", "declined from")
# Verbs of passing another figure, as present participles: the whole family of the verbs of exceeding and outdoing
# ("beating", "eclipsing", "outpacing", "outselling", "pulling ahead of"), not only the four once listed.
EXCEEDING = tuple(dict.fromkeys(("exceeding", "outstripping", "overtaking", "surpassing")
                                + tuple(v for v in EXCEED_VERBS + OUTDOING_VERBS if v.split()[0].endswith("ing"))))
# An appositive after the new level: "7.75 million, up from 7.68 million".
APPOSITIVE_UP = UP_FROM + ("rising from", "climbing from")
APPOSITIVE_DOWN = DOWN_FROM + ("falling from",)
# "X overtook Y": Y's figure follows in the next sentence (case-sensitive pattern).
OVERTAKING = ("overtook", "overtakes", "overtaking", "has overtaken", "surpassed", "outstripped", "outpaced",
              "displaced", "pushed past", "moved ahead of", "edged past", "went past", "overtaken")

# --- the direction of a change ------------------------------------------------------------------
# The verb before a change amount says its sign (defined_measure): "fell by 15,400".
RISE_VERBS = ("rose", "risen", "rising", "increase", "increased", "increasing", "grew", "grown", "growing", "up",
              "gained", "added", "climbed", "jumped")
FALL_VERBS = ("fell", "fallen", "falling", "decrease", "decreased", "decreasing", "decline", "declined", "declining",
              "dropped", "down", "lost", "shed")
# Just before a figure, a change verb makes it a rate of change (table_vs_text); stems take any
# ending ("expanding"), unlike RISE_VERBS / FALL_VERBS.
CHANGE_VERB_STEMS = ("expand", "grow", "increas", "declin", "fall", "drop", "contract", "gain", "shrink", "shrank",
                     "jump", "climb")
CHANGE_VERB_WORDS = ("grew", "rose", "fell", "lost", "up", "down")
# A noun shortly before a percentage making it a rate of change (table_vs_text): "salary growth, at 1.7%".
# Narrower than lexicon.CHANGE_NOUNS.
CHANGE_NOUNS_RATE = ("growth", "increase", "decrease", "rise", "fall", "decline", "change", "gain", "drop")
# Words in a stated order's item that make it a change, not a ranked item (ranking).
RANK_BREAKERS = ("rose", "rise", "rising", "fell", "fall", "falling", "increase", "increased", "decrease", "decreased",
                 "decline", "declined", "grew", "grow", "jumped", "dropped", "climbed", "slipped", "edged", "reached",
                 "stood", "to", "from", "by")

# --- table columns --------------------------------------------------------------------------------
# Anywhere in a column header, a change column (nearby, table_vs_text; with "\bvar").
CHANGE_COLUMN_WORDS = ("change", "growth", "difference", "y-o-y", "yoy")
CHANGE_COLUMN_MORE = ("increase", "decrease")  # table_vs_text also reads these
# Whole words of a change header (table_arithmetic): "Chg", "Diff", "Variation", "Movement".
CHANGE_COLUMN_NAMES = ("change", "chg", "difference", "diff", "growth", "increase", "var", "variation", "movement")
# Whole words between two periods in a header: "Feb 11 to Feb 12", "2023 vs 2022", "Q2 on Q1".
SPAN_WORDS = ("to", "vs", "on")
# ... table_arithmetic also reads VERSUS and these marks between two periods: "2023-24", "Jan/Feb".
SPAN_MARKS = ("-", "–", "/")
# A column of weights or shares (table_vs_text).
SHARE_COLUMN_WORDS = ("weight", "share")
# Words of a column header that holds the value after a change, beside one of the value before
# ("Existing price | Increase | New price"): table_vs_text.
NEW_COLUMN_WORDS = ("new", "revised", "after")
# Words that make a change in their sentence one someone asks for, not one made ("the authority had
# proposed a Rs1 increase", "recommended raising it by Rs5"): table_vs_text.
PROPOSAL_WORDS = ("proposed", "proposes", "propose", "proposal", "suggested", "suggests", "recommended", "recommends",
                  "recommending", "recommendation", "urged", "sought", "demanded", "requested")
# Whole words that make a column or table one of percentages ("%" is matched beside them).
PERCENT_WORDS = ("per cent", "percent", "percentage", "rate", "rates")
PERCENT_CONTEXT_MORE = ("index", "average")  # table_arithmetic's test of a table's title also reads these
# The label of a total row (table_arithmetic): "Total", "Grand total", "All".

# A table row labelled as one row over another ("Operating income as a % of sales")
# (table_arithmetic); "A/B" labels are read too.
ROW_SHARE_MARKS = ("as a % of", "as % of", "as a percentage of", "as a percent of", "as a share of",
                   "as a proportion of", "in % of")
TOTAL_LABELS = ("total", "all", "overall", "sum")
# ... unless one of these follows it: "Total other", "All except energy" (unlike lexicon.REMAINDER_WORDS).
TOTAL_EXCEPT = ("other", "others", "remaining", "rest", "else", "excluding", "except", "ex", "less", "minus", "but")
# Between an aggregate and the rows it leaves out: "All-items excluding energy".
EXCLUSION_WORDS = ("excluding", "excl.", "excl", "ex.", "ex", "less", "minus", "other than")

# --- months ---------------------------------------------------------------------------------------
# The words of auditor.extract.periods.MONTHS (which maps them to numbers), the one list (lexicon re-exports it):
# full names and the abbreviations a month name starts with ("sept" included); the days of the week.
MONTH_NAMES = lexicon.MONTH_NAMES
MONTH_ABBREVIATIONS = lexicon.MONTH_ABBREVIATIONS
WEEKDAY_NAMES = lexicon.WEEKDAY_NAMES

# --- rankings -------------------------------------------------------------------------------------
# After "the"/"its": the item ranked first from the top / from the bottom (ranking).
SUPERLATIVES_HIGH = ("busiest", "longest", "heaviest", "richest", "highest", "largest", "biggest", "greatest", "most",
                     "fastest", "strongest", "best", "top", "sharpest", "steepest",
                     # the worst hit has the most of the harm counted ("the worst-hit state, with 52 cases"), not the least
                     "worst-hit", "worst hit", "worst-affected", "worst affected", "hardest-hit", "hardest hit")
SUPERLATIVES_LOW = ("lowest", "smallest", "least", "fewest", "slowest", "weakest", "worst")
# Between the article and a superlative, a place in the order: "the fourth biggest source".
RANK_ORDINALS = tuple(w for w, place in ORDINAL_PLACES.items() if place > 1)
# The header of a table's column of places: "| Rank | Model | Units sold |" (ranking).
RANK_HEADERS = ("rank", "ranking", "position", "pos", "place")
# A superlative in a figure's sentence narrows the measure to one part (defined_measure): it has
# "leading" and lacks most of ranking's.
SUPERLATIVES_NARROWING = ("highest", "lowest", "largest", "smallest", "biggest", "most", "least", "fastest", "slowest",
                          "leading")
# A continuation of a stated order: "Next come food at", "then services at", "and finally".
NEXT_IN_ORDER = ("next come", "next comes", "next came", "next is", "next was", "next are", "next were", "followed by",
                 "then", "and finally", "finally", "and lastly", "lastly")
# Before a superlative's figure, words making it a comparison with another, not the ranked figure
# (ranking): "the highest than ...", "the largest compared ..."; unlike BASE_PREPOSITIONS it reads bare
# "compared" and no "versus".
RANKING_BASE_WORDS = ("than", "from", "compared", "against")
# A superlative after its figure: "grew by 14.6%, making it the fastest-growing".
MAKING_IT = ("making", "which made", "which makes", "to make")
# The head of a listing line that is not an entry (ranking): unlike TOTAL_LABELS, "average" not "sum".
LISTING_TOTAL_LABELS = ("total", "all", "overall", "average")
# The noun after a superlative that an overall figure can restate: "the best pass rate" (ranking).
RATE_NOUNS = ("rate", "percentage", "ratio", "share", "proportion", "score", "average")
# "Edmonton came a close second".
SECOND_VERBS = ("came", "comes", "come", "ranked", "ranks", "placed", "places", "finished", "finishes", "was", "is",
                "stood", "followed", "stands")
# Before a rate, the whole it is the overall value of: "the overall pass rate", "the national average".
OVERALL_WORDS = ("overall", "total", "national", "state", "statewide", "state-wide", "nationwide", "country's",
                 "average", "aggregate")

# --- who and what a figure counts -----------------------------------------------------------------
# After a figure: "16.4m people are employed".
PEOPLE_NOUNS = ("people", "persons", "individuals")
COPULAS = ("are", "were", "is", "was")
# Before a measure, a word narrowing it to a subgroup: "youth unemployment", "per capita".
SUBGROUP_MODIFIERS = ("youth", "young", "rural", "urban", "male", "female", "men's", "women's", "expanded", "broad",
                      "provincial", "regional", "state", "district", "city", "county", "seasonal")
# Between a measure and its figure, a subgroup named: "the labour force is Male: 41.7m".
SUBGROUP_NOUNS = ("male", "males", "female", "females", "men", "women", "boys", "girls", "youth", "youths", "rural",
                  "urban")
# After "among"/"for": a group the figure is about ("among young people"); unlike SUBGROUP_NOUNS it
# has "graduates", "adults", "aged" and not "rural", "urban", "youth".
GROUP_NOUNS_AMONG = ("young", "youth", "youths", "men", "women", "male", "males", "female", "females", "girls", "boys",
                     "graduates", "adults", "aged")
# Before a measure after "of the": the figure is a share of the whole measure (defined_measure).
WHOLE_MARKS = ("total", "whole", "entire", "country's", "nation's")
# A sentence opening on a place: "In Gauteng, ..." (defined_measure; capitalised there).
PLACE_PREPOSITIONS = ("in", "for", "among", "across")
# Words that may follow a figure of people or money without saying it counts something else
# (defined_measure): "2,317 cases" counts cases, "2,317 people" does not.
FIGURE_FOLLOWERS = tuple("""people persons individuals workers employees jobs men women males females boys girls residents
    inhabitants citizens nationals and the for from with was were are had has have will which who that this while compared
    against than over under during since after before according year years month months quarter quarters thousand million
    billion trillion crore lakh per last more less fewer higher lower down into across among between""".split())
# A word just before a row's name that narrows it to another row (table_vs_text): "full-time", "youth".
LABEL_MODIFIERS = ("male", "female", "men", "women", "boy", "girl", "youth", "young", "adult", "child", "children", "rural",
                   "urban", "core", "net", "gross", "real", "nominal", "average", "median", "mean", "new", "old", "other",
                   "non", "sub", "domestic", "foreign", "national", "regional", "local", "private", "public", "state",
                   "federal", "monthly", "quarterly", "annual", "weekly", "daily", "per", "capita", "cumulative")
# A condition or modal making a figure hypothetical (defined_measure); lexicon.EXPECTED is wider.
HYPOTHETICAL = ("would", "could", "might", "if")

# --- pointing back and gaps ----------------------------------------------------------------------
# A sentence that opens by pointing back at the one before: "This was slower than ..." (comparison) ...
DEMONSTRATIVES = ("this", "that")
# ... or a definite noun for the figure before: "The figure was below the 2.27 million counted in July".
FIGURE_ANAPHORS = ("the figure", "the number", "the total", "the count", "the tally")
# ... whose nouns after a demonstrative point back too: "With this figure, the canal surpasses ..." (order)
FIGURE_NOUNS = tuple(w.split()[-1] for w in FIGURE_ANAPHORS) + ("level", "result")
# ... or "That amounts to ...", "which is ...", "It was ..." (nearby).
POINTING_BACK = DEMONSTRATIVES + ("which", "it")
# A reported pointing back: "Zhao said that was ..." (comparison).
SAYING_VERBS = ("said", "says", "noted", "added", "stressed")
# After a count of candidates, the verbs that say they sat an examination (lists: the whole of a
# distribution of grades): "574,125 candidates sat the papers".
SAT_AN_EXAM = ("sat", "wrote", "took", "sitting", "writing", "taking")
# A source's verb before what it reports (within: the names before it are the source's, not a subject's).
REPORTING_VERBS = ("stated", "announced", "reported", "showed", "shows", "show", "told", "revealed", "disclosed")
# Before such a verb, the nouns that make its subject a source (a document or an office-holder), not a
# subject the figure is about: "A statement signed by the council's head, Jane Doe, said".
SOURCE_NOUNS = ("statement", "letter", "report", "release", "bulletin", "spokesman", "spokeswoman", "spokesperson",
                "head", "director", "chairman", "chairwoman", "chair", "minister", "secretary", "official", "officer",
                "chief", "president", "governor", "commissioner", "registrar", "manager", "analyst", "economist")
# Between "This" and the comparative of a pointing-back sentence (comparison): "This was slower than".
LINKING_VERBS = ("was", "is", "has been", "had been", "represents", "represented", "marks", "marked", "remains",
                 "remained", "came in", "stood")
# Between a pointing-back cue and its figure, these make the figure another one (comparison,
# case-sensitive): "the 24% growth that was expected".
FORECAST_PARTICIPLES = ("expected", "forecast", "anticipated", "predicted", "estimated")
HAVE = ("had", "has")
# A figure that is the distance between two others: "a shortfall of ...", "exceeded ... by".
GAP_NOUNS = ("shortfall", "excess", "gap", "difference", "overrun", "underrun", "shortage", "overspend", "underspend",
             "overshoot", "undershoot")
GAP_VERBS = ("short", "beat", "overshot", "undershot")
GAP_VERB_STEMS = ("exceed", "miss", "surpass", "outnumber")
# Before a figure, words saying it is the sum of several rows, not one (table_vs_text).
JOINT_MARKS = ("together", "combined", "jointly", "between them", "collectively")


# --- comparison (read in grammar.comparisons) ----------------------------------------------------
# A position word whose object is a noun, not a figure: "1.4 degrees above normal in 12 of the 16 regions".
POSITIONS_WITH_AN_OBJECT = ("above", "below", "over", "under", "beyond")
# Conjunctions opening a clause of cause or concession, whose figures are its own subject's: "grew 0.3%, less than
# GDP because the population grew 0.1%" (the comparative's object is GDP, not the population's growth).
REASON_OPENERS = ("because", "since", "as", "although", "though")
# A bound left open after "and" or "or": "scored 300 and above", "aged 65 or over".
OPEN_ENDED_BOUNDS = ("above", "over", "more", "higher", "greater", "below", "under", "less", "fewer", "lower")
# Words that make a figure an average of members, not a total: "an average of about 12,100 a day".
AVERAGES = ("average", "mean", "median")
# Prepositions of place or span before an adjunct figure of the clause: "across 38 match days".
ADJUNCT_PREPOSITIONS = ("across", "over", "in", "at", "on", "among", "between", "within", "from", "by", "with")
# The figure anaphors that name a whole, said after its parts: "The total was down from ..."
# (the FIGURE_ANAPHORS that can be a sum).
TOTAL_ANAPHORS = ("the total", "the tally", "the count")
# Adverbs of a second comparison joined by "and" ("and also lower than"), and those between its comparative and
# "than" ("lower too than"), which the reading drops.
AGAIN_ADVERBS = ("also", "still", "even", "yet")
TOO_ADVERBS = ("too", "also", "still")
