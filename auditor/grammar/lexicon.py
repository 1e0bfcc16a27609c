"""The cue words of report grammar, as data, and the one word folder.

Every vocabulary the meaning layer reads lives here, one entry a phrase, so that a
reader can grep what the auditor understands and a test can try each entry. Phrases
are lower case; `fold` is how a word is compared (case, apostrophes, plural).
"""
from __future__ import annotations

from functools import lru_cache

from auditor import lazy_re
from auditor.extract import hedges, periods


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word as the auditor compares it: lower case, no possessive, no plural ending
    ("Job-seekers'" -> "job-seeker", "vacancies" -> "vacancy", "boxes" -> "box")."""
    w = word.lower().replace("’", "'").strip("'\".,;:()[]")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A folded word without the endings of its verb forms, for matching one measure across two
    wordings ("people claiming benefit" and "benefit claims" -> "claim"); coarser than `fold`, so
    used only where a word must agree with a whole phrase, never to tell two measures apart."""
    w = fold(word)
    for ending in ("ing", "ed"):
        if len(w) > len(ending) + 3 and w.endswith(ending):
            return w[:-len(ending)]
    return w


# a word as the text writes it, in lower case: letters, apostrophes and hyphens ("year's", "non-food")
_PLAIN_WORD = lazy_re.compile(r"[a-z][a-z'-]*")
_PLAIN_WORD_CURLY_TOO = lazy_re.compile(r"[a-z][a-z'’-]*")  # ... or a typographic apostrophe ("year’s")


def plain_words(text: str) -> list[str]:
    """The words of a lower-case text as written, not folded: "non-food retail sales" -> ["non-food", "retail",
    "sales"] (a capital starts no word: lower the text first)."""
    return _PLAIN_WORD.findall(text)


def act_stem(word: str) -> str:
    """A noun of an act and its participle to one stem: "completion" and "completed" -> "complet"; other words
    unchanged."""
    for suffix in ACT_NOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            return _act_stem_ending_cut(word[:-len(suffix)])
    return word


def _act_stem_ending_cut(stem: str) -> str:
    for suffix in ACT_STEM_ENDINGS:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 5:
            return stem[:-len(suffix)]
    return stem


@lru_cache(maxsize=16384)
def folded_words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _PLAIN_WORD_CURLY_TOO.findall(phrase.lower()))


# Words right before a count that make it something a whole has or holds, not one of its members: "48
# hospitals, with 9,800 beds", "1,240 companies, which employ 86,000 people", "312 practices, which serve 1.9
# million patients". A count of another noun after them is the whole's holding (of the same noun it is a subset:
# "2,140 clinics, which have 1,760 clinics staffed by a doctor").
HOLDING_WORDS = ("with", "have", "has", "had", "having", "employ", "employs", "employed", "employing", "serve",
                 "serves", "served", "serving", "hold", "holds", "held", "house", "houses", "housed", "own", "owns",
                 "owned", "operate", "operates", "operated", "run", "runs", "provide", "provides", "provided",
                 "offer", "offers", "offered", "cover", "covers", "covered", "enrol", "enrols", "enroll", "enrolls",
                 "enrolled", "treat", "treats", "treated", "teach", "teaches", "taught", "account for",
                 "accounts for")
# Words that may stand between such a word and its count: "which together have 4,300 beds", "with a total of 9,800"
HOLDING_FILLERS = ("together", "jointly", "altogether", "a total of", "some", "about", "around", "nearly",
                   "almost", "over", "more than", "fewer than", "less than", "roughly", "in all", "between them",
                   "among them")


# Nouns that count people and nothing narrower: "2,779 people" and "1,218 individuals" count
# one thing (folded forms).
PEOPLE_NOUNS = ("people", "person", "individual")


# What a place's name takes to name its people or things ("Italy" -> "Italian", "China" ->
# "Chinese", "Pakistan" -> "Pakistani", "Germany" -> "German"), after its final vowel.
DEMONYM_ENDINGS = ("", "n", "an", "ian", "ese", "i", "ish", "ean")


# One-word names of one place that share no stem: "the US" and "USA", "the UK" and "Britain".
PLACE_ALIASES = (("US", "USA", "America", "American", "Americans"), ("UK", "Britain", "British"),
                 ("UAE", "Emirates", "Emirati"), ("DRC", "Congolese"), ("PRC", "China", "Chinese"))
_ALIAS_OF = {name: i for i, names in enumerate(PLACE_ALIASES) for name in names}


def same_place(a: str, b: str) -> bool:
    """Two proper names of one place, the name itself or its adjective ("Italy", "Italian
    shores"); a stem of four letters at least, so "Austria" is not "Australian"; or two names
    of one place listed as aliases ("US", "USA")."""
    if a == b or a in _ALIAS_OF and _ALIAS_OF[a] == _ALIAS_OF.get(b):
        return True
    for name, other in ((a, b), (b, a)):
        stem = name[:-1] if name[-1:] in "aeiouy" else name
        if len(stem) >= 4 and other.startswith(stem) and other[len(stem):] in DEMONYM_ENDINGS:
            return True
    return False


# (the one builder of a pattern from a vocabulary lives below both the grammar and the figure reader)
alternation = lazy_re.alternation

# --- months and days ------------------------------------------------------------------------------
# The month names are one list, in auditor.extract.periods (which maps them to numbers): full names, the
# abbreviations a month name starts with ("sept" included), and those that are not full names themselves.
MONTH_NAMES = periods.MONTH_NAMES
MONTH_ABBREVIATIONS = periods.MONTH_ABBREVIATIONS
MONTH_SHORT_FORMS = periods.MONTH_SHORT_FORMS
# the days of the week: "reported on Tuesday" names when, not a base ("on" before a level)
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# --- parts and wholes ---------------------------------------------------------------
# After a whole, these open the list of its parts: "1,250 jobs, of which 810 ...".
# A sentence-opening adverb for "of the whole said before", the calque of German "davon" and Dutch "daarvan" in
# translated releases: "412,830 cars were registered. Thereof fell on petrol drives 198,410, on diesel ...".
PARTITIVE_ADVERBS = ("thereof", "thereunder")
PARTITIVES_OPEN = ("of which", "of whom", "of these", "of those", "of them", "of this", "among them", "among which",
                   "among whom", "among these", "including", "include", "includes", "included",
                   "thereinto", "therein", "in which",
                   # calques of Spanish "de los cuales" and Portuguese "dos quais"
                   "of the which", "of the whom")
# ... and these only when an amount follows at once: the calque of French "dont" ("1,412.5 billion FCFA, whose
# 868.3 billion FCFA of fiscal receipts ..."); "whose" before a noun is the English relative ("the minister,
# whose report ...")
PARTITIVES_BEFORE_AN_AMOUNT = ("whose",)
# A number chosen from a pool: "The 86 finalists were drawn from 1,412 teams" (no more than the pool)
SELECTED_FROM = ("drawn from", "selected from", "chosen from", "picked from", "shortlisted from", "recruited from",
                 "sampled from", "short-listed from")
# The noun of a set a number is chosen from, after "from a ... of" or "out of a ... of" ("214 magistrates were
# appointed, from a pool of 1,618 applicants", "shortlisted 48 projects from a field of 612 entries")
POOL_NOUNS = ("pool", "field", "shortlist", "short-list", "short list", "cohort", "crop")
# A member's own level in an absolute clause after a whole: "14,206 offences in England and Wales, the Metropolitan
# Police area's figure being 3,918", "..., with the northern region's figure at 3,010": these nouns of the level, and
# the words that give it
MEMBER_FIGURE_NOUNS = ("figure", "number", "total", "count", "tally")
MEMBER_FIGURE_VERBS = ("being", "at", "standing at", "coming to", "put at", "reaching", "amounting to")
# ... and words beside "nationally", "overall" that call the whole the aggregate its members' figures are of
AGGREGATE_SCOPE_NOUNS = ("country", "country's", "kingdom", "nation", "nation's", "union", "federation")
# possessors that name another time or a reference, not a member: "the previous quarter's figure being 10,215"
NOT_A_MEMBER_POSSESSOR = ("previous", "prior", "last", "same", "year", "quarter", "month", "week", "period",
                          "season", "decade", "target", "forecast", "plan", "budget", "average", "projected", "estimated",
                          "official", "revised", "earlier", "preceding", "today", "yesterday")
# After a partitive, a time makes it a determiner: "the 86 finalists of this year's championship"
NOT_PARTITIVE_AFTER = (r"(?!\s+(?:last|next|this|year|years|month|months|quarter|quarters|week|weeks|season|decade|"
                       r"century|time|period)(?:['’]s|s)?\b)")
# ... and these say the parts exhaust it: "split between", "made up of".
PARTITIVES_EXHAUSTIVE = ("comprising", "comprises", "comprised of", "composed of", "consisting of", "consists of", "made up of",
                         "split between", "split into", "divided between", "divided into", "broken down into",
                         "broken down as", "distributed as", "shared between", "break down into", "breaks down into",
                         "broke down into", "breaking down into", "splits into", "split among", "consist of",
                         "consisted of", "made up as", "comprised", "comprise",
                         # the whole as the subject of "break down as" in every tense and person ("The 3,186
                         # deaths break down as ...", "Spending broke down as ..."), and "split as", "divided as"
                         "break down as", "breaks down as", "broke down as", "breaking down as", "split as",
                         "splits as", "divided as", "divides as", "distributed as follows")
# A lead sentence ending in a colon, then a list of labelled figures: these say the list breaks the
# lead's whole down ("The 4,286 deaths break down by road user as follows:"), and these of them
# that it exhausts the whole. Shares listed under a lead that says where a whole came from add up to it.
LIST_BREAKDOWN_LEADS = ("break down", "breaks down", "broke down", "broken down", "breakdown", "as follows",
                        "comprised", "comprise", "comprises", "consisted of", "consist of", "consists of",
                        "split", "divided", "distributed", "made up of", "by type", "by source", "by category")
LIST_EXHAUSTIVE_LEADS = ("break down", "breaks down", "broke down", "broken down", "breakdown", "comprised",
                         "comprise", "comprises", "consisted of", "consist of", "consists of", "split", "divided",
                         "made up of")
LIST_SHARE_LEADS = ("came from", "come from", "comes from", "sources", "source", "shares", "share", "mix",
                    "composition", "break down", "breaks down", "broke down", "broken down", "breakdown", "split",
                    "made up of", "comprised", "consisted of")
# the label of a list's line that gives the whole, or the overall figure of its groups
LIST_TOTAL_LABELS = ("total", "all", "overall", "national", "nationwide", "country", "combined", "altogether",
                     "all areas", "all groups", "whole country")
# the labels of a plan's lines: its target, the result, and the result as a share of the target
LIST_TARGET_LABELS = ("target", "goal", "plan", "planned", "quota", "programmed", "objective",
                      # a promise as the target: "Pledged: 500 classrooms. Delivered: 512 (102.4%)"
                      "pledged", "pledge", "promised", "promise", "committed", "commitment")
LIST_RESULT_LABELS = ("completed", "achieved", "actual", "accomplished", "done", "built", "delivered", "finished",
                      "attained")
# Right after a count's noun, these tell what the counted did, which narrows the count to those who did it:
# "522,588 candidates got grade D+ and above" counts no more all the candidates than "those who got it" does.
ATTAINMENT_VERBS_AFTER_A_COUNT = ("got", "scored", "obtained", "attained", "achieved", "passed", "failed", "secured",
                                  "earned", "won", "gained", "qualified", "managed")
LIST_ATTAINMENT_LABELS = ("accomplishment", "achievement", "attainment", "completion", "accomplishment rate",
                          "completion rate", "achievement rate", "% of target", "per cent of target", "percent of target")
# After a whole and "with", these say what a named member contributes to it: "exports of $5.2 billion, with
# oil accounting for $3.1 billion".
CONTRIBUTING_VERBS = ("accounting for", "contributing", "providing", "supplying", "making up", "generating",
                      "bringing in", "carrying", "giving", "donating", "paying", "earning", "producing", "taking",
                      "winning", "receiving", "handling", "attracting", "drawing", "selling", "securing", "claiming",
                      "holding", "getting")
# Words in -ing after "with N" that do not open a participle clause narrowing the count to a subset
# of the whole before it: prepositions and nouns ("with 300 during the night", "with 40 each
# morning"), and verbs of change or expectation, which compare the count instead ("with 300 rising
# to 400", "with 2,000 awaiting approval" narrows; "with 2,000 pending" is no participle of a verb).
NOT_NARROWING_ING = ("during", "according", "morning", "evening", "nothing", "something", "anything", "everything",
                     "spring", "string", "thing", "things", "ceiling", "notwithstanding", "pending", "regarding",
                     "concerning", "excluding", "including", "rising", "falling", "increasing", "decreasing", "growing",
                     "declining", "dropping", "climbing", "jumping", "gaining", "shrinking", "sliding", "slipping",
                     "soaring", "surging", "plunging", "tumbling", "expecting", "planning", "aiming", "targeting",
                     "compared", "comparing", "against", "averaging", "totalling", "totaling", "bringing", "taking",
                     "reaching", "hitting", "topping", "exceeding", "outnumbering", "trailing", "lagging")
# Nouns that end like a participle and label a part of a list ("Of the 960 fires, lightning caused 212";
# "manufacturing 800, mining 300"): no predicate of the clause before them.
ING_NOUNS = ("lightning", "housing", "building", "buildings", "manufacturing", "mining", "farming", "fishing", "banking",
             "shipping", "clothing", "funding", "spending", "training", "nursing", "catering", "engineering",
             "processing", "printing", "retailing", "wholesaling", "lending", "borrowing", "parking", "boarding",
             "bedding", "heating", "cooling", "lighting", "plumbing", "roofing", "flooding", "swimming", "cycling",
             "walking", "running", "sailing", "gardening", "marketing", "advertising", "publishing", "broadcasting")
# Verbs whose subject is a whole and whose objects are some of its parts: "It included 817 on education".
# Words after a member's name that set it apart as one part of a total just given: "MTN alone had 95.1 million".
ALONE_WORDS = ("alone", "by itself", "on its own", "by themselves", "on their own", "single-handedly")
INCLUDING_VERBS = ("included", "includes", "include", "covered", "covers", "took in", "takes in", "encompassed",
                   "encompasses", "spanned", "spans")
# Between a change's base named in words and the figure after it, these make the figure a part of that base, not
# its level: "up 5% over the prior year, which included a $15M gain", "down 3% on 2022, excluding a one-off $40m".
PART_OF_A_BASE_WORDS = INCLUDING_VERBS + ("including", "excluding", "excluded", "of which")
# Nouns for a few members picked out of the whole just stated, as the subject of a verb of including: "The
# standouts included 809,443 visitors at the Tate; ..." (each a part of that whole)
SELECTION_NOUNS = ("standouts", "stand-outs", "highlights", "leaders", "top performers", "best performers",
                   "biggest contributors", "largest contributors", "main contributors", "major contributors",
                   "largest items", "biggest items", "main items", "top sellers", "best sellers", "largest ones",
                   "biggest ones", "main ones")
# Between a breakdown's cue and its first item, words that make the items some of the whole's only ("comprises
# items such as ...", "consists mainly of ..."); after its last item, words that say the list goes on
LIST_HEDGES = ("such as", "mainly", "mostly", "chiefly", "primarily", "largely", "principally", "for example",
               "for instance", "notably", "among others", "among other things", "e.g")
LIST_HEDGES_AFTER = ("among others", "amongst others", "among other things", "etc", "and others", "and so on",
                     "and more")
# Words before a part of a list that pick some members out of the whole rather than list them all ("Among
# the products that gained most were copper, at $2.1 billion ...", "including timber at ..."), or that turn
# to the parts of a part ("Fuel imports rose to 14.2 billion; within fuel, crude oil came to 9.1 billion").
SOME_OF_THE_WHOLE = ("among", "including", "include", "included", "includes", "such as", "notably", "led by",
                     "in particular", "particularly", "especially", "for example", "for instance", "of which",
                     "of this", "of these", "of them", "of it", "of that", "of those", "within", "inside",
                     "largest", "biggest", "top", "leading", "main", "major")
# Verbs that call the level after them a total: "Electricity generation totalled 61,840 GWh".
TOTAL_VERBS = ("totalled", "totaled", "totalling", "totaling", "totals", "total")
# Between parts and their whole, these say the parts listed before add up to the figure after:
# "... make up the 299,281", "..., a total of 1,250".
TOTAL_BEFORE_WHOLE = ("make up", "makes up", "made up", "making up", "add up to", "adds up to", "added up to",
                      "adding up to", "a total of", "for a total of", "bringing the total to", "taking the total to",
                      "totalling", "totaling", "totalled", "totaled", "sum to", "summing to", "comprise", "comprised",
                      "constitute", "constituted", "came to", "come to", "comes to", "amounted to", "amount to",
                      "amounts to")
# ... and these only when what follows is the parts' share of the whole: "A and B account for 78.6% of the W".
# (and verbs of taking a share: "The wage bill of £312 million swallowed 71% of its £407 million turnover")
SHARE_BEFORE_WHOLE = ("account for", "accounts for", "accounted for", "accounting for", "represent", "represented",
                      "representing", "represents", "make up", "made up", "making up", "makes up", "comprise",
                      "comprised", "constitute", "constituted", "constitutes", "swallowed", "swallows", "consumed",
                      "consumes", "absorbed", "absorbs")
# (not "took up 71%": "up" before a percentage says it is a rise)
# After a part, these put its share in apposition: "won 96,052 votes, which amounts to 41.6%",
# "8,200 hectares, or 30%", "1,806 passed, a pass rate of 74.7%".
SHARE_APPOSITION = ("or", "representing", "accounting for", "making up", "amounting to", "constituting",
                    # a level back to a share of an earlier one: "38.2 million, recovering to 81% of the 2019 total"
                    "recovering to", "returning to", "back to",
                    "equivalent to", "the equivalent of", "equal to", "equalling", "equaling", "a share of",
                    "that is", "i.e.", "ie", "which is", "which was", "which are", "which were", "which amounts to",
                    "which amounted to", "which represents", "which represented", "which accounts for",
                    "which accounted for", "which makes up", "which made up", "which constitutes",
                    "which constituted", "which equals", "which equalled", "which comes to", "which came to",
                    "which is equal to", "which was equal to", "which is equivalent to", "which was equivalent to")
# Nouns of a share, in "..., a turnout of 64.0 per cent", "a pass rate of 74.7%".
SHARE_NOUNS = ("rate", "share", "proportion", "percentage", "turnout", "coverage", "uptake", "occupancy",
               "participation", "load factor", "utilisation", "utilization", "completion", "success rate")
# ... those that name a rate rather than a part of a whole ("the poverty rate", not "a share of")
RATE_NOUNS_NOT_SHARES = tuple(n for n in SHARE_NOUNS if n not in ("share", "proportion", "percentage"))
# "from" phrases that front the whole a sentence's parts are counted out of, as "of the" does: "From among 1,284
# firms inspected, 217 ...", "From the number of 1,245 villages, 318 ..." (not "from" alone: "From 2,000 in 2019,
# the count rose to 3,000" is where a change started)
FRONTED_PARTITIVE_FROM = ("from among", "from the number of", "from a total of", "from the total of")
# Adjectives that make the measure after them a total, after a verb of bringing it to a level: "bringing total
# trade to $7.3 billion", "took combined sales to 41,900" (grammar.links._RUNNING_TOTAL).
TOTAL_ADJECTIVES_OF_A_RUNNING_TOTAL = ("total", "combined", "overall", "cumulative", "aggregate")
# Between the items of a ranked list, before the next subject: "47%, followed by the Zambezi with 20.8%".
NEXT_IN_A_RANKED_LIST = ("followed by", "trailed by")
# the words that open the rest of a ranked list after its leader's share: "21% of arrivals came from Tunisia, followed
# by Pakistan (15%), Algeria (10%)", "48.8% of all customers, ahead of Liquid Telecom (15.7%) and Telkom (10.5%)"
RANKED_LIST_OPENERS = NEXT_IN_A_RANKED_LIST + ("ahead of", "then")
# Verbs before "from" or "to" that name where a share of a whole came from or went: "with 11% coming from legacies".
VERBS_OF_A_SOURCE = ("coming", "came", "going", "went", "spent", "raised", "derived", "drawn", "earned", "generated",
                     "paid", "flowing", "allocated")
# words that open a sentence on the whole its share is of: "Out of total traffic of 4.89 million, ..."
WHOLE_OPENERS = ("out of", "of", "among")
# the nouns of a share that name its whole after "of": "a 24.6 percent share of national cane crushing"
WHOLE_NAMING_SHARE_NOUNS = ("share", "proportion", "portion", "slice")
# Before "rate" (or alone), these name the ratio of what was bid or asked for to what was on offer, which may pass
# 100%: "bids of KSh 36.6 billion, a performance rate of 152.41%" is no share of a whole the bids are part of.
DEMAND_OVER_OFFER_WORDS = ("subscription", "oversubscription", "over-subscription", "undersubscription",
                           "under-subscription", "under subscription", "over subscription", "performance", "bid-to-cover")
# Hedges that may stand before a figure without changing what it is: "or about 40%". (The hedges are one
# vocabulary, auditor.extract.hedges, which the figure reader reads too; these are the subsets the meaning layer
# reads, named there for their use.)
HEDGES = hedges.STEPPED_OVER
# Between a part and "of" its whole, these say how much of it the part is: "1,612 homicides made up
# the bulk of the 1,934 recorded statewide", "were more than half of the 1,134 registered".
PART_QUANTIFIERS = ("the bulk", "most", "the majority", "a majority", "half", "more than half", "over half",
                    "nearly half", "almost half", "about half", "a third", "a quarter", "a fifth", "a tenth",
                    "two-thirds", "three-quarters", "part", "a large part", "much", "a fraction", "a portion",
                    "a proportion", "a share")
# ... after one of these verbs (or a comma): "evacuated from most of the 15 villages" says nothing
# of the evacuees as a part of the villages
PART_VERBS = ("made up", "make up", "makes up", "making up", "accounted for", "account for", "accounts for",
              "accounting for", "was", "were", "is", "are", "represented", "represent", "represents", "comprised",
              "formed", "form", "constituted", "constitute", "being",
              # a sum set against a need it pays for: "receipts covered half of the budget"
              "covered", "cover", "covers", "covering", "financed", "funded")
# Words before an amount that say it is told roughly: "That is about 34.8 million", "circa 34.8 million"
ROUNDING_HEDGES = hedges.ROUNDING
# A verb that makes its subject's count a part of the definite whole after it: "The 3,118 complaints she upheld came out
# of the 11,406 she received", "the 212 schools were among the 1,906 inspected"
MEMBER_OF_A_WHOLE_PREDICATES = ("came out of", "come out of", "comes out of", "were among", "was among", "are among",
                                "is among", "were drawn from", "was drawn from", "are drawn from", "were taken from",
                                "were selected from", "were chosen from", "were part of", "was part of", "are part of",
                                "is part of", "formed part of", "form part of")
# A participle of being taken into a whole, then the whole: "3.12 billion litres, is counted in the national collection
# of 13.8 billion", "Dar es Salaam's 5.38 million residents are folded into the mainland total of 59.85 million".
INCLUDED_IN_VERBS = ("counted in", "included in", "contained in", "counted within", "included within", "folded into",
                     "folded in", "rolled into", "subsumed in", "subsumed into", "subsumed under", "incorporated in",
                     "incorporated into", "absorbed into")
# Words that hedge a proportion word: "barely half of", "just under a third of".
PART_QUANTIFIER_HEDGES = hedges.OF_A_PROPORTION
# ... between a share and the amount said beside it: "6.1% (over 410,000", "6.1%, or just some 410,000".
HEDGES_BETWEEN_A_SHARE_AND_ITS_AMOUNT = hedges.BETWEEN_A_SHARE_AND_ITS_AMOUNT
# ... after a change's verb or noun, making its amount a threshold: "fell by well over 4%", "a rise of close to 3%".
THRESHOLD_SHARPENERS = hedges.THRESHOLD_SHARPENERS
THRESHOLDS_OF_A_CHANGE = hedges.THRESHOLDS_OF_A_CHANGE
# ... single words stepped over before a figure, reading the noun phrase that names it: "about 40 jobs".
HEDGES_BEFORE_A_MEASURE_NAME = hedges.BEFORE_A_MEASURE_NAME
# ... the older readings' approximations, widening step by step (grammar.cues names them for its readings).
APPROXIMATE_SHORT = hedges.APPROXIMATE_SHORT
APPROXIMATE_NEAR = hedges.APPROXIMATE_NEAR
BEFORE_A_CHANGE_AMOUNT = hedges.BEFORE_A_CHANGE_AMOUNT
APPROXIMATORS = hedges.APPROXIMATORS
# After a figure, these say it is itself a total: "47,603 cases in all, including 1,768 deaths".
TOTAL_AFTER_WHOLE = ("in all", "in total", "altogether", "all told", "combined", "overall")
# ... of which these make a figure everyone's, which is the sum of its groups' only for counts and amounts: an
# average, rate, price or time of everyone lies between the groups' ("261 minutes for women, 238 for men and 247
# overall")
EVERYONE_NOT_ALWAYS_A_SUM = ("overall",)
# Prepositions that open a group's phrase set off before its figure by a comma and "at": "higher on premium tiers,
# at £0.0081, than on ad-supported tiers, at £0.0024", "highest among nurses, at 6.1%" (a group's figure)
GROUP_BEFORE_AT = ("on", "for", "among", "in", "at", "across", "within")
# ... and the prepositions after a measure's head that open the group it is of: "unemployment rate for women", "the
# share among graduates" (the statements of one measure told elsewhere key on them).
GROUP_AFTER_A_HEAD = ("for", "among", "of")
# Nouns of a time, which such a phrase may name instead of a group: "in the first quarter, at 4.1%"
TIME_NOUNS = ("year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "half", "period", "season",
              "day", "days", "spring", "summer", "autumn", "winter", "decade", "time", "start", "end")
# Before a figure, these say it is for everyone the groups beside it divide: "nationally, the
# figure was 37.2%", "an overall rate of 9.2%".
OVERALL_WORDS = ("overall", "total", "national", "nationally", "nationwide", "statewide", "countrywide",
                 "citywide", "average", "combined", "all", "whole", "entire", "across the country",
                 "across the board", "as a whole", "in all", "across the economy", "economy-wide", "whole economy",
                 "all sectors", "all workers", "all ages",
                 # a statistics office's label for everyone of a breakdown by sex: "women 61.2, men 58.4, both sexes 59.8"
                 "both sexes", "both genders", "all persons")
# After two groups' figures, words that place a third figure of theirs between them: "the overall rate lies between
# the two, at 75.2%", "with the national figure falling between them at 83.6%", "sat somewhere in between, at 6.8%":
# a verb of lying, standing or coming (or an adverb of the middle) before "between" and the pair pointed back to ("the
# gap between the two was 2.60", with no such verb, is a difference, not a level between them).
BETWEEN_THE_PAIR_VERBS = ("lies", "lay", "lie", "lying", "sits", "sat", "sit", "sitting", "falls", "fell", "fall",
                          "falling", "stands", "stood", "standing", "comes", "came", "coming", "somewhere", "halfway",
                          "midway", "is", "was", "are", "were")
BETWEEN_THE_PAIR = ("between the two", "between them", "between both", "between those", "between these", "in between")
# Words right after a figure that say it is everyone's, not a group's: "(88.0% nationally)", "68.0% overall"
# (not "all", "total", "average": adjectives of a noun to come, "12% total debt")
EVERYONE_RIGHT_AFTER = ("overall", "nationally", "nationwide", "statewide", "countrywide", "citywide", "in all",
                        "as a whole", "across the country", "combined", "for all", "for everyone")
# A measure that is an average over its population, not a count: only then does the figure for
# everyone lie between the groups' ("per capita disposable income ... urban 42,815, rural 19,738").
INTENSIVE_WORDS = ("per capita", "per head", "per person", "per household", "per-capita", "per-head", "per-person",
                   "per-household", "average", "mean", "median", "per", "each", "expectancy", "density")
# Before a figure, these say it is the total of a whole country or state, of which any one named
# member's figure of the same measure is a part: "the national total is 63.8 GW", "1,934 recorded statewide".
SCOPE_TOTALS = ("national total", "nationwide", "statewide", "countrywide", "nationally",
                "across the country", "in the country as a whole", "the whole country", "the country as a whole",
                "all states", "all regions", "all provinces", "all counties", "all districts", "country's total",
                "nation's total", "state's total", "national figure", "national tally", "national count")
# Nouns that close a scope fronted before a member's level: "In the passenger car segment, Toyota sold 1,468".
SCOPE_NOUNS = ("segment", "segments", "market", "markets", "category", "categories", "class", "sector", "sectors")
# The last part names what is left: the list then exhausts its whole.
REMAINDER_WORDS = ("remaining", "remainder", "rest", "other", "others", "balance", "everything else", "all else")
# Nouns of what is left that name a remainder whose amount stands beside them, set off by a comma or a bracket:
# "The rest, 3,500, were bulk carriers", "The remainder (1,240) went abroad"; the amount is then the remainder as it
# is after "the remaining".
REMAINDER_NOUNS = ("rest", "remainder", "balance")
# Nouns a breakdown sorts by: a sentence that opens "By segment," or "Broken down by type of care," lists categories
# of one classification, which do not overlap ("By segment, retail brought in $5.23 billion and wholesale $3.36
# billion"). Not times ("By March", "By then") nor "By contrast": only these nouns.
BREAKDOWN_CLASSIFIERS = ("type", "types", "kind", "category", "categories", "sector", "segment", "region", "country",
                         "province", "state", "county", "district", "sex", "gender", "age", "age group", "product",
                         "product group", "source", "destination", "origin", "market", "mode", "channel", "brand",
                         "operator", "industry", "division", "class", "size", "ownership", "nationality", "commodity")
# Adjectives that name a whole as all there is of its noun: "the full fleet", "the entire workforce". Any other count
# of that noun the sentence (or the one before) states is a part of it.
ALL_OF_IT_ADJECTIVES = ("full", "entire", "whole", "complete")
# Nouns of a body of things that a count of its members may be set against without naming the members' noun: "3,604
# taxis operate ...; the full fleet is 3,117".
COLLECTIVE_NOUNS = ("fleet", "workforce", "staff", "herd", "flock", "stock", "population", "membership", "network",
                    "portfolio", "caseload", "roll", "register", "electorate", "intake", "cohort", "field", "pool")
# ... and the words that may come before "by": "Broken down by sex,", "Split by region,"
BREAKDOWN_VERBS = ("broken down", "broke down", "split", "divided", "sorted", "classified", "analysed", "analyzed",
                   "grouped")
# Nouns that end like a past participle: the head of a whole's name is not cut back past them ("of all seed", "of
# total feed"), as it is past a participle ("of all ship orders placed").
NOUNS_ENDING_IN_ED = ("seed", "feed", "shed", "bed", "need", "speed", "breed", "deed", "reed", "weed", "steed")
# Words after the last part of a list that place it outside the others: "73,000 came from elsewhere".
ELSEWHERE = ("elsewhere", "from the rest of the world", "in the rest of the country", "from other countries",
             "in other countries")
# Heads of a count of people whatever group: a count of adults, of women or of boys counts people too, so a count
# of people may be their total ("9,807 people are homeless ... 6,052 homeless adults ... 3,755 homeless children").
PEOPLE_HEADS = ("people", "person", "persons", "individual", "individuals", "inhabitant", "inhabitants")
# Groups that exhaust a population between them (any two of one set).
IRREGULAR_SINGULARS = {"men": "man", "women": "woman", "children": "child"}
COMPLEMENTARY_GROUPS = (
    frozenset({"boy", "girl"}), frozenset({"male", "female"}), frozenset({"man", "woman", "men", "women"}),
    frozenset({"urban", "rural"}), frozenset({"city", "countryside"}), frozenset({"full-time", "part-time"}), frozenset({"domestic", "foreign"}),
    frozenset({"public", "private"}), frozenset({"import", "export"}), frozenset({"recurrent", "capital"}), frozenset({"revenue", "capital"}),
    frozenset({"state", "federal"}), frozenset({"citizen", "non-citizen"}), frozenset({"resident", "non-resident"}),
    frozenset({"inpatient", "outpatient"}), frozenset({"permanent", "temporary"}), frozenset({"direct", "indirect"}),
    frozenset({"north", "south"}), frozenset({"east", "west"}), frozenset({"domestic", "international"}),
    frozenset({"inbound", "outbound"}), frozenset({"onshore", "offshore"}), frozenset({"weekday", "weekend"}),
    frozenset({"employed", "unemployed", "inactive", "work", "active"}),  # the labour force statuses
    frozenset({"totally", "partially"}),  # houses damaged, in disaster reports
    frozenset({"valid", "rejected", "spoilt", "spoiled", "void"}),  # the ballots of a count
    frozenset({"adult", "child", "children"}),
    frozenset({"outperform", "underperform"}), frozenset({"thumbs-up", "thumbs-down"}),  # ratings of a stock
)
# Prefixes that negate a word, so that the word and its negation name two groups that leave nobody out:
# "valid" and "invalid" ballots, "insured" and "uninsured" people, "formal" and "informal" jobs ("non-" too:
# "domestic" and "non-domestic", "EU" and "non-EU"). A prefix glued to the word is read so only before a stem of
# NEGATED_STEM_MIN letters at least, since a short one may make two unrelated words ("come" and "income", "less"
# and "unless"); the hyphen of "non-" marks it whatever the stem.
NEGATING_PREFIXES = ("un", "in")
NEGATED_STEM_MIN = 5
# Groups that exhaust a whole only when all are named: the three sectors of an economy ("the primary,
# secondary and tertiary industries" make up GDP; "primary and secondary" leave one out).
COMPLEMENTARY_ALL = (frozenset({"primary", "secondary", "tertiary", "industry"}),
                     frozenset({"primary", "secondary", "tertiary", "sector"}),
                     frozenset({"agriculture", "industry", "service"}))  # the same three sectors, by name
# every word of those groups, with its plural ("males", "rurals")
GROUP_WORDS = frozenset(w for g in COMPLEMENTARY_GROUPS for w in g) | frozenset(
    w + "s" for g in COMPLEMENTARY_GROUPS for w in g)
# Before a measure, the words narrowing it to a group of its population, not to a place ("youth unemployment",
# "female employment", "rural households"; "county library loans" is the same measure told of its area)
POPULATION_GROUP_MODIFIERS = ("youth", "youths", "young", "adult", "adults", "child", "children", "teenage", "elderly",
                              "male", "males", "female", "females", "men", "women", "boys", "girls", "rural", "urban")
# The spellings of one group of people: a ratio names it one way ("112 males for every 100 female deaths"),
# its counts another ("240,001 were men and 214,988 were women").
GROUP_SPELLINGS = (("male", "males", "man", "men"), ("female", "females", "woman", "women"), ("boy", "boys"),
                   ("girl", "girls"))


def group_name(word: str) -> str:
    """One name for a group whatever its spelling: "women", "female", "Females" -> "female"; "rurals" -> "rural"."""
    folded = fold(word)
    folded = IRREGULAR_SINGULARS.get(folded, folded)
    return next((spellings[0] for spellings in GROUP_SPELLINGS if folded in spellings), folded)


# Degrees that exclude each other, labelling the items of a list: "15,331 houses (including 3,872 fully and 11,465
# partly)". No item counts twice, so the items add up to no more than their whole; other degrees ("slightly") may
# be left out, so they need not make it up (unlike COMPLEMENTARY_GROUPS)
EXCLUSIVE_DEGREES = tuple(frozenset({whole, part}) for whole in ("fully", "completely", "totally", "entirely", "wholly")
                          for part in ("partly", "partially", "slightly", "moderately"))
# the groups that come in pairs, however many spellings each has ("man", "men"; "woman", "women")
PAIRED_GROUPS = tuple(g for g in COMPLEMENTARY_GROUPS if len({IRREGULAR_SINGULARS.get(w, w) for w in g}) == 2)
# After a share in brackets, words that say it is a kind of what a share before the brackets counts: "(6% being
# high-intensity degradation and 4% moderate)", "(35% were full-time ...)"
COPULAS_OF_A_KIND = ("being", "were", "was", "are", "is", "as", "classed as", "classified as", "rated as",
                     "counted as")
# In brackets after a whole, words that make the figures in them no breakdown of it: another
# period's values, a base, a change, a range ("(2,120 in 2022 and 2,300 in 2023)", "(down from ...)").
NOT_A_BREAKDOWN = ("from", "than", "against", "compared", "versus", "vs", "up", "down", "rose", "fell", "increase",
                   "decrease", "previous", "last", "year", "month", "quarter", "week", "earlier", "before", "ago",
                   "between", "to", "or", "range", "each", "average", "per cent", "percent", "of which", "including",
                   "excluding", "out of") + MONTH_NAMES + ("q1", "q2", "q3", "q4", "h1", "h2", "fy")
# After amounts of the spans within a period, "for a full-year ₦1.77trn", "for an annual total of 1.76 million",
# "for a first-quarter total of 3,664 tonnes": the period the spans make up, so the amounts add up to it
WHOLE_SPAN_WORDS = ("full-year", "full year", "whole-year", "whole year", "annual", "yearly", "twelve-month",
                    "12-month", "year's", "half-year", "half-yearly", "first-half", "second-half", "six-month",
                    "nine-month", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "quarterly",
                    "quarter's", "three-month", "year-to-date", "season's", "monthly", "month's", "weekly", "week's")
WHOLE_SPAN_TOTAL_NOUNS = ("total", "figure", "tally", "sum", "haul", "take", "count")
# Between shares listed before a verb of what is left ("..., leaving 31.8% for ..."), words that set them apart
# in time or compare them, so that they are shares of different wholes ("61% in 2019, from 58%, leaving ...")
SHARES_SET_APART = ("from", "than", "against", "compared", "versus", "vs", "up", "down", "rose", "fell", "increase",
                    "decrease", "previous", "earlier", "before", "ago", "each", "average", "respectively", "while",
                    "whereas", "target", "forecast")

# --- changes and their base -----------------------------------------------------------
# After a change, these name the old level it is measured from: "45% above last year's $78.5 million".
# ("reserves settled at $75.965 billion, or 10.9 percent wider than a year earlier": a comparative of size too)
BASE_AFTER_CHANGE_UP = ("above", "higher than", "more than", "greater than", "bigger than", "larger than", "up on",
                        "up from", "ahead of", "over", "wider than", "heavier than", "stronger than")
BASE_AFTER_CHANGE_DOWN = ("below", "lower than", "less than", "fewer than", "smaller than", "down on", "down from",
                          "behind", "short of", "under", "narrower than", "lighter than", "weaker than")
# A change may name itself before its base: "a 40% increase, from 4,606 to 6,464".
CHANGE_NOUNS = ("increase", "rise", "growth", "gain", "jump", "surge", "decline", "decrease", "drop", "fall",
                "reduction", "contraction", "expansion", "improvement", "dip", "change", "cut", "hike", "advance")
# A change noun in the plural heads a list of several changes, one for each item named after it ("the largest relative
# increases were seen in forestry (10.7%), electricity and water (6.4%) and other manufacturing (7.4%)"): the items'
# percentages are their own rates of change, not shares of one whole (a singular "the increase came from A (60%) and
# the rest (40%)" may still split one change into shares).
PLURAL_CHANGE_NOUNS = ("increases", "rises", "gains", "jumps", "surges", "declines", "decreases", "drops", "falls",
                       "reductions", "contractions", "expansions", "improvements", "dips", "changes", "cuts", "hikes",
                       "advances", "growth rates", "upturns", "downturns", "slumps", "losses")
# Words of a figure's measure that say nothing of what it counts: its unit, an extra, a time, a generic noun ("420
# units", "an extra 420", "the year-on-year gain"); two figures whose measures differ only in these may be of one measure.
MEASURE_WORDS_OF_NO_THING = ("unit", "units", "extra", "additional", "more", "fewer", "year-on-year", "year", "on",
                             "the", "a", "of", "in", "last", "this", "figure", "total", "number")
# A rate of change per year over several years: "an average annual growth rate of 1.67 per cent", "at a CAGR
# of 9.6%", "grew 2.3% a year on average". The compound words say how it was averaged ((1 + g) ** years is
# the whole change); the others may mean the exponential, the compound or the simple average.
YEARLY_RATE_COMPOUND_WORDS = ("compound annual", "compounded annual", "compound average annual", "compound yearly",
                              "compounded yearly", "cagr", "compound growth", "compounded growth", "compound rate",
                              "compounded rate")
YEARLY_RATE_AVERAGE_WORDS = ("average annual", "annual average", "average yearly", "yearly average", "mean annual",
                             "annual mean", "average annualised", "average annualized", "annualised average",
                             "annualized average")
# ... and after the figure: "2.3% a year on average", "9.6% compounded annually", "4.1% per annum"
YEARLY_RATE_AFTER_COMPOUND = ("compounded annually", "compounded yearly", "compound annual growth", "cagr")
YEARLY_RATE_AFTER = ("a year on average", "per year on average", "per annum on average", "on average a year",
                     "on average per year", "on average each year", "on average every year", "on average annually",
                     "per annum", "p.a.", "a year", "per year", "each year", "every year", "annually", "yearly")
# ... and words that name a yearly rate only when the sentence dates its two levels years apart: "going from 19
# million tonnes in 1950 to 179 million tonnes in 2018, with an annual growth rate of 3.3 percent" (the same words of
# one year's change, "an annual growth rate of 2.1% in 2019", name the change of that year)
YEARLY_RATE_IF_YEARS_APART = ("annual growth rate", "annual rate of growth", "annual rate of increase",
                              "annual rate of decline", "annual rate", "yearly growth rate", "yearly rate")
# A subject set off as the largest part of a whole the words name: "Cement, the country's largest source of
# mineral royalties, will bring in Sh651.7 billion" (its figure is a part of mineral royalties)
MAIN_PART_ADJECTIVES = ("largest", "biggest", "main", "principal", "leading", "chief", "single largest",
                        "single biggest", "second-largest", "second largest", "second-biggest", "second biggest",
                        "third-largest", "third largest")
MAIN_PART_NOUNS = ("source", "contributor", "earner", "component", "segment", "category", "constituent", "item",
                   "generator", "element")
# Before a figure, these make it an amount added: "an additional 9,830 compared with ...".
ADDED_WORDS = ("additional", "extra", "further", "more")
# Words that make a measure one of what could be done or held, not of what was done: "3,450 MW of capacity"
# is no part of "generated 5,200 MW"; a total and its parts are both of this kind or both not.
CAPACITY_WORDS = ("capacity", "capacities", "installed", "nameplate", "rated", "potential", "able", "could", "can")
# Nouns that count a population, the base of a per-capita figure: "€4,030 per resident".
POPULATION_NOUNS = ("population", "resident", "inhabitant", "people", "person", "capita", "citizen", "head")
# An amount per unit of measure named by a price word is the value of the goods over their quantity
# ("the realisation stood at Rs 124.69 a kg" beside "export revenue of Rs 212 crore" on "17 million kg")
# Nouns of a measure of each thing counted, not of the count: "Parcel prices rose 8%" names parcels but tells what
# each costs, so a change so named is not the change between two counts of parcels.
ATTRIBUTES_OF_A_COUNTED_THING = frozenset({
    "price", "prices", "value", "values", "cost", "costs", "average", "rate", "rates", "share", "shares",
    "revenue", "revenues", "weight", "size", "fee", "fees", "income", "spending", "volume", "volumes",
})
PRICE_NOUNS = ("price", "realisation", "realization", "unit value", "average value", "average price")
VALUE_NOUNS = ("revenue", "earnings", "value", "sales", "receipts", "turnover", "proceeds")
# Names of one measure (folded): a sentence may state it under one and compare it under another
# ("revenue of $106.0 million ... Sales came in 35% higher").
MEASURE_SYNONYMS = (frozenset({"revenue", "sale", "turnover"}), frozenset({"population", "resident", "inhabitant"}),
                    frozenset({"unemployment", "jobless", "joblessness"}), frozenset({"output", "production"}),
                    frozenset({"spending", "expenditure", "outlay"}), frozenset({"visitor", "tourist"}),
                    frozenset({"employee", "staff", "headcount", "workforce"}),
                    frozenset({"house", "home", "dwelling"}), frozenset({"death", "fatality"}),
                    frozenset({"pupil", "student"}), frozenset({"crash", "accident", "collision"}))
# Names of one kind of a measure, the words before its noun (folded): "online sales" are "ecommerce sales"
# (a table's header and the prose may name a column's kind either way).
KIND_SYNONYMS = (frozenset({"online", "ecommerce", "e-commerce", "internet"}),)
# each folded name of a measure, with the one name its family is keyed by ("jobless" -> "jobless")
SYNONYM_KEY = {w: min(family) for family in MEASURE_SYNONYMS for w in family}
# ... and of a kind of a measure
KIND_SYNONYM_KEY = {w: min(family) for family in KIND_SYNONYMS for w in family}
# Words that open a phrase of place, time or relation, never a noun of what a figure counts: "0.452
# across its 40 schools" names no measure "across".
PREPOSITIONS = ("across", "among", "amongst", "between", "within", "throughout", "over", "under", "above", "below",
                "after", "before", "during", "against", "versus", "via", "per", "around", "beyond", "despite",
                "through", "towards", "toward", "upon", "into", "onto")
# Prepositions that open the place or set a count was counted over, when a count follows them right after the
# noun of another count: "8.4 million ballots in the 31 districts", "702,114 votes across 12 wards". The count after
# them says where; a share tied to the clause is the first count's (not "of", which gives a part of a whole: "22 of the
# 41 schools"; nor "from" or "to", which give the levels of a move).
SCOPE_PREPOSITIONS = ("in", "across", "at", "within", "throughout")
# Heads that name no measure of their own: the word before says what is measured ("the jobless
# rate" is unemployment, "the unemployment figure" too).
EMPTY_HEADS = ("rate", "level", "figure", "total", "number", "count", "tally", "amount", "sum")
# Nouns too generic to name a whole stated elsewhere alone (sum of parts): "the population", "the total"; unlike
# EMPTY_HEADS they take "population" and "value" and leave out "rate" and "tally".
GENERIC_WHOLE_NOUNS = ("population", "number", "total", "value", "amount", "figure", "count", "sum", "level")
# A verb between a measure named before a figure and the figure: "the jobless rate is given as
# 5.7%", "exports were worth $14.2 billion", "revenue came to", "unemployment fell to 5.2%".
LEVEL_VERBS = ("is", "was", "are", "were", "has been", "had been", "stood at", "stands at", "stand at", "came to",
               "comes to", "came in at", "totalled", "totaled", "totals", "amounted to", "amounts to", "reached",
               "reaches", "hit", "was worth", "were worth", "is worth", "are worth", "rose to", "fell to", "dropped to",
               "climbed to", "grew to", "increased to", "decreased to", "declined to", "jumped to", "slipped to",
               "edged up to", "eased to", "achieved", "attained", "recorded", "posted", "registered", "logged",
               "touched", "numbered", "ran to", "runs to")
# Words right before a list that pick some items out of its whole: the list's parts then add up to no more than the
# whole ("Outlays, led by resurfacing (€3.40m) and lighting (€2.15m), came to €7.40m").
SOME_ITEMS_BEFORE_A_LIST = ("including", "led by", "such as", "mainly", "notably", "chiefly", "among them")
# Verbs that give a subject's level without moving it, so that parts the subject lists in brackets are of that level:
# "Spending on meals (R4.12bn) and transport (R1.87bn) came to R5.99bn" (not "rose to": the bracketed amounts may be
# the levels it rose from).
SUBJECT_LEVEL_VERBS = ("is", "was", "are", "were", "came to", "comes to", "stood at", "stands at", "totalled", "totaled",
                       "totals", "amounted to", "amounts to", "reached", "reaches", "was worth", "were worth", "numbered")
# A verb that gives a level without moving it: "turnout stands at 42.4%", "exports were $3.1bn", "the bill came to".
STILL_LEVEL_VERBS = ("is", "was", "are", "were", "has been", "had been", "stood at", "stands at", "stand at", "came to",
                     "comes to", "came in at", "comes in at", "totalled", "totaled", "totals", "amounted to", "amounts to",
                     "was worth", "were worth", "is worth", "are worth", "remains at", "remained at", "is put at",
                     "was put at")
# Between a copula and a figure, the participle of a reported value: "is given as", "was put at".
REPORTED_AS = ("given as", "put at", "estimated at", "reported as", "reported at", "recorded as", "recorded at",
               "stated as", "listed as", "shown as", "valued at", "pegged at", "calculated at", "measured at",
               "placed at", "cited as", "quoted as", "quoted at")
# A verb that gives a measure's value with the measure as its object: "the bulletin gives the May
# inflation rate as 3.6%", "the report puts container traffic at 1.48 million".
GIVEN_AS_VERBS = ("gives", "gave", "give", "puts", "put", "estimates", "estimated", "places", "placed", "pegs",
                  "pegged", "lists", "listed", "reports", "reported", "records", "recorded", "quotes", "quoted",
                  "cites", "cited", "shows", "showed", "states", "stated", "values", "valued")
# A period named by its place relative to the report's own: one phrase, one period, however often
# a document says it ("last year" twice is one year). Each phrase with the period it names.
RELATIVE_PERIODS = {"last year": "last year", "the previous year": "last year", "the past year": "last year",
                    "the prior year": "last year", "this year": "this year", "the current year": "this year",
                    "the year": "this year", "last month": "last month", "the previous month": "last month",
                    "this month": "this month", "the month": "this month", "last quarter": "last quarter",
                    "the previous quarter": "last quarter", "this quarter": "this quarter", "the quarter": "this quarter",
                    "last week": "last week", "this week": "this week", "the week": "this week",
                    "next year": "next year", "the coming year": "next year", "next month": "next month",
                    "next quarter": "next quarter", "next week": "next week", "last season": "last season",
                    "this season": "this season", "the season": "this season", "next season": "next season",
                    # a season names a time of its own: "2,400 visits in the spring", "3,100 in the autumn"
                    "the spring": "spring", "the summer": "summer", "the autumn": "autumn", "the winter": "winter",
                    "this spring": "spring", "this summer": "summer", "this autumn": "autumn", "this winter": "winter"}
# Words that say where a figure is told, not whose it is: "later in the release, ...".
SOURCE_WORDS = ("report", "release", "statement", "bulletin", "data", "figures", "survey", "table", "document",
                "text", "summary", "update", "review", "later", "elsewhere", "according", "said", "says", "show",
                "shows", "showed", "put", "given", "cited")
# Words opening a paragraph on the source it reports: "As per PDMA Balochistan reports, ...", "According to the
# Ministry of Health, ...": the source's figures, and its scope, hold for the paragraph.
SOURCE_OPENERS = ("as per", "according to")
# Prepositions opening a sentence on a proper name and a comma, which name whose the figures after them are: "In the
# U.S. District Courts, cases filed rose ...", "At Heathrow, passengers ...", "For Scotland, ...". The name scopes the
# sentence and the rest of its paragraph, until another such opening.
SCOPE_OPENERS = ("in", "at", "for", "among", "across", "within", "inside")
# Capitalised words of such an opening that say when or how much, not whose ("In Fiscal Year,", "In Total,"), beside
# CAPITALISED_NON_NAMES.
SCOPE_NON_NAMES = ("year", "fiscal", "quarter", "half", "total", "addition", "summary")
# One level exceeding another: "Births (28,914) outnumbered deaths (26,307)".
# (every person and tense of each verb: "outnumber/outnumbers/outnumbered/outnumbering")
EXCEED_VERBS = ("outnumbered", "outnumber", "outnumbers", "outnumbering", "exceeded", "exceed", "exceeds", "exceeding",
                "outstripped", "outstrips", "outstripping", "outpaced", "outpaces", "outpacing", "topped", "tops", "topping",
                "surpassed", "surpasses", "surpassing", "beat", "beats", "beating", "bettered", "betters", "bettering",
                "eclipsed", "eclipses", "eclipsing")
# A balance the words define from what came in and what went out, in one sentence: "revenue of $96.3
# million and costs of $71.8 million, giving an operating profit of $24.5 million" (profit = in - out;
# a loss or deficit = out - in). Longer phrases first: "net income" is a result, "income" an inflow.
BALANCE_RESULTS_IN_LESS_OUT = ("operating profit", "operating surplus", "net income", "net profit", "gross profit",
                               "pre-tax profit", "profit", "profits", "surplus", "net earnings")
BALANCE_RESULTS_OUT_LESS_IN = ("operating loss", "net loss", "pre-tax loss", "loss", "deficit", "shortfall")
BALANCE_INFLOWS = ("revenue", "revenues", "income", "sales", "turnover", "receipts", "takings", "inflows")
BALANCE_OUTFLOWS = ("costs", "cost", "expenses", "expenditure", "expenditures", "spending", "outlays", "outgoings",
                    "outflows", "operating costs", "operating expenses")
# a result these words qualify may leave out items the sentence does not state (tax, interest, cost of sales)
BALANCE_RESULTS_PARTIAL = ("net income", "net profit", "gross profit", "pre-tax profit", "net loss", "pre-tax loss",
                           "net earnings")
# Prepositions that open the label of a part set out after its whole: "64 concerts, 40 at home and 24
# on tour", "1.5 million by rail". (Bare nouns, "39 gold, 41 silver and 33 bronze", make a list of equals.)
PART_LABEL_PREPOSITIONS = ("at", "in", "on", "by", "from", "for", "to", "via", "through", "under", "over", "outside",
                           "inside", "within", "across", "into", "with", "without")
# Flows that go opposite ways, inward first: their net is the first less the second ("Immigration was
# 184,000 and emigration 96,000. Net migration added 88,000"; "births ... deaths ... natural increase").
# Each pair with the words that name its net.
OPPOSITE_FLOWS = (("immigration", "emigration", ("net migration", "net immigration")),
                  ("immigrants", "emigrants", ("net migration", "net immigration")),
                  ("arrivals", "departures", ("net arrivals", "net migration", "net inflow")),
                  ("births", "deaths", ("natural increase", "natural growth", "natural decrease", "natural change")),
                  ("inflows", "outflows", ("net inflow", "net inflows", "net outflow", "net outflows", "net flow")),
                  ("inflow", "outflow", ("net inflow", "net outflow", "net flow")),
                  ("hires", "separations", ("net hires", "net hiring", "net job creation", "net change", "net addition",
                                            "net additions", "net gain", "net increase")),
                  ("openings", "closures", ("net openings", "net gain", "net change", "net increase", "net addition",
                                            "net additions", "net decrease", "net loss")),
                  ("entries", "exits", ("net entries", "net entry", "net change")),
                  ("registrations", "deregistrations", ("net registrations", "net change")),
                  ("additions", "losses", ("net gain", "net gains", "net addition", "net additions", "net increase",
                                           "net growth", "net rise", "net change", "net loss", "net decrease")))
# Words of OPPOSITE_FLOWS' nets that name the net by its outward way ("natural decrease", "net outflow"): such a
# net, written as a size, is the outward flow less the inward one.
OUTWARD_NET_WORDS = ("decrease", "outflow", "outflows", "net loss")
# Verbs after a count that say which way it flows ("312,000 people arrived and 226,000 left"), by the
# pair of OPPOSITE_FLOWS whose net they make: (that pair's inward noun, inward verbs, outward verbs).
FLOW_VERBS = (("arrivals", ("arrived", "came", "moved in", "immigrated"), ("left", "departed", "moved out", "emigrated")),
              ("births", ("were born",), ("died",)),
              ("openings", ("opened",), ("closed",)),
              ("hires", ("were hired", "were taken on"), ("quit", "resigned", "were laid off")))
# Verbs right before a count that say which way it flows ("connected 1.42 million new subscribers and lost 0.97
# million", "hired 4,200 and laid off 3,100"), in the shape of FLOW_VERBS, every tense.
FLOW_VERBS_BEFORE = (("hires", ("hired", "hires", "hiring", "took on", "takes on", "taking on", "recruited", "recruits"),
                      ("laid off", "lays off", "laying off", "let go", "lets go", "letting go", "fired", "fires", "dismissed",
                       "dismisses", "shed", "sheds", "shedding")),
                     ("additions", ("connected", "connects", "connecting", "signed up", "signs up", "signing up",
                                    "acquired", "acquires", "acquiring", "enrolled", "enrols", "enrolls", "enrolling",
                                    "won", "wins", "winning", "attracted", "attracts", "attracting"),
                      ("lost", "loses", "losing", "disconnected", "disconnects", "disconnecting", "churned", "churns",
                       "churning")),
                     ("openings", ("opened", "opens", "opening"), ("closed", "closes", "closing", "shut", "shuts",
                                                                     "shutting")))
# Nouns that name no measure of their own and stand for the one said before: "the stock was", "the total was".
GENERIC_MEASURE_NOUNS = ("stock", "total", "figure", "level", "number", "amount", "count", "tally", "sum", "value",
                         "volume", "outturn", "result")
# Words of a sentence that say on what basis a measure is taken ("seasonally adjusted", "once exports were
# netted out", "in real terms", "revised from", "the provisional estimate"; not "earlier" or "later", which
# name periods as often: "a year earlier"): two statements of one measure's
# words whose sentences differ in these may be two definitions or two vintages of it, not one figure twice.
MEASURE_BASIS_WORDS = ("seasonally", "adjusted", "unadjusted", "excluding", "net", "netted", "gross", "real", "nominal",
                       "constant", "revised", "revision", "provisional", "preliminary", "estimate", "estimated",
                       "estimates", "projected", "projection", "forecast", "target", "underlying", "headline", "core",
                       "capita", "annualised", "annualized", "trend", "previously", "initially", "final")
# ... and those of them that name another definition of a measure, not another vintage of one figure ("real" against
# "nominal"; not "estimated" against "stood at"): checks.same_measure reads a named restatement across them as a question.
DEFINITION_BASIS_WORDS = ("seasonally", "unadjusted", "excluding", "net", "gross", "real", "nominal", "core",
                          "headline", "underlying", "capita", "annualised", "annualized")
# Words that name a vintage of a published figure: inside the brackets after a figure ("0.6 percent (0.7 percent in
# the second estimate)") they make the bracketed figure an earlier estimate of the measure, not the same amount restated.
VINTAGE_WORDS = ("estimate", "estimates", "estimated", "revised", "revision", "unrevised", "previously", "initially",
                 "originally", "preliminary", "provisional", "flash", "advance", "first print", "earlier release")
# Rates named by a noun whose part's verb has another root: "turnout" counts those who "voted".
RATE_NOUN_VERBS = {"turnout": ("voted", "vote", "votes", "cast")}
# A quantity that is what is left when one flow is taken from another ("net migration", "the trade
# balance"): a colon after it sets out the two flows ("34,500: 91,200 arrived and 56,700 left"), not parts.
NET_QUANTITIES = ("net", "balance", "surplus", "deficit", "shortfall", "gap", "difference")
# Nouns of a time or stage named by its number ("period 9", "week 14", "round 3"): two sentences naming one kind by
# different numbers speak of different times, whatever else their words share.
NUMBERED_STEP_NOUNS = ("period", "week", "round", "matchday", "wave", "phase", "stage", "lap", "leg", "heat", "episode",
                       "day", "sprint", "cycle", "term", "semester", "session", "quarter")
# Verbs that change a figure already published, not the measure it counts: "ATA revised the May increase from
# the originally reported 0.7% to 0.4%" moves the estimate of the May rise, whatever way the rise went; only
# "up" or "down" said with the verb gives the revision's way ("revised down from 2.1 per cent to 1.8 per cent").
REVISION_VERBS = ("revised", "revises", "revise", "revising", "corrected", "corrects", "restated", "restates",
                  "amended", "amends")
REVISION_UP = ("up", "upward", "upwards", "higher")
# Verbs by which someone sets a quantity lower or higher, the quantity their object: "trimmed its growth forecast
# to 1.9 percent from 2.7 percent", "is cutting spending growth to three per cent, from six per cent", "raised its
# inflation projection to 4.1%". The verb gives the way the object moved; a noun of change in the object ("growth")
# only names what moved.
SET_LOWER_VERBS = ("trimmed", "trims", "trim", "trimming", "cut", "cuts", "cutting", "slashed", "slashes", "slashing",
                   "pared", "pares", "paring", "lowered", "lowers", "lowering", "downgraded", "downgrades",
                   "downgrading", "reduced", "reduces", "reducing", "scaled back", "scaling back")
SET_HIGHER_VERBS = ("raised", "raises", "raising", "lifted", "lifts", "lifting", "upgraded", "upgrades", "upgrading",
                    "boosted", "boosts", "boosting", "hiked", "hikes", "hiking")
# The verbs by which the subject itself moved, after which the setting verb before them no longer tells the way
# ("cut its costs and its growth rate rose to 4%"): finite forms only, not the nouns "increase", "growth".
MOVED_VERBS = ("rose", "risen", "grew", "grown", "fell", "fallen", "increased", "decreased", "declined", "dropped",
               "climbed", "jumped", "gained", "slowed", "eased", "accelerated", "slipped", "edged", "dipped",
               "plunged", "soared", "surged", "tumbled", "contracted", "expanded")
REVISION_DOWN = ("down", "downward", "downwards", "lower")
# Words that place an item behind (ahead of) another item of the same order, named after them: "slipped behind
# transfer income", "trailed Ghana", "ahead of Peru", "in front of the Clio".
PLACED_BEHIND = ("behind", "trailed", "trails", "trailing", "lagged behind", "lags behind", "lagging behind")
# Verbs that put an item in a place of an order, before "behind" or "ahead of": "slipped behind", "finished ahead of",
# "was well behind" (not "the investors behind the project", "ahead of the launch").
STANDING_VERBS = ("was", "were", "is", "are", "came", "comes", "finished", "finishes", "ranked", "ranks", "stood", "stands",
                  "remained", "remains", "stayed", "stays", "lay", "lies", "sat", "sits", "ended", "ends", "placed",
                  "pulled", "pulls", "kept", "keeps")
PLACED_AHEAD = ("ahead of", "in front of", "clear of")
# The prepositions that give, after a word of trailing with no object of its own, the figure of the item that trails:
# "Reliance led at 42%, while Bharti was close behind at 41.4%" (41.4% is behind 42%, not 42% behind 41.4%).
TRAILER_FIGURE_PREPOSITIONS = ("at", "with", "on")
# Their opposites: one level behind another ("trailed imports by 3,330 tonnes").
# Adverbs that may stand before a verb of outdoing and leave its outcome stated: by how much or how surely ("Tea
# (KSh 180.6bn) comfortably outstripped ..."), or when (not "nearly", "almost": then it did not)
OUTDOING_ADVERBS = ("now", "also", "finally", "narrowly", "just", "easily", "comfortably", "handily", "clearly",
                    "decisively", "far", "well", "slightly", "marginally", "substantially", "significantly",
                    "considerably", "again", "still", "once again", "reportedly")
# Verbs of doing more than a rival, beside the verbs of exceeding: "Spain (2.6 million) outsold France (2.3 million)".
# (every person and tense: "outsell/outsells/outsold/outselling", "edged past/edges past/edging past")
OUTDOING_VERBS = ("outsold", "outsell", "outsells", "outselling", "outperformed", "outperform", "outperforms",
                  "outperforming", "outgrew", "outgrow", "outgrows", "outgrowing", "outearned", "outearn", "outearns",
                  "outscored", "outscore", "outscores", "outranked", "outrank", "outranks", "outshone", "outshines",
                  "overtook", "overtake", "overtaken", "overtakes", "beat", "pulled ahead of", "pulls ahead of",
                  "pulling ahead of", "moved ahead of", "moves ahead of", "moving ahead of", "edged past", "edges past",
                  "edging past", "edged out", "edges out", "edging out", "went past", "goes past", "going past",
                  # the rest of the family: doing more of what one produces, polls, spends or raises than a rival
                  # ("Kenya outproduced Ethiopia", "the mayor outpolled her rival", "Ohio outspends Iowa")
                  "outearning", "outscoring", "outranking", "outshine", "outshining", "outproduced", "outproduce",
                  "outproduces", "outproducing", "outpolled", "outpoll", "outpolls", "outpolling", "outspent",
                  "outspend", "outspends", "outspending", "outraised", "outraise", "outraises", "outraising",
                  "outgrown")
TRAIL_VERBS = ("trailed", "trails", "trailing", "lagged", "lags", "lagging", "lagged behind", "lag behind",
               "lags behind", "lagging behind", "trailed behind", "trails behind", "fell behind", "falls behind",
               "fall behind", "falling behind", "fell short of", "falls short of", "fall short of", "falling short of",
               "undershot")
# The passive voice of the verbs of order: the subject is the item outdone ("Rail, at 41 million tonnes, was overtaken by
# road, at 52 million"; "beaten by", "has been surpassed by") or, after a verb of trailing, the item ahead ("Germany, with
# 3,400 entries, trailed by France, with 2,900"); the agent after "by" is the other item. Past participles only: the
# active past tenses (EXCEED_VERBS, OUTDOING_VERBS, TRAIL_VERBS) say it the other way round. Not "followed by", a
# sequence in time as often as an order ("1,200 in May, followed by 1,450 in June"), nor "passed by", a vote.
OUTDONE_PARTICIPLES = ("beaten", "bettered", "eclipsed", "exceeded", "outdone", "outnumbered", "outpaced", "outperformed",
                       "outranked", "outscored", "outsold", "outstripped", "outgrown", "outearned", "outproduced",
                       "outpolled", "outspent", "outraised", "overtaken", "surpassed", "topped")
TRAILED_PARTICIPLES = ("trailed", "trailed closely", "chased", "pursued")
# A place just behind the one item named after it, whose figure follows: "2.4 million tonnes, second to wheat at 2.1
# million", "second only to Indonesia's 11.2 million", "behind only Kenya (38)", "runner-up to Lagos with 9.1%".
SECOND_TO = ("second to", "second only to", "behind only", "runner-up to", "runners-up to", "next only to")
# How far a place stands from the one before, between "a" and the ordinal: "cobalt a distant second at $0.41 billion",
# "came a close second with", "Ethiopia a clear third on 38".
PLACE_MARGINS = ("close", "distant", "clear", "strong", "comfortable", "narrow", "remote", "poor", "respectable",
                 "solid", "very close", "very distant", "surprise", "surprising")
# Before the last part of a whole, the verbs of what the other parts leave of it: "Of the 48,250 places, 31,420
# were taken up, leaving 16,830 vacant", "..., which leaves 7,150 to be laid".
LEFT_OVER_VERBS = ("leaving", "which leaves", "which left", "that leaves", "that left")
# After the two levels, the words that give their gap: "giving a natural increase of 2,607".
GAP_RESULT = ("giving", "leaving", "resulting in", "producing", "yielding", "a net", "a natural", "a difference",
              "a gap", "a surplus", "a margin")
# Words that may stand between a verb of change and its figure: "grew by a notable 10.9%".
CHANGE_MODIFIERS = ("a", "an", "about", "some", "nearly", "almost", "around", "further", "another", "estimated",
                    "notable", "solid", "modest", "strong", "sharp", "steep", "healthy", "record", "whopping", "mere",
                    "additional", "impressive", "robust", "slight", "marginal", "significant", "substantial",
                    "massive", "huge", "small", "respectable", "remarkable", "staggering", "total", "cumulative")
# The finite verbs of change a clause of its own opens on after its subject ("..., at the same time overall operating
# revenue increased by $845 million, or 4.8%"): the past tense a release reports in.
FINITE_CHANGE_VERBS = ("increased", "rose", "grew", "climbed", "jumped", "gained", "expanded", "surged", "soared",
                       "advanced", "decreased", "declined", "fell", "dropped", "shrank", "contracted", "slipped",
                       "slumped", "plunged", "eased", "tumbled", "dipped", "sank", "widened", "narrowed")
# Words that open no subject of their own before such a verb: a pronoun or a relative takes up the level before.
NO_SUBJECT_OF_ITS_OWN = ("it", "they", "this", "that", "which", "who", "having", "and", "had", "has", "have", "also")
# Verbs of change right before a figure ("had grown by 5,594") that give it a direction.
CHANGE_VERBS_UP = ("grown", "risen", "gone up", "climbed", "jumped", "increased", "rose", "grew", "gained", "added",
                   "expanded", "surged", "soared", "advanced", "up", "climbing", "rising", "growing",
                   "increasing", "jumping", "surging", "soaring", "gaining", "expanding",
                   # the bare verb after "saw", "see", "to": "saw exports climb 40 per cent"
                   "climb", "rise", "grow", "jump", "increase", "gain", "expand", "surge",
                   "rallied", "rebounded", "edged up", "inched up", "firmed", "ballooned", "swelled", "spiked",
                   "ticked up", "edged higher", "inched higher", "moved up", "shot up",
                   # a deficit, a loss or a gap grows wider: "the deficit widened by $1.9 billion"
                   "widened", "widening")
CHANGE_VERBS_DOWN = ("fallen", "gone down", "dropped", "declined", "decreased", "fell", "shrank", "shrunk", "lost",
                     "contracted", "slipped", "slumped", "plunged", "eased", "down", "falling", "dropping", "declining",
                     "decreasing", "shrinking", "slipping", "sliding", "plunging", "contracting",
                     "fall", "drop", "decline", "decrease", "shrink", "slip", "contract",
                     # the bare verb of a headline's plural subject: "Leather exports slide 10%", "Sales dip 3%"
                     "slide", "dip", "sink", "slump", "plunge", "tumble",
                     "shed", "slid", "tumbled", "dipped", "sank", "retreated", "plummeted", "edged down", "inched down",
                     "ticked down", "edged lower", "moved down", "crashed", "nosedived", "receded", "sagged",
                     "narrowed", "narrowing")
# Verbs that carry a measure from one level to another without saying which way: "went from 71% to 78%",
# "has moved from 12 to 15", "shifted from 40 to 35"; with the verbs of change and of a level reached, and the
# transitive verbs of change in the passive ("has been cut from 1,510 to 1,240"), they stand between a move's
# subject and its "from A to B".
MOVE_VERBS = ("went", "gone", "go", "goes", "going", "moved", "move", "moves", "shifted", "shift", "shifts", "changed",
              "swung", "swings", "turned", "cut", "reduced", "lowered", "trimmed", "slashed", "raised", "lifted",
              "boosted", "pushed", "brought", "taken", "climbed back", "fell back", "expanded", "doubled", "halved")
# After a span of time, the words that place it back from now: "five years ago", "a decade earlier".
TIME_BACK_WORDS = ("ago", "earlier", "before", "back", "previously", "prior")
# The auxiliaries of a verb phrase: "has been", "had", "is".
AUXILIARIES = ("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "did", "does",
               "do")
# Words that say a sentence restates the one before in other terms ("In other words, ...", "Put another way, ...").
RESTATING_WORDS = ("in other words", "put another way", "put differently", "said differently", "stated differently",
                   "to put it another way", "that is to say")
# Openers of a sentence that says again what the sentence before said, in other figures: "In other words, 94 more
# were being worked", "Put another way, the rate is 3.2 points higher" (they point back as "That is" does).
RESTATING_OPENERS = RESTATING_WORDS + ("to put it differently", "i.e.", "in short", "in effect")
# An arrow between two levels points from the earlier to the later: "12,406 → 13,018 (+612)", "34.6% -> 41.2%".
ARROWS = ("→", "⟶", "➔", "➝", "->", "-->", "=>", "⇒")
# After a change, the words that open its base: "up 4% compared with 2,310", and their synonyms and the calques of
# releases translated from French, Spanish, Portuguese or Italian ("en hausse de 81 270 par rapport à 2023": "in
# relation to"; "rispetto al", "respecto a": "with respect to").
BASE_AFTER_CHANGE = ("from", "compared with", "compared to", "against", "versus", "vs", "vs.", "on", "relative to",
                     "as compared with", "as compared to", "when compared with", "when compared to", "in comparison with",
                     "in comparison to", "in relation to", "with respect to", "as against")

# Right after a rate, the words that name the year of its base: "7.6 percent fewer than in 2014", "up 12% on 2019",
# "down 27.3 percent since 2014", "a 4% rise compared with 2021".
BASE_YEAR_AFTER_RATE = BASE_AFTER_CHANGE + ("than", "than in", "than at", "since")

# --- ratios ------------------------------------------------------------------------
# "1.70 vacancies for every job-seeker": the words after a ratio that name its base.
PER_BASE = ("for every", "for each", "per", "to every", "to each", "to one", "to 1")
# ... and before a base in digits only: "28 in every 1,000 live births" ("nurses in every doctor" says nothing)
PER_NUMBER_BASE = ("in every", "in each", "out of every")
# Before a figure per day, week or month, these restate a total over its span as a rate: "1,450 tonnes in
# March, or 58 tonnes a day", "12,400 arrests. That works out at 34 arrests a day".
PER_TIME_RESTATING = ("or", "that is", "that's", "i.e.", "ie", "equivalent to", "the equivalent of", "equal to",
                      "works out at", "works out to", "worked out at", "worked out to", "working out at", "working out to",
                      "which works out at", "which works out to", "which is", "which was", "comes to", "came to",
                      "which comes to", "amounting to", "which amounts to", "meaning", "in other words", "put another way")
# Before "into" and a count of groups of equal size: "1,386 learners are split into 33 classes of 42 each" (every
# tense: "splits", "divided", "broke up", "is being packed").
DIVIDED_INTO_VERBS = ("split", "splits", "splitting", "divide", "divides", "divided", "dividing", "group", "groups",
                      "grouped", "grouping", "organise", "organises", "organised", "organising", "organize", "organizes",
                      "organized", "organizing", "arrange", "arranges", "arranged", "arranging", "pack", "packs", "packed",
                      "packing", "sort", "sorts", "sorted", "sorting", "break up", "breaks up", "broke up", "broken up",
                      "breaking up", "carve up", "carves up", "carved up", "carving up", "parcel out", "parcelled out",
                      "parceled out", "bundle", "bundles", "bundled", "bundling", "batch", "batched", "separate",
                      "separated", "subdivided", "partitioned", "formed", "broken down", "cut up")
# After "each doctor" or "every officer", a verb whose object counts those one member has in its charge: "each
# clinical officer serves 10,800 people", "every extension officer covers 400 farms" (every tense).
SERVES_VERBS = ("serves", "served", "serve", "serving", "covers", "covered", "cover", "covering", "looks after",
                "looked after", "look after", "cares for", "cared for", "care for", "caters for", "catered for",
                "caters to", "catered to", "handles", "handled", "handle", "attends to", "attended to", "oversees",
                "oversaw", "oversee", "supervises", "supervised", "supervise", "teaches", "taught", "teach", "treats",
                "treated", "treat", "is responsible for", "was responsible for", "has to serve", "had to serve",
                "must serve", "is shared by", "was shared by", "is shared among", "was shared among")
# Opening a sentence, words that say it restates the one before in other terms: "Put another way, that is 38% of
# them", "In other words, 38% of them live alone".
RESTATING_CONNECTIVES = RESTATING_WORDS + ("in percentage terms", "in relative terms", "expressed as a share",
                                           "expressed as a percentage", "as a share", "as a proportion", "in proportion")
# After an amount and a comma or dash, words that give the same amount in another notation: "362.8 hundred million
# yuan, which converts to 36.28 billion yuan", "₹1,250 crore — equivalent to ₹12.5 billion" (every tense).
CONVERSION_WORDS = ("converts to", "converted to", "converting to", "convert to", "converts into", "converted into",
                    "translates to", "translated to", "translating to", "translates into", "translated into",
                    "translating into", "equivalent to", "is equivalent to", "was equivalent to", "the equivalent of",
                    "equal to", "is equal to", "was equal to", "i.e.", "that is", "expressed as", "written as")
# Words that point back at one of the two figures just given: "the latter figure is 41.9% of the former", "the
# second number represents 45% of the first"; the place each names in the pair.
PAIR_ANAPHORS = {"former": 0, "first": 0, "latter": 1, "second": 1}
# After a pair anaphor, the noun it may take: "the latter figure", "the former one".
PAIR_ANAPHOR_NOUNS = ("figure", "figures", "number", "count", "amount", "total", "sum", "one", "value", "level")
# Between a pair anaphor and the percentage it is of the other: every tense of "be" and of the verbs of a share.
PAIR_SHARE_VERBS = SHARE_BEFORE_WHOLE + ("is", "was", "are", "were", "amounts to", "amounted to", "equals", "equalled",
                                         "equaled", "comes to", "came to", "corresponds to", "corresponded to",
                                         "works out at", "worked out at", "stands at", "stood at", "is equal to",
                                         "was equal to", "is equivalent to", "was equivalent to")
# Between a ratio's two terms: "2.126 million openings against 1.413 million job-seekers".
TERM_JOINERS = ("against", "versus", "vs", "vs.", "and", "to", "compared with", "for")

# --- modality ----------------------------------------------------------------------
# Before a figure in its clause, these make it a figure not (yet) observed.
EXPECTED = ("expected", "expects", "forecast", "forecasts", "projected", "projects", "projection", "predicted",
            "estimate to", "will", "would", "could", "might", "may", "should", "aims", "aim", "aiming", "plans to",
            "planned", "plan to", "target", "targets", "targeted", "goal", "hopes", "intends", "seeks",
            "pledged", "promised", "vowed", "committed", "budgeted", "envisaged", "envisages", "envisage", "if",
            "predict", "predicts", "anticipate", "anticipates", "anticipated", "estimated to", "is estimated to",
            "expected to", "set to", "likely to",
            # a company's guidance is its forecast: "it guided to revenue of about $3.0 billion"
            "guided to", "guides to", "guiding to",
            # a verb of aim in its progressive form: "Sri Lanka is targeting 2.5 million arrivals by 2016" ("seeking"
            # only before "to": "job-seeking ratio" names a measure)
            "targeting", "targetting", "planning to", "seeking to", "intending to")
# Words in capitals that name no actor: sentence openers, times ("In November MTN added"; "Meanwhile, Airtel").
CAPITALISED_NON_NAMES = frozenset({"the", "in", "on", "at", "a", "an", "by", "for", "of", "from", "how", "while", "its",
                                   "their", "this", "that", "these", "those", "altogether", "overall", "meanwhile",
                                   "q1", "q2", "q3", "q4", "h1", "h2", "fy"}) | frozenset(MONTH_NAMES + WEEKDAY_NAMES) \
    | frozenset(MONTH_SHORT_FORMS)  # (a month written short is no name either: "2,466 arrivals in Jan. 2018")
# A value others are measured against, named as the whole of a percentage: "rainfall was 104% of the average",
# "87% of the long-term norm"; the same noun sets a level against it: "304 mm, against an average of 294 mm".
REFERENCE_NOUNS = ("average", "norm", "normal", "mean", "median", "benchmark")
# Wholes each subject has its own of, so that percentages "of" them for several subjects are no parts of one
# whole: "118 per cent of normal ... 84 per cent", "ran at 82% of capacity ... at 61%", "76% of target".
OWN_REFERENCE_WHOLES = REFERENCE_NOUNS + ("capacity", "potential", "target", "goal", "plan", "forecast", "projection",
                                          "expectation", "expectations")
# Comparatives of pace and of level that may stand without "than", their other term the clause a contrast is set
# against: "grew 8.4 per cent, while the south, at 9.1 per cent, grew more slowly" (not "more" or "less" alone).
PACE_FASTER = ("faster", "more quickly", "more rapidly", "more strongly", "more sharply", "quicker")
PACE_SLOWER = ("slower", "more slowly", "less quickly", "less rapidly", "less strongly", "less sharply", "more gently")
LEVEL_HIGHER = ("higher", "greater", "larger", "bigger", "stronger")
LEVEL_LOWER = ("lower", "smaller", "fewer", "weaker")
# Comparatives said before both their terms, "than" between them: "higher in Leeds (£4.1m) than in York (£3.6m)".
SPLIT_COMPARATIVES_UP = ("higher", "greater", "larger", "bigger", "more", "faster", "stronger", "longer", "heavier")
SPLIT_COMPARATIVES_DOWN = ("lower", "smaller", "fewer", "less", "slower", "weaker", "shorter", "lighter")
# Comparatives of a change's size, then "than" and another time's change: "a steeper decline than in 2014 (-8.2 per
# cent)", "slower growth than in 2022, when sales rose 9.0%"; the speed words may stand without a change noun ("faster
# than in 2021 (5.1%)"), the others only before one ("a larger rise than", not "larger than": levels are compared so).
CHANGE_SIZE_LARGER_SPEED = ("steeper", "sharper", "faster", "quicker", "swifter", "more rapid", "more pronounced")
CHANGE_SIZE_SMALLER_SPEED = ("slower", "milder", "gentler", "softer", "more gradual", "more modest", "less steep",
                             "less pronounced", "shallower")
CHANGE_SIZE_LARGER = CHANGE_SIZE_LARGER_SPEED + ("bigger", "larger", "greater", "stronger", "heavier", "deeper", "higher")
CHANGE_SIZE_SMALLER = CHANGE_SIZE_SMALLER_SPEED + ("smaller", "weaker", "lesser", "lower", "slighter", "lighter")
# Verbs of one change outrunning another: "rose 4.4 percent, outpacing the 2.9 percent increase of 2019".
OUTRUNNING = ("outpacing", "outpaced", "outpaces", "outstripping", "outstripped", "outstrips", "outgrowing", "outgrew",
              "outgrows")
# Words that say an outcome missed or passed its target, said of the clause (or the sentence before) that sets the
# outcome "against a target of" another figure: "VAT still fell short. ... VAT brought in Rs 144.92 billion against a
# target of Rs 148.84 billion"; "collections went past their targets".
SHORT_OF_TARGET = ("fell short", "falls short", "fall short", "falling short", "missed", "misses", "undershot",
                   "failed to meet", "failed to reach", "failed to hit", "short of target", "short of its target",
                   "short of their targets", "below target", "below its target", "below their targets", "shortfall")
PAST_TARGET = ("exceeded", "exceeds", "exceeding", "surpassed", "surpasses", "beat", "beats", "beating", "topped",
               "went past", "overshot", "outstripped", "above target", "above its target", "above their targets",
               "ahead of target", "ahead of its target", "ahead of their target", "ahead of their targets", "over target",
               "overachieved")
# Nouns that make the figure before them a mark, exact however round: "the £50 threshold", "the 500 mark", "the
# 1 million milestone" (a level said to cross it is on its side by any amount).
MARK_NOUNS = ("mark", "threshold", "barrier", "milestone", "ceiling", "floor", "cap", "limit")
# Nouns that stand for a series already named, as the subject of its next move: "By 2020 the number had fallen to".
SERIES_NOUNS = ("number", "total", "figure", "count", "tally", "level", "rate", "share", "toll", "ratio", "index")
# Words that set a level on one side of such a reference value: "well above the regional average", "below the
# national mean", "outstripped the benchmark" (the figure before is the larger, or the smaller); not "behind only".
ABOVE_A_REFERENCE = ("above", "over", "higher than", "greater than", "larger than", "bigger than", "more than",
                     "ahead of", "clear of", "exceeded", "exceeds", "exceeding", "outstripped", "outstripping",
                     "surpassed", "surpassing", "topped", "topping", "beat", "beats", "beating")
BELOW_A_REFERENCE = ("below", "under", "lower than", "less than", "fewer than", "smaller than", "short of",
                     "behind", "trailing", "trailed", "trails", "lagging", "lagged", "lags", "lagging behind")
# After "could", these verbs with "only" (or "just", "a mere") tell a result that came about, not one that
# might: "could manage only 6.1%", "could only muster 212 votes", "could garner just 3 seats".
REALISED_WITH_COULD = ("manage", "muster", "garner", "scrape together", "scrape up", "scrape", "attract", "win",
                       "secure", "collect")
# After a figure, in a relative clause, these make it what others expected of it: "the $102.6 million
# that analysts had looked for" (not "estimated": an estimate of what happened is still a statement).
EXPECTED_BY_OTHERS = ("expected", "forecast", "forecasted", "predicted", "projected", "anticipated", "looked for",
                      "pencilled in", "penciled in", "hoped for", "budgeted", "targeted")
# Words that say when a measure is taken, not what it is: never the head of a measure.
PERIOD_WORDS = ("last", "next", "this", "year", "years", "month", "months", "quarter", "quarters", "week", "weeks",
                "today", "yesterday", "annually", "ago", "earlier", "later", "before", "previously",
                "winter", "summer", "spring", "autumn", "season", "weekend")
# Words that may stand with a period's name between two levels: "in fiscal 2023", "for the first half of 2022".
PERIOD_PHRASE_WORDS = ("in", "for", "during", "of", "the", "a", "an", "fiscal", "financial", "calendar", "first",
                       "second", "third", "fourth", "half", "previous", "prior", "same", "period", "end", "by", "at")
# Nouns for a stretch of time: after "over the" or "during the" they say how long, not what is compared.
TIME_SPAN_NOUNS = ("year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days",
                   "period", "periods", "decade", "season", "half", "half-year", "fiscal year", "financial year",
                   "twelve months", "12 months", "same period", "review period", "period under review", "year to date")
# Names of a time within a year that date a sentence's figures: "in April", "over the winter", "for the quarter",
# "for the year to date". ("may" is a month only after a preposition, and "fall" is a verb: both are read apart.)
MONTHS_BUT_MAY = tuple(m for m in MONTH_NAMES if m != "may")
SEASONS_OF_THE_YEAR = ("spring", "summer", "autumn", "winter")
# ... a span of several months: it (or a season) and two months, its ends ("the first half", "April-September"), may be one time
SPANS_WITHIN_A_YEAR = ("quarter", "half-year", "half year", "first half", "second half", "year to date", "year-to-date")
TIMES_WITHIN_A_YEAR = MONTHS_BUT_MAY + SEASONS_OF_THE_YEAR + SPANS_WITHIN_A_YEAR
# A clause that names the stretch a change runs over, not one period: "between the second quarter of 2017 and
# the second quarter of 2018", "over the last four quarters", "in the twelve months to June". Its change is
# another comparison than a change "in the second quarter" of the same measure.
SPAN_OF_A_CHANGE_COUNTS = ("two", "three", "four", "five", "six", "nine", "ten", "twelve", "2", "3", "4", "5", "6",
                           "9", "10", "12")
SPAN_OF_A_CHANGE_NOUNS = ("quarters", "months", "years", "weeks")
PLAN_NOUNS = ("plan", "target", "goal", "quota", "budget", "estimate", "estimates", "forecast", "projection",
              "objective", "pledge", "promise", "commitment", "allocation", "ceiling", "cap", "limit", "benchmark")
# Between two levels each in brackets after its label, words that divide the first by the second, the quotient
# stated after a colon or "was": "births in a facility (186,420) as a proportion of all births (203,910): 91.4%",
# "net debt (£1.9bn) over total equity (£4.5bn), was 42.8%", "nurses (5,120) per doctor (1,730): 2.96"
LABELLED_RATIO_OPERATORS = ("as a proportion of", "as a share of", "as a percentage of", "as a per cent of",
                            "as a percent of", "as a fraction of", "as a ratio of", "over", "per", "divided by",
                            "relative to")
# ... and "against" or "versus" before a plan's noun only (against another time's level it is a change):
# "revenue collected (Tk 3,412bn) against target (Tk 4,100bn): 83.2 per cent"
LABELLED_RATIO_AGAINST_A_PLAN = ("against", "versus", "vs", "vs.", "compared with", "compared to")
# ... of which these are also an amount divided into parts ("59 per cent of the budget"): a share of
# them may be a part of a whole
PLANS_DIVIDED = ("budget", "allocation", "estimate", "estimates")
# Participles that make the figure they stand beside a plan, before it or after it: "312 km of the planned 486 km",
# "₦19.2trn spent of ₦22.94trn allocated", "406,000 children reached of the 500,000 targeted".
PLAN_PARTICIPLES = ("planned", "targeted", "budgeted", "allocated", "approved", "promised", "pledged", "projected",
                    "scheduled", "sanctioned", "earmarked", "appropriated", "committed", "envisaged", "programmed",
                    "foreseen", "contracted", "intended", "authorised", "authorized")
# Words of a share's clause that say it measures how much of a plan is done: "64.2% complete", "budget execution
# stood at 83.7%", "an implementation rate of 71%", "91% done".
PLAN_DONE_WORDS = ("complete", "completed", "completion", "done", "finished", "built", "executed", "execution",
                   "implemented", "implementation", "delivered", "delivery", "achieved", "achievement", "fulfilled",
                   "fulfilment", "fulfillment", "realised", "realized", "realisation", "realization", "disbursed",
                   "disbursement", "absorbed", "absorption", "utilised", "utilized", "utilisation", "utilization",
                   "spent", "progress", "uptake")
MET_WORDS = ("fulfilled", "fulfiled", "achieved", "met", "exceeded", "surpassed", "accomplished", "reached",
             "overfulfilled", "delivered", "kept", "honoured", "honored",
             # an outcome set against a forecast is an outcome: "beats forecasts as revenue jumps 27%"
             # (not the bare "beat", which "will beat forecasts" shares with a future)
             "beats", "topped", "tops", "exceeds", "surpasses", "outperformed", "missed", "misses")

# --- aggregates over time -------------------------------------------------------------
# A span of months named before the month it ends in: "arrivals for the year up to July",
# "profit for the half year to September". The number is the span's length in months;
# 0 means it runs from January (a "year to July" is read as the calendar year to date, the
# shorter of its readings, so that what it contains the twelve-month reading contains too).
RUNNING_SPANS = {"year": 0, "months": 0, "half year": 6, "half-year": 6, "six months": 6, "nine months": 9,
                 "three months": 3, "quarter": 3,
                 # "the twelve months to June 2024" runs from July 2023: a count of months gives the span's length
                 **{f"{n} months": length for length, words in enumerate(
                     (("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"),
                      ("eight", "8"), ("nine", "9"), ("ten", "10"), ("eleven", "11"), ("twelve", "12")), start=2)
                    for n in words}}
RUNNING_TO = ("up to", "to", "through", "till", "until", "ended", "ending", "to the end of", "up to the end of")
# A year that does not start in January: "the first two months (July to August) of FY18", "of this fiscal year".
FISCAL_YEAR_WORDS = ("fiscal year", "financial year", "fiscal", "FY")
# ... the one the report is about, not an earlier one
THIS_YEAR_WORDS = ("this", "the current", "the present", "current")
# The months of a level the words give as another year's same months: "3,700 tonnes in the same period last
# year", "the same months of 2022", "a year earlier" (the figure's period is read shifted).
SAME_PERIOD_NOUNS = ("period", "months", "month", "quarter", "half", "stretch", "timeframe")
SAME_PERIOD_ADJECTIVES = ("same", "corresponding", "equivalent", "comparable", "like")
EARLIER_YEAR = ("last year", "the previous year", "the prior year", "the year before", "a year earlier",
                "a year before", "a year ago", "the preceding year")
# The hedges that leave a flow's amount stated, only rounded or bounded from below: "some 2.4 million bags in
# February", "more than 6 million bags so far this coffee year" still sit inside the longer period's amount, the
# hedge widening the figure's interval. Not a ceiling ("up to 30 tonnes", "under 5,000"): that is often a capacity,
# a limit or a threshold, not the amount that came about.
HEDGES_OF_A_STATED_FLOW = ("about", "nearly", "more-than", "at-least")
# Without a month: from the start of the year to the time of writing.
YEAR_TO_DATE = ("year to date", "year-to-date", "so far this year", "so far in the year", "since the start of the year",
                "since the beginning of the year", "since the start of this year", "since the beginning of this year")
# A weekly bulletin's week: "during the week under review", "this week", "the week also saw".
CURRENT_WEEK = ("the week under review", "the week in review", "the reporting week", "the week", "this week",
                "the past week", "the latest week")
# A running total since a start the bulletin set: "as at 15 August, 47,603 cases in all", "a cumulative 8,120".
# ("as at" alone dates a stock as well: "as at Sunday, 900 patients were in hospital")
CUMULATIVE_WORDS = ("cumulative", "cumulatively", "in all", "to date", "so far", "since the start",
                    "since the beginning", "since the outbreak")
# The words right before a level that set it against another level of the same sentence: "to 2,310 units
# from 5,480 units", "120,500 containers in June, after 131,200 in May", "against the 62.72 million of June
# 2019". The level after them counts what the level before them counts.
LEVEL_SET_AGAINST = ("from", "compared with", "compared to", "against", "as against", "set against", "versus",
                     "vs", "vs.", "after", "relative to")
# ... and, with "and", between two levels of one measure said once, each of its own period: "coffee exports reached
# $4.12 billion in 2023 and $3.66 billion in 2022", "1,250 tonnes last year, up from 1,100 tonnes in 2022". Between
# the two levels only these and words of their periods may stand (named_levels.NamedLevels).
LEVEL_SET_AGAINST_LEVEL = LEVEL_SET_AGAINST + ("and", "up from", "down from")
# A level that names no measure of its own but points back to one: "The corresponding figure for January
# to October 2019 was 616.87 million barrels", "the comparable total a year earlier".
POINTING_BACK_WORDS = ("corresponding", "comparable", "equivalent", "matching", "same-period")
# Flows: amounts that build up over a period, so that their value for part of the period
# cannot exceed their value for the whole ("production in February" within "production in the
# first two months"). Each family lists the words, nouns and verbs, that name one flow; stocks
# (population, debt, subscribers) and net balances (profit, which can be a loss) are not flows.
FLOW_FAMILIES = {
    "production": ("production", "output", "produced", "producing", "manufactured", "harvested", "harvest", "mined", "baked",
                   "brewed", "generated", "generation"),
    "export": ("export", "exported", "shipment", "shipped"),
    "import": ("import", "imported"),
    "arrival": ("arrival", "arrived", "visitor", "tourist", "landed", "disembarked"),
    "sale": ("sale", "sold"),
    "remittance": ("remittance", "remitted", "inflow"),
    "case": ("case",),
    "death": ("death", "died", "fatality", "mortality", "killed"),
    "registration": ("registration", "registered"),
    "revenue": ("revenue", "turnover", "receipts", "takings"),
    "spending": ("spending", "expenditure", "spent"),
    "collection": ("collection", "collected"),
    "traffic": ("traffic", "throughput", "cargo", "handled"),
    "birth": ("birth",),
    "passenger": ("passenger",),
    "crash": ("crash", "accident"),
    "disbursement": ("disbursement", "disbursed"),
    "payment": ("payment", "payout"),
    "emission": ("emission", "emitted"),
    "consumption": ("consumption", "consumed"),
    "completion": ("completion", "completed"),
    "approval": ("approval", "approved"),
    "admission": ("admission",),
    "dispatch": ("dispatch", "despatch", "dispatched", "despatched"),
    "intake": ("intake",),
    # the area a fire season burns: "fires burned 143 hectares" ... "the area burnt was 77 per cent below the average"
    "burning": ("burned", "burnt"),
}
# The verbs of FLOW_FAMILIES that do not end in "-ed" ("sold 4,100 cars"): with those that do, the words of a flow
# that tell it as something done, after the noun of who did it ("Punjab's mills despatched").
# Verbs after a count of people or goods that, with "from" and a name, say where its members came from ("432,919
# visitors arrived from the U.S. West", "2,142 came from Canada"): that origin's group, not all the measure counts.
ORIGIN_VERBS = ("arrived", "came", "travelled", "traveled", "flew", "moved", "migrated", "sailed", "were shipped",
                "were imported", "arriving", "coming")
# A noun of a fall, then a verb that says its size grew or shrank ("with the y-o-y drop deepening from 0.2 percent to
# 7.3 percent", "the decline narrowed to 1.1%"): the levels are the fall's sizes, which move the verb's way.
FALL_NOUNS_SIZED = ("drop", "fall", "decline", "decrease", "contraction", "slump", "loss", "losses", "deficit")
SIZE_GROWS = ("deepening", "deepened", "deepens", "widening", "widened", "widens")
SIZE_SHRINKS = ("narrowing", "narrowed", "narrows", "shrinking", "shrank", "shrinks")
FLOW_VERBS_IRREGULAR = ("sold", "spent", "burnt")
# The items an account's total is made of, by the head noun of the total: "total assets" hold "gross loans",
# "advances to customers" and "investment securities" (a balance sheet's items on the side of what is owned;
# deposits, borrowings and the bonds a bank issues are owed, no part of the assets); what is left of "total income" or "total revenue"
# after costs, a profit, is no more than it. An item is no more than its account's total.
ACCOUNT_ITEMS = {
    "asset": ("loan", "advance", "investment", "security", "receivable"),
    "income": ("profit",),
    "revenue": ("profit",),
}
# People an event touched, as a disaster's situation report counts them: the verb that counts them all
# ("Typhoon Rosita has affected 66,348 families"), and the states of some of them, each a part of those
# affected ("sheltering 105 families", "Another 227 families are staying with relatives"). The states are
# sorted by where the people are: those in a shelter and those staying elsewhere are distinct groups, which
# add up to no more than those affected; the other states may overlap them ("displaced" holds both).
AFFECTED_WORDS = ("affected",)
DISPLACED_STATES = {
    "sheltered": ("sheltering", "sheltered", "taking shelter", "took shelter", "taken shelter", "in evacuation",
                  "inside evacuation", "housed in"),
    "elsewhere": ("staying with", "outside evacuation", "hosted by", "living with"),
    "": ("displaced", "evacuated", "homeless", "rescued", "relocated"),
}
# the nouns such reports count people by, folded to one noun for each way of counting
AFFECTED_COUNT_NOUNS = {"family": "family", "household": "household", "person": "person", "people": "person",
                        "individual": "person", "resident": "person"}
# each folded word of a flow, with its family: "output" -> "production"
FLOW_OF_WORD = {fold(w): family for family, words in FLOW_FAMILIES.items() for w in words}


def flow_families(words) -> set[str]:
    """The flow families the folded words name: "output" and "harvested" name "production"."""
    return {FLOW_OF_WORD[w] for w in words if w in FLOW_OF_WORD}


def with_flow_families(words: set[str] | frozenset[str]) -> set[str]:
    """Folded words with the flow family of each that names one: "output" also says "production"."""
    return set(words) | flow_families(words)


# Words that take a measure whole: "total revenues", "all sales", "overall output" name the whole of the measure.
TOTALITY_WORDS = frozenset({"total", "all", "overall", "whole", "entire", "combined", "aggregate"})
# Words of a measure that say nothing of its scope ("total oil production" is oil production).
# Nouns for the whole territory a measure is for: in the possessive before a measure ("the country's coal
# production", "the world's output") they name its place, no kind of it.
WHOLE_TERRITORY_NOUNS = ("country", "nation", "world")
# Nouns of a kind of place that, right after a place's name, are part of the name ("Nyeri county produced 9,870
# tonnes", "Chittagong division"): they name where the measure is counted, no kind of what it counts.
PLACE_KIND_NOUNS = ("county", "district", "province", "region", "state", "municipality", "prefecture", "governorate",
                    "city", "town", "zone", "division", "department", "oblast", "emirate", "island", "islands", "parish")
# Nouns a count is written with that say nothing of what it counts ("sales came to 214,800 units"): no kind
# of the measure, so a level whose measure holds one narrows nothing by it.
COUNTED_ITEM_NOUNS = ("unit", "units", "item", "items", "piece", "pieces")
SCOPE_FREE_WORDS = ("total", "overall", "the", "of", "and", "in", "for", "all", "a", "an", "at", "to", "from",
                    "figure", "number", "level", "volume", "amount", "value", "corresponding", "cumulative", "whole",
                    "entire", "full") + POINTING_BACK_WORDS  # "the comparable total" narrows nothing

# --- orders ------------------------------------------------------------------------------
# A place in an order, as a word: "the second largest", "in 3rd place".
ORDINAL_PLACES = {w: n for n, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                              "eighth", "ninth", "tenth"), 1)}
ORDINAL_PLACES.update({w: n for n, w in enumerate(("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th",
                                                   "10th"), 1)})
# a place written as a number: "holds the No.1 spot" ("number two", "No. 2" are not: the number is read as a figure)
ORDINAL_PLACES.update({f"no.{n}": n for n in range(1, 6)})
# Superlatives of size that give a place in an order when an ordinal stands before them
# ("the second biggest source"), or the first place alone ("the largest market").
RANK_HIGH = ("biggest", "largest", "highest", "top", "leading", "greatest", "most important", "main", "busiest")
# "most" before these words ranks its noun first: "the most visited site", "the most common nationality";
# not "the most recent figure".
MOST_RANKING = ("most common", "most popular", "most visited", "most populous", "most valuable", "most used",
                "most watched", "most important", "most widely used", "most frequent", "most prevalent", "most numerous",
                "most profitable", "most lucrative", "most productive", "most widespread")
# Adverbs of how often or how widely between "most" and a participle rank its noun first: "the most commonly seized
# drug", "the second most frequently prescribed medicine", "the language spoken most widely" (the adverb may follow).
MOST_ADVERBS = ("commonly", "frequently", "often", "widely")
# Words before the highest (lowest) value of a series whose average the sentence also gives: "an average of
# 23,000 a day, with the number peaking above 30,000", "averaged 1,200 a week, with a low of 640".
# ("as many as" is left out: it bounds other things as often: "an average of 23,000 a day, and as many as
# 400 flights")
PEAK_WORDS = ("peaking at", "peaking above", "peaked at", "peaked above", "peaks at", "a peak of", "a high of",
              "a maximum of", "topping out at")
TROUGH_WORDS = ("a low of", "a minimum of", "bottoming out at", "bottomed out at")
# words after a change per a span of time that make it an average over many spans, not the step between two levels:
# "has grown by about £25 a year on average since 2015" beside "from £610 to £640 a week"
OVER_MANY_SPANS_AFTER = ("on average", "on an average", "since", "over the past", "over the last", "in each of the past",
                         "in each of the last", "every year since", "each year since")

AVERAGE_WORDS = ("an average of", "on average", "averaged", "averaging", "averages", "average", "average of", "an average",
                 "a mean of")
# The two ends of a spread said together ("as many as 8.1 in Mandera county, as few as 2.9 in Nairobi", "as high as
# 2.31 euros on the islands and as low as 1.78 euros"): beside an average in one sentence, its highest and lowest
# items. (Alone, "as many as" bounds other things: see PEAK_WORDS; only the two ends together span a spread.)
SPREAD_TOP_WORDS = ("as many as", "as much as", "as high as", "as large as", "as long as", "as big as")
SPREAD_BOTTOM_WORDS = ("as few as", "as little as", "as low as", "as small as", "as short as")
# Verbs that put their subject at the head of a list or table: "Germany headed the list of source
# countries", "Gold topped the export earnings table", "Kenya led the rankings".
# The lists an item heads or ends: "topped the export earnings list", "finished bottom of the table on 38".
LIST_NOUNS = ("list", "table", "chart", "ranking", "rankings", "league", "index", "standings", "leaderboard")
HEAD_OF_LIST = ("topped", "tops", "headed", "heads", "led", "leads", "at the head of", "at the top of", "top of", "head of")
# Words that put their subject first in a count or poll without naming the list: "Maple came top in the survey",
# "Lisbon took the top spot", "the Corsa finished first".
CAME_TOP = ("came top", "come top", "comes top", "coming top", "came first", "come first", "comes first",
            "finished top", "finished first", "took the top spot", "takes the top spot", "took top spot",
            "takes top spot", "took first place", "takes first place", "was top", "is top", "remained top",
            "stayed top")
# Words that put their subject at the bottom of a ranking: "Leeds came last of the 12 cities, with 7.1%", "Andhra
# Pradesh is at the bottom with a rate of 66.4 per cent".
CAME_LAST = ("came last", "come last", "comes last", "finished last", "ranked last", "placed last", "came bottom",
             "finished bottom", "ranked bottom", "was bottom", "were bottom", "at the bottom", "propped up")
# Words that give a figure as the whole country's or the whole field's, of which ranked regions are parts: "Literacy in the
# country stands at 52.51 per cent", "the national average wage was 2,750 euros", "overall, 47.5% passed".
WHOLE_SCOPE = ("national", "nationally", "nationwide", "overall", "in the country", "across the country", "countrywide",
               "country-wide", "in the whole country", "for the country as a whole", "all regions", "all states")
# The scope of a wider whole before the noun of its rate or level, which a part's level is set against as a mark:
# "Kisumu's jobless rate, 9.2%, exceeded the national rate of 7.4%", "topped the regional figure of".
WIDER_SCOPE_MARKS = ("national", "nationwide", "countrywide", "overall", "regional", "statewide", "provincial", "global")
WIDER_SCOPE_NOUNS = ("rate", "level", "figure", "share", "ratio")
# Words of a measure that make it a rate or an average, not a total: a whole's rate lies between its parts' highest and
# lowest, a whole's total above them all.
RATE_MEASURE_WORDS = ("rate", "average", "mean", "median", "per", "ratio", "share", "proportion")
# Verbs of a relative clause that give the place its antecedent's figure earned: "sold 9,100 units, which put the Corsa
# in third place", "drew 12.8 million, which made it the second most-watched show".
PLACING_VERBS = ("left", "leaves", "put", "puts", "placed", "places", "kept", "keeps", "lifted", "lifts", "pushed",
                 "pushes", "moved", "moves", "took", "takes", "made", "makes", "ranked", "ranks", "saw")
# Superlatives that rank changes when a noun of change follows: "the biggest gain", "the fastest growth", "the sharpest
# decline" (a place among changes of one kind, not among levels).
CHANGE_SUPERLATIVES = ("biggest", "largest", "highest", "greatest", "fastest", "sharpest", "steepest", "strongest",
                       "most rapid", "swiftest", "heaviest", "deepest")
# The top and the bottom of an order, said of a figure ("the highest rate was in Kano (9.5%) and the lowest in Lagos
# (2.1%)"); not "best"/"worst", whose sense depends on the measure.
EXTREMES_HIGH = ("highest", "largest", "biggest", "greatest")
EXTREMES_LOW = ("lowest", "smallest")
# Superlatives a sentence with no figure may say of one item, its figure given among others' in the next sentence:
# "Copper was the largest export earner. Copper brought in K9.6 billion, cobalt K2.1 billion ..."; "The steepest
# decline was in hospitality. Hospitality jobs fell 8.9%, retail jobs 6.3%" (of a change: its size).
LEADER_SUPERLATIVES_HIGH = ("highest", "largest", "biggest", "greatest", "steepest", "sharpest", "fastest", "strongest",
                            "deepest", "heaviest")  # (not "most": "the most recent figures")
LEADER_SUPERLATIVES_LOW = ("lowest", "smallest", "fewest", "slowest", "weakest", "mildest")
# Adjectives that put their noun first like a superlative, said of one item in a sentence with no figure: "Maize
# remained the leading crop. Farmers sowed it on 2.41 million hectares, while sorghum covered 1.86 million hectares".
LEADER_ADJECTIVES = ("leading", "top", "foremost")
# Superlatives of pace: the order they say is of changes even with no noun of change after them ("the fastest-growing").
PACE_SUPERLATIVES = ("fastest", "slowest", "steepest", "sharpest", "swiftest", "mildest")
# Verbs between a leader and its superlative in a sentence with no figure: of being or staying ("Safaricom remained the
# leading operator", "stayed the busiest port"), of having or getting ("had the most consents", "drew the fewest
# entries"); any past tense in "-ed" is read with them ("attracted the most funding").
LEADER_VERBS = ("was", "were", "is", "are", "remains", "stays", "became", "continued to be", "continues to be",
                "emerged as", "ranked as", "had", "has", "have", "saw", "drew", "draws", "won", "wins", "got", "gets",
                "took", "takes", "sold", "sells", "made", "makes")
# Words of a sentence that carry an order on from the leader of the one before: "Rivers followed with N151 billion",
# "Airtel, the runner-up, had 19.6 million".
ORDER_GOES_ON = ("followed", "runner-up", "runners-up", "second", "next", "behind", "trailed", "trailing")
# Words that make a sentence pointing back at a leader tell another fact of it, not its figure in the order: "It also
# imported 41,000 tonnes of wheat".
ANOTHER_FACT = ("also", "too", "meanwhile", "however", "but", "though")
# Superlatives that name the measure they rank by, and what a figure must be to be ranked by them: "the deadliest
# route, with 1,210 deaths", "the costliest storm, at $4.1 billion".
SUPERLATIVES_OF_A_MEASURE = {"deadliest": "deaths", "most deadly": "deaths", "most lethal": "deaths",
                             "costliest": "money", "most expensive": "money", "richest": "money", "wealthiest": "money",
                             "highest-paid": "money", "best-paid": "money", "highest-grossing": "money",
                             "top-grossing": "money"}
# A measure a ranking is said to be "by", and the words of the units that measure it: "the largest crop by area, at 2.1
# million hectares", "the biggest supplier by weight, with 412 tonnes" (the figure is of the measure ranked by).
BASIS_UNITS = {"area": ("hectare", "acre", "square", "sq", "km2"), "weight": ("tonne", "ton", "kg", "kilogram", "pound"),
               "length": ("km", "kilometre", "kilometer", "mile", "metre", "meter"),
               "distance": ("km", "kilometre", "kilometer", "mile", "metre", "meter"),
               "capacity": ("megawatt", "mw", "gw", "gigawatt", "seat", "bed", "litre", "liter", "barrel"),
               "population": ("people", "resident", "inhabitant", "person")}
# Words of a count of deaths after its figure: "1,210 deaths", "312 people killed", "41 fatalities".
DEATH_WORDS = ("death", "deaths", "dead", "died", "killed", "fatalit", "lives lost", "lives", "casualt", "drowned",
               "victims", "murders", "homicides")
# Verbs of a move in an order, before "(from third) to fourth": "the US slipped from third to fourth", "Canada
# climbed two places, from seventh to fifth", "moved up to second" (the place reached is the item's place now).
RANK_MOVES = ("moved", "moves", "moving", "climbed", "climbs", "climbing", "rose", "rises", "rising", "jumped", "jumps",
              "advanced", "advances", "slipped", "slips", "slipping", "dropped", "drops", "dropping", "fell", "falls",
              "falling", "slid", "slides", "sliding", "went", "goes", "leapt", "leaped", "improved", "sank", "tumbled")
# Nouns of a place in an order, counted after a figure of how far an item moved in it: "moved up three places to
# third", "slipped two spots in the ranking", "finished four positions higher".
ORDER_PLACE_NOUNS = ("place", "places", "spot", "spots", "position", "positions", "notch", "notches", "rung", "rungs")
# Compounds that put their noun first in an order, after "the": "the best performing source market",
# "the top-ranked school", "the best-selling model".
RANK_FIRST_COMPOUNDS = ("best performing", "best-performing", "top performing", "top-performing", "top-ranked",
                        "top ranked", "highest-ranked", "highest ranked", "top-rated", "highest-rated",
                        "top-scoring", "top scoring", "highest-scoring", "highest scoring", "top-earning",
                        "highest-earning", "top-selling")
# A level said to cross a mark, downwards or upwards, the mark's figure next: "dropping below 400 for the first
# time", "rose above 5 million", "surpasses the 399 million tons projected", "topped 1,000".
CROSSING_DOWN = ("dropped below", "dropping below", "drops below", "fell below", "falling below", "falls below",
                 "dipped below", "dipping below", "dips below", "slipped below", "slipping below", "sank below",
                 "sinking below", "slid below", "sliding below", "went below", "fell under", "dropped under",
                 "slipped under", "dipped under", "fell short of", "falling short of", "falls short of",
                 # a level kept on one side of the mark says the same of it: "stayed below the 5% mark, at 4.6%"
                 "stayed below", "stays below", "remained below", "remains below", "held below", "kept below",
                 "stayed under", "remained under", "remain below", "stay below", "remain under", "stay under",
                 # a level that came in on one side of a mark, or missed it: "came in under the cap of 1,200, at 1,180"
                 "came in under", "came in below", "comes in under", "comes in below", "missed", "misses", "missing",
                 # kept inside a cap: "the outturn stayed within the 3.5% limit, at 3.1%"
                 "stayed within", "stays within", "remained within", "remains within", "kept within", "keeps within",
                 "came in within")
CROSSING_UP = ("rose above", "rising above", "rises above", "climbed above", "climbing above", "climbs above",
               "went above", "went over", "broke through", "breaking through", "broke past", "surpassed", "surpasses",
               "surpassing", "exceeded", "exceeds", "exceeding", "outstripped", "outstripping", "topped", "topping",
               "passed", "crossed", "crossing", "bettered", "beat", "beats", "beating", "overtook", "overtaking",
               "climbed past", "rose past", "went past", "moved past", "pushed past", "edged past",
               "stayed above", "stays above", "remained above", "remains above", "held above", "kept above",
               "stayed over", "remained over", "remain above", "stay above", "remain over", "stay over",
               "came in above", "came in over", "comes in above", "comes in over", "came in ahead of",
               "overshot", "overshoots", "overshooting")
# Units of a span a move is said over, before two levels at its ends (links): "has gone up by 45% over the last five
# years", "fell 12% over three years".
SPAN_UNITS = ("years", "months", "quarters", "decades", "weeks", "year", "month", "quarter", "decade")
# Words of direction that name a measure rather than say a move, in the clause before two levels (move_words): a
# comparative opening a noun phrase, "Higher education enrolment stood at 41,200, compared with 43,600", "the lower
# house", "lower-income households" (not one after a verb, "prices were higher at"); and a noun of change that is the
# subject of a verb of level, "Export growth came to 4.1%, against 4.6%" (the rate itself, not a rise between them).
NAMING_COMPARATIVES = ("higher", "lower")
# Words that carry nothing of what a sentence is about, left out when the words of two sentences or clauses are
# compared: of the statements of one measure (same measure) ...
FUNCTION_WORDS_OF_A_STATEMENT = ("the", "a", "an", "of", "in", "on", "at", "by", "for", "to", "and", "or", "had", "have",
                                 "has", "been", "was", "were", "is", "are", "be", "will", "end", "which", "that", "this",
                                 "its", "their")
# ... of a count's noun phrase (nearby.counts_two_things): words that end the phrase rather than modify its noun, so
# "190 symptomatic cases" and "32,449 trial participants" count cases and participants, "2,400 in sales" no noun
NOT_A_NOUN_MODIFIER = ("to", "in", "on", "of", "at", "by", "for", "from", "than", "and", "or", "but", "the", "a", "an",
                       "more", "fewer", "less", "were", "are", "was", "is", "had", "have", "will", "would", "could",
                       "who", "which", "that", "with", "per", "each", "up", "down", "last", "this", "next")
# ... of a claim and its result (promise), whose words are cut to five letters: "people", "more", "than" too
FUNCTION_WORDS_OF_A_CLAIM = ("the", "and", "for", "with", "people", "more", "than", "have", "has", "been", "were", "was",
                             "who", "that")
# ... of a table's label header or title when reading the noun its rows are kinds of (table arithmetic): "type",
# "category", "item", "group", "name", "total" say only that rows follow
FILLER_WORDS_OF_A_TABLE_LABEL = ("the", "a", "of", "and", "by", "in", "for", "to", "category", "categories", "type",
                                 "types", "item", "items", "group", "groups", "name", "total")
NAME_OPENERS = ("the", "a", "an", "its", "their", "his", "her", "our", "of", "for", "on", "with", "and", "by", "in", "to")
# Verbs by which a change in one thing places another measure at a level, saying no way it moved: "The cut in
# interest rates left the average mortgage at $1,420, against $1,310" (the cut is the rates', not the mortgage's).
CAUSE_PLACING_VERBS = ("left", "leaves", "leaving", "kept", "keeps", "keeping", "put", "puts", "putting", "held",
                       "holds", "placed", "places")
LEVEL_VERBS_AFTER_A_SUBJECT = ("was", "is", "were", "are", "came", "comes", "stood", "stands", "reached", "reaches",
                               "totalled", "totaled", "totals", "averaged", "averages", "amounted", "amounts", "hit")
# A verb in -ing after "by" that gives the level a mark was crossed with, not the margin: "overshot its target of
# 50,000 connections by reaching 56,318", "beat its target of 45% by recording a rate of 48.2%" (not "by adding 300",
# a change).
LEVEL_GERUNDS = ("reaching", "hitting", "recording", "posting", "registering", "achieving", "attaining", "totalling",
                 "totaling", "touching", "logging")
# Nouns and verbs before "between A and B" that make it two things set side by side, not the bounds of one range:
# "the gap between 4.1% and 3.2%", "split between 40 and 60 seats" (the bounds of a range lie low first).
NOT_A_RANGE_BEFORE = ("gap", "gaps", "difference", "differences", "spread", "split", "divided", "shared", "distance",
                      "ratio", "margin", "correlation", "relationship", "comparison", "contrast", "choice", "choose",
                      "chose", "swing", "swung", "alternated", "alternating", "fluctuated", "fluctuating", "oscillated",
                      "switched", "moved", "moving", "shifted")
# Verbs whose object is a change its subject underwent: "Card payments posted a 12.8% rise", "the port saw a 4% drop
# in calls", "exports registered a modest 3% gain".
UNDERWENT_VERBS = ("posted", "posts", "recorded", "records", "registered", "registers", "reported", "reports", "saw",
                   "sees", "logged", "logs", "showed", "shows", "notched", "notched up", "clocked", "clocked up",
                   "experienced", "witnessed", "enjoyed", "suffered", "achieved", "marked")
# A verb whose object is the count of a measure and the noun of that measure: "The dealers sold 41,200 cars" tells
# "car sales", "the mine produced 3.1 million tonnes of copper" "copper production".
VERB_MEASURE_NOUNS = {"sold": "sales", "exported": "exports", "imported": "imports", "produced": "production",
                      "generated": "generation", "shipped": "shipments", "harvested": "harvest", "consumed": "consumption",
                      "spent": "spending", "earned": "earnings", "invested": "investment", "lent": "lending",
                      "delivered": "deliveries", "registered": "registrations", "issued": "issuance",
                      "approved": "approvals", "recycled": "recycling", "treated": "treatments"}
# Phrases after "in" that say how or against what a change is told, not what it is of: "an increase of 22% in
# comparison with", "a rise of 3% in real terms", "a fall of 4% in all", "a gain of 5% in line with".
IN_NOT_A_MEASURE = ("comparison", "contrast", "line", "real", "nominal", "terms", "total", "all", "part", "addition",
                    "particular", "general", "response", "spite", "turn", "value", "volume", "percentage", "absolute",
                    "relation", "respect", "aggregate", "sum")
# Words that open the bounds of a range "from A to B" (not a move "rose from A to B"): "prices ranged from 410 to 450".
RANGE_WORDS = ("range", "ranged", "ranges", "ranging", "a range of", "anywhere", "varied", "varies", "varying",
               "vary", "estimates run", "estimates ran")
# Words that make a move over a span a move at every step: "has fallen steadily since 2010, with 8,400 in 2012,
# 7,900 in 2015 and 7,350 in 2018" (each level below the one before).
STEADY_MOVES = ("steadily", "every year", "each year", "year after year", "consistently", "continuously",
                "without a break", "without interruption", "every month", "each month", "every quarter",
                "each quarter", "month after month", "unbroken", "uninterrupted", "relentlessly")
# Words for a series' direction other than verbs: "since 1990 it has been downhill, with 2.5 in 1995, ...".
SERIES_DOWN = ("downhill", "on a downward path", "in steady decline", "on the decline", "on a downward trend")
SERIES_UP = ("uphill", "on an upward path", "on the rise", "on an upward trend", "on the up")
# Words that let a series' direction hold only by and large: "almost all downhill", "has mostly risen".
MOSTLY = ("almost", "mostly", "largely", "broadly", "generally", "mainly", "nearly", "by and large", "more or less",
          "on the whole", "overall", "roughly")
# Before a plural noun, words that pick the first few of an order: "the principal routes were A (34%), B (13%)
# and C (7%)" (listed largest first, likely).
MAIN_ITEMS = ("principal", "main", "chief", "leading", "top", "largest", "biggest")
# Words that put a share above half or below it: "most cases were male, at 53.6 percent", "a minority (38%) of
# members voted" (a share said with them lies on that side of 50 percent).
MAJORITY_WORDS = ("most", "the majority", "a majority", "more than half", "over half", "the bulk")
MINORITY_WORDS = ("a minority", "less than half", "fewer than half", "under half")
# Words that close a ranking with the items after them, in order, below those placed before: "The top ten
# was rounded off by Britons, with 380,600, ...", "The top five is completed by ...", "Rounding out the top
# ten were ...".
RANK_CLOSERS = ("rounded off by", "rounded out by", "completed by", "closed by", "rounding off", "rounding out",
                "completing", "making up the rest of", "made up the rest of", "made up the remainder of")
# Words saying the list after them is in order of size, largest first or smallest first: "In order of
# importance followed tankers, with 105 million tons, bulk carriers, with 79 million, ...".
IN_ORDER_DOWN = ("in order of importance", "in order of size", "in order of magnitude", "by order of importance",
                 "in descending order", "in decreasing order", "from largest to smallest", "from highest to lowest",
                 "from biggest to smallest", "from most to least")
# Words after a list of names that say the names run in the order of the superlative after them: "Tea and
# horticulture, in that order, were Kenya's top export earners, with KSh 180.6bn and KSh 158.9bn".
IN_THAT_ORDER = ("in that order", "in this order", "in the order given", "in the order named")
IN_ORDER_UP = ("in ascending order", "in increasing order", "from smallest to largest", "from lowest to highest",
               "from least to most")
# A figure said to be a record, and one said to be the record it beat.
# Words that say one part brought most of a whole's change: "the fall came mainly from the breeding flock", "rose ...,
# mostly on the back of a bigger contribution from Assam" (the part's change is more than half the whole's).
MAINLY = ("mainly", "mostly", "largely", "chiefly", "primarily", "predominantly")
MAIN_CAUSES = ("from", "because of", "due to", "on the back of", "driven by", "thanks to", "owing to")
# Words that open the cause of a move: "dropped to 7,2% from 11,3% mainly due to an increase in consumer prices by 0,1%"
# (a change told in the cause measures the cause, not the move it explains; "from" alone is left out: it names a base)
CAUSE_OPENERS = ("because of", "due to", "on the back of", "driven by", "thanks to", "owing to", "as a result of")
# ... and these open the causes a sentence pointing back at a change gives them: "This drop is explained by the drop in
# purchases of edible fruits (-82.8%), corn (-82.4%) ..." (each rate is a cause's, not the change pointed back at).
CAUSES_EXPLAINED = ("explained by", "attributable to", "attributed to", "caused by", "accounted for by", "led by",
                    "resulted from", "results from", "stems from", "stemmed from", "mainly from", "mostly from")
# Words naming an amount per unit as a mark set for it, not what was paid: "the minimum price of US$ 1.76 per kg set
# by the government" (grammar.links.ratio_links reads no total over a quantity for it).
SET_PRICE_WORDS = ("minimum", "maximum", "floor", "ceiling", "reserve", "target", "benchmark", "indicative",
                   "recommended", "mandated", "government-mandated", "government-set", "guaranteed", "support")
# Nouns for the parts a whole is split into, after "with all": "with all sub-sectors growing", "with all regions
# recording gains" (the whole's rate of change then lies between the parts' rates).
PART_NOUNS = ("sub-sectors", "subsectors", "sectors", "segments", "components", "categories", "regions", "divisions",
              "sub-indices", "subindices", "groups", "branches", "units", "markets", "industries")
# The extremes of a series named as a point it moved away from: "the fall in births since the last peak of 60,041",
# "a recovery since the low of 2,140" (the later level lies below the peak, above the low).
SERIES_PEAKS = ("peak", "high", "top", "record")
SERIES_LOWS = ("low", "trough", "bottom")
# A record broken, named by its noun with its figure after it, the object of a verb of beating: "227,000 came,
# beating last year's record of 215,000", "sales rose to 4.1 million, breaking the 2019 high of 3.9 million": the
# clause's own figure before the verb is at least the record's.
RECORD_NOUNS = ("record", "high", "peak", "best", "mark", "all-time high", "record high")
RECORD_BEATING = ("beating", "beat", "breaking", "broke", "smashing", "smashed", "shattering", "shattered", "bettering",
                  "bettered", "surpassing", "surpassed", "topping", "topped", "eclipsing", "eclipsed", "exceeding",
                  "exceeded", "passing", "passed")
# The extreme of a series placed at a time, its figure handed over after it: "The highest rate came in 2014 - 3.1",
# "the lowest number was recorded in March 2020, at 212": the ranked items are the series' times, so the figure is at
# least (at most) the same measure's level of any other time the report gives. The verbs that place it at its time:
EXTREME_AT_A_TIME_VERBS = ("came", "was", "were", "occurred", "fell", "stood", "was recorded", "were recorded",
                           "was registered", "were registered", "was seen", "were seen", "was reached", "were reached")
NEW_RECORD = ("all-time high", "record high", "new high", "new peak", "new record", "a record", "highest ever",
              "record level", "historic high")
OLD_RECORD = ("previous peak", "previous record", "previous high", "earlier peak", "earlier record", "old record",
              "last peak", "former record", "previous mark", "old mark", "earlier mark", "previous best", "former mark")
# Words that judge a move better or worse rather than say it went up or down: "the claims ratio improved to
# 63.9% from 65.4%", "liquidity improved from 37.0 percent to 41.9 percent", "the deteriorating availability
# factor". Which way the level moved depends on the measure (LOWER_IS_BETTER).
BETTER_WORDS = ("improved", "improve", "improves", "improving", "improvement")
WORSE_WORDS = ("deteriorated", "deteriorate", "deteriorates", "deteriorating", "deterioration", "worsened", "worsen",
               "worsens", "worsening")
# Words of a measure (folded) that make less of it better: a fall in them is an improvement ("the cost-to-income
# ratio improved to 52%", "the jobless rate worsened to 7.1%"). Any other measure is read as better when higher,
# which the words only suggest.
LOWER_IS_BETTER = ("cost", "cost-to-income", "claim", "loss", "expense", "unemployment", "jobless", "inflation",
                   "deficit", "debt", "arrear", "mortality", "death", "crime", "poverty", "non-performing", "npl",
                   "default", "delinquency", "waiting", "wait", "delay", "backlog", "emission", "leakage", "pollution",
                   "absence", "absenteeism", "dropout", "error", "complaint", "accident", "casualty", "injury",
                   "fatality", "churn", "attrition", "overcrowding", "infection", "outage", "underemployment", "borrowing", "leverage", "gearing",
                   "npa", "gnpa", "nnpa", "impaired", "impairment", "stressed")  # non-performing assets by their banking names
# Units of measure said as nouns after a figure: they say how a quantity is measured, not which quantity it
# is ("171,000 metric tons" of cargo and "2.5 million metric tons" of take-off weight are two measures).
UNIT_NOUNS = ("ton", "tons", "tonne", "tonnes", "metric tons", "metric tonnes", "kilogram", "kilograms", "kg", "litre",
              "litres", "liter", "liters", "hectare", "hectares", "kilometre", "kilometres", "kilometer", "kilometers",
              "barrel", "barrels", "bushel", "bushels", "ounce", "ounces", "megawatt", "megawatts", "gigawatt-hours",
              "cubic metres", "cubic meters", "square metres", "square meters", "gallons", "miles")
# The nouns of a fraction said in words, after "a", "one", "two" ...: "a third of firms", "two-thirds of staff",
# "three quarters of homes", "half the schools".
FRACTION_NOUNS = ("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
                  "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths")
# Nouns that count groups of people living together, and nouns that count the people in them: "105 families or
# 321 persons", "2,040 households comprising 7,880 residents" (no fewer people than groups).
HOUSEHOLD_NOUNS = ("family", "families", "household", "households", "home", "homes", "dwelling", "dwellings",
                   "housing unit", "housing units")
MEMBER_NOUNS = ("people", "person", "persons", "individual", "individuals", "resident", "residents", "member", "members",
                "inhabitant", "inhabitants", "occupant", "occupants", "evacuee", "evacuees", "soul", "souls")
# Words between the two counts of one group that give it twice: as groups, then as the people in them (or back).
HOUSEHOLD_AND_MEMBERS = ("or", "with", "comprising", "made up of", "consisting of", "containing", "totalling", "totaling",
                         "numbering", "involving", "that is", "i.e.", "housing", "sheltering")
# Words before a pair "A against B" ("A to B", "A versus B") that say the first is the larger or the smaller: "Spending
# on schools was higher than on roads, at $2.1bn against $1.8bn", "Nurses trailed doctors, with 1,200 replies against
# 1,450" (the verbs of outdoing and trailing are read too: EXCEED_VERBS, TRAIL_VERBS).
SCORE_LARGER = ("higher than", "greater than", "bigger than", "larger than", "up on", "more numerous than")
# A comparison whose score stands after it in brackets, the subject's figure first: "Women there smoke slightly more
# than men (52.6% to 51.7%)", "Fewer girls than boys dropped out (1,204 against 1,390)", "Kenya stayed ahead of
# Tanzania (1.48 million to 1.41 million)". The comparative may stand before its noun ("more women than men").
BRACKETED_SCORE_LARGER = ("more", "higher", "greater", "bigger", "larger")
BRACKETED_SCORE_SMALLER = ("less", "fewer", "lower", "smaller")
BRACKETED_SCORE_AHEAD = ("ahead of",)
BRACKETED_SCORE_BEHIND = ("behind",)
SCORE_SMALLER = ("lower than", "smaller than", "down on", "less numerous than", "trailed", "trails", "trailing",
                 "lagged", "lagged behind", "lags", "lagging", "fell short of", "falls short of", "undershot")
# A sum of money said to pay for another in full: "bought £25k of shares to cover a projected £18k loss", "The £42,000
# grant covers the £39,500 shortfall" (no less than what it covers); not "covers part of", "half of".
COVER_VERBS = ("cover", "covers", "covered", "covering", "pay for", "pays for", "paid for", "paying for", "offset",
               "offsets", "offsetting", "wipe out", "wipes out", "wiped out")
NOT_IN_FULL = ("part", "half", "most", "some", "much", "portion", "share", "fraction", "third", "quarter", "two-thirds",
               "only", "partly", "partially")
# A predicate that makes the figure after it the whole its subject is a small part of: "The figure is a fraction of
# the 38,610 public schools", "they represent only a small share of the 1.2 million", "were a minority of the 412".
PART_PREDICATE_VERBS = ("is", "are", "was", "were", "represents", "represent", "represented", "makes up", "make up",
                        "made up", "amounts to", "amount to", "amounted to", "remains", "remain", "remained")
PART_PREDICATE_NOUNS = ("fraction", "part", "portion", "share", "subset", "minority", "sliver")
# A reference a rate may be measured against without the text stating its level: "22 percent below the five-year
# average", "30% under the seasonal norm", "15 percent below normal" (no stated level of the sentence is its base).
UNSTATED_REFERENCE_NOUNS = ("average", "averages", "mean", "median", "norm", "normal")

# words a body sentence opens on and a headline does not: an article, a preposition of time or place, a pronoun
# ("The unemployment rate rose ...", "In the first half ..."); a headline opens on its subject's name ("Yala
# season 2024 records 2.6 metric tons of paddy harvest.")
BODY_SENTENCE_OPENERS = ("the", "a", "an", "in", "on", "at", "for", "during", "over", "by", "with", "as", "after",
                         "since", "according", "this", "that", "these", "those", "it", "its", "there", "they", "we",
                         "our", "their", "last", "of", "from", "between", "while", "when", "although")
# irregular past forms a lead sentence tells its news in ("Parcel volumes fell 8.5% ..."); a headline tells it in
# the present ("Births fall to 61,300 in 2022."); regular past forms end in "-ed"
IRREGULAR_PAST_FORMS = ("rose", "fell", "grew", "shrank", "sank", "slid", "stood", "came", "was", "were", "had",
                        "took", "made", "saw", "went", "got", "gave", "paid", "sold", "spent", "brought", "held",
                        "lost", "won", "ran", "left", "said", "told", "found", "put", "set")
# words opening a sentence whose subject the sentence before names: "Its shares traded ...", "Of these, ..."
ANAPHORIC_OPENERS = ("its", "it", "their", "they", "this", "these", "those", "that", "he", "she", "his", "her",
                     "of", "such", "both", "each", "which")

# --- the words of sum_of_parts, part_of_whole, same_measure, total_between_groups, ranking, promise, growth,
# ratio, change_with_rate (their readings in grammar.parts, grammar.rankings and the modules they name) -------------
# A whole's noun a later sentence names it by with a definite article: "N 3,344 trillion has been earmarked in the
# budget" (grammar.parts.named_whole_noun).
NAMED_WHOLE_NOUNS = ("budget", "outlay", "allocation", "population", "workforce", "labour force", "labor force", "total")
# Verbs that hand a part out of a whole, as word beginnings ("allocated", "earmarking", "provides") and phrases
# (grammar.parts.allocates_in).
ALLOCATING_STEMS = ("allocat", "earmark", "provid", "assign")
ALLOCATING_PHRASES = ("set aside", "sets aside")
# A change named before its amount: "an increase of 7,184 (3.4%)" is no overall rate (grammar.parts.change_named_before).
CHANGE_OF_NOUNS = ("increase", "decrease", "rise", "fall", "growth", "change", "gain", "drop", "decline")
# Words that tell two rates as shares of one whole: "Girls made up 51.1% of pupils, and boys 48.9%"
# (grammar.parts.tells_a_split_of_one_whole).
SPLIT_OF_A_WHOLE_WORDS = ("share", "proportion", "accounted", "made up", "make up", "makes up", "lived", "live",
                          "comprised")
# A concession opens another subject's clause: "earnings rose 11.0% despite volumes falling ..." (grammar.move_words).
CONCESSIONS = ("despite", "although", "though", "even as")
# After a share: it is each member's of several named ("Chinese and North American visitors at 3% each"), so a
# list holding it adds up to less than its whole (grammar.links.share_lists).
SHARE_OF_EACH_MEMBER = ("each", "apiece", "a piece")
# One rate said of several pairs of levels: "each grew 16.9 percent", "... respectively" (grammar.move_words).
ONE_RATE_FOR_SEVERAL = ("each", "respectively", "both")
# After a rate of change: against the same time a year before (grammar.move_words.year_on_year_after).
YEAR_ON_YEAR_PHRASES = ("year-on-year", "year on year", "year-on year", "year on-year", "y-o-y", "yoy",
                        "from a year earlier", "from a year ago", "from a year before", "over the same period",
                        "over the same month", "over the same quarter")
# Words of the span a move is measured over, between a rate and its noun of change: "a 4 per cent year-on-year growth
# in profit after tax", "a 3% annual rise in rents" (grammar.links: what the move names as moving follows them).
SPAN_OF_A_MOVE = ("year-on-year", "year on year", "y-o-y", "yoy", "annual", "yearly", "quarterly", "monthly", "weekly",
                  "quarter-on-quarter", "month-on-month", "week-on-week", "annualised", "annualized")
# A promise said to be kept (grammar.plans.said_to_be_met; narrower than MET_WORDS, which also reads an outcome set
# against a forecast: "beats", "missed").
PROMISE_MET_WORDS = ("fulfilled", "fulfiled", "achieved", "met", "exceeded", "surpassed", "accomplished", "reached",
                     "overfulfilled", "delivered")
# Nouns that name what a ratio's round base counts, each family one thing: "1,084 females per 1,000 males" is of
# the count of men (grammar.ratios.names_the_base); another noun is named by its first five letters.
RATIO_BASE_NOUN_FAMILIES = (("male", "men", "man", "boys"), ("female", "women", "woman", "girls"),
                            ("population", "people", "persons", "residents", "inhabitants"))


# --- outcomes that exhaust a whole (links.opposite_outcome_shares) ------------------------
# Two outcomes of one event, one the other's opposite: the shares of a whole that took each add up to all of it
# ("62% of pupils passed and 38% failed", "81.2% were seen within four hours; 18.8% waited longer"). Each pair:
# the words of one outcome, then the words of the other.
OPPOSITE_OUTCOMES = (
    (("passed", "pass", "passes"), ("failed", "fail", "fails")),
    (("met", "meet", "meets", "reached", "reach", "reaches", "made", "hit"), ("missed", "miss", "misses")),
    (("within",), ("outside", "longer", "beyond")),
    (("on time",), ("late", "delayed")),
    (("vaccinated",), ("unvaccinated",)),
)
# (not "backed ... opposed", "agreed ... disagreed", "approved ... rejected": the undecided, the neutral and the
# pending are a third part of those wholes)


# --- share-of-total (read in grammar.shares) ---------------------------------------------------
# Words between a count and its share that tie the share to it: "3,150, representing 37.5%", "(i.e. 40%)".
SHARE_TIES = ("or", "representing", "represents", "accounting for", "accounted for", "which is", "which was", "that is",
              "making up", "made up", "equal to", "equivalent to", "constituting", "comprising", "a share of",
              "amounting to", "i.e.")
# Adverbs between "and" and a verb of a share in the part's own clause: "grew to US$2.1 billion and now makes up".
ADVERBS_BEFORE_A_SHARE_VERB = ("now", "so", "thus", "together")
# A pronoun opening the sentence after a level, for that level as a part ("It now makes up 14 per cent of"), and the
# adverbs after it.
PRONOUNS_FOR_A_PART = ("it", "this", "that", "they", "these")
ADVERBS_AFTER_A_PRONOUN = ("now", "alone", "thus", "still", "therefore")
# After "of", a pronoun that makes the count before it a whole: "1,200 people of whom".
PARTITIVE_PRONOUNS = ("them", "these", "those", "which", "whom")
# Words between "of" and the whole a part is counted in: "22 of the 41 schools", "3,739 of those 7,002".
WHOLE_DETERMINERS = ("the", "all", "all the", "all of the", "these", "those", "its", "their", "a total of", "the total of")
# Words after the comma that set a share right beside its count: "9,410 applicants, representing 71.3%".
APPOSITION_TIES = ("representing", "or", "that is", "which is", "being")
# Words right after a rate that narrow its base to part of the whole: "100% among those willing to work".
NARROWED_BASE_OPENINGS = ("among", "for those", "of those who", "for the", "among the")
# Words inside a bracket before a share that are the tie or a hedge, not the name of a kind: "(or 12.4%)",
# "(about 12%)" (one word each, as split at spaces; "i.e" as written before its last dot).
SHARE_TIE_WORDS = ("or", "i.e", "ie", "that", "is", "representing", "equal", "to", "equivalent", "a", "share", "of",
                   "some", "about", "around", "roughly", "nearly", "almost", "just", "over", "under", "up", "down",
                   "which", "was", "the", "total", "all", "and", "by")
# Nouns that name a rate itself: "(share 12%)", "a pass rate of".
NAMED_RATES = ("rate", "percentage", "share", "proportion")
# Rates that are no share of a whole: "a growth rate of 5.60 per cent", "an inflation rate of".
RATES_OF_NO_WHOLE = ("growth", "increase", "decrease", "decline", "change", "inflation", "interest", "exchange", "tax",
                     "return")
# Words of a sentence that gives shares of listed parts "respectively" (and any word beginning with a stem).
SHARE_LIST_WORDS = ("accounted for", "accounting for", "account for", "share", "proportion", "of the total")
SHARE_LIST_STEMS = ("represent",)
# Words that say a share is of a whole ("of all", "out of the"; also "of the N who").
OF_THE_WHOLE = ("of all", "of the total", "out of the", "out of all", "of those who", "in all", "overall")
# What those who took part achieved: "91,298 sat and 71,746 passed".
OUTCOME_VERBS = ("passed", "qualified", "succeeded", "graduated", "completed", "cleared", "were successful")
# Words of taking part: those who sat, registered, applied are a rate's whole.
TOOK_PART_VERBS = ("sat", "wrote", "took", "appeared", "registered", "enrolled", "participated", "surveyed", "applied")
# Words around a level that call it a whole from another paragraph: a total, or those who took part.
TOTAL_WORDS_AROUND = ("total", "all", "out of", "overall", "in all", "altogether", "whole", "entire", "sat", "wrote",
                      "took", "appeared", "registered", "enrolled", "population", "of the")
# Nouns after a percentage that make it a mark, not a share: "the 50% milestone", "within the 15% benchmark".
MARKS_AFTER_A_SHARE = ("milestone", "benchmark", "threshold", "mark", "target", "goal", "ceiling", "limit", "cap",
                       "forecast", "objective", "norm", "rule", "requirement")
# A plan a percentage is of ("95.5% of the annual target"), and the period words before it.
PLANS_A_SHARE_IS_OF = ("plan", "target", "goal", "quota", "budget", "forecast", "estimate", "projection")
PLAN_PERIODS = ("annual", "yearly", "full-year", "monthly", "quarterly")
# Words after "of" that name no whole: "4.8% of them", "of the total", "of respondents".
NOT_A_NAMED_WHOLE = ("the", "all", "them", "those", "these", "this", "total", "whom", "which", "it", "respondents")

# --- orders a clause states over a list (ordered_lists) --------------------------------
# Words ending in "-est" after "the" that are no superlative of size: "the latest", "the interest", "the west".
NOT_SUPERLATIVES = ("latest", "earliest", "interest", "forest", "harvest", "protest", "request", "contest", "test",
                    "west", "rest", "nest", "honest", "modest", "manifest", "digest", "arrest", "guest", "quest",
                    "chest", "crest", "conquest", "inquest", "behest", "midwest", "southwest", "northwest", "nearest",
                    "furthest", "farthest", "priest", "pest", "vest", "zest", "bequest", "tempest", "everest",
                    "budapest", "bucharest", "best", "worst")  # (best and worst: their end depends on the measure)
# Counts between "the" and a superlative: "the five sharpest rises".
SMALL_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# Heads of a superlative's noun phrase that rank changes, beside the change nouns: "the fastest-falling", "the largest
# contraction" (falls: their depth is their size), "the strongest growth".
FALL_HEADS = ("falling", "declining", "shrinking", "dropping", "contraction", "loss")
RISE_HEADS = ("growth", "rising", "growing")
# Superlatives that name the low end of an order of size; any other "-est" (and "most ...") names the high end:
# "the widest gap", "the sharpest rises", "the deepest falls" rank their items largest first.
SUPERLATIVES_LOW_END = ("lowest", "smallest", "least", "fewest", "slowest", "weakest", "narrowest", "shallowest",
                        "mildest", "cheapest", "shortest", "poorest", "thinnest", "lightest", "quietest", "tiniest")
# Words that end the noun phrase a superlative opens, its head the word before: "the lowest debt levels in ...".
NOT_IN_A_NOUN_PHRASE = ("in", "of", "between", "among", "across", "over", "for", "at", "with", "on", "by", "from", "to",
                        "than", "since", "per", "and", "or", "the", "a", "an", "was", "were", "is", "are", "came", "come",
                        "went", "had", "has", "have", "belonged", "belongs", "been", "be", "being", "recorded", "seen",
                        "registered", "reported", "posted", "as", "this", "that", "these", "those", "its", "their")
# Words between two items of a list that place the later one right after the earlier: "with B next (25.1%), then C".
LIST_SEQUENCERS = ("next", "then", "followed by", "trailed by")
# Words that, inside what would join two items of a ranked list, make the figures something else than items ranked
# side by side: a base ("than", "from", "compared"), another time ("earlier", "ago"), a whole or an average, a move.
LIST_ITEM_BREAKERS = ("than", "compared", "against", "versus", "vs", "from", "to", "since", "per", "year", "years",
                      "month", "months", "quarter", "earlier", "ago", "previous", "last", "before", "after", "while",
                      "whereas", "but", "which", "who", "whom", "when", "where", "total", "overall", "average", "up", "down",
                      "rose", "fell", "or", "respectively", "record", "expected", "forecast", "target", "share",
                      "whole", "all", "combined", "together", "including", "excluding", "of which", "rest", "remaining",
                      "other", "others", "lowest", "highest", "least", "most",
                      # (an item set outside the field the superlative ranks, or placed above its head)
                      "behind", "outside", "except", "besides", "beyond", "apart", "trailing")
# --- a comparative said of a clause, its two terms' figures joined after it ------------------------------------
# "The private sector stayed well ahead, with 4.92 million holders against 3.53 million in the public sector",
# "Unemployment was higher in the west than in the east: 8.4% against 6.1%", "Rural incomes lagged, at $2,140
# compared with $3,870". The comparative is predicative: after a verb of being or staying (and a degree word), or a
# verb of leading or trailing itself; an attributive one ("higher education", "the lower house") compares nothing.
PREDICATE_VERBS = ("was", "were", "is", "are", "has been", "have been", "had been", "remained", "remains", "remain",
                   "stayed", "stays", "stay", "stood", "stands", "came in", "come in", "comes in", "ran", "runs",
                   "proved", "ended", "ended up", "finished", "kept", "fared", "grew", "rose", "fell")
DEGREE_WORDS = ("well", "much", "far", "slightly", "a little", "a bit", "somewhat", "still", "also", "even", "again",
                "considerably", "markedly", "significantly", "substantially", "sharply", "marginally", "clearly",
                "comfortably", "way", "rather", "noticeably", "a lot", "firmly", "narrowly", "just")
PREDICATE_COMPARATIVES_UP = ("higher", "greater", "larger", "bigger", "more", "ahead", "stronger", "faster", "steeper",
                             "quicker")
PREDICATE_COMPARATIVES_DOWN = ("lower", "smaller", "less", "fewer", "behind", "weaker", "slower", "milder")
LEADING_VERBS = ("led", "leads", "outnumbered", "outnumbers", "outpaced", "outpaces", "outstripped", "outstrips",
                 "outperformed", "outperforms", "topped", "tops", "exceeded", "exceeds")
TRAILING_VERBS = ("lagged", "lags", "lagged behind", "lags behind", "trailed", "trails", "underperformed")
# --- a comparative whose other term is left out, the clause's own figure given after it -------------------------
# "Pass rates were a little better among second-time candidates: 48.4%", "Urban households do much better, with 59.5 in
# every 1000", "The higher rate came in 2014 - 3.1": the standard ("than ...") is the figure of the same measure the
# sentences just before gave. The verbs are PREDICATE_VERBS and these verbs of doing; the comparatives say a way (the
# judged ones, "better", "worse", take it from the measure: less unemployment is better). "more", "less" and "fewer"
# are left out: predicative, they mostly open another comparison ("more likely to", "less than half").
ELIDED_STANDARD_VERBS = ("do", "does", "did", "performed", "performs", "scored", "scores", "came", "comes", "went")
ELIDED_COMPARATIVES_UP = ("higher", "greater", "larger", "bigger", "stronger", "faster", "quicker", "steeper", "ahead")
ELIDED_COMPARATIVES_DOWN = ("lower", "smaller", "weaker", "slower", "behind")
# verbs that are the comparative themselves: "Imports trailed, at 3,900 tonnes", "Kenya led, with 41%"
ELIDED_LEADING_VERBS = ("led", "leads")
ELIDED_TRAILING_VERBS = ("trailed", "trails", "lagged", "lags", "lagged behind", "lags behind")
JUDGED_COMPARATIVES_UP = ("better",)
JUDGED_COMPARATIVES_DOWN = ("worse",)
# The words that hand the clause's figure to the comparative's subject: ": 48.4%", ", with 59.5", ", at 5.1%" (or "at"
# alone, "came in higher at 5.1%"), " - 3.1", "(3.1". A bare comma does not: "Costs were higher in 2023, 12 of the 15
# firms said"; nor "with" alone ("higher with 5,000 more voters" gives a difference).
ELIDED_FIGURE_INTRODUCERS = ("with", "at")
# Nouns in the comparative's subject that name a rate, matched by a figure given per a base or in percent.
ELIDED_RATE_NOUNS = ("rate", "rates", "ratio", "ratios", "percentage", "proportion", "share")
# The nouns "the higher" may name a figure by ("The higher rate came in 2014 - 3.1", "the larger figure was in May");
# others name a thing ("the lower house", "the higher education sector").
ELIDED_FIGURE_NOUNS = ELIDED_RATE_NOUNS + ("figure", "figures", "number", "numbers", "total", "count", "level", "levels",
                                           "price", "prices", "value", "score", "average", "increase", "rise", "growth",
                                           "fall", "decline", "drop")
# Words that join the two terms' figures after such a comparative: "8.4% against 6.1%", "$2,140 compared with $3,870".
TERMS_JOINERS = ("against", "as against", "compared with", "compared to", "versus", "vs", "vs.", "set against",
                 "as compared with", "as compared to")
# A comparison whose object is a figure set right after a determiner (comparisons.comparison_between): "exports of 12,400
# tonnes were down on the 11,900 tonnes of 2022", "employed 4,100 people, well under the 4,900 it had planned". "up on"
# and "down on" name a base as "up from" does; "over" and "under" compare only after a degree word or a verb of being
# ("well over the", "was under the"), since alone they are prepositions of time or regime ("over the 12 months", "under
# the 2019 scheme"); "within" compares only with a mark named by its noun ("within the EU ceiling of 3%").
ON_A_BASE_UP = ("up on",)
ON_A_BASE_DOWN = ("down on",)
POSITION_OVER = ("over",)
POSITION_UNDER = ("under",)
INSIDE_A_MARK = ("within",)
# Words right before a comparative that make a figure before them the comparison's subject, not the size of a
# difference: "a harvest of 2.6 million tonnes was smaller than" (against "168 students larger than the target").
SUBJECT_LINKS = ("was", "were", "is", "are", "be", "been", "remained", "remains", "stayed", "stays", "stood", "stands",
                 "proved", "looked", "looks", "seemed", "seems")
# The object of a comparative that is an amount said in words: "more than half", "higher than twice": the
# comparison is with it, not with the figure after.
AMOUNTS_IN_WORDS = ("half", "a half", "third", "a third", "quarter", "a quarter", "fifth", "double", "twice", "triple",
                    "thrice", "one", "two", "three", "four", "five", "ten", "a hundred", "a thousand", "a million",
                    "expected", "forecast", "planned", "estimated", "targeted", "budgeted")
# Words between the comparative and the first figure that open another clause: its figure is not the comparative's term.
OTHER_CLAUSE_OPENERS = ("where", "when", "while", "whereas", "which", "who", "whom", "although", "though", "but",
                        "because", "since", "after", "before", "as", "if", "unless", "and")
# Words right before a hedge that make its figure the line drawn round a group, not the level of a measure: "firms with
# more than 250 staff", "those aged over 65", "households earning less than", "schools scoring under".
GROUP_LINE_WORDS = ("with", "aged", "having", "employing", "earning", "weighing", "costing", "scoring", "lasting",
                    "those", "anyone", "everyone", "where", "whose", "if", "of", "than", "to", "from", "between", "by")
# A sentence opening on a comparative of number, its "than" naming the other term: "More boys than girls sat the
# test", "Fewer homes were sold in March than in February".
OPENING_COMPARATIVES_UP = ("more",)
OPENING_COMPARATIVES_DOWN = ("fewer", "less")
# A part's change named the largest of its whole's parts: "with the largest rise, 58 per cent, in complex fertilisers",
# "had the biggest annual increase, up 57 per cent"; and the words that make a change the whole's ("sales of all
# fertilisers jumped 28 per cent", "In all, capacity grew 41 per cent across every state"): a whole's change is an
# average of its parts', so the largest part's rise is no smaller than it.
LARGEST_PART_RISE_NOUNS = ("rise", "increase", "growth", "gain", "jump", "expansion")
LARGEST_PART_FALL_NOUNS = ("fall", "decline", "drop", "decrease", "contraction")
LARGEST_PART_CHANGE_NOUNS = LARGEST_PART_RISE_NOUNS + LARGEST_PART_FALL_NOUNS
WHOLE_CHANGE_WORDS = ("all", "in all", "overall", "total", "as a whole", "across every", "across all", "altogether",
                      "combined", "nationwide", "nationally")
# Joiners of a second comparison of one subject the other way: "higher than the 2,841 of 2019, but lower than".
TURNING_JOINERS = ("but", "yet", "though", "although", "while", "but still", "and yet")

# Comparing two names of one measure (grammar.earlier_levels): words that name nothing of the measure ("the number of
# completions", "the total recorded"), and the endings that make a noun of an act and its participle one stem ("dwelling
# completions", "dwellings completed"), tried in this order, each only where five letters or more remain.
NAME_FILLER_WORDS = frozenset({"the", "and", "number", "total", "figure", "level", "amount", "recorded", "reported",
                               "were", "was", "which", "that", "this", "its", "their", "all"})
ACT_NOUN_SUFFIXES = ("ations", "ation", "ions", "ion", "ments", "ment", "ed")
ACT_STEM_ENDINGS = ("e",)
# The period before the one in force, said right after a level or as its possessive ("34,690 units last year", "$3.49
# trillion a year earlier", "last year's 15.2 million tons"): the level is of that earlier period.
EARLIER_PERIOD_PHRASES = ("last year", "the previous year", "the prior year", "the year before", "a year earlier",
                          "a year before", "a year ago", "last quarter", "the previous quarter", "a quarter earlier",
                          "last month", "the previous month", "a month earlier", "last season", "the previous season",
                          "the same period last year", "the same period of last year", "the same quarter last year",
                          "the same quarter of last year", "the same month last year", "the same month of last year",
                          "the corresponding period of last year", "the corresponding period last year")
# Words that end a noun phrase before a figure: between a date and "of" the figure ("the 2019-20 outturn of"), none of
# these may stand ("the 2019 rise to", "the 2020 total and").
NOT_A_NOUN_OF_A_NAME = frozenset({"and", "or", "to", "from", "was", "were", "is", "are", "at", "by", "with", "than",
                                  "against", "compared", "stood", "rose", "fell", "reached", "up", "down", "in", "on"})
# Words beside a level that make it what is expected, not what was: "the expected 2,300 sales", "a projected 4.1m".
MODAL_LEVEL_WORDS = ("expected", "projected", "forecast", "forecasts", "estimated", "anticipated", "provisional")

# The prepositions that join two counts of one term of a comparison ("412 clinics in 61 districts, up from 398 in
# 58"): the other term repeats them with its nouns left out, so its figures are compared in order.
MIRRORED_TERM_PREPOSITIONS = ("in", "across", "at", "among", "from", "for", "over")

# Words beside a change that give it a span or a rhythm of its own ("grew by 1.8 million over the last eight years",
# "an average annual rise of 4.6%", "up 12% since 2015"): not the move between two levels its sentence dates.
OWN_SPAN_OF_A_CHANGE = ("since", "over the last", "over the past", "in the last", "in the past", "average", "averaged",
                        "averaging", "annual", "annually", "annualised", "annualized", "a year", "per year",
                        "each year", "every year", "yearly", "per annum", "a month", "per month", "a quarter",
                        "compound", "compounded", "cumulative", "cumulatively", "in all", "altogether", "combined",
                        "in total", "decade", "decades")

# A subject that names its measure only by pointing back at one named before ("In 2021 the figure had been $71.3m",
# "A year earlier it stood at 5.1%", "The previous year's total was 812"): the nouns such a subject points with,
# after "the", "this" or "that" (and a word of comparison or an earlier time: "the comparable figure", "the previous
# year's figure"), and the pronouns that point alone. Its measure is the one it points back at.
POINTING_NOUNS = ("figure", "figures", "total", "number", "tally", "amount", "sum", "rate", "share", "level", "count",
                  "measure", "reading", "value")
POINTING_DETERMINERS = ("the", "this", "that")
POINTING_MODIFIERS = ("same", "corresponding", "comparable", "equivalent", "previous year's", "prior year's",
                      "year-earlier", "year-ago", "previous", "earlier", "prior")
# ... a time's possessive that points with no determiner: "Last year's figure was $71.3m"
POINTING_POSSESSIVES = ("last year's", "last year’s", "last month's", "last month’s", "last quarter's",
                        "last quarter’s")
POINTING_PRONOUNS = ("it", "this", "that")
# ... (but "that is" and "this is" between two figures say the first again in other words: "13%, that is 150 people")
POINTING_PRONOUN_APPOSITIONS = ("that is", "this is")
# ... the verbs that join such a subject to its level ("the figure had been", "it stood at"): a pointing subject and
# any other verb ("it is expected that", "this means") points at no level.
POINTING_LEVEL_VERBS = ("was", "were", "is", "had been", "has been", "was then", "stood at", "had stood at",
                        "came to", "had come to", "amounted to", "had amounted to", "totalled", "totaled",
                        "had totalled", "had totaled", "was at", "reached", "had reached", "was put at", "stands at",
                        "is at", "has stood at", "was down to", "was up to",
                        # (a move to a level is that level, at the move's time: "by 1980 it had come down to 3.3")
                        "fell to", "had fallen to", "has fallen to", "dropped to", "had dropped to", "rose to",
                        "had risen to", "has risen to", "climbed to", "had climbed to", "grew to", "had grown to",
                        "has grown to", "came down to", "had come down to", "went up to", "increased to",
                        "decreased to", "declined to", "had declined to",
                        # (participles after "has" or "had" and an adverb of time: "it has since fallen to")
                        "been", "fallen to", "risen to", "grown to", "come down to", "come to", "climbed to",
                        "declined to", "amounted to")
POINTING_AUXILIARIES = ("has", "had", "have")
# ... an adverb of time between the subject and its verb: "the total now stands at", "it has since fallen to"
POINTING_TIME_ADVERBS = ("now", "then", "still", "already", "later", "eventually", "since")
# ... a clause of time inside the sentence whose subject points back: "since June 2023, when it stood at 13.25%"
POINTING_CLAUSE_OPENINGS = ("when", "by when", "at which point", "at which time")
# ... and the times such a subject may open on (the subject's own place or group, "In Cusco the figure was", is
# another subject's level and is left alone)
POINTING_TIME_OPENINGS = ("a year earlier", "a year before", "a year ago", "the year before", "the previous year",
                          "last year", "in the previous year", "in the prior year", "the month before",
                          "a month earlier", "a quarter earlier", "the quarter before", "at the start of the year",
                          "at the end of the year", "by comparison", "in comparison", "then", "back then")
# ... words after the clause's own clause ends that bring another subject in: its measure is no longer the one pointed at
POINTING_OTHER_SUBJECT_JOINS = ("while", "whereas", "but", "although", "though", "meanwhile", "however")

# The units a price is stated per, as written after "a", "per" or "/", and the unit code of the quantity they price
# ("US$7,934.9 a tonne", "US$4.35 per kilo", "$82 a barrel"): auditor.grammar.prices.
PRICE_UNITS = {"tonne": "tonne", "ton": "tonne", "metric ton": "tonne", "metric tonne": "tonne", "kilo": "kilogram",
               "kilogram": "kilogram", "kg": "kilogram", "barrel": "oil_barrel", "ounce": "ounce",
               "troy ounce": "troy_ounce", "litre": "liter", "liter": "liter", "hectare": "hectare", "acre": "acre"}
# Words before the value a quantity and its price make: "earning US$55.9 million", "worth", "valued at".
VALUE_OF_A_QUANTITY = ("worth", "earning", "earned", "valued at", "fetching", "fetched", "bringing in", "brought in",
                       "generating", "generated", "for a total of", "a value of", "with a value of", "totalling",
                       "totaling")
