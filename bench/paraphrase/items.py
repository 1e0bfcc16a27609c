"""Data of the paraphrase and decoy suite: 14 families x 8 phrasings, and 24 decoys.

Each item: family, phrasing number n, a note on the grammar used (style), the text, its
relation(s) and the single-figure change (old, new) that makes the broken version.
Phrasings 1,3,5,7 go to tune/, 2,4,6,8 to holdout/; decoys 1-12 to tune/, 13-24 to holdout/.
"""

ITEMS = []


def I(family, n, style, text, relations, broken):
    ITEMS.append(dict(family=family, n=n, style=style, text=text, relations=relations, broken=broken))


def R(id, why, figures, expr, rounded=False):
    """rounded=True: a figure is a round approximation ('about 850,000') that holds only under the
    scorer's loose reading of trailing zeros."""
    return dict(id=id, why=why, figures=figures, expr=expr, rounded=rounded)


# ------------------------------------------------------------------ 1 sum-of-parts
F = "sum-of-parts"
I(F, 1, "company release; total first, 'of which' with two parts",
  "Harwell Freight said on Tuesday that its workforce stood at 1,253 jobs at the end of March, of which 812 were "
  "full-time and 441 part-time. The company, founded in 1987, runs four depots in the Midlands and plans to open a "
  "fifth next year.",
  [R("jobs-full-and-part-time", "full-time and part-time jobs make up the total",
     {"t": "1,253 jobs", "a": "812 were full-time", "b": "441 part-time"}, "a + b == t")],
  ("441 part-time", "641 part-time"))
I(F, 2, "education office; parts in brackets before the total, 'make up'",
  "Boys (148,047) and girls (151,234) make up the 299,281 children enrolled in primary schools across the district "
  "this year, the education office reported. Enrolment figures are collected each September from all 412 primary "
  "schools.",
  [R("boys-and-girls-make-up-enrolment", "boys and girls make up the enrolled children",
     {"a": "148,047", "b": "151,234", "t": "299,281"}, "a + b == t")],
  ("151,234", "181,234"))
I(F, 3, "ministry bulletin; list of four regions, then '— ... in all'",
  "Regional bureaus reported the following numbers of new adult-literacy enrolments for the season: Oromia 42,310, "
  "Amhara 35,870, Sidama 21,455 and Afar 9,120 — 108,755 in all. Classes run for nine months and are taught mostly "
  "in the evening.",
  [R("regional-enrolments-in-all", "the four regional counts add up to the stated total",
     {"a": "42,310", "b": "35,870", "c": "21,455", "d": "9,120", "t": "108,755"}, "a + b + c + d == t")],
  ("21,455", "31,455"))
I(F, 4, "energy newsroom; total first, 'split between' three parts with units",
  "Wind and solar farms added 6.8 GW of generating capacity in 2023, split between 4.1 GW of onshore wind, 0.9 GW "
  "offshore and 1.8 GW of solar. The grid operator expects a similar amount to be connected this year.",
  [R("capacity-split", "onshore, offshore and solar additions make up the capacity added",
     {"t": "6.8 GW", "a": "4.1 GW", "b": "0.9 GW", "c": "1.8 GW"}, "a + b + c == t")],
  ("1.8 GW", "2.8 GW"))
I(F, 5, "export council, Indian register; total, then 'Of this ... while the remaining'",
  "Exports of processed foods earned Rs 3,412 crore in the April-June quarter, the export promotion council said. "
  "Of this, dairy products accounted for Rs 1,206 crore and marine products for Rs 1,378 crore, while the remaining "
  "Rs 828 crore came from cereal preparations.",
  [R("export-earnings-by-product", "dairy, marine and the remaining cereal preparations make up the quarter's earnings",
     {"t": "Rs 3,412 crore", "a": "Rs 1,206 crore", "b": "Rs 1,378 crore", "c": "Rs 828 crore"}, "a + b + c == t")],
  ("Rs 1,378", "Rs 1,778"))
I(F, 6, "ombudsman report; passive total, then 'Of these' with three outcomes",
  "A total of 2,180 complaints were received by the banking ombudsman in 2022. Of these, 1,347 were resolved within "
  "30 days, 596 took longer to settle and 237 remain open. Most concerned card fees and delayed transfers.",
  [R("complaints-by-outcome", "the three outcomes account for all complaints received",
     {"t": "2,180 complaints", "a": "1,347", "b": "596", "c": "237"}, "a + b + c == t")],
  ("596", "896"))
I(F, 7, "machine-translated county report; 'Among it' with two parts",
  "The county realized total grain output of 563,200 tons in the year, a good harvest again. Among it, summer grain "
  "218,700 tons, autumn grain 344,500 tons. Sown area of grain crops kept stable at 61,300 hectares.",
  [R("grain-summer-autumn", "summer and autumn grain make up total grain output",
     {"t": "563,200 tons", "a": "218,700 tons", "b": "344,500 tons"}, "a + b == t")],
  ("218,700", "318,700"))
I(F, 8, "regulator report; colon with two parts in appositions, total last with 'Together'",
  "Two operators carry almost all of the island's mobile traffic: Carinet, with 412,600 subscriptions, and "
  "IslandTel, with 287,900. Together the pair hold 700,500 subscriptions, the regulator said in its annual report, "
  "published on Monday.",
  [R("two-operators-together", "the two operators' subscriptions add up to what the pair hold together",
     {"a": "412,600", "b": "287,900", "t": "700,500"}, "a + b == t")],
  ("287,900", "387,900"))

# ------------------------------------------------------------------ 2 share
F = "share"
I(F, 1, "regional government; 'X, or P% of the Y'",
  "Some 18,420 households received the winter fuel grant this year, or 12.6% of the 146,200 households in the "
  "region. The grant, worth €350, is paid in a single instalment in November.",
  [R("grant-households-share", "households receiving the grant as a share of all households",
     {"a": "18,420", "w": "146,200", "p": "12.6%"}, "a / w == p")],
  ("12.6%", "16.2%"))
I(F, 2, "central bank; 'accounting for P% of total ... of W'",
  "Tourism receipts reached €4.73bn last year, accounting for 17.4% of total services exports of €27.2bn, according "
  "to the central bank. Arrivals were concentrated in July and August. Receipts from cruise passengers are counted separately.",
  [R("tourism-share-of-services", "tourism receipts as a share of services exports",
     {"a": "€4.73bn", "w": "€27.2bn", "p": "17.4%"}, "a / w == p")],
  ("€4.73bn", "€5.73bn"))
I(F, 3, "professional body; 'P% of the W ... passed', count in a second sentence with 'That amounts to'",
  "Some 38.7% of the 2,418 candidates who sat the bar examination in November passed, the Law Society said on "
  "Friday. That amounts to 936 new lawyers eligible for admission, the largest cohort since 2016.",
  [R("bar-pass-share", "candidates who passed as a share of those who sat",
     {"p": "38.7%", "w": "2,418", "a": "936"}, "a / w == p")],
  ("936", "736"))
I(F, 4, "census release; '(P%)' after the count, whole at the end",
  "In the 2021 census, 1,012,455 residents (22.8%) reported speaking a language other than English at home, out of a "
  "total population of 4,438,200. The most common were Mandarin and Arabic.",
  [R("other-language-share", "residents speaking another language as a share of the population",
     {"a": "1,012,455", "p": "22.8%", "w": "4,438,200"}, "a / w == p")],
  ("22.8%", "28.2%"))
I(F, 5, "grant fund; whole first, 'Of them, P per cent ... a total of N'",
  "The innovation fund received 1,840 applications in its first round. Of them, 27.5 per cent were approved, a total "
  "of 506 projects sharing £42 million. Decisions on the second round are due in the autumn.",
  [R("approved-share", "approved applications as a share of applications received",
     {"w": "1,840", "p": "27.5 per cent", "a": "506"}, "a / w == p")],
  ("506", "406"))
I(F, 6, "company register; share in a relative clause before the counts, 'N of the W'",
  "Women, who make up 41.3% of board members at listed companies, held 1,187 of the 2,874 board seats at the end of "
  "2023, the register shows. The quota law was passed in 2003.",
  [R("women-board-share", "seats held by women as a share of all board seats",
     {"p": "41.3%", "a": "1,187", "w": "2,874"}, "a / w == p")],
  ("1,187", "987"))
I(F, 7, "machine-translated district report; 'which is P per cent of ... total'",
  "The rural population of the district is 1.36 million which is 71.2 per cent of the district total population "
  "1.91 million. The district has 14 blocks and 1,203 villages. Agriculture remains the main livelihood.",
  [R("rural-share", "rural population as a share of the district population",
     {"a": "1.36 million", "p": "71.2 per cent", "w": "1.91 million"}, "a / w == p")],
  ("71.2 per cent", "61.2 per cent"))
I(F, 8, "business register; colon, 'P% of the W ... some N in all' (count last)",
  "Small businesses dominate the register: 94.6% of the 312,480 VAT-registered firms have fewer than ten staff, some "
  "295,600 in all. Large employers are concentrated in the capital. The register is updated every quarter.",
  [R("small-firm-share", "firms with fewer than ten staff as a share of registered firms",
     {"p": "94.6%", "w": "312,480", "a": "295,600"}, "a / w == p")],
  ("295,600", "245,600"))

# ------------------------------------------------------------------ 3 growth
F = "growth"
I(F, 1, "company release; 'rose P% from A to B'",
  "Net revenue at Lakeshore Biotech rose 45% from $78.5 million in fiscal 2022 to $113.8 million in fiscal 2023, the "
  "company said. It now employs 640 people at two sites.",
  [R("revenue-growth", "percent change from the earlier to the later revenue",
     {"g": "45%", "a": "$78.5 million", "b": "$113.8 million"}, "b / a - 1 == g")],
  ("$113.8 million", "$133.8 million"))
I(F, 2, "miner's statement; 'At B, revenue was P% above last year's A' (new level first)",
  "At C$212.4 million, third-quarter revenue was 18% above last year's C$180.1 million, the miner said in its "
  "quarterly statement. Output of copper concentrate was broadly flat. Its shares rose in early trading.",
  [R("revenue-above-last-year", "percent by which this year's revenue exceeds last year's",
     {"b": "C$212.4 million", "g": "18%", "a": "C$180.1 million"}, "b / a - 1 == g")],
  ("C$180.1", "C$150.1"))
I(F, 3, "tourism board; 'up P% on the 2019 figure of A'",
  "International arrivals reached 3,481,200 in 2023, up 12.4% on the 2019 figure of 3,097,100, the tourism board "
  "said. Hotel occupancy averaged 71% over the year. Most visitors came from neighbouring countries.",
  [R("arrivals-vs-2019", "percent change in arrivals from 2019 to 2023",
     {"b": "3,481,200", "g": "12.4%", "a": "3,097,100"}, "b / a - 1 == g")],
  ("12.4%", "21.4%"))
I(F, 4, "importers' association; fall, 'fell P% ... to B units from A'",
  "Sales of new cars fell 18.6% year on year in March, to 24,310 units from 29,865, the importers' association said. "
  "Pick-up trucks were the only segment to grow. Dealers expect demand to recover in the second half.",
  [R("car-sales-fall", "percent fall from last March's sales to this March's",
     {"g": "18.6%", "b": "24,310", "a": "29,865"}, "1 - b / a == g")],
  ("24,310", "27,310"))
I(F, 5, "cooperative annual report; two sentences, anaphor 'This was an increase of P per cent over ... A'",
  "Milk collection by the cooperative amounted to 418.6 million litres in 2022-23. This was an increase of 7.3 per "
  "cent over the previous year's 390.1 million litres, the annual report said. Procurement prices were raised twice "
  "during the year.",
  [R("milk-collection-growth", "percent increase over the previous year's collection",
     {"b": "418.6 million litres", "g": "7.3 per cent", "a": "390.1 million litres"}, "b / a - 1 == g")],
  ("390.1", "340.1"))
I(F, 6, "health board; passive fall, 'was reduced by P per cent, from A to B'",
  "Average waiting time for a hip replacement was reduced by 22 per cent, from 41.5 weeks in 2019 to 32.4 weeks in "
  "2023. The health board attributes the fall to a new surgical centre that opened in 2021.",
  [R("waiting-time-reduction", "percent reduction in the waiting time",
     {"g": "22 per cent", "a": "41.5 weeks", "b": "32.4 weeks"}, "1 - b / a == g")],
  ("32.4 weeks", "38.4 weeks"))
I(F, 7, "machine-translated city bulletin; 'increased P% than last year which was A'",
  "In the year, the city's total retail sales of consumer goods was 86.47 billion yuan, increased 9.8% than last "
  "year which was 78.75 billion yuan. Online retail sales kept fast growing.",
  [R("retail-sales-growth", "percent increase on last year's retail sales",
     {"b": "86.47 billion yuan", "g": "9.8%", "a": "78.75 billion yuan"}, "b / a - 1 == g")],
  ("78.75", "68.75"))
I(F, 8, "airport operator; growth in brackets '(+P%)' between the levels, 'm' abbreviation",
  "Passenger numbers at the airport climbed to 9.4m in 2023 (+26.9%) from 7.4m a year earlier, the operator said. "
  "A second runway is due to open in 2027. Low-cost carriers drove most of the growth.",
  [R("passenger-growth", "percent change in passengers from the year before",
     {"b": "9.4m", "g": "26.9%", "a": "7.4m"}, "b / a - 1 == g")],
  ("7.4m", "8.4m"))

# ------------------------------------------------------------------ 4 difference-units
F = "difference-units"
I(F, 1, "nursing council; 'rose by D to B from A'",
  "The number of registered nurses in the province rose by 4,200 to 51,300 from 47,100 last year, the nursing "
  "council said. It expects a further 2,900 graduates to register in 2025.",
  [R("nurses-increase", "the stated rise is the new level minus the old",
     {"d": "4,200", "b": "51,300", "a": "47,100"}, "b - a == d")],
  ("4,200", "2,400"))
I(F, 2, "university; 'B, D more than last year's A'",
  "This year 28,746 students applied to the university, 3,118 more than last year's 25,628. The neighbouring "
  "polytechnic received 4,905 applications. Offers will be sent out in mid-July. Most applicants come from the region.",
  [R("applications-more-than-last-year", "the stated increase is this year's applications minus last year's",
     {"b": "28,746", "d": "3,118", "a": "25,628"}, "b - a == d")],
  ("3,118", "2,118"))
I(F, 3, "utility results; passive cut, 'were cut by D, from A to B'",
  "Operating costs were cut by €12.6 million, from €148.3 million in 2021 to €135.7 million in 2022, as the utility "
  "closed two call centres. Headcount fell to 2,214. Customer numbers were stable.",
  [R("cost-cut", "the stated cut is the old cost minus the new",
     {"d": "€12.6 million", "a": "€148.3 million", "b": "€135.7 million"}, "a - b == d")],
  ("€135.7 million", "€115.7 million"))
I(F, 4, "transport department; two sentences, anaphor 'The figure was D lower than ... when A'",
  "Road deaths in the state totalled 1,162 in 2023. The figure was 87 lower than in 2022, when 1,249 people were "
  "killed, the transport department said in its annual safety report.",
  [R("road-deaths-fall", "the stated fall is last year's deaths minus this year's",
     {"b": "1,162", "d": "87 lower", "a": "1,249"}, "a - b == d")],
  ("87 lower", "67 lower"))
I(F, 5, "benefits agency; 'an additional D compared with the A recorded'",
  "Jobseeker's allowance was paid to 212,450 people in June, an additional 9,830 compared with the 202,620 recorded "
  "in May. Payments are made fortnightly. Most new claimants had worked in retail or hospitality.",
  [R("claimants-additional", "the additional claimants are June's count minus May's",
     {"b": "212,450", "d": "9,830", "a": "202,620"}, "b - a == d")],
  ("9,830", "7,830"))
I(F, 6, "machine-translated township report; 'compare with last year end A, net increased D'",
  "Total population of the township at year end was 48,215 persons, compare with last year end 47,608 persons, net "
  "increased 607 persons. The township has 11 administrative villages. Per capita net income of farmers kept rising.",
  [R("township-net-increase", "the net increase is this year-end's population minus last year-end's",
     {"b": "48,215", "a": "47,608", "d": "607 persons"}, "b - a == d")],
  ("607", "807"))
I(F, 7, "state finances; difference first with a colon, 'the gap between B and A'",
  "Rs 2,840 crore: that is the gap between what the state collected in stamp duty in 2023-24, Rs 14,615 crore, and "
  "the Rs 11,775 crore it collected two years earlier. Registrations of property deeds also rose.",
  [R("stamp-duty-gap", "the gap is this year's collection minus that of two years earlier",
     {"d": "Rs 2,840 crore", "b": "Rs 14,615 crore", "a": "Rs 11,775 crore"}, "b - a == d")],
  ("Rs 11,775", "Rs 13,775"))
I(F, 8, "police statistics; 'fell to B ..., down D on the previous year's A'",
  "Burglaries recorded by the force fell to 6,914 in the year to March, down 1,203 on the previous year's 8,117. "
  "Vehicle crime also declined, the force said. Officers credited a new neighbourhood patrol scheme.",
  [R("burglaries-down", "the stated fall is the previous year's count minus this year's",
     {"b": "6,914", "d": "1,203", "a": "8,117"}, "a - b == d")],
  ("8,117", "9,117"))

# ------------------------------------------------------------------ 5 difference-points
F = "difference-points"
I(F, 1, "statistics office; 'rose D percentage points to B, from A'",
  "Youth unemployment in the region rose 1.2 percentage points to 17.4% in the fourth quarter, from 16.2% a year "
  "earlier, the statistics office said. Among adults over 25 the rate was broadly stable.",
  [R("youth-unemployment-points", "the rise in points is the new rate minus the old",
     {"d": "1.2 percentage points", "b": "17.4%", "a": "16.2%"}, "b - a == d")],
  ("16.2%", "13.2%"))
I(F, 2, "election report; 'down from A ... — a drop of D points' (bare 'points')",
  "Turnout in the municipal elections was 51.5%, down from 55.0% in 2019 — a drop of 3.5 points. Postal votes made "
  "up a record share of ballots cast. The count finished shortly after midnight.",
  [R("turnout-drop", "the drop in points is the old turnout minus the new",
     {"b": "51.5%", "a": "55.0%", "d": "3.5 points"}, "a - b == d / 100")],
  ("51.5%", "49.5%"))
I(F, 3, "company half-year results; prior period in brackets '(H1 2023: A)', 'a decline of Dpp'",
  "Gross margin narrowed to 38.1% in H1 2024 (H1 2023: 40.9%), a decline of 2.8pp, mainly because of higher freight "
  "costs. Revenue was broadly unchanged. The company kept its full-year outlook unchanged.",
  [R("margin-decline-pp", "the decline in points is last year's margin minus this year's",
     {"b": "38.1%", "a": "40.9%", "d": "2.8pp"}, "a - b == d / 100")],
  ("40.9%", "43.9%"))
I(F, 4, "energy agency; two sentences, anaphor 'That was D percentage points higher than the A'",
  "The share of renewables in electricity generation reached 46.3 per cent in 2023. That was 4.9 percentage points "
  "higher than the 41.4 per cent recorded in 2022, the energy agency said.",
  [R("renewables-share-points", "the rise in points is this year's share minus last year's",
     {"b": "46.3 per cent", "d": "4.9 percentage points", "a": "41.4 per cent"}, "b - a == d")],
  ("41.4 per cent", "43.4 per cent"))
I(F, 5, "central bank; participle 'having been raised by D basis points from A'",
  "The Reserve Bank's policy rate now stands at 6.50%, having been raised by 250 basis points from 4.00% in May "
  "2022. The next monetary policy meeting is scheduled for early February.",
  [R("policy-rate-bps", "the rise in basis points is the current rate minus the starting rate",
     {"b": "6.50%", "d": "250 basis points", "a": "4.00%"}, "b - a == d / 10000")],
  ("4.00%", "5.00%"))
I(F, 6, "machine-translated county report; 'increased D percentage points than 2015 (A)'",
  "The forest coverage rate of the county reached 63.8%, increased 2.1 percentage points than 2015 (61.7%). Newly "
  "afforested area was 3,420 hectares. Ecological protection and restoration of the river basin were further strengthened this year.",
  [R("forest-cover-points", "the rise in points is the current rate minus the 2015 rate",
     {"b": "63.8%", "d": "2.1 percentage points", "a": "61.7%"}, "b - a == d")],
  ("(61.7%)", "(59.7%)"))
I(F, 7, "census analysis; 'B in 2011 against A in 2001, an improvement of D percentage points'",
  "Female literacy in the district stood at 68.9 per cent in the 2011 census against 57.2 per cent in 2001, an "
  "improvement of 11.7 percentage points. Male literacy was higher in both years.",
  [R("female-literacy-points", "the improvement in points is the 2011 rate minus the 2001 rate",
     {"b": "68.9 per cent", "a": "57.2 per cent", "d": "11.7 percentage points"}, "b - a == d")],
  ("57.2 per cent", "52.2 per cent"))
I(F, 8, "public health newsroom; new level first, colon, 'fell D points from A'",
  "Vaccination coverage among two-year-olds slipped to 89.2%, according to figures published on Thursday: the rate "
  "fell 2.6 points from 91.8% a year before. Health officials blamed missed appointments. Uptake was lowest in the inner-city districts.",
  [R("coverage-fall-points", "the fall in points is last year's coverage minus this year's",
     {"b": "89.2%", "d": "2.6 points", "a": "91.8%"}, "a - b == d / 100")],
  ("91.8%", "93.8%"))

# ------------------------------------------------------------------ 6 ratio
F = "ratio"
I(F, 1, "labour ministry; 'R for every', then colon 'A against B'",
  "There were 1.31 job openings for every applicant in March: 1.674 million positions against 1.278 million "
  "applicants, the labour ministry said. The ratio has stayed above one for two years.",
  [R("openings-per-applicant", "openings divided by applicants",
     {"r": "1.31 job openings", "a": "1.674 million", "b": "1.278 million"}, "a / b == r")],
  ("1.278 million", "1.578 million"))
I(F, 2, "housing charity; 'or R times'",
  "Median house prices in the city reached £312,500, or 8.4 times median annual earnings of £37,200, the housing "
  "charity said. It called for 5,000 more social homes a year. Rents in the city have also risen faster than wages.",
  [R("price-to-earnings", "house price divided by annual earnings",
     {"a": "£312,500", "r": "8.4 times", "b": "£37,200"}, "a / b == r")],
  ("8.4 times", "6.4 times"))
I(F, 3, "health ministry; per-capita figure computed from a total and a population in a 'With ... and ...' clause",
  "With a population of 5.43 million and public health spending of €21.9bn, the country spent about €4,030 per "
  "resident on health in 2022. That placed it ninth in the European Union.",
  [R("health-spending-per-resident", "spending divided by population",
     {"p": "5.43 million", "s": "€21.9bn", "c": "€4,030"}, "s / p == c")],
  ("€21.9bn", "€26.9bn"))
I(F, 4, "education department, Indian units; 'R:1' ratio notation, lakh kept as written",
  "The pupil-teacher ratio in government schools stood at 31:1, with 8.52 lakh pupils taught by 27,480 teachers. The "
  "department plans to recruit more teachers before the next academic year. Some schools in remote areas still have a single teacher.",
  [R("pupil-teacher-ratio", "pupils (8.52 lakh = 852,000) divided by teachers",
     {"r": "31:1", "p": "8.52 lakh", "t": "27,480"}, "p * 100000 / t == r")],
  ("27,480", "21,480"))
I(F, 5, "provincial statistics; rate per 1,000 from a count and a population ('giving a ... rate of')",
  "The province recorded 58,230 live births in 2022 in a population of 4.91 million, giving a crude birth rate of "
  "11.9 per 1,000 inhabitants. The rate has fallen each year since 2008.",
  [R("crude-birth-rate", "births per 1,000 inhabitants",
     {"b": "58,230", "p": "4.91 million", "r": "11.9 per 1,000"}, "b / p * 1000 == r")],
  ("58,230", "68,230"))
I(F, 6, "health newsroom; 'one ... for every R', then colon with the counts",
  "The country has one doctor for every 229 residents: 24,180 practising physicians serve a population of 5.54 "
  "million. Rural areas remain short of general practitioners. The medical association has called for more training places.",
  [R("residents-per-doctor", "population divided by physicians",
     {"r": "229 residents", "d": "24,180", "p": "5.54 million"}, "p / d == r")],
  ("24,180", "29,180"))
I(F, 7, "machine-translated statistical communique; 'The ratio of urban to rural income was R'",
  "Urban residents per capita disposable income was 48,620 yuan, rural residents 21,530 yuan. The ratio of urban to "
  "rural income was 2.26, narrowed 0.04 compared with last year. The income gap between town and country continued to narrow.",
  [R("urban-rural-income-ratio", "urban income divided by rural income",
     {"a": "48,620 yuan", "b": "21,530 yuan", "r": "2.26"}, "a / b == r")],
  ("21,530", "25,530"))
I(F, 8, "demographic survey; 'R boys to 1,000 girls', counts given after 'based on'",
  "The sex ratio at birth was 1,047 boys to 1,000 girls in the 2021 survey, based on 86,412 male and 82,534 female "
  "births recorded. Officials said the ratio was within the normal range.",
  [R("sex-ratio-at-birth", "male births per 1,000 female births",
     {"r": "1,047 boys", "m": "86,412", "f": "82,534"}, "m / f * 1000 == r")],
  ("82,534", "72,534"))

# ------------------------------------------------------------------ 7 restatement
F = "restatement"
I(F, 1, "newsroom; headline with a rounded figure, body with the exact one",
  "Unemployment claims reach 1.2 million\nThe number of people claiming unemployment benefit rose to 1,214,300 in "
  "February, the employment agency said on Friday. Claims have risen for five consecutive months.",
  [R("claims-headline-body", "headline and body give the same count of claimants",
     {"a": "1.2 million", "b": "1,214,300"}, "a == b")],
  ("1,214,300", "1,414,300"))
I(F, 2, "city profile; exact count first, 'With about N people' restated later",
  "The census counted 847,316 inhabitants in the municipality, an increase on the previous count. With about 850,000 "
  "people, it remains the third-largest city in the country. The city council publishes its own estimates between censuses.",
  [R("population-restated", "the rounded population restates the census count",
     {"a": "847,316", "b": "850,000"}, "a == b", rounded=True)],
  ("847,316", "947,316"))
I(F, 3, "annual report; different wording of the measure ('turnover' then 'revenue') and unit ('million' then 'm')",
  "Turnover for the year amounted to €614.2 million, the group said in its annual report. Chief executive Marta "
  "Lindqvist told analysts that revenue of €614m was in line with the guidance given in February.",
  [R("turnover-revenue", "turnover and revenue for the year are the same measure",
     {"a": "€614.2 million", "b": "€614m"}, "a == b")],
  ("€614.2 million", "€714.2 million"))
I(F, 4, "statistics institute; two decimals, then 'at around' with one decimal",
  "Consumer prices rose 3.42% year on year in October, the statistics institute said. The annual rate, at around "
  "3.4%, was the lowest since mid-2021, helped by cheaper fuel. Core inflation was little changed.",
  [R("inflation-restated", "the annual rate is restated rounded",
     {"a": "3.42%", "b": "3.4%"}, "a == b")],
  ("3.42%", "4.42%"))
I(F, 5, "machine-translated work report; 'nearly' restatement",
  "Whole county general public budget revenue achieved 12.86 billion yuan. The county government work report said "
  "the fiscal revenue of nearly 12.9 billion yuan laid good foundation for people's livelihood projects, 31 of which "
  "were completed.",
  [R("budget-revenue-restated", "the work report restates the budget revenue",
     {"a": "12.86 billion yuan", "b": "12.9 billion yuan"}, "a == b")],
  ("12.86", "10.86"))
I(F, 6, "statistical office; the same total in millions and in thousands",
  "Rail passenger journeys totalled 23.58 million in 2023, the statistical office reported. In the detailed tables "
  "the same total appears as 23,581 thousand journeys, most of them on suburban lines.",
  [R("journeys-millions-thousands", "the total in millions and in thousands is one figure",
     {"a": "23.58 million", "b": "23,581 thousand"}, "a == b")],
  ("23,581 thousand", "26,581 thousand"))
I(F, 7, "city newsroom; rounded figure first ('Nearly'), exact tally in a second sentence",
  "Nearly 40,000 people applied for the city's affordable-housing lottery, officials said. The final tally of "
  "applications, released on Monday, was 39,412 for 1,150 flats. Winners will be drawn at a public ceremony next month.",
  [R("applications-restated", "the rounded and the final count of applications are one figure",
     {"a": "40,000", "b": "39,412"}, "a == b", rounded=True)],
  ("39,412", "49,412"))
I(F, 8, "treasury figures; 'trillion' then an apposition in 'billion'",
  "Gross government debt reached A$1.04 trillion at the end of June, Treasury figures show. The June stock, A$1,037 "
  "billion, compares with A$895 billion when the government took office in 2022.",
  [R("debt-trillion-billion", "the June debt stock stated in trillions and in billions",
     {"a": "A$1.04 trillion", "b": "A$1,037 billion"}, "a == b")],
  ("A$1,037 billion", "A$1,237 billion"))

# ------------------------------------------------------------------ 8 part-not-above-whole
F = "part-not-above-whole"
I(F, 1, "hospital newsroom; 'of whom'",
  "The hospital treated 4,812 patients for heat-related illness in July, of whom 1,306 were over 75. Temperatures "
  "exceeded 40C on nine days. The health ministry has urged older people to stay indoors in the afternoon.",
  [R("patients-over-75", "patients over 75 are among the patients treated",
     {"w": "4,812", "p": "1,306"}, "p <= w")],
  ("1,306", "5,306"))
I(F, 2, "chamber survey; 'Among the W firms surveyed, P said'",
  "Among the 3,215 firms surveyed by the chamber in September, 1,148 said they planned to cut staff in the coming "
  "year. The survey has been run every quarter since 2009.",
  [R("firms-planning-cuts", "firms planning cuts are among the firms surveyed",
     {"w": "3,215", "p": "1,148"}, "p <= w")],
  ("1,148", "3,548"))
I(F, 3, "police statement; two sentences, anaphor 'P of them'",
  "Police stopped 9,614 vehicles at checkpoints over the holiday weekend. Drivers of 412 of them were charged with "
  "drink-driving, the force said. Checkpoints will remain in place until the new year.",
  [R("charged-among-stopped", "vehicles whose drivers were charged are among those stopped",
     {"w": "9,614", "p": "412 of them"}, "p <= w")],
  ("412 of them", "10,412 of them"))
I(F, 4, "environment agency; 'P of that waste' in a second sentence, millions of tonnes",
  "Municipal waste collected in 2022 came to 2.31 million tonnes, the environment agency said. Recycling plants "
  "processed 0.86 million tonnes of that waste; most of the rest went to landfill.",
  [R("recycled-of-collected", "waste recycled is part of the waste collected",
     {"w": "2.31 million", "p": "0.86 million"}, "p <= w")],
  ("0.86", "2.86"))
I(F, 5, "roads authority; part first, 'P out of W'",
  "Just 37 out of 212 bridges inspected last year were rated in poor condition, the roads authority said. Repairs to "
  "the worst of them will cost an estimated $48 million.",
  [R("poor-bridges", "bridges in poor condition are among those inspected",
     {"p": "37 out", "w": "212 bridges"}, "p <= w")],
  ("212 bridges", "27 bridges"))
I(F, 6, "machine-translated town report; 'in which ... P households were given'",
  "The town has 14,620 households, in which low-income households 1,287 households were given the heating subsidy. "
  "Subsidy standard is 600 yuan per household. The subsidy is paid before the heating season.",
  [R("subsidised-households", "subsidised households are among the town's households",
     {"w": "14,620", "p": "1,287"}, "p <= w")],
  ("1,287", "16,287"))
I(F, 7, "airline results; 'including'",
  "The airline carried 6.2 million passengers in 2023, including 2.9 million on international routes. Its fleet "
  "grew to 58 aircraft during the year. Load factors improved on most routes, the carrier said.",
  [R("international-passengers", "international passengers are included in all passengers",
     {"w": "6.2 million", "p": "2.9 million"}, "p <= w")],
  ("2.9 million", "7.9 million"))
I(F, 8, "inspectorate; parenthetic relative clause 'P of which' inside the subject",
  "The 486 schools that the inspectorate visited this year, 59 of which lacked running water, serve about 112,000 "
  "pupils. Its report will be presented to parliament in May. Most of the schools are in the northern provinces.",
  [R("schools-without-water", "schools lacking water are among the schools visited",
     {"w": "486", "p": "59 of which"}, "p <= w")],
  ("59 of which", "569 of which"))

# ------------------------------------------------------------------ 9 shares-of-one-whole
F = "shares-of-one-whole"
I(F, 1, "election newsroom; 'A took a, B b and C the remaining c'",
  "In the first round of the mayoral election, Ortega took 48.2%, Salinas 37.5% and the independent candidate Ruiz "
  "the remaining 14.3% of valid votes. Turnout was low at 52.6%. A second round will be held in two weeks.",
  [R("vote-shares", "the three candidates' shares of valid votes make up the whole",
     {"a": "48.2%", "b": "37.5%", "c": "14.3%"}, "a + b + c == 1")],
  ("14.3%", "24.3%"))
I(F, 2, "grid operator; colon list with shares in brackets, 'other sources' closing the list",
  "The electricity mix in 2023 was as follows: gas (38.6%), wind (24.9%), coal (21.4%), nuclear (9.7%) and other "
  "sources (5.4%). Total generation was 286 TWh. Wind output was a record for the second year running.",
  [R("generation-mix", "the shares of the generation mix make up the whole",
     {"a": "38.6%", "b": "24.9%", "c": "21.4%", "d": "9.7%", "e": "5.4%"}, "a + b + c + d + e == 1")],
  ("(21.4%)", "(31.4%)"))
I(F, 3, "finance committee; partial list of budget shares that cannot exceed the whole",
  "Of the municipal budget, 34.2 per cent goes on education and 27.9 per cent on social care. Roads and transport "
  "take 11.6 per cent, the finance committee said. The budget is approved each December.",
  [R("budget-shares-not-above-whole", "shares of one budget cannot add to more than the whole",
     {"a": "34.2 per cent", "b": "27.9 per cent", "c": "11.6 per cent"}, "a + b + c <= 1")],
  ("34.2", "64.2"))
I(F, 4, "research firm; market shares with 'all other ... together'",
  "Brightmart held 31.4% of the grocery market in the quarter, Valuco 24.8% and FreshWay 12.1%, while all other "
  "retailers together accounted for 31.7%, the research firm said. Grocery inflation slowed to 4.6%.",
  [R("grocery-market-shares", "the market shares, with all others, make up the whole market",
     {"a": "31.4%", "b": "24.8%", "c": "12.1%", "d": "31.7%"}, "a + b + c + d == 1")],
  ("24.8%", "34.8%"))
I(F, 5, "machine-translated communique; 'Three industries structure:' list",
  "Three industries structure: primary industry accounts for 8.6%, secondary industry 41.7%, tertiary industry "
  "49.7%. Tertiary industry became the first driving force of growth in the year. Modern service industries developed rapidly.",
  [R("three-industries", "the three sectors' shares of output make up the whole",
     {"a": "8.6%", "b": "41.7%", "c": "49.7%"}, "a + b + c == 1")],
  ("41.7%", "51.7%"))
I(F, 6, "survey release; whole-number 'per cent of respondents' for a single-answer question",
  "Asked how they usually travel to work, 47 per cent of respondents said by car, 28 per cent by public transport, "
  "17 per cent on foot or by bike and 8 per cent that they work from home. The survey polled 2,031 adults.",
  [R("commute-answers", "the answers to one single-choice question make up all respondents",
     {"a": "47 per cent", "b": "28 per cent", "c": "17 per cent", "d": "8 per cent that"}, "a + b + c + d == 1")],
  ("28 per cent", "38 per cent"))
I(F, 7, "labour inspectorate; two sentences, 'the other' share",
  "Women signed 52.3% of the new permanent contracts registered in 2022, the labour inspectorate said. Men accounted "
  "for the other 47.7%. Temporary contracts were not included in the count. The figures cover private employers only.",
  [R("contracts-by-sex", "women's and men's shares of the contracts make up the whole",
     {"a": "52.3%", "b": "47.7%"}, "a + b == 1")],
  ("47.7%", "57.7%"))
I(F, 8, "budget explainer; colon-led list first, 'the full breakdown' after",
  "Where the money goes: salaries 61.5%, pensions 14.2%, capital spending 9.8%, interest 7.4% and goods and services "
  "7.1%. That is the full breakdown of the 2024 budget approved by parliament on Wednesday.",
  [R("budget-breakdown", "the full breakdown of one budget makes up the whole",
     {"a": "61.5%", "b": "14.2%", "c": "9.8%", "d": "7.4%", "e": "7.1%"}, "a + b + c + d + e == 1")],
  ("9.8%", "19.8%"))

# ------------------------------------------------------------------ 10 overall-between-groups
F = "overall-between-groups"
BETWEEN = "(o - a) * (b - o) >= 0"
I(F, 1, "examinations board; 'P overall: a for boys and b for girls'",
  "The pass rate was 61.4% overall: 58.2% for boys and 64.7% for girls, the examinations board said. Results were "
  "released to schools on Thursday. Appeals must be lodged within a fortnight.",
  [R("pass-rate-overall", "the overall rate lies between the boys' and girls' rates",
     {"o": "61.4%", "a": "58.2%", "b": "64.7%"}, BETWEEN)],
  ("61.4%", "67.4%"))
I(F, 2, "statistics release; overall first, groups in a 'with ... at' absolute clause",
  "The employment rate for people aged 20 to 64 reached 77.3% in 2023, with men at 80.9% and women at 73.6%. The "
  "government's target is 80% by 2030. Part-time work is included in the figures.",
  [R("employment-rate-by-sex", "the overall employment rate lies between men's and women's",
     {"o": "77.3%", "a": "80.9%", "b": "73.6%"}, BETWEEN)],
  ("77.3%", "71.3%"))
I(F, 3, "earnings survey; average wage with women's and men's averages",
  "Average gross hourly earnings in retail were €18.42 last year, with women earning €16.90 and men €19.75, the "
  "statistics office said. The sector employs about 310,000 people. Bonuses and overtime are excluded from the measure.",
  [R("hourly-earnings", "the all-employee average lies between the women's and men's averages",
     {"o": "€18.42", "a": "€16.90", "b": "€19.75"}, BETWEEN)],
  ("€18.42", "€20.42"))
I(F, 4, "machine-translated city bulletin; 'among which' groups after the overall",
  "The whole city urbanization rate reached 58.6%, among which the urban districts 86.2%, the counties 43.8%. Urban "
  "population increased 62,000 persons. New-type urbanization construction was steadily advanced in the whole year.",
  [R("urbanization-rate", "the city-wide rate lies between the districts' and the counties'",
     {"o": "58.6%", "a": "86.2%", "b": "43.8%"}, BETWEEN)],
  ("58.6%", "38.6%"))
I(F, 5, "public health agency; groups in two sentences, overall last ('giving a national figure of')",
  "Flu vaccination uptake among over-65s in the north was 81.2%. In the south it was 74.5%, giving a national figure "
  "of 77.9%, the public health agency said. Uptake among health workers is reported separately.",
  [R("vaccination-uptake", "the national uptake lies between north and south",
     {"a": "81.2%", "b": "74.5%", "o": "77.9%"}, BETWEEN)],
  ("77.9%", "72.9%"))
I(F, 6, "income survey; overall in a relative clause, groups in 'ranged from ... to'",
  "The median household income, which was $68,400 nationwide, ranged from $54,900 in rural counties to $79,300 in "
  "metropolitan ones, the survey found. Median rent rose for the third year in a row.",
  [R("median-income", "the nationwide median lies between the rural and metropolitan medians",
     {"o": "$68,400", "a": "$54,900", "b": "$79,300"}, BETWEEN)],
  ("$68,400", "$88,400"))
I(F, 7, "airport authority; passive groups first, overall 'Across the whole network'",
  "A mishandling rate of 4.1% was recorded on domestic routes and 2.7% on international ones. Across the whole "
  "network, 3.6% of checked bags were delayed, damaged or lost, the airport authority said.",
  [R("baggage-mishandling", "the network rate lies between the domestic and international rates",
     {"a": "4.1%", "b": "2.7%", "o": "3.6%"}, BETWEEN)],
  ("3.6%", "5.6%"))
I(F, 8, "health ministry; rate per 1,000 first with a colon, groups 'against'",
  "9.8 per 1,000: that was the national infant mortality rate in 2022, against 12.6 per 1,000 in rural areas and 6.1 "
  "in urban areas. The ministry wants to bring the national rate below 8 by 2030.",
  [R("infant-mortality", "the national rate lies between the rural and urban rates",
     {"o": "9.8 per 1,000", "a": "12.6 per 1,000", "b": "6.1 in urban"}, BETWEEN)],
  ("9.8 per 1,000", "13.8 per 1,000"))

# ------------------------------------------------------------------ 11 order-ranking
F = "order-ranking"
I(F, 1, "customs data; 'The largest ... followed by'",
  "The largest export market was Germany, at €14.6bn, followed by France with €9.3bn, customs data show. Exports to "
  "the United States fell for a second year. Shipments of machinery made up most of the trade.",
  [R("largest-market", "the largest market exceeds the one that follows it",
     {"a": "€14.6bn", "b": "€9.3bn"}, "a > b")],
  ("€9.3bn", "€19.3bn"))
I(F, 2, "city council; 'more ... than ... with A a day compared with B'",
  "Cyclists made more crossings of the bridge than motorists for the first time in 2023, with 18,240 a day compared "
  "with 17,615. The council counts traffic on the bridge every October.",
  [R("cyclists-more-than-motorists", "cyclists' crossings exceed motorists'",
     {"a": "18,240", "b": "17,615"}, "a > b")],
  ("18,240", "16,240"))
I(F, 3, "trade newsroom; 'overtook ... shipping A against B'",
  "Vietnam overtook Thailand as the country's second-biggest supplier of rice in 2023, shipping 1.26 million tonnes "
  "against Thailand's 1.09 million tonnes. Total rice imports rose on the year. Prices rose sharply after export curbs elsewhere.",
  [R("vietnam-overtook-thailand", "the supplier that overtook ships more than the one overtaken",
     {"a": "1.26 million", "b": "1.09 million"}, "a > b")],
  ("1.09 million", "1.39 million"))
I(F, 4, "weather service; 'the second highest on record, exceeded only by'",
  "At 412 mm, August rainfall in the city was the second highest on record, exceeded only by the 468 mm that fell in "
  "August 1998. The average for the month is 187 mm.",
  [R("second-highest-rainfall", "the record exceeds the second-highest total",
     {"a": "412 mm", "r": "468 mm"}, "r > a")],
  ("468 mm", "368 mm"))
I(F, 5, "company registrar; 'the most ... (A), well ahead of ... (B)' with figures in brackets",
  "Nairobi county recorded the most new business registrations in the year (18,406), well ahead of Mombasa (6,921), "
  "the registrar's report shows. Registrations nationwide have doubled since 2015. Most of the new firms are in retail and transport.",
  [R("registrations-ahead", "the county with the most registrations is ahead of the next",
     {"a": "18,406", "b": "6,921"}, "a > b")],
  ("(6,921)", "(19,921)"))
I(F, 6, "economics newsroom; 'remained lower than ..., where ... rose B' (less-than)",
  "Inflation in the euro area, at 2.4%, remained lower than in the United States, where consumer prices rose 3.1% "
  "over the same twelve months. Core inflation was higher in both.",
  [R("euro-area-lower", "the euro-area rate is below the US rate",
     {"a": "2.4%", "b": "3.1%"}, "a < b")],
  ("2.4%", "3.9%"))
I(F, 7, "machine-translated trade bulletin; 'ranked first, A; followed is ..., B'",
  "In the structure of foreign trade, exports to ASEAN ranked first, 2.84 billion US dollars; followed is EU, 2.17 "
  "billion US dollars. Exports of mechanical and electrical products grew fast.",
  [R("asean-first", "the first-ranked destination exceeds the one that follows",
     {"a": "2.84 billion", "b": "2.17 billion"}, "a > b")],
  ("2.17 billion", "3.17 billion"))
I(F, 8, "energy newsroom; passive 'was surpassed by', colon with both figures",
  "For the first time, coal was surpassed by solar as a source of power in the state: solar farms generated 21.7 TWh "
  "last year and coal plants 19.8 TWh. Gas remained the largest source.",
  [R("solar-surpassed-coal", "solar generation exceeds coal generation",
     {"a": "21.7 TWh", "b": "19.8 TWh"}, "a > b")],
  ("19.8 TWh", "23.8 TWh"))

# ------------------------------------------------------------------ 12 defined-identity
F = "defined-identity"
I(F, 1, "labour force survey; unemployment rate = unemployed / labour force, rate in a separate sentence",
  "In the second quarter, 1.42 million people were unemployed and the labour force stood at 25.8 million. The "
  "unemployment rate was 5.5%, unchanged on the quarter. The survey is based on interviews with households.",
  [R("unemployment-rate", "unemployment rate is unemployed divided by labour force",
     {"u": "1.42 million", "l": "25.8 million", "r": "5.5%"}, "u / l == r")],
  ("5.5%", "7.5%"))
I(F, 2, "labour force survey; labour force = employed + unemployed, colon, 'in work'/'looking for work'",
  "The labour force numbered 3,412,600 in March: 3,187,900 people were in work and 224,700 were looking for work. The "
  "participation rate was 63.1%. The survey's margin of error is small at national level.",
  [R("labour-force-identity", "labour force is employed plus unemployed",
     {"l": "3,412,600", "e": "3,187,900", "u": "224,700"}, "e + u == l")],
  ("224,700", "524,700"))
I(F, 3, "customs office; trade balance = exports - imports, 'leaving a trade deficit of'",
  "Exports fell to $21.37bn in May while imports rose to $24.06bn, leaving a trade deficit of $2.69bn, the customs "
  "office said. The deficit was the widest this year. Shipments of refined fuel drove the rise in imports.",
  [R("trade-deficit", "the deficit is imports minus exports",
     {"x": "$21.37bn", "m": "$24.06bn", "d": "$2.69bn"}, "m - x == d")],
  ("$2.69bn", "$3.69bn"))
I(F, 4, "machine-translated population report; population = male + female",
  "By the end of year, the total registered population was 682,415 persons, of which male 349,870 persons, female "
  "332,545 persons. The natural growth rate was 3.2 per thousand. Household registration reform continued.",
  [R("population-by-sex", "population is males plus females",
     {"t": "682,415", "m": "349,870", "f": "332,545"}, "m + f == t")],
  ("332,545", "382,545"))
I(F, 5, "vital statistics; natural increase = births - deaths, figures in brackets",
  "Births (28,914) outnumbered deaths (26,307) last year, giving a natural increase of 2,607. Net migration added a "
  "further 11,540 people, the registrar said. The population is now at its highest level on record.",
  [R("natural-increase", "natural increase is births minus deaths",
     {"b": "28,914", "d": "26,307", "n": "2,607"}, "b - d == n")],
  ("2,607", "3,607"))
I(F, 6, "finance ministry; fiscal deficit = expenditure - revenue, 'against ... left'",
  "Revenue collection of GH₵98.4 billion against expenditure of GH₵120.7 billion left the fiscal deficit at "
  "GH₵22.3 billion for the period, the finance ministry said. The deficit target for the year is 5.7% of GDP.",
  [R("fiscal-deficit", "the deficit is expenditure minus revenue",
     {"r": "GH₵98.4 billion", "e": "GH₵120.7 billion", "d": "GH₵22.3 billion"}, "e - r == d")],
  ("GH₵22.3", "GH₵32.3"))
I(F, 7, "company results; gross profit = revenue - cost of sales, 'therefore' in a second sentence",
  "Cost of sales totalled £311.9m on revenue of £486.2m. Gross profit was therefore £174.3m, the group said, and it "
  "will pay a final dividend of 8.4p a share. The shares rose in morning trading.",
  [R("gross-profit", "gross profit is revenue minus cost of sales",
     {"c": "£311.9m", "r": "£486.2m", "g": "£174.3m"}, "r - c == g")],
  ("£311.9m", "£351.9m"))
I(F, 8, "statistics agency; net migration = arrivals - departures, passive 'is estimated at', parts after 'with'",
  "Net migration is estimated at 61,200 for the year to June, with 142,800 people arriving and 81,600 leaving, the "
  "statistics agency said. Most arrivals held work visas. The figures are provisional and will be revised.",
  [R("net-migration", "net migration is arrivals minus departures",
     {"n": "61,200", "i": "142,800", "e": "81,600"}, "i - e == n")],
  ("81,600", "91,600"))

# ------------------------------------------------------------------ 13 nested-aggregate
F = "nested-aggregate"
I(F, 1, "provincial statistics; three levels, 'Of the W, M ..., of whom C in the capital'",
  "Of the province's 9.14 million residents, 4.31 million live in cities, of whom 1.27 million in the capital. The "
  "last census was held in 2020. Urban growth has been fastest around the capital.",
  [R("cities-in-province", "the urban population is part of the province's",
     {"w": "9.14 million", "m": "4.31 million"}, "m <= w"),
   R("capital-in-cities", "the capital's population is part of the urban population",
     {"m": "4.31 million", "c": "1.27 million"}, "c <= m")],
  ("1.27 million", "4.97 million"))
I(F, 2, "trade ministry; three levels over two sentences, 'of that' and 'alone'",
  "Exports to the European Union totalled €118.6bn last year, with Germany the destination for €41.2bn of that. "
  "Bavaria alone took goods worth €9.8bn, the trade ministry said. Machinery and vehicles made up the bulk of shipments.",
  [R("germany-in-eu", "exports to Germany are part of exports to the EU",
     {"w": "€118.6bn", "m": "€41.2bn"}, "m <= w"),
   R("bavaria-in-germany", "exports to Bavaria are part of exports to Germany",
     {"m": "€41.2bn", "c": "€9.8bn"}, "c <= m")],
  ("€41.2bn", "€141.2bn"))
I(F, 3, "government statistics; region inside country, 'P of it in Scotland'",
  "The UK's onshore wind capacity reached 15.1 GW in 2023, 9.4 GW of it in Scotland, according to government "
  "statistics. Planning rules in England were relaxed in 2024. Offshore capacity is counted separately.",
  [R("scotland-in-uk", "Scotland's capacity is part of the UK's",
     {"w": "15.1 GW", "p": "9.4 GW"}, "p <= w")],
  ("9.4 GW", "19.4 GW"))
I(F, 4, "machine-translated provincial bulletin; city GDP 'among it'",
  "The province GDP reached 4,312.6 billion yuan, among it Jiangcheng city GDP was 1,886.6 billion yuan. "
  "Jiangcheng's output grew faster than the province average. The service sector grew fastest in both of them.",
  [R("city-gdp-in-province", "the city's GDP is part of the province's",
     {"w": "4,312.6 billion", "p": "1,886.6 billion"}, "p <= w")],
  ("1,886.6", "4,886.6"))
I(F, 5, "labour statistics; sector inside industry, 'Within that total'",
  "Manufacturing employed 2.71 million people in the quarter. Within that total, the automotive sector accounted for "
  "412,000 jobs, the lowest level since 2013. Employers blamed weak demand for electric vehicles.",
  [R("automotive-in-manufacturing", "automotive jobs are part of manufacturing employment",
     {"w": "2.71 million", "p": "412,000 jobs"}, "p <= w")],
  ("412,000 jobs", "4,120,000 jobs"))
I(F, 6, "state finances, lakh crore; anaphor 'Of the figure'",
  "Public debt stood at Rs 12.4 lakh crore at the end of March. Of the figure, borrowings by state-run enterprises "
  "made up Rs 3.9 lakh crore, the finance department told the assembly.",
  [R("enterprise-debt-in-public-debt", "enterprise borrowings are part of public debt",
     {"w": "Rs 12.4 lakh crore", "p": "Rs 3.9 lakh crore"}, "p <= w")],
  ("Rs 3.9", "Rs 13.9"))
I(F, 7, "state health department; whole first, 'accounted for P of them'",
  "Statewide, 9,376 dengue cases were recorded this season, and the district accounted for 1,842 of them. Health "
  "workers fogged 214 villages in August. Cases usually peak in the weeks after the monsoon.",
  [R("district-in-state", "the district's cases are part of the state's",
     {"w": "9,376", "p": "1,842"}, "p <= w")],
  ("1,842", "10,842"))
I(F, 8, "tourism newsroom; both aggregates in brackets, region inside country",
  "Spending by foreign tourists in Andalusia (€24.7bn) made up a large part of Spain's national tourism receipts "
  "(€108.7bn) in 2023. The region welcomed visitors from 120 countries. Most visitors came from Britain and Germany.",
  [R("region-in-country", "the region's tourism receipts are part of the national receipts",
     {"p": "€24.7bn", "w": "€108.7bn"}, "p <= w")],
  ("(€24.7bn)", "(€124.7bn)"))

# ------------------------------------------------------------------ 14 percent-of-plan-and-promise
F = "percent-of-plan-and-promise"
I(F, 1, "state finances; 'P% of the budget target of T'",
  "The state collected Rs 4,312 crore in excise duty in 2023-24, 92.4% of the budget target of Rs 4,667 crore. Liquor "
  "sales accounted for most of the shortfall. The finance department has asked districts to step up enforcement.",
  [R("excise-vs-target", "collection as a percentage of the target",
     {"a": "Rs 4,312 crore", "p": "92.4%", "t": "Rs 4,667 crore"}, "a / t == p")],
  ("92.4%", "82.4%"))
I(F, 2, "ministry; pledge 'at least T', then 'It met that promise, with A'",
  "The housing ministry had pledged to help at least 60,000 first-time buyers by the end of 2024. It met that "
  "promise, with 83,000 households helped, the minister said on Monday.",
  [R("pledge-met", "the result said to meet the pledge is at least the pledged number",
     {"t": "60,000", "a": "83,000"}, "a >= t")],
  ("83,000", "52,400"))
I(F, 3, "mining company; 'P% of the annual plan of T'",
  "Coal output at the mine was 6.42 million tonnes last year, 107.0% of the annual plan of 6.0 million tonnes. The "
  "mine employs 3,100 workers. Production is expected to fall as the seam is exhausted.",
  [R("output-vs-plan", "output as a percentage of the plan",
     {"a": "6.42 million", "p": "107.0%", "t": "6.0 million"}, "a / t == p")],
  ("6.42 million", "5.42 million"))
I(F, 4, "health campaign; 'exceeding the target of T'",
  "Vaccinators reached 1.86 million children during the campaign, exceeding the target of 1.75 million. A second "
  "round is planned for the spring, the health ministry said. Coverage was lowest in remote mountain districts.",
  [R("target-exceeded", "the result said to exceed the target is above it",
     {"a": "1.86 million", "t": "1.75 million"}, "a > t")],
  ("1.86 million", "1.56 million"))
I(F, 5, "machine-translated communique; 'accounting P% of annual plan T'",
  "Completed fixed-asset investment 38.65 billion yuan, accounting 103.1% of annual plan 37.5 billion yuan. Among "
  "it, industrial investment grew 14.2%. Investment in infrastructure and people's livelihood fields maintained rapid growth in the year.",
  [R("investment-vs-plan", "investment completed as a percentage of the annual plan",
     {"a": "38.65 billion", "p": "103.1%", "t": "37.5 billion"}, "a / t == p")],
  ("103.1%", "113.1%"))
I(F, 6, "forestry service; goal in the first sentence, result and percentage in the second ('the goal')",
  "The programme aimed to plant 2.5 million trees by the end of 2023. By December the figure stood at 2.14 million, "
  "or 85.6% of the goal, the forestry service said.",
  [R("trees-vs-goal", "trees planted as a percentage of the goal",
     {"t": "2.5 million", "a": "2.14 million", "p": "85.6%"}, "a / t == p")],
  ("85.6%", "95.6%"))
I(F, 7, "council annual report; ceiling promise 'no more than T', outcome 'In the end A went'",
  "The council promised that no more than 150 posts would be cut in the restructuring. In the end 142 went, it said "
  "in its annual report, most through voluntary redundancy.",
  [R("cuts-within-promise", "posts cut stay within the promised ceiling",
     {"t": "150 posts", "a": "142 went"}, "a <= t")],
  ("142 went", "192 went"))
I(F, 8, "car maker; 'P% of the T the company had targeted' (target last, in a relative clause)",
  "Sales reached 412,600 vehicles, 96.2% of the 429,000 the company had targeted for the year. Exports made up a "
  "growing share of deliveries, it said. Domestic demand was weaker than expected.",
  [R("sales-vs-target", "sales as a percentage of the target",
     {"a": "412,600", "p": "96.2%", "t": "429,000"}, "a / t == p")],
  ("412,600", "362,600"))


# ------------------------------------------------------------------ decoys
DECOYS = []


def D(n, trap, text):
    DECOYS.append(dict(n=n, trap=trap, text=text))


D(1, "a pass count of one group next to the candidates and pass rate of another group (share)",
  "At state schools, 4,180 pupils sat the leaving examination this summer and the pass rate was 71.4%. At private "
  "schools, 1,260 candidates passed. Results for both sectors were published on Thursday.")
D(2, "unemployment rate, jobless count and labour force from three different periods (defined identity)",
  "Unemployment stood at 6.3% in March 2022, the statistics office said. This March the number of jobless people was "
  "1.84 million, while the 2020 census had put the labour force at 31.2 million.")
D(3, "a rate per 1,000 births next to births in one district and infant deaths in another (ratio)",
  "The district recorded 3,412 live births in 2023, and its infant mortality rate was 14.2 per 1,000 live births. In "
  "the neighbouring district, 61 infants died before their first birthday.")
D(4, "a forecast beside an outcome, and a points change that belongs to the policy rate (difference-points)",
  "In January the central bank forecast inflation of 4.5% for the year. Consumer prices ended the year 6.8% higher, "
  "and the policy rate was raised by 1.75 percentage points over the twelve months.")
D(5, "a reduction target against a different base year next to two actual levels (growth)",
  "The agency aims to cut greenhouse gas emissions by 55% by 2030 compared with 1990. Last year emissions were 412 "
  "million tonnes, against 498 million tonnes in 2005.")
D(6, "shares of two different bases that add to more than 100% (shares of one whole)",
  "Women made up 58.4% of university graduates last year but only 46.9% of new hires at the 100 largest firms, a "
  "study found. The gap has barely changed since 2015.")
D(7, "a count of clinics next to a larger count of pharmacies in part of the country (part of whole)",
  "Nationally, 1,820 health clinics are licensed, the ministry's register shows. The capital alone has 2,310 "
  "pharmacies, most of them open seven days a week.")
D(8, "'rose P% to N' beside a level of a different series in the same month (growth)",
  "Registrations of new electric cars rose 3.4% to 2,146 in May, the motor industry body said. Hybrid registrations "
  "stood at 1,873 in the same month.")
D(9, "a count of firms that 'rose P% to N' next to a count of jobs (growth)",
  "The number of companies in the free zone rose 4.1% to 1,318 over the year, the authority said. They employ 24,870 "
  "people, and a further 1,212 work for the zone authority itself.")
D(10, "exports of one good, imports of another and the overall trade surplus (trade balance)",
  "Exports of cars were worth €134.6bn last year, while imports of car parts came to €48.9bn. The country's overall "
  "trade surplus was €209.7bn, the statistics office said.")
D(11, "nominal and real GDP, each with its own growth rate (growth, ratio)",
  "Nominal GDP rose 9.4% to ₹295.4 trillion in 2023-24, while real GDP grew 8.2% to ₹173.8 trillion. The figures "
  "are the second revised estimates released by the statistics ministry.")
D(12, "survey households and individuals next to an average household size from another census (ratio)",
  "The survey covered 12,480 households and 41,936 individuals in 2023. In the 2011 census, the average household "
  "size in the province was 3.9 persons.")
D(13, "'rose P% to N' for all houses beside last year's average for flats (growth)",
  "The average house price rose 6.2% to £287,400 in the year to June. A year earlier, the average price of a flat had "
  "been £248,900, the land registry said.")
D(14, "turnout and a seat share, percentages of different wholes (shares of one whole)",
  "Turnout in the general election was 64.3%, and the winning party took 41.8% of the seats in parliament. It "
  "governs with a junior partner from the centre.")
D(15, "an overall rate next to group rates from different survey years (overall between groups)",
  "Among men, the smoking rate was 22.4% in the 2023 health survey. In the 2015 survey, 17.9% of women smoked, and "
  "the overall rate this year was 14.1%.")
D(16, "a national per-resident figure next to a city population and a hospital trust budget (per capita)",
  "Oslo has 709,000 inhabitants. Norway's health spending per resident was NOK 74,300 in 2022, and the capital's "
  "hospital trust had a budget of NOK 23.8bn that year.")
D(17, "'the biggest' in one year next to a larger figure for another item in another year (order)",
  "Tea remained Kenya's biggest export earner in 2023, bringing in KSh 180.6 billion. Horticulture, which briefly "
  "overtook tea in 2021, earned KSh 214.3 billion that year.")
D(18, "a first-half count next to an expectation for the second half (restatement)",
  "The museum welcomed 1,418,260 visitors in the first half of the year, its annual report says. The director "
  "expects about 1.6 million in the second half, when a major exhibition opens.")
D(19, "the same rate in three regions, shares of different wholes (shares of one whole)",
  "In the north, 38.5% of households own a car; in the centre, 44.2%; in the south, 29.7%. Car ownership has risen "
  "in every region since 2010, the transport survey found.")
D(20, "rates of two groups next to a points change of a third rate (difference-points)",
  "The jobless rate for graduates was 3.8%, against 9.6% for those without qualifications. Youth unemployment fell "
  "1.4 percentage points over the year, the ministry said.")
D(21, "machine-translated; visitors, income growth and hotel counts (growth)",
  "Whole year the county received tourists 3.86 million person-times, tourism income 4.27 billion yuan, increased "
  "12.7%. The number of star hotels reached 26, travel agencies 41.")
D(22, "births, deaths and a population change that includes migration (natural increase)",
  "Births in the city reached 14,306 last year and deaths 12,918, the registry office said. The population grew by "
  "9,742, largely thanks to migration.")
D(23, "regional cars and population next to a national rate per 1,000 (ratio)",
  "There are 2.4 million registered cars in the region, whose population is 5.8 million. Nationally, car ownership "
  "stands at 512 per 1,000 people, the transport ministry said.")
D(24, "a homes target, permits and completions, and a percentage of the previous year's level (percent of plan)",
  "The ministry's target is 480,000 new homes a year. In 2023, 412,600 building permits were issued and 338,900 homes "
  "were completed; completions were 94.8% of the level seen in 2022.")
