"""Data of the paraphrase and decoy suite: 14 families x 40 phrasings, and 104 decoys.

Each item: family, phrasing number n, a note on the grammar used (style), the text, its
relation(s) and the single-figure change (old, new) that makes the broken version.
Phrasings 1,3,5,7 go to tune/, 2,4,6,8 to holdout/, 9,11 to fresh-tune/, 10,12 to fresh-holdout/;
decoys 1-12 to tune/, 13-24 to holdout/, 25-30 to fresh-tune/, 31-36 to fresh-holdout/.
Phrasings 9-12 and decoys 25-36 were written later, with grammar that phrasings 1-8 of the
family do not use. Batch g (phrasings 13-20, decoys 37-60) came later still, with grammar that
phrasings 1-12 do not use: 13-16 and decoys 37-48 go to g-tune/, 17-20 and 49-60 to g-holdout/.
Batch h (phrasings 21-24, decoys 61-72) came next, with grammar that phrasings 1-20 do not use:
21, 23 and decoys 61-66 go to h-tune/, 22, 24 and decoys 67-72 to h-holdout/.
Batch i (phrasings 25-32, decoys 73-88) came next, with grammar that phrasings 1-24 do not use:
25, 27, 29, 31 and decoys 73-80 go to i-tune/, 26, 28, 30, 32 and decoys 81-88 to i-holdout/.
Batch j (phrasings 33-40, decoys 89-104) came last, with grammar that phrasings 1-32 do not use:
33, 35, 37, 39 and decoys 89-96 go to j-tune/, 34, 36, 38, 40 and decoys 97-104 to j-holdout/.
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
I(F, 9, "police command, Nigerian register; total of three named categories first, the parts after a dash with 'respectively'",
  "The state police command recorded 3,846 cases of armed robbery, kidnapping and cult-related violence in 2023 — "
  "2,117, 964 and 765 respectively, the command's spokesman told reporters in Ikeja. He said 1,392 suspects had been "
  "charged to court.",
  [R("crimes-respectively", "the three categories, listed 'respectively', make up the cases recorded",
     {"t": "3,846 cases", "a": "2,117", "b": "964", "c": "765"}, "a + b + c == t")],
  ("964", "1,164"))
I(F, 10, "county health bulletin; parts first as operands of 'Adding ... to ... and ... gives', total last",
  "Adding the 1,418 patients discharged to the 392 still on the wards and the 57 who died gives the 1,867 admitted "
  "with cholera since the outbreak began, the county health bulletin says. Most cases were reported in the two "
  "lakeside sub-counties.",
  [R("cholera-admissions-by-outcome", "discharged, still on the wards and died add up to those admitted",
     {"a": "1,418", "b": "392", "c": "57 who", "t": "1,867"}, "a + b + c == t")],
  ("392", "492"))
I(F, 11, "tourism ministry; total in its own sentence, two named parts, then 'the balance of' after a semicolon",
  "The kingdom welcomed 27.84 million foreign visitors last year. Visitors from Malaysia numbered 4.71 million and "
  "those from China 3.38 million; the balance of 19.75 million came from other markets, the tourism ministry said.",
  [R("visitors-and-balance", "the two named markets and the balance make up all foreign visitors",
     {"t": "27.84 million", "a": "4.71 million", "b": "3.38 million", "c": "19.75 million"}, "a + b + c == t")],
  ("3.38 million", "4.38 million"))
I(F, 12, "agriculture ministry; headline total, body parts with the province named in brackets after each figure",
  "Maize harvest estimated at 2.43m tonnes\nThe three maize-growing provinces contributed 1.12m tonnes (Northern), "
  "0.86m (Central) and 0.45m (Eastern), according to the agriculture ministry's first crop estimate for the season. "
  "Prices at rural markets have started to ease.",
  [R("maize-by-province", "the three growing provinces' harvests make up the headline total",
     {"t": "2.43m tonnes", "a": "1.12m tonnes", "b": "0.86m", "c": "0.45m"}, "a + b + c == t")],
  ("0.86m", "1.06m"))

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
I(F, 9, "county health bulletin; 'One in N' share with the counts inside dashes",
  "One in 12 adults in the county — 41,630 of the 499,800 aged 18 and over — now lives with diabetes, the "
  "county health bulletin said. Screening vans will visit 73 villages before June.",
  [R("diabetes-one-in-n", "adults with diabetes as a share of all adults is one in N",
     {"r": "12 adults", "a": "41,630", "w": "499,800"}, "a / w == 1 / r")],
  ("41,630", "51,630"))
I(F, 10, "electoral commission; count and whole first, 'That translates into a share of P' in a second sentence",
  "Women won 87 of the 311 seats in the new provincial assembly, the electoral commission announced on Sunday. That "
  "translates into a share of 28.0 per cent, the highest since the quota law took effect.",
  [R("women-seat-share", "seats won by women as a share of all seats",
     {"a": "87", "w": "311", "p": "28.0 per cent"}, "a / w == p")],
  ("28.0 per cent", "31.0 per cent"))
I(F, 11, "finance ministry, Indian register; fronted 'Of the W collected', part 'came to A', share last between dashes",
  "Of the ₹1.78 lakh crore collected as GST in April, the states' share came to ₹0.47 lakh crore — 26.4 per cent — "
  "the finance ministry said. Collections were the highest for any month since the tax was introduced.",
  [R("states-gst-share", "the states' part as a share of the GST collected",
     {"w": "₹1.78 lakh crore", "a": "₹0.47 lakh crore", "p": "26.4 per cent"}, "a / w == p")],
  ("26.4 per cent", "31.4 per cent"))
I(F, 12, "football club accounts, British; share first ('swallowed P% of turnover'), part and whole after a colon ('set against')",
  "Wages swallowed 68% of turnover at the club last season, according to accounts filed at Companies House on "
  "Friday: a £409m bill set against income of £602m. The club made a pre-tax loss for a fourth year in a row.",
  [R("wages-to-turnover", "the wage bill as a share of income",
     {"p": "68%", "a": "£409m", "w": "£602m"}, "a / w == p")],
  ("£602m", "£502m"))

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
I(F, 9, "company results, South African register; headline, then 'Revenue: B (2022: A), up P%'",
  "Mzansi Retail Group: results for the year to June\nGroup revenue: R48.6 billion (2022: R41.9 billion), up 16%. "
  "Headline earnings per share rose to 312 cents, and the final dividend was held at 95 cents.",
  [R("revenue-up-on-prior-year", "percent change from the prior year's revenue in brackets",
     {"b": "R48.6 billion", "a": "R41.9 billion", "g": "16%"}, "b / a - 1 == g")],
  ("R41.9", "R36.9"))
I(F, 10, "tourism agency; growth in a headline with 'versus', levels in the body with 'against'",
  "Visitor spending up 31.5% versus 2019\nForeign visitors spent ¥5.29 trillion in Japan last year, the tourism "
  "agency said, against ¥4.02 trillion in 2019, the last full year before the pandemic. Visitors from Taiwan spent "
  "the most per head.",
  [R("spending-vs-2019", "percent change in visitor spending from 2019 to last year",
     {"g": "31.5%", "b": "¥5.29 trillion", "a": "¥4.02 trillion"}, "b / a - 1 == g")],
  ("¥4.02", "¥4.62"))
I(F, 11, "railway authority; old level first in its own sentence, new level in an apposition, 'P per cent lower'",
  "In 2019 the railway carried 8.42 million tonnes of freight. Last year's volume, 6.91 million tonnes, was 17.9 per "
  "cent lower, the ports and railways authority said in its annual review.",
  [R("freight-lower", "percent fall from the 2019 volume to last year's",
     {"a": "8.42 million tonnes", "b": "6.91 million tonnes", "g": "17.9 per cent"}, "1 - b / a == g")],
  ("8.42", "9.42"))
I(F, 12, "airport operator, Indian register; 'a P jump over the A handled', crore kept as written",
  "A total of 1.87 crore passengers passed through the airport in the year to March, a 14.2 per cent jump over the "
  "1.64 crore handled a year earlier, according to the operator. International traffic made up roughly a fifth of the total.",
  [R("passengers-jump", "percent increase over the previous year's passengers",
     {"b": "1.87 crore", "g": "14.2 per cent", "a": "1.64 crore"}, "b / a - 1 == g")],
  ("1.64 crore", "1.44 crore"))

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
I(F, 9, "road safety authority; headline gives the difference ('down D'), levels in the body with 'compared with'",
  "Road deaths down 112 in 2023\nThe country's roads claimed 1,947 lives last year compared with 2,059 in 2022, the "
  "road safety authority said on Wednesday. Motorcycle riders accounted for a third of the dead.",
  [R("road-deaths-headline-fall", "the headline fall is the 2022 deaths minus last year's",
     {"d": "112", "b": "1,947", "a": "2,059"}, "a - b == d")],
  ("down 112", "down 162"))
I(F, 10, "examinations board; signed change in brackets '(+D on 2022)', last year's level in a later sentence",
  "Candidates registered for the certificate of secondary education numbered 373,741 (+24,836 on 2022), the "
  "examinations board said. Last year's registration was 348,905. Female candidates outnumbered male ones for the "
  "third year running.",
  [R("registrations-plus", "the bracketed change is this year's registrations minus last year's",
     {"b": "373,741", "d": "24,836", "a": "348,905"}, "b - a == d")],
  ("24,836", "29,836"))
I(F, 11, "state health department; difference first with 'D fewer ... than', levels between dashes with 'against'",
  "The state's public hospitals had 1,318 fewer beds at the end of the year than at the start — 24,607 against "
  "25,925 — as two district hospitals closed for rebuilding. Waiting lists lengthened in both districts.",
  [R("beds-fewer", "the stated drop is the start-of-year beds minus the end-of-year beds",
     {"d": "1,318 fewer", "b": "24,607", "a": "25,925"}, "a - b == d")],
  ("1,318 fewer", "1,818 fewer"))
I(F, 12, "farmers' union; 'versus', then 'a shortfall of D' in another unit scale (million vs plain)",
  "Farmers planted 1.21 million hectares of wheat this season versus 1.36 million hectares last season, a shortfall "
  "of 150,000 hectares that the farmers' union blamed on the late rains. Fertiliser prices also rose.",
  [R("wheat-area-shortfall", "the shortfall is last season's area minus this season's",
     {"b": "1.21 million", "a": "1.36 million", "d": "150,000 hectares"}, "a - b == d")],
  ("1.21 million", "1.01 million"))

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
I(F, 9, "central bank, West African register; headline, 'to B from A', the difference as a hyphenated 'D-basis-point move'",
  "Central bank in record rate hike\nThe Monetary Policy Committee raised the policy rate to 21.50 per cent from 17.50 "
  "per cent, a 400-basis-point move that was the sharpest since 2016, the governor told reporters in Abuja. The cash "
  "reserve ratio was left at 32.5 per cent.",
  [R("policy-rate-hike-bps", "the move in basis points is the new rate minus the old",
     {"b": "21.50 per cent", "a": "17.50 per cent", "d": "400-basis-point"}, "b - a == d / 10000")],
  ("17.50 per cent", "18.50 per cent"))
I(F, 10, "education ministry; 'B, compared with A', then the noun phrase 'The improvement of D' as subject of the next sentence",
  "The national senior certificate pass rate climbed to 79.4% in 2023, compared with 76.9% the year before. The "
  "improvement of 2.5 percentage points was driven by rural provinces, the basic education minister said on Friday.",
  [R("pass-rate-improvement", "the improvement in points is the 2023 rate minus the year before's",
     {"b": "79.4%", "a": "76.9%", "d": "2.5 percentage points"}, "b - a == d")],
  ("76.9%", "74.9%"))
I(F, 11, "household survey, Indian register; gap between two groups, 'D percentage points below the rate for men (B)'",
  "Literacy among women in the state is 61.3 per cent, 17.2 percentage points below the rate for men (78.5 per "
  "cent), according to the household survey. The gap was widest in the tribal districts of the south.",
  [R("literacy-gender-gap", "the gap in points is men's rate minus women's",
     {"a": "61.3 per cent", "d": "17.2 percentage points", "b": "78.5 per cent"}, "b - a == d")],
  ("78.5 per cent", "81.5 per cent"))
I(F, 12, "bond market newswire; yield spread 'of D basis points over' a benchmark whose yield comes last in a relative clause",
  "The government's 10-year Eurobond was quoted at a yield of 9.86% on Thursday, a spread of 556 basis points over "
  "US Treasuries of the same maturity, which yielded 4.30%. Traders said demand from local pension funds was steady.",
  [R("eurobond-spread", "the spread in basis points is the bond's yield minus the Treasury yield",
     {"b": "9.86%", "d": "556 basis points", "a": "4.30%"}, "b - a == d / 10000")],
  ("556 basis points", "456 basis points"))

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
I(F, 9, "police statistics, South African register; rate per 100,000 first, population in a second sentence",
  "Police recorded 4,386 murders in the province in the year to March, a rate of 28.9 per 100,000 residents. The "
  "province's population is estimated at 15.18 million, according to the statistics agency's mid-year estimates.",
  [R("murder-rate-per-100k", "murders per 100,000 residents",
     {"m": "4,386", "r": "28.9 per 100,000", "p": "15.18 million"}, "m / p * 100000 == r")],
  ("15.18 million", "17.18 million"))
I(F, 10, "property survey, Kenyan register; 'R times that in' with the second figure in brackets at the end",
  "Average rent in Westlands, KSh 96,500 a month for a two-bedroom flat, is 3.4 times that in Kasarani (KSh "
  "28,400), a property survey found. Rents in both areas rose over the year.",
  [R("rent-times", "the Westlands rent divided by the Kasarani rent",
     {"a": "KSh 96,500", "r": "3.4 times", "b": "KSh 28,400"}, "a / b == r")],
  ("KSh 28,400", "KSh 24,400"))
I(F, 11, "statistics bureau; fronted participle 'Divided among P people, S works out at C per head'",
  "Divided among 21.8 million people, output of $61.3 billion works out at $2,812 per head, the statistics bureau "
  "said. That leaves the country below the regional average for a fifth consecutive year.",
  [R("output-per-head", "output divided by population",
     {"p": "21.8 million", "s": "$61.3 billion", "c": "$2,812"}, "s / p == c")],
  ("21.8 million", "24.8 million"))
I(F, 12, "city transport corporation, Indian register; 'about R per bus' apposition after fleet and lakh passengers",
  "The city transport corporation's fleet of 6,158 buses carried 41.2 lakh passengers a day in 2023-24, about 669 per "
  "bus, its annual report shows. Ridership has risen on every trunk route since fares were cut.",
  [R("passengers-per-bus", "daily passengers (41.2 lakh = 4,120,000) divided by buses",
     {"b": "6,158", "p": "41.2 lakh", "r": "669 per bus"}, "p * 100000 / b == r")],
  ("6,158", "5,158"))

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
I(F, 9, "sugar mills' association, Indian register; the same quantity in lakh and, in brackets, in millions",
  "Sugar exports touched 12.4 lakh tonnes (1.24 million tonnes) in the 2022-23 season, the sugar mills' association "
  "said. Shipments went mainly to Indonesia, Bangladesh and the Gulf, and mills expect a smaller surplus this year.",
  [R("exports-lakh-million", "the bracketed quantity converts the lakh figure (12.4 lakh = 1,240,000)",
     {"a": "12.4 lakh", "b": "1.24 million tonnes"}, "a * 100000 == b")],
  ("1.24 million", "1.44 million"))
I(F, 10, "tourism ministry, Kenyan register; exact figure, then fronted 'At some N, earnings were'",
  "International tourism brought in KSh 352.5 billion last year, the tourism ministry said on Tuesday. At some KSh "
  "350 billion, earnings were the highest on record; the ministry expects them to pass KSh 420 billion next year.",
  [R("earnings-restated", "'some KSh 350 billion' restates the year's earnings",
     {"a": "KSh 352.5 billion", "b": "KSh 350 billion"}, "a == b", rounded=True)],
  ("KSh 352.5", "KSh 392.5"))
I(F, 11, "housing ministry; exact count, then a minister's quotation with a lower bound ('more than N')",
  "A total of 18,204 houses were completed under the scheme in the year to March, the housing ministry's report "
  "shows. 'We handed over more than 18,000 houses this year,' the minister said at a ceremony in Polokwane.",
  [R("houses-more-than", "the quoted lower bound restates the count of houses completed",
     {"a": "18,204", "b": "18,000 houses"}, "a > b")],
  ("18,204", "16,204"))
I(F, 12, "treasury note; exact census count, then 'that count, rounded ... to' as an explicit restatement",
  "The 2022 census counted 31,872,405 residents. Budget allocations to the 26 counties are based on that count, "
  "rounded in the treasury's tables to 31.9 million, the finance ministry explained in a note to parliament.",
  [R("census-rounded", "the rounded figure in the tables is the census count",
     {"a": "31,872,405", "b": "31.9 million"}, "a == b")],
  ("31.9 million", "35.9 million"))

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
I(F, 9, "highway patrol; fronted 'Including P ..., W ...' (part before the whole)",
  "Including 612 repeat offenders, 2,904 drivers were fined for speeding on the expressway last month, the highway "
  "patrol said. Average speeds recorded by the new cameras fell by a tenth.",
  [R("repeat-offenders-included", "repeat offenders are included among the drivers fined",
     {"p": "612", "w": "2,904"}, "p <= w")],
  ("612", "3,612"))
I(F, 10, "health ministry; whole in a main clause, part in 'with P being reserved for'",
  "The new referral hospital, which opened on Monday, has 1,240 beds, with 186 being reserved for intensive care, "
  "the health ministry said. It will serve four counties in the west of the country.",
  [R("icu-beds", "intensive-care beds are among the hospital's beds",
     {"w": "1,240 beds", "p": "186"}, "p <= w")],
  ("186", "1,486"))
I(F, 11, "machine-translated county statistical communique; 'thereinto'",
  "Ordinary high schools of the county have enrolled students 48,620 persons, thereinto boarding students 21,377 "
  "persons. Full-time teachers 3,105 persons. The gross enrolment rate of high school stage reached 92.6%.",
  [R("boarding-thereinto", "boarding students are among the enrolled students",
     {"w": "48,620", "p": "21,377"}, "p <= w")],
  ("21,377", "51,377"))
I(F, 12, "police commissioner's report; part as subject, 'were among W' (whole last)",
  "The 146 women officers promoted this year were among 1,028 officers promoted across the force, the police "
  "commissioner's annual report says. Women make up 19% of the service, and the commissioner wants that share to rise.",
  [R("women-among-promoted", "women promoted are among all officers promoted",
     {"p": "146", "w": "1,028"}, "p <= w")],
  ("1,028", "128"))

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
I(F, 9, "power ministry; shares of one output named by rank ('the second-largest source', 'now third'), partial list",
  "Coal still generates 71.2% of the country's electricity. Hydropower, the second-largest source, supplies 11.4%, "
  "and solar, now third, 7.6%, the power ministry said in its annual review. Gas plants stood idle for most of the "
  "year.",
  [R("generation-by-rank", "shares of one electricity output cannot add to more than the whole",
     {"a": "71.2%", "b": "11.4%", "c": "7.6%"}, "a + b + c <= 1")],
  ("11.4%", "31.4%"))
I(F, 10, "budget, Nigerian register; 'allots P to ..., P to ...', the rest not quantified",
  "The ₦27.5 trillion budget allots 34.8% to recurrent spending, 30.4% to capital projects and 28.6% to debt "
  "service, with statutory transfers taking the rest. The National Assembly passed the bill on Wednesday.",
  [R("budget-allotments", "allotments of one budget cannot add to more than the whole",
     {"a": "34.8%", "b": "30.4%", "c": "28.6%"}, "a + b + c <= 1")],
  ("30.4%", "40.4%"))
I(F, 11, "tourism authority; gapped 'A accounted for a and B for b', last share in 'making up the rest at c'",
  "Europeans accounted for 52.7 per cent of arrivals and Asians for 31.9 per cent, with visitors from the Americas, "
  "Africa and Oceania making up the rest at 15.4 per cent, the tourism authority said. Arrivals rose for a third "
  "year.",
  [R("arrivals-by-continent", "the continental shares of one total of arrivals make up the whole",
     {"a": "52.7 per cent", "b": "31.9 per cent", "c": "15.4 per cent"}, "a + b + c == 1")],
  ("31.9 per cent", "36.9 per cent"))
I(F, 12, "education census; three groups, then three shares and 'respectively'",
  "Rural, peri-urban and urban schools account for 52.1%, 30.6% and 17.3% of primary enrolment respectively, the "
  "education ministry's school census shows. Class sizes are largest in peri-urban areas, where new estates have "
  "outgrown the schools.",
  [R("enrolment-by-location", "the three location types' shares of one enrolment make up the whole",
     {"a": "52.1%", "b": "30.6%", "c": "17.3%"}, "a + b + c == 1")],
  ("30.6%", "35.6%"))

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
I(F, 9, "household survey; groups in brackets after 'more likely (a) than (b)', overall after a semicolon ('nationally, the figure was')",
  "Urban households were far more likely to have internet access (78.3%) than rural ones (41.6%); nationally, the "
  "figure was 57.2%, the household survey found. Mobile connections accounted for most of the growth.",
  [R("internet-access", "the national rate lies between the urban and rural rates",
     {"a": "78.3%", "b": "41.6%", "o": "57.2%"}, BETWEEN)],
  ("57.2%", "37.2%"))
I(F, 10, "health survey; overall first, extremes as 'the highest' and 'the lowest' in a 'with' clause",
  "Across the country's 36 districts the adult HIV prevalence rate is 5.1%, with Lakeside's 17.8% the highest and "
  "Northern Plains' 0.4% the lowest, the latest survey shows. Prevalence has fallen in every district since 2012.",
  [R("hiv-prevalence-range", "the national rate lies between the highest and the lowest district rates",
     {"o": "5.1%", "a": "17.8%", "b": "0.4%"}, BETWEEN)],
  ("5.1%", "25.1%"))
I(F, 11, "machine-translated statistical communique; 'Divided by permanent residence' groups after the overall",
  "Per capita disposable income of all residents was 31,462 yuan in the whole year, increased 5.8%. Divided by "
  "permanent residence, urban residents 42,815 yuan, rural residents 19,738 yuan. The Engel coefficient of residents "
  "was 29.4%.",
  [R("income-by-residence", "the all-resident income lies between urban and rural incomes",
     {"o": "31,462", "a": "42,815", "b": "19,738"}, BETWEEN)],
  ("31,462", "47,462"))
I(F, 12, "schools census; groups first, overall in a later sentence with 'Taken together, ... averaged'",
  "Average class size in state primary schools was 27.4 pupils in the north and 23.1 in the south, the schools "
  "census shows. Taken together, the two regions averaged 26.8. Class sizes have edged down since 2019.",
  [R("class-size", "the combined average lies between the two regional averages",
     {"a": "27.4 pupils", "b": "23.1 in", "o": "26.8"}, BETWEEN)],
  ("26.8", "21.8"))

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
I(F, 9, "grains council; fronted 'At A, ... were second only to B'",
  "At 9.4 million tonnes, Egypt's wheat imports in the marketing year were second only to Indonesia's 11.2 million "
  "tonnes, according to the grains council. Turkey ranked third, and imports by all three are forecast to rise.",
  [R("second-only-to", "the top importer's volume exceeds the second's",
     {"a": "9.4 million", "r": "11.2 million"}, "r > a")],
  ("11.2 million", "8.2 million"))
I(F, 10, "regional tourism report, East African register; 'trailed' (less-than) with the subject's figure in an apposition",
  "Tourist arrivals in Kenya, at 1.96 million last year, trailed Tanzania's 2.14 million for the first time, the "
  "regional tourism report shows. Both countries expect arrivals to grow this year as new air routes open.",
  [R("kenya-trailed", "the trailing country's arrivals are below the leader's",
     {"a": "1.96 million", "b": "2.14 million"}, "a < b")],
  ("1.96 million", "2.46 million"))
I(F, 11, "agriculture ministry, Indian register; 'the third-largest ..., ahead of X (B) and behind only ...'",
  "Telangana is now the third-largest rice producer in the country at 16.6 million tonnes, ahead of Andhra Pradesh "
  "(12.9 million tonnes) and behind only Uttar Pradesh and West Bengal. The figures come from the agriculture "
  "ministry's second advance estimates.",
  [R("ahead-of", "the third-largest producer's output exceeds that of the state it is ahead of",
     {"a": "16.6 million", "b": "12.9 million"}, "a > b")],
  ("12.9 million", "17.9 million"))
I(F, 12, "sport report; league table 'led ... on A points, three clear of X on B'",
  "Riverside United led the league on 58 points after 26 matches, three clear of Harbour City on 55, with Northgate "
  "a further point back. The league resumes on Sunday after the international break.",
  [R("league-leader", "the leader's points exceed the second club's",
     {"a": "58 points", "b": "55"}, "a > b")],
  ("55", "65"))

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
I(F, 9, "chief electoral officer, Indian register; turnout = votes cast / electors, 'Of W ..., V cast ..., a turnout of P'",
  "Of 5.61 crore registered electors, 3.87 crore cast their votes in the assembly election, a turnout of 69.0 per "
  "cent, the state's chief electoral officer said. Women outvoted men in 41 constituencies.",
  [R("turnout", "turnout is votes cast divided by registered electors",
     {"w": "5.61 crore", "v": "3.87 crore", "p": "69.0 per cent"}, "v / w == p")],
  ("69.0 per cent", "64.0 per cent"))
I(F, 10, "machine-translated provincial communique; net exports = exports - imports, net figure first",
  "The province realized net exports of goods 1,204.6 billion yuan in the year. Exports were 3,380.4 billion yuan, "
  "imports 2,175.8 billion yuan, the trade structure kept optimizing. Processing trade's share continued to decline.",
  [R("net-exports", "net exports are exports minus imports",
     {"d": "1,204.6 billion", "x": "3,380.4 billion", "m": "2,175.8 billion"}, "x - m == d")],
  ("2,175.8", "2,475.8"))
I(F, 11, "airline results; load factor = RPK / ASK, the definition spelled out between dashes",
  "Passenger load factor — revenue passenger kilometres as a share of available seat kilometres — was 83.6%, with "
  "RPKs of 42.71 billion against ASKs of 51.09 billion, the airline said. Both measures were records.",
  [R("load-factor", "load factor is revenue passenger kilometres divided by available seat kilometres",
     {"p": "83.6%", "r": "42.71 billion", "a": "51.09 billion"}, "r / a == p")],
  ("51.09", "45.09"))
I(F, 12, "company results, British; net debt = gross borrowings - cash, 'B less C' after a colon",
  "Net debt fell to £1.84bn at the year end: gross borrowings of £2.37bn less cash of £0.53bn, the group said in its "
  "annual results. It plans to cut borrowings further by selling its logistics arm.",
  [R("net-debt", "net debt is gross borrowings minus cash",
     {"n": "£1.84bn", "g": "£2.37bn", "c": "£0.53bn"}, "g - c == n")],
  ("£0.53bn", "£0.73bn"))

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
I(F, 9, "state police data, American register; county figure as subject, 'made up the bulk of the W recorded statewide'",
  "Marlow County's 612 homicides made up the bulk of the 1,134 recorded statewide last year, state police data show. "
  "Most victims were men under 30, and most were killed with handguns.",
  [R("county-in-state", "the county's homicides are part of the state's",
     {"p": "612", "w": "1,134"}, "p <= w")],
  ("612", "1,612"))
I(F, 10, "agriculture ministry, Kenyan register; three levels in one sentence, 'out of the region's M and a national harvest of W'",
  "Nakuru county produced 4.1 million bags of maize this season, out of the Rift Valley's 21.6 million bags and a "
  "national harvest of 44.3 million bags, the agriculture ministry said. Farm-gate prices fell by a third.",
  [R("county-in-region", "the county's harvest is part of the region's",
     {"m": "21.6 million", "c": "4.1 million"}, "c <= m"),
   R("region-in-nation", "the region's harvest is part of the national harvest",
     {"w": "44.3 million", "m": "21.6 million"}, "m <= w")],
  ("21.6 million", "2.6 million"))
I(F, 11, "wind industry association; region first with a superlative, the national total after a semicolon",
  "Lower Saxony, with 13.7 GW, has the most onshore wind capacity of any German state; the national total is 63.8 "
  "GW, the wind industry association said. Brandenburg and Schleswig-Holstein follow.",
  [R("state-in-germany", "the state's capacity is part of the national total",
     {"p": "13.7 GW", "w": "63.8 GW"}, "p <= w")],
  ("13.7 GW", "73.7 GW"))
I(F, 12, "tourism agency; the national aggregate in a bracketed label '(national: W)'",
  "Kyoto prefecture recorded 8.2 million foreign guest-nights in 2023 (national: 116.5 million), the tourism agency's "
  "accommodation survey shows. Hotels in the city centre reported occupancy close to pre-pandemic levels, and the "
  "city plans to raise its lodging tax.",
  [R("prefecture-in-japan", "the prefecture's guest-nights are part of the national total",
     {"p": "8.2 million", "w": "116.5 million"}, "p <= w")],
  ("8.2 million", "128.2 million"))

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
I(F, 9, "revenue authority, Kenyan register; 'A fell short of the T target' (below target)",
  "Revenue collection of KSh 2.41 trillion fell short of the KSh 2.57 trillion target for the fiscal year, the "
  "revenue authority said on Thursday, blaming weak imports. Customs duties were the only stream to beat their target.",
  [R("revenue-short-of-target", "a collection said to fall short of the target is below it",
     {"a": "KSh 2.41 trillion", "t": "KSh 2.57 trillion"}, "a < t")],
  ("KSh 2.41", "KSh 2.81"))
I(F, 10, "power ministry, Indian register; 'achievement against target: P (target T, commissioned A)' with a colon and brackets",
  "Renewable capacity additions in 2023-24 — achievement against target: 87.3 per cent (target 2,400 MW, "
  "commissioned 2,095 MW). Solar parks accounted for most of the new capacity, the power ministry's year-end review said.",
  [R("capacity-vs-target", "capacity commissioned as a percentage of the target",
     {"p": "87.3 per cent", "t": "2,400 MW", "a": "2,095 MW"}, "a / t == p")],
  ("87.3 per cent", "97.3 per cent"))
I(F, 11, "finance ministry; ceiling in a pluperfect first sentence, outcome in an apposition 'kept within that limit'",
  "Parliament had capped the budget deficit for the year at 3.5% of GDP. The outturn, 3.1%, kept within that limit, "
  "the finance ministry said on Monday, although debt interest rose sharply.",
  [R("deficit-within-cap", "the outturn said to keep within the cap is at most the cap",
     {"t": "3.5% of GDP", "a": "3.1%"}, "a <= t")],
  ("3.1%", "4.1%"))
I(F, 12, "food ministry; headline 'hits P% of target', body 'bought A ... against a target of T'",
  "Wheat procurement hits 84% of target\nGovernment agencies bought 27.4 million tonnes of wheat this season against "
  "a target of 32.6 million tonnes, the food ministry said. Purchases were lowest in the eastern states.",
  [R("procurement-vs-target", "wheat bought as a percentage of the target",
     {"p": "84%", "a": "27.4 million", "t": "32.6 million"}, "a / t == p")],
  ("27.4 million", "23.4 million"))


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

D(25, "two lines' passengers in different years next to a network total for a third year (sum of parts)",
  "The northern line carried 14.2 million passengers in 2022, and the southern line 9.8 million in 2023, the rail "
  "operator's annual reports show. Across the whole network, 31.7 million journeys were made in 2021.")
D(26, "a count of nurses who left next to the doctors' attrition rate and the whole service's staff (share)",
  "Some 2,140 nurses left the public health service last year, the union said. The attrition rate among doctors was "
  "6.8%, and the service employs 48,300 staff in all grades.")
D(27, "a month-on-month growth rate next to the level of the same month a year earlier (growth)",
  "Metro ridership averaged 412,000 a day in March, up 11.5% on February, the transit authority said. In March 2023 "
  "daily ridership had averaged 386,500.")
D(28, "a points change since one year next to the level of another year (difference-points)",
  "Female labour force participation stood at 37.0% in 2023, according to the survey. The rate has risen 4.2 "
  "percentage points since 2017, when the survey changed its methods; in 2020 it was 30.1%.")
D(29, "a national rate per 100,000 next to a province's deaths and population (ratio)",
  "The province recorded 3,216 road deaths in 2023. Nationally, the road death rate was 19.4 per 100,000 people, and "
  "the province has 11.7 million inhabitants, the transport department said.")
D(30, "a rounded attendance at one match next to the combined attendance of two other matches (restatement)",
  "Some 52,000 fans watched the final at the national stadium on Saturday, the football association said. The two "
  "semi-finals, played in Kumasi and Tamale, drew 47,316 spectators between them.")
D(31, "registered voters at one election next to more ballots cast at a later one, after boundary changes (part not above whole)",
  "Registered voters in the constituency numbered 84,300 at the 2017 election. At the 2022 poll, 91,652 ballots were "
  "cast after boundary changes added two wards, the electoral commission said.")
D(32, "percentages of respondents for a multiple-answer question, adding to far more than 100% (shares of one whole)",
  "Asked what they use their phones for, 88% of respondents named calls, 64% mobile money and 47% social media; most "
  "gave several answers. The survey covered 3,020 adults in 12 counties.")
D(33, "urban and rural rates next to the rate of a separately tracked group, outside both (overall between groups)",
  "Vaccination coverage was 91.2% in urban districts and 84.6% in rural ones, the health ministry said. Among "
  "children of migrant workers, a group tracked separately, coverage was 62.8%.")
D(34, "'the most widely grown' crop by area next to a larger figure in tonnes for another crop (order)",
  "Maize is the most widely grown crop in the country, planted on 1.38 million hectares this season. Cassava output "
  "reached 1.64 million tonnes, the agriculture ministry said.")
D(35, "arrivals, departures and net migration, each for a different period (net migration identity)",
  "Some 142,800 people arrived in the year to June 2023, the statistics agency said. Departures in calendar year 2022 "
  "were 96,400, and net migration for the year to June 2024 is projected at 38,000.")
D(36, "a connection target for a later year next to last year's connections and their rural share (percent of plan)",
  "The target for 2025 is to connect 250,000 households to the national grid. In 2023, 186,400 connections were made, "
  "92.1% of them in rural areas, the energy ministry said.")


# ================================================================== batch g: phrasings 13-20, decoys 37-60
# Written blind (without reading auditor/, fixtures/, tests/ or rules/ and without running the auditor);
# phrasings 13-16 go to g-tune/, 17-20 to g-holdout/; decoys 37-48 to g-tune/, 49-60 to g-holdout/.

# ------------------------------------------------------------------ g 1 sum-of-parts
F = "sum-of-parts"
I(F, 17, "ferry operator; Markdown table with a Total row under the parts",
  "Passenger numbers on the two routes run by Fjordlink Kyst in 2024 are shown below, as published in its annual "
  "report:\n| Route | Passengers |\n|---|---|\n| Bergen–Askøy | 418,260 |\n| Askøy–Herdla | 233,915 |\n| Total | 652,175 |",
  [R("routes-table-total", "the two routes' passengers add up to the Total row",
     {"a": "418,260", "b": "233,915", "t": "652,175"}, "a + b == t")],
  ("233,915", "283,915"))
I(F, 14, "heritage fund; fronted participle 'Totalling T,' with the parts in brackets after the nouns",
  "Totalling NZ$48.6 million, this year's grants from the Heritage Lottery Fund went to marae restoration "
  "(NZ$21.3 million), museum storage (NZ$15.9 million) and the digitisation of archives (NZ$11.4 million). The fund "
  "is financed from lottery profits.",
  [R("grants-totalling", "the three grant purposes make up the fronted total",
     {"t": "NZ$48.6 million", "a": "NZ$21.3 million", "b": "NZ$15.9 million", "c": "NZ$11.4 million"}, "a + b + c == t")],
  ("NZ$15.9", "NZ$19.9"))
I(F, 15, "dairy cooperative; two plants named first, 'The former ... and the latter', total last in 'for a total intake of'",
  "Two plants process everything the cooperative collects: Ljungby and Skara. The former took in 198.7 million litres "
  "of milk last year and the latter 113.7 million litres, for a total intake of 312.4 million litres, the cooperative "
  "said in its annual review.",
  [R("former-latter-intake", "the two plants' intakes make up the total intake",
     {"a": "198.7 million", "b": "113.7 million", "t": "312.4 million"}, "a + b == t")],
  ("113.7 million", "143.7 million"))
I(F, 16, "machine-translated township report; 'The composition of the T ... is:' with the parts after the colon",
  "The composition of the town's 482.6 million yuan fiscal revenue is: tax revenue 391.8 million yuan, non-tax income "
  "90.8 million yuan. The fiscal expenditure guaranteed the key livelihood projects of the town.",
  [R("revenue-composition", "tax and non-tax revenue make up the fiscal revenue",
     {"t": "482.6 million", "a": "391.8 million", "b": "90.8 million"}, "a + b == t")],
  ("90.8 million", "120.8 million"))
I(F, 13, "magistrates' court registrar; semicolon list of outcomes, total last in the anaphor 'These N cases'",
  "At the magistrates' court in Kisumu, 1,487 traffic cases ended in a fine; 362 were withdrawn; 95 led to a custodial "
  "sentence. These 1,944 cases were all concluded in the quarter to September, the court registrar said.",
  [R("cases-by-outcome", "the three outcomes make up the cases concluded",
     {"a": "1,487", "b": "362", "c": "95 led", "t": "1,944"}, "a + b + c == t")],
  ("362", "562"))
I(F, 18, "cocoa board; passive 'were accounted for by' with a colon list of grades, total first",
  "The 9,326 tonnes of cocoa graded at the Kumasi depot this season were accounted for by three grades: 7,804 tonnes "
  "of Grade I, 1,277 tonnes of Grade II and 245 tonnes of sub-standard beans, the cocoa board said. Prices paid to farmers are fixed for the season.",
  [R("cocoa-grades", "the three grades make up the tonnage graded",
     {"t": "9,326 tonnes", "a": "7,804 tonnes", "b": "1,277 tonnes", "c": "245 tonnes"}, "a + b + c == t")],
  ("1,277", "1,577"))
I(F, 19, "academy registrar; parts as exceptions in a fronted 'Apart from ... and ...', the remaining part in a later sentence 'That made'",
  "Apart from 64 who moved to other universities and 211 who dropped out, every one of the 2,918 students who started "
  "at the academy in 2020 had graduated by June 2024. That made 2,643 graduates from the cohort, the academy's "
  "registrar said.",
  [R("cohort-outcomes", "transfers, drop-outs and graduates make up the starting cohort",
     {"a": "64 who", "b": "211 who", "c": "2,643", "t": "2,918"}, "a + b + c == t")],
  ("211", "411"))
I(F, 20, "port authority; second part as subject 'brought the year's throughput to T', first part after it in 'after'",
  "Second-half volumes of 2.07 million TEU brought the port's throughput for the year to 3.91 million TEU, after "
  "1.84 million TEU in the first six months. The port authority expects a new berth to open in the spring.",
  [R("halves-brought-to", "the two halves make up the year's throughput",
     {"b": "2.07 million", "t": "3.91 million", "a": "1.84 million"}, "a + b == t")],
  ("2.07 million", "2.47 million"))

# ------------------------------------------------------------------ g 2 share
F = "share"
I(F, 19, "migration board; share first between dashes after a hedge ('Just under a third'), count in 'That meant N'",
  "Just under a third – 31.8% – of the 5,412 asylum applications decided last year were approved, the migration board "
  "said. That meant 1,721 positive decisions, most of them for applicants from Eritrea and Syria.",
  [R("approvals-share", "approvals as a share of the applications decided",
     {"p": "31.8%", "w": "5,412", "a": "1,721"}, "a / w == p")],
  ("1,721", "1,421"))
I(F, 14, "hospital group; whole in a passive first sentence, share as 'The proportion ... was P', count in 'equivalent to N'",
  "A total of 10,661 cataract operations were performed by the hospital group in 2024. The proportion done as day "
  "cases was 87.4%, equivalent to 9,318 patients going home the same day.",
  [R("day-case-proportion", "day cases as a proportion of all cataract operations",
     {"w": "10,661", "p": "87.4%", "a": "9,318"}, "a / w == p")],
  ("87.4%", "77.4%"))
I(F, 13, "energy ombudsman; whole in the lead sentence, Markdown table with counts and shares of two outcomes",
  "The energy ombudsman closed 3,942 complaints in 2024, with the main outcomes shown below.\n| Outcome | Complaints "
  "| Share |\n|---|---|---|\n| Upheld | 1,206 | 30.6% |\n| Partly upheld | 884 | 22.4% |",
  [R("upheld-share", "upheld complaints as a share of all complaints closed",
     {"a": "1,206", "w": "3,942", "p": "30.6%"}, "a / w == p"),
   R("partly-upheld-share", "partly upheld complaints as a share of all complaints closed",
     {"a": "884", "w": "3,942", "p": "22.4%"}, "a / w == p")],
  ("30.6%", "35.6%"))
I(F, 16, "film institute; hedged share 'just over P of them' and the count restated after a colon",
  "Cinemas sold 11.38 million tickets in the year to March, just over 40% of them for local films: 4.58 million "
  "admissions, the film institute said. Attendance is still below its level before the pandemic.",
  [R("local-films-share", "admissions to local films as a share of all tickets",
     {"w": "11.38 million", "p": "40%", "a": "4.58 million"}, "a / w == p")],
  ("4.58 million", "3.58 million"))
I(F, 17, "city libraries; absolute clause 'e-books making up N of them', share as an apposition 'a P slice'",
  "The city's libraries lent 2.86 million items in 2024, e-books making up 634,900 of them – a 22.2 per cent slice, up "
  "from 15 per cent in 2021. The library service plans to extend its digital catalogue next year.",
  [R("e-book-slice", "e-book loans as a share of all items lent",
     {"w": "2.86 million", "a": "634,900", "p": "22.2 per cent"}, "a / w == p")],
  ("22.2 per cent", "27.2 per cent"))
I(F, 18, "parliament newsroom; whole as a hyphenated compound ('the 449-member assembly'), share fronted with 'at P, that is'",
  "Women hold 146 seats in the new 449-member assembly; at 32.5 per cent, that is the highest share since "
  "independence, the electoral commission said. Two parties fielded more women than men.",
  [R("women-seats-share", "seats held by women as a share of the assembly's seats",
     {"a": "146 seats", "w": "449-member", "p": "32.5 per cent"}, "a / w == p")],
  ("146 seats", "176 seats"))
I(F, 15, "machine-translated county blood station report; 'in it ... proportion P'",
  "Whole year the county blood station collected blood 38,620 units, in it voluntary donation 36,140 units, "
  "proportion 93.6%. The blood supply for clinical use was effectively guaranteed. The county added mobile collection vehicles.",
  [R("voluntary-proportion", "voluntary donations as a proportion of all blood collected",
     {"w": "38,620", "a": "36,140", "p": "93.6%"}, "a / w == p")],
  ("93.6%", "83.6%"))
I(F, 20, "police statement; whole first, then 'P, or N, were found' (share before the count)",
  "Police checked 6,214 vehicles at roadside stops over the Easter weekend; 7.9 per cent, or 491, were found to have "
  "defective tyres. Drivers were fined and 37 vehicles were taken off the road.",
  [R("defective-tyres", "vehicles with defective tyres as a share of vehicles checked",
     {"w": "6,214", "p": "7.9 per cent", "a": "491"}, "a / w == p")],
  ("491", "591"))

# ------------------------------------------------------------------ g 3 growth
F = "growth"
I(F, 17, "communications regulator; Markdown table with two years and a signed change column",
  "The communications regulator published these subscription figures on Friday:\n| | 2023 | 2024 | Change |\n"
  "|---|---|---|---|\n| Broadband subscriptions | 1,842,300 | 1,967,100 | +6.8% |\nFibre connections made up most "
  "of the rise.",
  [R("broadband-change", "the change column is the growth from 2023 to 2024",
     {"a": "1,842,300", "b": "1,967,100", "g": "+6.8%"}, "b / a - 1 == g")],
  ("1,842,300", "1,642,300"))
I(F, 14, "civil protection authority; new level first, 'down from A', the rate last in 'a decline the authority put at P'",
  "Wildfires burned 38,476 hectares of forest this summer, the civil protection authority said, down from 44,860 "
  "hectares in 2023 – a decline the authority put at 14.2%. Most fires started in the interior.",
  [R("burned-area-decline", "the percentage decline from the 2023 area to this summer's",
     {"b": "38,476", "a": "44,860", "g": "14.2%"}, "1 - b / a == g")],
  ("44,860", "49,860"))
I(F, 15, "bike-share operator; two levels in one sentence, 'The latter figure is P higher than the former'",
  "Riders on the city's bike-share scheme made 2.41 million trips in 2022 and 3.07 million in 2024. The latter "
  "figure is 27.4% higher than the former, the operator said. Most trips start near a metro station.",
  [R("latter-former", "the percentage by which the 2024 trips exceed the 2022 trips",
     {"a": "2.41 million", "b": "3.07 million", "g": "27.4%"}, "b / a - 1 == g")],
  ("27.4%", "37.4%"))
I(F, 16, "machine-translated agriculture report; 'year-on-year growth P, last year same period A'",
  "The tea output of the county 12,436 tons, year-on-year growth 7.9%, last year same period 11,526 tons. The "
  "tea garden area is stable and the quality of tea is improved.",
  [R("tea-output-growth", "growth from last year's output to this year's",
     {"b": "12,436", "g": "7.9%", "a": "11,526"}, "b / a - 1 == g")],
  ("11,526", "10,326"))
I(F, 13, "pension fund; old level in a fronted 'Compared with A a year before,' and the nominalisation 'the increase amounted to P'",
  "Pension payouts by the state fund reached PLN 14.62bn in the third quarter. Compared with PLN 13.71bn a year "
  "before, the increase amounted to 6.6 per cent, the fund said.",
  [R("payouts-increase", "growth from the year-earlier payouts",
     {"b": "PLN 14.62bn", "a": "PLN 13.71bn", "g": "6.6 per cent"}, "b / a - 1 == g")],
  ("PLN 13.71bn", "PLN 12.31bn"))
I(F, 18, "beekeepers' association; growth in a relative clause on the subject, old level after a semicolon",
  "Honey output, which climbed 23.5% this season, reached 4,812 tonnes; last season beekeepers produced 3,896 "
  "tonnes, the beekeepers' association said. Rain in the spring helped the clover bloom, and export prices were stable.",
  [R("honey-climb", "growth from last season's output to this season's",
     {"g": "23.5%", "b": "4,812", "a": "3,896"}, "b / a - 1 == g")],
  ("4,812", "4,212"))
I(F, 19, "dentists' association; the earlier level inserted between dashes, growth as 'a rise of P'",
  "Dental practices in Saxony billed €2.186bn last year – €2.047bn the year before – a rise of 6.8 per cent, the "
  "association of statutory health insurance dentists said. Most of the increase came from fees for implants.",
  [R("billing-rise", "growth from the previous year's billing",
     {"b": "€2.186bn", "a": "€2.047bn", "g": "6.8 per cent"}, "b / a - 1 == g")],
  ("€2.047bn", "€1.747bn"))
I(F, 20, "district police chief; new level first, old level in a pluperfect 'The figure for 2023 had been', growth 'described as'",
  "Reported burglaries in the district rose to 1,142 in 2024. The figure for 2023 had been 987, the district police "
  "chief told a press conference, in what he described as an increase of 15.7%.",
  [R("burglaries-increase", "growth from the 2023 figure to 2024",
     {"b": "1,142", "a": "987", "g": "15.7%"}, "b / a - 1 == g")],
  ("1,142", "1,342"))

# ------------------------------------------------------------------ g 4 difference-units
F = "difference-units"
I(F, 13, "dental council; Markdown table of two years first, the difference in a closing sentence ('the increase of D')",
  "| Year | Registered dentists |\n|---|---|\n| 2019 | 4,318 |\n| 2024 | 4,756 |\nThe dental council attributes the "
  "increase of 438 to graduates of the two new dental schools.",
  [R("dentists-increase", "the increase from the 2019 count to the 2024 count",
     {"a": "4,318", "b": "4,756", "d": "438"}, "b - a == d")],
  ("438", "538"))
I(F, 14, "health board; fronted participle 'Having stood at A', the difference as a bare comparative 'D shorter'",
  "Having stood at 14,612 a year ago, the waiting list for hip operations is now 12,958 long, 1,654 shorter, the "
  "health board said. It credits two new surgical hubs in the north.",
  [R("waiting-list-shorter", "the waiting list is shorter by the difference of the two levels",
     {"a": "14,612", "b": "12,958", "d": "1,654"}, "a - b == d")],
  ("1,654 shorter", "1,954 shorter"))
I(F, 19, "zoo; relative clause 'which was D more than in 2022, when A came'",
  "The zoo drew 612,430 visitors last year, which was 48,615 more than in 2022, when 563,815 came. The new "
  "elephant house opened in May. Ticket prices were unchanged for the third year running.",
  [R("visitors-more", "the difference between last year's and 2022's visitors",
     {"b": "612,430", "d": "48,615", "a": "563,815"}, "b - a == d")],
  ("48,615", "58,615"))
I(F, 16, "central bank; heading colon with a semicolon list of two levels, difference in an apposition 'a net loss of D'",
  "Bank branches in Hungary: 1,418 at the end of 2019; 1,027 at the end of 2024. The closures, a net loss of 391, hit "
  "rural counties hardest, the central bank said in its financial inclusion report.",
  [R("branch-loss", "the net loss of branches between the two year-ends",
     {"a": "1,418", "b": "1,027", "d": "391"}, "a - b == d")],
  ("1,027", "1,227"))
I(F, 17, "corrections department; difference first ('has fallen by D'), levels in the next sentence with 'two years earlier the count was'",
  "The prison population has fallen by 1,206 in two years. It stood at 9,874 on 1 January; two years earlier the "
  "count was 11,080, the corrections department said. Most of the fall came from shorter remand periods.",
  [R("prison-fall", "the fall between the count two years ago and now",
     {"d": "1,206", "b": "9,874", "a": "11,080"}, "a - b == d")],
  ("1,206", "1,406"))
I(F, 18, "dealers' association; 'after A in 2023', difference in a nominalised apposition 'The drop, amounting to D machines'",
  "Tractor sales totalled 5,826 units in 2024, after 7,315 in 2023. The drop, amounting to 1,489 machines, was blamed "
  "by dealers on high interest rates. Sales of combine harvesters held up better.",
  [R("tractor-drop", "the drop between the 2023 and 2024 sales",
     {"b": "5,826", "a": "7,315", "d": "1,489"}, "a - b == d")],
  ("5,826", "6,526"))
I(F, 15, "machine-translated county poverty report; 'less than previous year-end A ... by D'",
  "Year-end registered poor households of the county 8,947, less than previous year-end 11,263 households by 2,316. "
  "The poverty alleviation work achieved phased results. Targeted assistance measures were implemented for every household.",
  [R("poor-households-less", "the year-end count is less than the previous year-end's by the difference",
     {"b": "8,947", "a": "11,263", "d": "2,316"}, "a - b == d")],
  ("2,316", "2,916"))
I(F, 20, "commercial court; difference first ('has cleared a net D since December'), old level in a 'when' clause, new level last",
  "The commercial court has cleared a net 3,854 cases since December, when 31,158 were pending; 27,304 remained at the "
  "end of June, the court said. Eleven new judges took up their posts in January.",
  [R("backlog-cleared", "the net reduction of pending cases between December and June",
     {"d": "3,854", "a": "31,158", "b": "27,304"}, "a - b == d")],
  ("27,304", "24,304"))

# ------------------------------------------------------------------ g 5 difference-points
F = "difference-points"
I(F, 17, "statistics office; Markdown table with two rates and a 'Change (pp)' column",
  "The statistics office released its digital inclusion indicators on Wednesday:\n| Indicator | 2022 | 2024 | Change "
  "(pp) |\n|---|---|---|---|\n| Households with internet access | 81.6% | 88.3% | 6.7 |\nThe gap between regions "
  "narrowed.",
  [R("internet-access-change", "the change column is the difference of the two rates, in points",
     {"a": "81.6%", "b": "88.3%", "d": "6.7"}, "b - a == d / 100")],
  ("88.3%", "85.3%"))
I(F, 14, "central bank; the cut in a relative clause on the rate ('which it lowered by D basis points'), old level in a pluperfect after a semicolon",
  "The central bank's deposit rate, which it lowered by 75 basis points on Thursday, now stands at 9.50%; it had been "
  "10.25% since March. The bank said inflation was slowing faster than expected.",
  [R("deposit-rate-cut", "the cut is the difference of the old and new rate, in basis points",
     {"d": "75 basis", "b": "9.50%", "a": "10.25%"}, "a - b == d / 10000")],
  ("9.50%", "8.50%"))
I(F, 15, "census analysis; two rates in one sentence after a colon, 'The latter is D percentage points above the former'",
  "Two census rates tell the story: 47.2% of women in the province could read in 2011, and 58.9% in 2021. The latter "
  "is 11.7 percentage points above the former, the census office said.",
  [R("literacy-latter-former", "the later rate is above the earlier by the stated points",
     {"a": "47.2%", "b": "58.9%", "d": "11.7 percentage points"}, "b - a == d")],
  ("11.7 percentage points", "13.7 percentage points"))
I(F, 16, "freight company results; old level in 'where a year earlier it had been', difference as a hyphenated 'basis-point squeeze'",
  "Margins held up less well: gross margin was 23.1%, where a year earlier it had been 25.5%, and the company blamed "
  "the 240 basis-point squeeze on freight costs. Revenue was flat.",
  [R("margin-squeeze", "the squeeze is the difference of the two margins, in basis points",
     {"b": "23.1%", "a": "25.5%", "d": "240 basis-point"}, "a - b == d / 10000")],
  ("23.1%", "21.1%"))
I(F, 13, "employers' federation; new level first, old level 'In 2019 it was', difference as 'so the narrowing comes to D'",
  "The gender pay gap in Danish financial services narrowed to 18.2% last year. In 2019 it was 21.5%, so the "
  "narrowing comes to 3.3 percentage points, the employers' federation said.",
  [R("pay-gap-narrowing", "the narrowing is the difference of the two gaps",
     {"b": "18.2%", "a": "21.5%", "d": "3.3 percentage points"}, "a - b == d")],
  ("3.3 percentage points", "5.3 percentage points"))
I(F, 18, "municipal election newsroom; old level in a second sentence ('only A ... cast a ballot'), 'the rise of D points' after a semicolon",
  "Turnout in the municipal election reached 58.7 per cent. Four years ago, only 53.8 per cent of registered voters "
  "cast a ballot; the rise of 4.9 points was strongest among young voters.",
  [R("turnout-rise", "the rise is the difference of the two turnouts, in points",
     {"b": "58.7 per cent", "a": "53.8 per cent", "d": "4.9 points"}, "b - a == d / 100")],
  ("53.8 per cent", "55.8 per cent"))
I(F, 19, "machine-translated township education report; 'compared with last year raise D percentage points, last year this rate is A'",
  "Township compulsory education consolidation rate reached 96.3%, compared with last year raise 1.8 percentage "
  "points, last year this rate is 94.5%. The school running conditions were further improved. New teaching buildings were put into use.",
  [R("consolidation-rate-raise", "the raise is the difference of this year's and last year's rate",
     {"b": "96.3%", "d": "1.8 percentage points", "a": "94.5%"}, "b - a == d")],
  ("94.5%", "92.5%"))
I(F, 20, "police commissioner; 'a D-point improvement on the A solved a year earlier'",
  "Officers solved 41.6% of violent offences in 2024, a 3.2-point improvement on the 38.4% solved a year earlier, the "
  "police commissioner said. She credited a new forensic laboratory and more detectives.",
  [R("solved-improvement", "the improvement is the difference of the two solve rates, in points",
     {"b": "41.6%", "d": "3.2-point", "a": "38.4%"}, "b - a == d / 100")],
  ("38.4%", "35.4%"))

# ------------------------------------------------------------------ g 6 ratio
F = "ratio"
I(F, 13, "health ministry; Markdown table with count, population and a 'per 10,000' column",
  "The health ministry published its workforce map for the coastal region on Monday:\n| Region | Doctors | Residents "
  "| Doctors per 10,000 |\n|---|---|---|---|\n| Coast | 1,842 | 612,400 | 30.1 |\nRural districts have far fewer.",
  [R("doctors-per-10000", "the per-10,000 column is doctors over residents times 10,000",
     {"a": "1,842", "p": "612,400", "r": "30.1"}, "a / p * 10000 == r")],
  ("1,842", "2,242"))
I(F, 14, "hospital staffing; 'outnumber ... R-to-1', counts in a relative clause ('which employ')",
  "Nurses outnumber doctors 2.7-to-1 in the country's public hospitals, which employ 48,216 nurses and 17,858 "
  "doctors, the health workforce agency said. Private clinics were not surveyed this time. The agency's report is published every two years.",
  [R("nurses-to-doctors", "nurses per doctor",
     {"r": "2.7-to-1", "a": "48,216", "b": "17,858"}, "a / b == r")],
  ("17,858", "21,858"))
I(F, 19, "lifeboat charity; the average first ('The average station launched R times'), the counts after a colon",
  "The average station launched 37.4 times last year, the lifeboat charity said: 8,904 launches in all from 238 "
  "stations. The busiest station went out 162 times. Volunteers crew nearly all of the charity's boats.",
  [R("launches-per-station", "launches per station",
     {"r": "37.4 times", "a": "8,904", "s": "238 stations"}, "a / s == r")],
  ("238 stations", "288 stations"))
I(F, 16, "national park authority; density with a hedge ('about R per 100 square kilometres') in an apposition",
  "The national park covers 1,482 square kilometres and is home to an estimated 326 ibex – about 22.0 per 100 square "
  "kilometres, the park authority said. Numbers have doubled since hunting was banned.",
  [R("ibex-density", "ibex per 100 square kilometres of park",
     {"s": "1,482 square", "a": "326 ibex", "r": "22.0 per"}, "a / s * 100 == r")],
  ("326 ibex", "426 ibex"))
I(F, 17, "medical university; 'Each of the N places drew R applicants on average', total after a semicolon",
  "Each of the 2,160 places at the state medical university drew 3.4 applicants on average this year; 7,352 applied "
  "in all, the admissions office said. Demand was highest for dentistry.",
  [R("applicants-per-place", "applicants per place",
     {"p": "2,160", "r": "3.4 applicants", "a": "7,352"}, "a / p == r")],
  ("7,352", "8,552"))
I(F, 18, "water utility; rate per person first, population in a fronted 'With ...', total in 'that implies'",
  "Water use averaged 142 litres per person per day in the city last year. With 1.36 million residents, that implies "
  "193.1 million litres a day drawn from the network, the water utility said.",
  [R("water-per-person", "daily use per resident",
     {"r": "142 litres", "p": "1.36 million", "v": "193.1 million"}, "v / p == r")],
  ("193.1 million", "233.1 million"))
I(F, 15, "machine-translated statistical communique; 'urban is R times of rural'",
  "Per capita consumption expenditure of rural residents 16,729 yuan; urban residents is 1.87 times of rural, "
  "reaching 31,284 yuan. The consumption structure continued to upgrade. Spending on education, culture and recreation grew fastest.",
  [R("urban-times-rural", "urban over rural consumption expenditure per head",
     {"b": "16,729", "r": "1.87 times", "a": "31,284"}, "a / b == r")],
  ("31,284", "36,284"))
I(F, 20, "police inspectorate; two counts in two clauses, ratio in the anaphor 'That is R people for each officer'",
  "The force has 3,126 officers; its area has 1.92 million residents. That is 614 people for each officer, the "
  "inspectorate said, well below the national average. The chief constable wants more recruits.",
  [R("residents-per-officer", "residents per officer",
     {"a": "3,126", "p": "1.92 million", "r": "614 people"}, "p / a == r")],
  ("3,126", "3,726"))

# ------------------------------------------------------------------ g 7 restatement
F = "restatement"
I(F, 17, "airport operator; hedged rounded figure ('almost N') in the text, exact figure in a Markdown table below",
  "Passenger traffic at the airport reached almost 14.9 million last year, the operator's annual report shows.\n"
  "| Indicator | 2024 |\n|---|---|\n| Passengers | 14,862,300 |\n| Aircraft movements | 118,406 |",
  [R("passengers-text-table", "the text's rounded figure and the table's exact count are the same passengers",
     {"a": "14.9 million", "b": "14,862,300"}, "a == b")],
  ("14,862,300", "16,862,300"))
I(F, 14, "housing grant scheme; colon list of key figures with 'k', exact count in the next sentence ('In total N ... applied')",
  "Key figures for the heat pump grant: applications 48.2k; approvals 31.9k; average grant £6,120. In total 48,216 "
  "households applied before the scheme closed in March, the energy agency said. Approvals were slower than expected.",
  [R("applications-k", "the key-figure applications and the exact count are the same applications",
     {"a": "48.2k", "b": "48,216"}, "a == b")],
  ("48,216", "53,216"))
I(F, 15, "marine reserve; area in hectares, restated in another unit in 'Expressed in square kilometres, that is N'",
  "The new marine reserve off the islands covers 41,260 hectares. Expressed in square kilometres, that is 412.6, "
  "making it the largest in the country's waters, the environment ministry said. Fishing will be banned in its core zone.",
  [R("hectares-km2", "the same area in hectares and in square kilometres (100 hectares to the square kilometre)",
     {"a": "41,260", "b": "412.6"}, "a == b * 100")],
  ("412.6", "462.6"))
I(F, 16, "census office; upper bound first ('Fewer than N'), exact count in a second sentence ('Its count of N')",
  "Fewer than 5,000 people now live on the island, the census office said on Tuesday. Its count of 4,812 residents "
  "is the lowest since records began. Most of the young have left for the mainland.",
  [R("fewer-than", "the exact count is below the stated bound",
     {"a": "4,812", "b": "5,000"}, "a < b")],
  ("4,812", "5,812"))
I(F, 13, "company registrar; exact figure in a quotation, rounded figure in a passive 'is given as'",
  "'We registered 1,106,842 new companies last year,' the registrar told parliament on Wednesday. In her written "
  "report the figure is given as 1.11 million. Most were sole traders in construction and retail.",
  [R("quoted-and-written", "the quoted count and the report's rounded figure are the same registrations",
     {"a": "1,106,842", "b": "1.11 million"}, "a == b")],
  ("1,106,842", "1,306,842"))
I(F, 18, "tourism office; 'hit a record N' rounded first, exact count in an apposition 'The ... exact count, N, beat'",
  "Overnight stays in the valley's ski resorts hit a record 2.36 million in February. The tourism office's exact "
  "count, 2,357,904, beat the previous high, set in 2019, by a wide margin.",
  [R("record-exact", "the rounded record and the exact count are the same overnight stays",
     {"a": "2.36 million", "b": "2,357,904"}, "a == b")],
  ("2,357,904", "2,657,904"))
I(F, 19, "machine-translated city statistics; 'namely N ten-thousand persons'",
  "The registered population of the city 486,213 persons, namely 48.62 ten-thousand persons, the natural growth "
  "rate kept low. The urbanization level was further raised and the social undertakings developed in an all-round way.",
  [R("ten-thousand-persons", "the same population in persons and in units of ten thousand",
     {"a": "486,213", "b": "48.62"}, "a == b * 10000")],
  ("48.62", "53.62"))
I(F, 20, "labour office; percentage first, restated after a colon as 'N of every 1,000'",
  "Youth unemployment in the region was 7.3% in the second quarter: put plainly, 73 of every 1,000 young people in the "
  "labour force were out of work. The regional labour office expects a fall in the autumn.",
  [R("per-cent-per-mille", "the rate as a percentage and as a number per 1,000 is the same rate",
     {"a": "7.3%", "b": "73 of"}, "a == b / 1000")],
  ("73 of", "93 of"))

# ------------------------------------------------------------------ g 8 part-not-above-whole
F = "part-not-above-whole"
I(F, 13, "transport agency; Markdown table with the whole and a sub-row below it",
  "The transport agency published its roadworthiness results for the first half of 2025 on Monday, broken down as "
  "follows:\n| Measure | Vehicles |\n|---|---|\n| Inspected | 18,406 |\n| Failed the brake test | 2,913 |",
  [R("brake-failures", "vehicles failing the brake test are among those inspected",
     {"w": "18,406", "p": "2,913"}, "p <= w")],
  ("2,913", "20,913"))
I(F, 14, "patent office; part first, whole in an apposition 'a subset of the W received'",
  "Foreign applicants filed 1,348 trademark applications last year, a subset of the 7,216 received by the patent "
  "office. Most came from China and Germany. Examination times fell in the second half of the year.",
  [R("foreign-subset", "foreign applications are a subset of all applications received",
     {"p": "1,348", "w": "7,216"}, "p <= w")],
  ("1,348", "8,348"))
I(F, 19, "ministry; part first, whole in the anaphor 'All had been on the list of W that applied'",
  "The digital schools grant went to 241 municipalities this year. All had been on the list of 356 that applied, the "
  "education ministry said, and the rest may try again in 2026.",
  [R("grant-from-applicants", "the municipalities that got the grant were among those that applied",
     {"p": "241", "w": "356"}, "p <= w")],
  ("241", "441"))
I(F, 16, "city transport office; fronted participle 'Counting only those with a valid licence, P', whole after a semicolon",
  "Counting only those with a valid licence, 2,304 taxis operate in the city; the full fleet registered with the "
  "transport office is 3,117. Licences are renewed every two years at the transport office.",
  [R("licensed-taxis", "licensed taxis are part of the registered fleet",
     {"p": "2,304", "w": "3,117"}, "p <= w")],
  ("2,304", "3,604"))
I(F, 17, "export council; part in a relative clause 'which are counted within that total'",
  "Chilean fruit exports to Asia reached 1.12 million tonnes last season; cherries, which are counted within that "
  "total, made up 0.41 million tonnes, the fruit exporters' council said. Prices in China fell sharply in January.",
  [R("cherries-within", "cherry exports are counted within the fruit exports",
     {"w": "1.12 million", "p": "0.41 million"}, "p <= w")],
  ("0.41 million", "1.41 million"))
I(F, 18, "police statement; whole first, part after a semicolon via 'on those stopped'",
  "Police stopped 5,318 drivers at checkpoints during the festive season; breath tests on those stopped found 642 "
  "over the limit. All were charged, and most will appear in court in February.",
  [R("over-the-limit", "drivers over the limit were among those stopped",
     {"w": "5,318", "p": "642"}, "p <= w")],
  ("642", "6,642"))
I(F, 15, "machine-translated county report; 'which have realized ... villages P'",
  "By the end of year, the county has administrative villages 1,286, which have realized access to hardened roads "
  "villages 1,174, the coverage is continuously improved. The rural travel conditions are obviously improved.",
  [R("villages-hardened-roads", "villages with hardened roads are among all administrative villages",
     {"w": "1,286", "p": "1,174"}, "p <= w")],
  ("1,174", "2,174"))
I(F, 20, "prosecutor general's report; part first ('Convictions were secured in P cases'), whole in a pluperfect after a semicolon",
  "Convictions were secured in 47 cases; the anti-corruption prosecutor had taken 212 cases to trial during the "
  "year, the prosecutor general's report states. Most of the cases concerned public procurement.",
  [R("convictions-of-trials", "cases ending in conviction are among those taken to trial",
     {"p": "47 cases", "w": "212 cases"}, "p <= w")],
  ("47 cases", "247 cases"))

# ------------------------------------------------------------------ g 9 shares-of-one-whole
F = "shares-of-one-whole"
I(F, 17, "grid operator; Markdown table of three sources' shares",
  "Electricity generated on the island in 2024 came from only three sources, the grid operator says:\n| Source | Share "
  "|\n|---|---|\n| Hydro | 61.4% |\n| Wind | 22.9% |\n| Gas | 15.7% |",
  [R("generation-table", "the three sources' shares of one output make up the whole",
     {"a": "61.4%", "b": "22.9%", "c": "15.7%"}, "a + b + c == 1")],
  ("22.9%", "32.9%"))
I(F, 14, "coffee board; hedged first share between dashes, 'the remainder was split between' two markets in brackets",
  "Just over half of the country's 2024 coffee exports – 50.8% – went to the EU; the US took 21.7%, and the remainder "
  "was split between Japan (14.2%) and South Korea (13.3%), the coffee board said. Prices were the highest in a decade.",
  [R("coffee-destinations", "the four destinations' shares of one export total make up the whole",
     {"a": "50.8%", "b": "21.7%", "c": "14.2%", "d": "13.3%"}, "a + b + c + d == 1")],
  ("21.7%", "31.7%"))
I(F, 15, "tourism office; one share in the first sentence, the rest after 'The rest came from abroad:'",
  "Domestic visitors made up 63.5% of hotel guests in the Algarve last year. The rest came from abroad: 18.7% from "
  "the UK, 9.6% from Germany and 8.2% from elsewhere. Bookings for next summer are strong.",
  [R("guests-by-origin", "the shares of one total of guests make up the whole",
     {"a": "63.5%", "b": "18.7%", "c": "9.6%", "d": "8.2%"}, "a + b + c + d == 1")],
  ("9.6%", "19.6%"))
I(F, 16, "election newsroom; 'a distant second', minor candidates 'shared the other c'",
  "The incumbent mayor was re-elected with 57.3% of the vote; her nearest rival, a distant second, polled 28.9%, and "
  "four minor candidates shared the other 13.8%. Turnout was low across the city.",
  [R("mayoral-vote", "the candidates' shares of one vote make up the whole",
     {"a": "57.3%", "b": "28.9%", "c": "13.8%"}, "a + b + c == 1")],
  ("28.9%", "38.9%"))
I(F, 13, "lottery regulator; heading with a colon, semicolon list, last share in 'the operator keeps the last d'",
  "Where the lottery's money goes: prizes take 51.2 per cent; good causes 27.6 per cent; tax 12.0 per cent; the "
  "operator keeps the last 9.2 per cent. The regulator publishes the split every year.",
  [R("lottery-split", "the four uses' shares of one lottery income make up the whole",
     {"a": "51.2 per cent", "b": "27.6 per cent", "c": "12.0 per cent", "d": "9.2 per cent"}, "a + b + c + d == 1")],
  ("27.6 per cent", "37.6 per cent"))
I(F, 18, "transport survey; partial list of commuting modes, one share in a parenthetical 'at P,'",
  "Cars account for 58.3% of commuting trips in the metro area and buses for 14.6%; cycling, at 9.1%, has overtaken "
  "the tram, the transport survey found. The tram network is being extended.",
  [R("commuting-modes", "shares of one total of trips, partial list, cannot exceed the whole",
     {"a": "58.3%", "b": "14.6%", "c": "9.1%"}, "a + b + c <= 1")],
  ("58.3%", "88.3%"))
I(F, 19, "machine-translated statistical communique; shares as a colon ratio 'a : b : c' without per cent signs",
  "The proportion of the three industries' added value is 8.6 : 42.3 : 49.1, the service industry proportion is "
  "continuously raised. The industrial structure was further optimized. The modern service industry developed quickly.",
  [R("three-industries-ratio", "the three industries' shares of one added value make up 100",
     {"a": "8.6", "b": "42.3", "c": "49.1"}, "a + b + c == 100")],
  ("42.3", "52.3"))
I(F, 20, "land survey; copular 'is A forest, B farmland and C other uses'",
  "The country's land area is 31.2% forest, 44.5% farmland and 24.3% other uses, the land survey said in its five-year "
  "report. Forest cover has grown slowly since the 1990s, mostly on abandoned farmland.",
  [R("land-use", "the land-use shares of one area make up the whole",
     {"a": "31.2%", "b": "44.5%", "c": "24.3%"}, "a + b + c == 1")],
  ("44.5%", "54.5%"))

# ------------------------------------------------------------------ g 10 overall-between-groups
F = "overall-between-groups"
I(F, 13, "examinations council; Markdown table with two groups and an 'All schools' row",
  "The examinations council released this year's pass rates by type of school:\n| Schools | Pass rate |\n|---|---|\n"
  "| Public | 68.2% |\n| Private | 81.7% |\n| All schools | 71.9% |",
  [R("pass-rate-table", "the all-schools rate lies between the public and private rates",
     {"a": "68.2%", "b": "81.7%", "o": "71.9%"}, BETWEEN)],
  ("71.9%", "61.9%"))
I(F, 14, "child health bulletin; two group rates per 10,000, overall in 'For the two combined, the rate was'",
  "Hospital admissions for asthma ran at 14.6 per 10,000 children in cities and 9.3 per 10,000 in rural areas last "
  "year. For the two combined, the rate was 12.8, the child health bulletin said.",
  [R("asthma-combined", "the combined rate lies between the city and rural rates",
     {"a": "14.6 per", "b": "9.3 per", "o": "12.8"}, BETWEEN)],
  ("12.8", "16.8"))
I(F, 19, "tracer study; passive group rate first, 'compared with', overall in 'The figure for all N graduates surveyed was'",
  "Graduates of the vocational track were found in work six months after leaving at a rate of 82.4%, compared with "
  "74.1% for those from the academic track. The figure for all 14,206 graduates surveyed was 77.9%.",
  [R("employment-all-graduates", "the rate for all graduates lies between the two tracks' rates",
     {"a": "82.4%", "b": "74.1%", "o": "77.9%"}, BETWEEN)],
  ("77.9%", "87.9%"))
I(F, 16, "court statistics; group rates first, overall in a parenthetical 'at P,' with a relative clause",
  "Women prosecuted in the district courts were convicted in 71.3% of cases and men in 84.6%; the overall conviction "
  "rate, at 83.2%, is dominated by men, who make up most defendants. Sentencing guidelines were revised in the spring.",
  [R("conviction-rate", "the overall conviction rate lies between women's and men's",
     {"a": "71.3%", "b": "84.6%", "o": "83.2%"}, BETWEEN)],
  ("83.2%", "93.2%"))
I(F, 17, "federal statistical office; heading colon and a semicolon list with 'all employees' last",
  "Average hourly earnings, by contract type: full-time CHF 41.85; part-time CHF 36.20; all employees CHF 40.15, the "
  "federal statistical office said. Apprentices are excluded. Pay rose fastest in hospitality and in construction.",
  [R("earnings-by-contract", "the all-employee average lies between full-time and part-time",
     {"a": "CHF 41.85", "b": "CHF 36.20", "o": "CHF 40.15"}, BETWEEN)],
  ("CHF 40.15", "CHF 46.15"))
I(F, 18, "provincial statistics; overall in a fronted participle 'Averaging P', groups in brackets",
  "Averaging 3.14 children per woman, fertility in the province masks a gap between urban women (2.41) and rural "
  "women (3.87), the provincial statistics office said. Both rates have fallen since the last census.",
  [R("fertility-gap", "the provincial average lies between urban and rural fertility",
     {"o": "3.14", "a": "2.41", "b": "3.87"}, BETWEEN)],
  ("3.14", "4.14"))
I(F, 15, "machine-translated city health report; 'of which male A, female B'",
  "The average life expectancy of city residents reached 79.46 years, of which male 76.92 years, female 82.15 years. "
  "The main health indicators are in the advanced level. Medical reform was deepened.",
  [R("life-expectancy", "the average life expectancy lies between male and female",
     {"o": "79.46", "a": "76.92", "b": "82.15"}, BETWEEN)],
  ("79.46", "89.46"))
I(F, 20, "ambulance service; group averages first, overall in 'its all-area average of P' after a semicolon",
  "Response times averaged 11.4 minutes in urban areas and 19.8 minutes in rural areas, the ambulance service said; "
  "its all-area average of 13.6 minutes met the national standard. Rural crews will get more vehicles.",
  [R("response-times", "the all-area average lies between the urban and rural averages",
     {"a": "11.4 minutes", "b": "19.8 minutes", "o": "13.6 minutes"}, BETWEEN)],
  ("13.6 minutes", "21.6 minutes"))

# ------------------------------------------------------------------ g 11 order-ranking
F = "order-ranking"
I(F, 17, "ports authority; Markdown ranking table with rank numbers",
  "The ports authority ranked the country's cruise ports by passengers handled in 2024.\n| Rank | Port | Cruise "
  "passengers |\n|---|---|---|\n| 1 | Piraeus | 1,614,200 |\n| 2 | Heraklion | 612,450 |",
  [R("cruise-ranking", "the port ranked first handled more passengers than the one ranked second",
     {"a": "1,614,200", "b": "612,450"}, "a > b")],
  ("612,450", "1,712,450"))
I(F, 14, "health ministry; first place in a relative clause ('whose A ... were the highest'), second in 'came next with B'",
  "Lagos State, whose 19,482 new tuberculosis notifications were the country's highest last year, was again the "
  "focus of the programme. Kano came next with 14,936, the health ministry said in its annual report.",
  [R("tb-notifications", "the highest count is above the one that came next",
     {"a": "19,482", "b": "14,936"}, "a > b")],
  ("14,936", "20,936"))
I(F, 15, "trade ministry; 'topped ... at A', the runner-up in an apposition",
  "Gold topped Tanzania's export earnings list in 2024 at $3.41bn; cashew nuts, the runner-up, earned $0.62bn, the "
  "trade ministry said. Exports of tobacco, coffee and cotton rose as well, helped by good rains.",
  [R("exports-topped", "the top export earned more than the runner-up",
     {"a": "$3.41bn", "b": "$0.62bn"}, "a > b")],
  ("$0.62bn", "$4.62bn"))
I(F, 16, "vehicle registrations; 'outsold ... with A registrations to B's'",
  "Electric cars outsold petrol models in Norway for the sixth straight year, with 96,412 registrations to petrol's "
  "2,918, the road traffic information council said. Hybrid sales fell for the first time.",
  [R("outsold", "electric registrations exceeded petrol registrations",
     {"a": "96,412", "b": "2,918"}, "a > b")],
  ("96,412", "1,412"))
I(F, 13, "grid operator; 'out-generated ... by A to B'",
  "For the first time, solar farms out-generated wind turbines in May, by 3.12 TWh to 2.84 TWh, the grid operator "
  "said. Wind output is usually highest in winter, when solar output is lowest.",
  [R("solar-over-wind", "solar generation exceeded wind generation",
     {"a": "3.12 TWh", "b": "2.84 TWh"}, "a > b")],
  ("2.84 TWh", "3.84 TWh"))
I(F, 18, "road safety agency; 'only X, with A, recorded fewer ... than Y, which had B'",
  "Among the member states, only Malta, with 19 deaths, recorded fewer road fatalities than Luxembourg, which had 27 "
  "last year, the road safety agency said. Sweden had the lowest rate per head of population.",
  [R("fewer-fatalities", "Malta's count is below Luxembourg's",
     {"a": "19 deaths", "b": "27"}, "a < b")],
  ("19 deaths", "31 deaths"))
I(F, 19, "machine-translated county agriculture report; 'only lower than X county B'",
  "Among all counties, our county grain yield per mu is in the front row, 612 kg, only lower than Xinghua County "
  "638 kg. The high-standard farmland construction showed obvious effect.",
  [R("yield-only-lower", "the county's yield is below Xinghua's",
     {"a": "612 kg", "b": "638 kg"}, "a < b")],
  ("612 kg", "712 kg"))
I(F, 20, "district courts; 'the most common offence (A)', participle 'outnumbering X (B)'",
  "Theft remained the most common offence before the district courts in 2024 (4,126 cases), outnumbering assault "
  "(1,873), the courts service said. Fraud cases rose fastest. Most thefts involved shops in the city centre.",
  [R("theft-outnumbering", "theft cases outnumber assault cases",
     {"a": "4,126", "b": "1,873"}, "a > b")],
  ("1,873", "4,873"))

# ------------------------------------------------------------------ g 12 defined-identity
F = "defined-identity"
I(F, 13, "bank results; Markdown table with income, costs and the cost-to-income ratio",
  "Key figures from the bank's annual results, published on Thursday:\n| | 2024 |\n|---|---|\n| Operating income | "
  "€1,842m |\n| Operating costs | €1,031m |\n| Cost-to-income ratio | 56.0% |",
  [R("cost-to-income", "the cost-to-income ratio is operating costs over operating income",
     {"i": "€1,842m", "c": "€1,031m", "r": "56.0%"}, "c / i == r")],
  ("€1,031m", "€1,231m"))
I(F, 14, "hotel association; occupancy rate = room-nights sold / available, 'out of ... available, an occupancy rate of'",
  "Hotels in Zanzibar sold 1.18 million room-nights in 2024 out of 1.74 million available, an occupancy rate of "
  "67.8%, the hotel association said. Rates were highest in August, when European visitors arrive.",
  [R("occupancy-rate", "occupancy is room-nights sold over room-nights available",
     {"s": "1.18 million", "a": "1.74 million", "r": "67.8%"}, "s / a == r")],
  ("67.8%", "77.8%"))
I(F, 15, "labour statistics; employment rate = employed / working-age population, 'Set against ..., that gives'",
  "Some 2.61 million people aged 15 to 64 were in work in the fourth quarter. Set against a working-age population of "
  "3.48 million, that gives an employment rate of 75.0%.",
  [R("employment-rate", "the employment rate is the employed over the working-age population",
     {"e": "2.61 million", "p": "3.48 million", "r": "75.0%"}, "e / p == r")],
  ("2.61 million", "2.21 million"))
I(F, 16, "company results, South African; operating profit = revenue - operating expenses, gerund subject 'Deducting ... from ... left'",
  "Deducting operating expenses of R2.74bn from revenue of R3.96bn left the group with an operating profit of R1.22bn, "
  "the company said. A final dividend will be paid to shareholders in April.",
  [R("operating-profit", "operating profit is revenue less operating expenses",
     {"x": "R2.74bn", "v": "R3.96bn", "p": "R1.22bn"}, "v - x == p")],
  ("R1.22bn", "R1.52bn"))
I(F, 17, "election newsroom; majority = winner's votes - runner-up's, majority first, votes after a colon",
  "Her majority of 5,411 was the largest in the province: Ana Ruiz took 24,618 votes and her nearest rival 19,207, "
  "the electoral board said. Turnout fell slightly. Ruiz was first elected in 2015.",
  [R("majority", "the majority is the winner's votes less the runner-up's",
     {"m": "5,411", "w": "24,618", "r": "19,207"}, "w - r == m")],
  ("5,411", "6,411"))
I(F, 18, "mutual insurer; members' equity = assets - liabilities, 'after liabilities of ..., members' equity was'",
  "Total assets of the mutual insurer reached ₱86.42bn at the end of the year; after liabilities of ₱71.95bn, members' "
  "equity was ₱14.47bn, the insurance commission said. The insurer has no shareholders.",
  [R("members-equity", "equity is total assets less liabilities",
     {"a": "₱86.42bn", "l": "₱71.95bn", "e": "₱14.47bn"}, "a - l == e")],
  ("₱14.47bn", "₱17.47bn"))
I(F, 19, "machine-translated population report; total dependency ratio = child + old-age, 'among it'",
  "Total dependency ratio of the city population 46.2%, among it child dependency ratio 27.5%, old-age dependency "
  "ratio 18.7%. The aging degree is deepening and the pension pressure increases year by year.",
  [R("dependency-ratio", "the total dependency ratio is the child ratio plus the old-age ratio",
     {"t": "46.2%", "c": "27.5%", "o": "18.7%"}, "c + o == t")],
  ("18.7%", "21.7%"))
I(F, 20, "interior ministry; clearance rate = cleared / recorded, 'puts ... at P, with A of the B ... cleared up'",
  "The interior ministry puts the clearance rate for 2024 at 44.2%, with 21,307 of the 48,216 recorded offences "
  "cleared up. Fraud had the lowest rate of any offence group, as in earlier years.",
  [R("clearance-rate", "the clearance rate is offences cleared up over offences recorded",
     {"r": "44.2%", "c": "21,307", "t": "48,216"}, "c / t == r")],
  ("21,307", "25,307"))

# ------------------------------------------------------------------ g 13 nested-aggregate
F = "nested-aggregate"
I(F, 17, "energy ministry; Markdown table with three levels, the innermost labelled 'of which'",
  "Installed solar capacity at the end of 2024, in megawatts, according to the energy ministry:\n| Area | Capacity |\n"
  "|---|---|\n| Andalusia | 7,412 |\n| of which Seville province | 2,138 |\n| Spain | 29,806 |",
  [R("seville-in-andalusia", "Seville province's capacity is part of Andalusia's",
     {"p": "2,138", "m": "7,412"}, "p <= m"),
   R("andalusia-in-spain", "Andalusia's capacity is part of Spain's",
     {"m": "7,412", "w": "29,806"}, "m <= w")],
  ("2,138", "8,138"))
I(F, 14, "forest agency; region first, the national aggregate in an apposition '– part of ...'",
  "Timber felled in Västerbotten came to 7.3 million cubic metres last year – part of Sweden's national harvest of "
  "94.1 million, the forest agency said. Prices for sawlogs rose during the autumn.",
  [R("county-in-national-harvest", "the county's felling is part of the national harvest",
     {"p": "7.3 million", "w": "94.1 million"}, "p <= w")],
  ("7.3 million", "97.3 million"))
I(F, 15, "dairy board; region first, passive 'is counted in' the national collection",
  "Milk delivered by Friesland's dairy farmers, 3.12 billion litres last year, is counted in the Netherlands' national "
  "collection of 13.8 billion litres, the dairy board said. Friesland has the most dairy cows of any province.",
  [R("province-in-national-milk", "the province's deliveries are part of the national collection",
     {"p": "3.12 billion", "w": "13.8 billion"}, "p <= w")],
  ("13.8 billion", "1.8 billion"))
I(F, 16, "coffee authority, Ethiopian register; colon and semicolon list of three levels from outer to inner",
  "Coffee exports this season: 298,600 tonnes nationwide; 131,420 tonnes from Oromia; 48,905 tonnes from Jimma zone, "
  "within Oromia. The coffee authority expects a larger crop next year after good rains.",
  [R("oromia-in-national", "Oromia's exports are part of the national exports",
     {"m": "131,420", "w": "298,600"}, "m <= w"),
   R("jimma-in-oromia", "Jimma zone's exports are part of Oromia's",
     {"p": "48,905", "m": "131,420"}, "p <= m")],
  ("298,600", "98,600"))
I(F, 13, "census newsroom; three levels, city in brackets, 'which in turn is part of'",
  "The city of Lisbon (548,703 residents) sits within a metropolitan area of 2.87 million, which in turn is part of a "
  "country of 10.64 million, the census shows. The city's population has risen for six straight years.",
  [R("city-in-metro", "the city's residents are part of the metropolitan area's",
     {"p": "548,703", "m": "2.87 million"}, "p <= m"),
   R("metro-in-country", "the metropolitan area's residents are part of the country's",
     {"m": "2.87 million", "w": "10.64 million"}, "m <= w")],
  ("2.87 million", "12.87 million"))
I(F, 18, "economics newsroom; 'contributed A to W's output'",
  "Lombardy contributed €472.3bn to Italy's €2,128bn economic output last year, the statistics institute said. "
  "The region is home to about a sixth of the population, and to many of the largest firms.",
  [R("lombardy-in-italy", "the region's output is part of the country's",
     {"p": "€472.3bn", "w": "€2,128bn"}, "p <= w")],
  ("€472.3bn", "€2,472.3bn"))
I(F, 19, "machine-translated city communique; three levels, 'among which ..., in it ...'",
  "The city's industrial added value 1,284.6 billion yuan, among which high-tech industry 412.8 billion yuan, in it "
  "electronics industry 196.3 billion yuan. The industrial transformation and upgrading was accelerated, and the new energy industry grew rapidly.",
  [R("high-tech-in-industry", "high-tech industry is part of all industry",
     {"m": "412.8 billion", "w": "1,284.6 billion"}, "m <= w"),
   R("electronics-in-high-tech", "electronics is part of high-tech industry",
     {"p": "196.3 billion", "m": "412.8 billion"}, "p <= m")],
  ("196.3 billion", "496.3 billion"))
I(F, 20, "police data; force area first, region after a semicolon with 'which includes the force area'",
  "Greater Manchester Police recorded 3,412 knife offences last year; the North West region, which includes the "
  "force area, recorded 7,886, according to the national statistics. Most offences were recorded in the city centre.",
  [R("force-in-region", "the force's offences are part of the region's",
     {"p": "3,412", "w": "7,886"}, "p <= w")],
  ("7,886", "2,886"))

# ------------------------------------------------------------------ g 14 percent-of-plan-and-promise
F = "percent-of-plan-and-promise"
I(F, 13, "forestry programme; Markdown table with target, achievement and '% of target' columns",
  "The forestry programme's results for the planting year ending in June are set out below.\n| Indicator | Target | "
  "Achieved | % of target |\n|---|---|---|---|\n| Trees planted | 1,200,000 | 1,137,480 | 94.8% |",
  [R("trees-percent-of-target", "trees planted as a percentage of the target",
     {"t": "1,200,000", "a": "1,137,480", "p": "94.8%"}, "a / t == p")],
  ("94.8%", "84.8%"))
I(F, 14, "vaccination campaign; fronted 'Against a target of T,', result 'or P of the goal'",
  "Against a target of 4.2 million children, the measles campaign vaccinated 3.86 million, or 91.9% of the goal, the "
  "health ministry said. Teams will return to districts with low coverage.",
  [R("measles-of-goal", "children vaccinated as a percentage of the target",
     {"t": "4.2 million", "a": "3.86 million", "p": "91.9%"}, "a / t == p")],
  ("3.86 million", "3.26 million"))
I(F, 15, "apprenticeship ministry; fronted participle 'Having set a goal of T', result and percentage after a dash",
  "Having set a goal of 4,500 new apprenticeships for the year, the ministry announced on Monday that 4,968 had "
  "started – 110.4% of the goal. Most of the new places are in construction and care.",
  [R("apprenticeships-of-goal", "apprenticeships started as a percentage of the goal",
     {"t": "4,500", "a": "4,968", "p": "110.4%"}, "a / t == p")],
  ("4,968", "5,968"))
I(F, 16, "fibre operator; promise in a quotation, result 'or P of the promised number'",
  "'We will connect 60,000 homes to fibre this year,' the operator promised in January. It connected 52,938, or 88.2% "
  "of the promised number, the telecoms regulator said. Rural areas were the hardest to reach.",
  [R("fibre-promise", "homes connected as a percentage of the promise",
     {"t": "60,000", "a": "52,938", "p": "88.2%"}, "a / t == p", rounded=False)],
  ("88.2%", "98.2%"))
I(F, 17, "health ministry; pledge 'to build T ... by 2025', result 'it had delivered A, beating the pledge'",
  "The government pledged in 2021 to build 150 new rural health posts by 2025. By December it had delivered 163, "
  "beating the pledge, the health ministry said. More are under construction in the north.",
  [R("health-posts-pledge", "the posts delivered are at least the pledge",
     {"t": "150", "a": "163"}, "a >= t")],
  ("163", "123"))
I(F, 18, "city housing department; ceiling 'keep ... under T', outcome in an apposition 'the latest count, A, shows it managed to'",
  "The city had promised to keep the number of households in temporary accommodation under 2,500 by March; the "
  "latest count, 2,386, shows it managed to, the housing department said. Rents remain high.",
  [R("temporary-accommodation-ceiling", "the count is below the promised ceiling",
     {"t": "2,500", "a": "2,386"}, "a < t")],
  ("2,386", "2,786"))
I(F, 19, "machine-translated investment communique; 'completing the annual task P, the task is T'",
  "Completed the fixed-asset investment 28.66 billion yuan, completing the annual task 104.2%, the task is 27.5 "
  "billion yuan. Key projects progressed smoothly and the investment structure was continuously optimized and improved.",
  [R("investment-task", "investment completed as a percentage of the annual task",
     {"a": "28.66 billion", "p": "104.2%", "t": "27.5 billion"}, "a / t == p")],
  ("104.2%", "114.2%"))
I(F, 20, "judiciary performance report; standard 'at least T within 48 hours', result 'they managed A'",
  "The courts were told to decide at least 95% of bail applications within 48 hours; in the second quarter they "
  "managed 96.8%, the judiciary's performance report shows. Delays were longest in the capital.",
  [R("bail-standard", "the share decided in time is at least the standard",
     {"t": "95%", "a": "96.8%"}, "a >= t")],
  ("96.8%", "86.8%"))

# ------------------------------------------------------------------ g decoys
D(37, "a range of waiting times next to a count of hospitals and a count of patients (difference, ratio)",
  "Waiting times for a first specialist appointment ranged from 14 to 31 weeks across the region's 9 hospitals last "
  "year. At the end of December, 2,418 patients were waiting, the health board said.")
D(38, "'N and above' income threshold next to two shares of different wholes and a count of returns (shares of one whole)",
  "Taxpayers earning PLN 120,000 and above made up 6.4% of filers but paid 61.7% of personal income tax in 2023. The "
  "tax office received 25.9 million returns.")
D(39, "a phone number and a text code next to pothole repairs in two months (growth, difference)",
  "Drivers can report potholes by calling 0345 611 938 or texting the code RD24 to 61466. The roads department "
  "repaired 3,127 potholes in March and 2,906 in April.")
D(40, "list numbering next to counts and money in a plan (sum, ratio)",
  "The midwifery plan sets out four steps: 1) recruit 240 midwives; 2) open 14 birth centres; 3) cut the average wait "
  "for a scan to 8 days; 4) spend €46m by 2027. The health minister presented it on Tuesday.")
D(41, "dates (day numbers) next to a ticket count (difference, sum)",
  "The festival ran from 3 to 17 May and sold 48,612 tickets, the organisers said on 26 May. Next year's edition is "
  "planned for 30 May to 9 June 2025.")
D(42, "a national pupils-per-teacher ratio next to one county's pupils and teachers (ratio)",
  "Nationally, there are 27 pupils for every teacher in primary schools. In Kilifi county, 9,846 pupils are enrolled "
  "in schools that employ 412 teachers, the education ministry said.")
D(43, "finishers of one race next to the finishing rate and starters of another race (share)",
  "In the men's marathon, 11,482 runners finished; the women's race had a finishing rate of 92.7%, with 4,316 "
  "starters. The course record fell in both races.")
D(44, "a first-quarter growth rate next to second-quarter and previous fourth-quarter levels (growth)",
  "Exports rose 7.2% year on year in the first quarter, the customs office said. In the second quarter they were worth "
  "$4.81bn, compared with $4.37bn in the last quarter of 2023.")
D(45, "two item price rises next to food and overall inflation outside their range (overall between groups)",
  "Bread prices rose 12.4% over the year and milk prices 8.1%, the statistics office said. Food prices as a whole were "
  "up 6.9%, and overall inflation was 4.6%.")
D(46, "a pass mark next to an average score, candidates and test centres (threshold, ratio)",
  "Candidates need a mark of 50 to pass the driving theory test. The average score this year was 61.3, and 18,624 "
  "people took the test at 42 centres.")
D(47, "a reservoir's capacity and fill level next to irrigated area and people supplied (share, ratio)",
  "The reservoir holds 4,150 million cubic metres when full and was at 68% of capacity in September. It irrigates "
  "120,000 hectares and supplies water to 260,000 people.")
D(48, "machine-translated; villages, population, land per head and sown areas (ratio, sum)",
  "The town has 12 administrative villages, household registered population 36,418 persons, per capita cultivated "
  "land 1.6 mu. Whole year grain sowing area 46,200 mu, cotton 8,150 mu.")
D(49, "a Markdown table of prison capacity and inmates, inmates above capacity in one prison (part not above whole)",
  "Occupancy at the region's two prisons on 30 June, according to the inspectorate:\n| Prison | Capacity | Inmates |\n"
  "|---|---|---|\n| Ashwell | 612 | 671 |\n| Brookmoor | 1,240 | 1,106 |")
D(50, "'aged 65 and over' next to that group's share in two years and the population (difference-points, share)",
  "People aged 65 and over made up 21.4% of the population in 2024, against 14.9% in 2000, the statistics office said. "
  "The population itself was 10.4 million.")
D(51, "flight codes, a gate, a clock time and a phone number next to a passenger count (ratio, sum)",
  "Flights LX318 and OS412 were cancelled on Friday because of fog, affecting 1,046 passengers. Gate B6 reopened at "
  "15:45, and the airline's helpline is 0345 611 938, the airport said.")
D(52, "top-decile shares of income and of wealth, different wholes adding to more than 100% (shares of one whole)",
  "The top 10% of earners received 36.4% of income in 2022, the statistics office says. The top 10% of wealth holders "
  "owned 67.8% of net wealth.")
D(53, "three coverage rates for different groups and vaccines (overall between groups)",
  "Vaccination coverage among 2-year-olds was 94.1% in 2023. Among adolescents, 71.8% had received the HPV vaccine, "
  "and flu uptake among adults over 65 was 58.2%, the public health agency said.")
D(54, "a rounded first-month count next to the year's exact count (restatement)",
  "About 1.2 million passengers used the new metro line in its first month. By the end of the year it had carried "
  "14,286,410, the transit authority said.")
D(55, "a national rate per 1,000 next to the capital's population and doctors (ratio)",
  "There are 3.2 doctors per 1,000 people in the country. The capital, home to 2.41 million people, has 11,862 "
  "registered doctors, the medical council said.")
D(56, "passengers, flights, fleet and flying hours of one airline, no ratio stated (ratio)",
  "The airline carried 8.42 million passengers in 2024 and operated 61,318 flights. Its fleet of 74 aircraft flew "
  "212,400 hours, the annual report shows.")
D(57, "clock times and a date next to a midday turnout, the final turnout and votes cast (growth, share)",
  "The polls opened at 7:00 and closed at 20:00 on 14 September. By 12:00, turnout stood at 23.6%; the final figure "
  "was 61.9%, with 1,284,306 votes cast.")
D(58, "machine-translated; enterprises, employees and output in different years (growth, ratio)",
  "The end of year, the county above-scale industrial enterprises reach 146, employees 21,308 persons. Output value "
  "of 2022 is 18.46 billion yuan, increased 9.3%.")
D(59, "'250 hectares and above' and 'under 5 hectares' thresholds next to shares of holdings and of land (shares of one whole)",
  "Farms of 250 hectares and above make up 3.1% of holdings but 52.6% of farmland, the agricultural census found. "
  "Those under 5 hectares number 612,480.")
D(60, "house price rises in two areas next to a national rent rise outside their range (overall between groups)",
  "House prices rose 8.7% in the capital and 3.2% in the rest of the country over the year. Average rents, meanwhile, "
  "were up 9.4% nationally, the housing agency said.")


# ================================================================== batch h: phrasings 21-24, decoys 61-72
# Written blind (without reading auditor/, fixtures/, tests/, rules/ or docs/ and without running the auditor);
# phrasings 21 and 23 and decoys 61-66 go to h-tune/, 22 and 24 and decoys 67-72 to h-holdout/.
# Each uses grammar that phrasings 1-20 of its family do not use.

# ------------------------------------------------------------------ h 1 sum-of-parts
F = "sum-of-parts"
I(F, 21, "highway patrol, Philippine register; bullet list of the parts under a lead sentence that gives the total",
  "The 4,286 road crash deaths recorded by the PNP Highway Patrol Group in Metro Manila and Calabarzon last year break "
  "down by type of road user as follows:\n- motorcycle riders and passengers: 1,904\n- pedestrians: 1,512\n"
  "- occupants of cars, jeepneys and buses: 870",
  [R("deaths-by-road-user-bullets", "the three kinds of road user listed make up the deaths recorded",
     {"t": "4,286", "a": "1,904", "b": "1,512", "c": "870"}, "a + b + c == t")],
  ("1,512", "1,812"))
I(F, 22, "complaints commission, Nigerian register; parts and total inside the chairman's quotation, 'a combined T' between dashes",
  "'Our Lagos office received 1,204 petitions, Abuja 876 and Port Harcourt 392 — a combined 2,472 — and we have "
  "resolved most of them,' the chairman of the Public Complaints Commission told journalists in Abuja on Thursday. He "
  "urged Nigerians to report extortion at police checkpoints.",
  [R("petitions-combined-quote", "the three offices' petitions make up the combined figure",
     {"a": "1,204", "b": "876", "c": "392", "t": "2,472"}, "a + b + c == t")],
  ("876", "1,076"))
I(F, 23, "forestry agency, Chilean register; parts in the first paragraph, the total after a paragraph break in 'The combined burned area ...: T'",
  "Forest fires in the Biobío region burned 9,812 hectares of pine and eucalyptus plantations, 5,317 hectares of "
  "native forest and 3,297 hectares of scrub and pasture this season, the forestry agency CONAF said on Monday.\n\n"
  "The combined burned area, the agency added, is the largest since the 2017 fire season: 18,426 hectares.",
  [R("burned-area-combined", "plantations, native forest and scrub make up the combined burned area",
     {"a": "9,812", "b": "5,317", "c": "3,297", "t": "18,426"}, "a + b + c == t")],
  ("5,317", "6,317"))
I(F, 24, "statistics centre, Emirati register; total in the lead sentence, parts only in a Markdown table without a Total row, in 'AED billion'",
  "Abu Dhabi's non-oil foreign trade reached AED 298.4 billion in the first half of 2024, the statistics centre said, "
  "with the split by flow shown below.\n| Flow | AED billion |\n|---|---|\n| Imports | 171.9 |\n"
  "| Non-oil exports and re-exports | 126.5 |",
  [R("trade-flows-table-vs-sentence", "the two flows in the table make up the total in the sentence (table in AED billion)",
     {"t": "AED 298.4 billion", "a": "171.9", "b": "126.5"}, "a + b == t / 1000000000")],
  ("126.5", "156.5"))

# ------------------------------------------------------------------ h 2 share
F = "share"
I(F, 21, "examination board, Indian register; share in a headline, count and whole in lakh in the body ('of whom')",
  "Class 12 pass percentage at 87.3 per cent\nA total of 14.62 lakh students appeared for the board's Class 12 "
  "examinations this year, of whom 12.76 lakh cleared them, the board said on Monday. Supplementary examinations will "
  "be held in July for those who failed one subject.",
  [R("pass-percentage-headline", "students who cleared as a share of those who appeared (both in lakh)",
     {"p": "87.3 per cent", "w": "14.62 lakh", "a": "12.76 lakh"}, "a / w == p")],
  ("12.76 lakh", "11.26 lakh"))
I(F, 22, "drug enforcement agency, Philippine register; count, whole and share inside an official's quotation, 'N of our W barangays — P —'",
  "'1,126 of our 2,317 barangays — 48.6 percent — have now been declared drug-cleared,' the regional director of the "
  "Philippine Drug Enforcement Agency said at a press briefing in Iloilo City on Friday. The rest remain under "
  "monitoring by local anti-drug councils.",
  [R("barangays-cleared-quote", "drug-cleared barangays as a share of all barangays",
     {"a": "1,126", "w": "2,317", "p": "48.6 percent"}, "a / w == p")],
  ("1,126", "1,326"))
I(F, 23, "electoral commission, Kenyan register; share in the lead sentence, count and whole only in a Markdown table below",
  "Women make up 38.4% of the members of the new county assemblies, up from a third in the previous term, the "
  "electoral commission said in its post-election report.\n| Members | Number |\n|---|---|\n| Women | 562 |\n"
  "| All members | 1,464 |",
  [R("women-share-sentence-vs-table", "women as a share of all members: share in the sentence, counts in the table",
     {"p": "38.4%", "a": "562", "w": "1,464"}, "a / w == p")],
  ("562", "662"))
I(F, 24, "machine-translated municipal report, Mexican register; Spanish article calque 'The P of the inhabitants', count and whole after 'it is to say'",
  "The 23.7% of the inhabitants of the municipality, it is to say 41,312 persons of a total of 174,310, lives in "
  "situation of poverty, according to the last measurement of Coneval. The municipal president announced new social "
  "programs for the colonies of the east zone with a budget of 18 million pesos.",
  [R("poverty-share-calque", "persons in poverty as a share of all inhabitants",
     {"p": "23.7%", "a": "41,312", "w": "174,310"}, "a / w == p")],
  ("23.7%", "28.7%"))

# ------------------------------------------------------------------ h 3 growth
F = "growth"
I(F, 21, "media office, Emirati register; figures first, the new level before a colon ('AED B: that was'), then 'P more than the A'",
  "AED 2.07 trillion: that was the value of Dubai's non-oil foreign trade in 2023, 12.4% more than the AED 1.84 "
  "trillion recorded in 2022, the emirate's media office said. China remained the largest trading partner, followed "
  "by India.",
  [R("trade-figures-first", "the 2023 value is the stated percentage above the 2022 value",
     {"b": "AED 2.07 trillion", "g": "12.4%", "a": "AED 1.84 trillion"}, "b / a - 1 == g")],
  ("12.4%", "22.4%"))
I(F, 22, "ports authority, Nigerian register; both levels and the growth inside the managing director's quotation, 'a growth of P'",
  "'We handled 1.92 million tonnes of export cargo at Onne this year against 1.61 million tonnes last year, a growth "
  "of 19.3 per cent,' the managing director of the Nigerian Ports Authority said in Port Harcourt. She credited the "
  "new cargo scanners.",
  [R("export-cargo-quote", "this year's cargo is the stated percentage above last year's",
     {"b": "1.92 million", "a": "1.61 million", "g": "19.3 per cent"}, "b / a - 1 == g")],
  ("1.61 million", "1.41 million"))
I(F, 23, "central bank, Philippine register; new level in one paragraph, growth and old level after a paragraph break in the anaphor 'That total was P higher than'",
  "Cash remittances from overseas Filipinos reached US$37.20 billion in 2023, the Bangko Sentral ng Pilipinas said "
  "on Thursday.\n\nThat total was 2.9 percent higher than the US$36.14 billion sent home in 2022, with the United "
  "States again the largest source.",
  [R("remittances-that-total", "the 2023 total is the stated percentage above the 2022 amount",
     {"b": "US$37.20 billion", "g": "2.9 percent", "a": "US$36.14 billion"}, "b / a - 1 == g")],
  ("US$36.14", "US$32.14"))
I(F, 24, "low-cost airline, Korean register; bullet list, the two levels in one bullet and the change as a signed percentage in another",
  "Jeju Sky Air, a low-cost carrier based on the island, published its main traffic figures for 2024 on Monday:\n"
  "- Passengers carried: 9.86 million, against 8.73 million in 2023\n- Year-on-year change: +12.9%\n"
  "- Load factor: 86.1%",
  [R("passengers-bullets", "the 2024 passengers are the signed percentage above 2023's",
     {"b": "9.86 million", "a": "8.73 million", "g": "+12.9%"}, "b / a - 1 == g")],
  ("8.73 million", "7.73 million"))

# ------------------------------------------------------------------ h 4 difference-units
F = "difference-units"
I(F, 21, "education department, South African register; the two years joined by 'v' with the years in brackets, 'a gain of D' after a dash",
  "Matric passes in Limpopo: 63,418 (2023) v 58,906 (2022) — a gain of 4,512, the provincial education department "
  "said on Friday. The province's pass rate improved for a third year running, with Vhembe district again the best "
  "performer.",
  [R("matric-passes-v", "the 2023 passes minus the 2022 passes give the gain",
     {"b": "63,418", "a": "58,906", "d": "4,512"}, "b - a == d")],
  ("4,512", "5,512"))
I(F, 22, "police command, Nigerian register; quotation 'N, D more than when I took office', the earlier level in the next sentence",
  "'Today we have 3,412 officers on the streets of Kano, 586 more than when I took office,' the state commissioner "
  "of police said on Tuesday. The command's records show 2,826 officers in post in January 2022, when he was posted "
  "to the state.",
  [R("officers-since-took-office", "today's officers minus those in post when he took office give the stated increase",
     {"b": "3,412", "d": "586", "a": "2,826"}, "b - a == d")],
  ("586", "786"))
I(F, 23, "provident fund, Indian register; lakh levels joined by 'as against', 'an addition of D'; an Indian-format count (7,66,210) of another measure as context only",
  "Contributing members of the state's provident fund stood at 24.83 lakh at the end of 2023-24 as against 23.19 "
  "lakh a year earlier, an addition of 1.64 lakh members, the labour ministry said. The fund now covers 7,66,210 establishments across "
  "the country.",
  [R("subscribers-as-against", "this year's members minus last year's give the stated addition (all in lakh)",
     {"b": "24.83 lakh", "a": "23.19 lakh", "d": "1.64 lakh"}, "b - a == d")],
  ("1.64 lakh", "1.94 lakh"))
I(F, 24, "transport ministry, Taiwanese register; the difference first as a hedged subject 'Some D more ... than last', then 'taking the annual total to B from A'",
  "Some 1,874 more battery-electric cars were registered in Taiwan this year than last, taking the annual total to "
  "14,250 from 12,376, the Ministry of Transportation and Communications said. Subsidies for electric scooters were "
  "cut in March.",
  [R("ev-registrations-some-more", "this year's registrations minus last year's give the stated difference",
     {"d": "1,874", "b": "14,250", "a": "12,376"}, "b - a == d")],
  ("12,376", "10,376"))

# ------------------------------------------------------------------ h 5 difference-points
F = "difference-points"
I(F, 21, "central bank governor, Ghanaian register; quotation 'B, D percentage points below where it was in January (A)'",
  "'Inflation is now 23.2%, 6.4 percentage points below where it was in January (29.6%),' the governor of the Bank "
  "of Ghana told journalists in Accra. The policy rate was left unchanged, and the cedi has been stable since the "
  "summer.",
  [R("inflation-below-where-it-was", "the January rate minus the current rate gives the stated fall",
     {"b": "23.2%", "d": "6.4 percentage points", "a": "(29.6%)"}, "a - b == d")],
  ("6.4 percentage", "8.4 percentage"))
I(F, 22, "machine-translated statistics release, Brazilian register; 'retreated D percentage point in relation to the quarter previous (A), reaching B'",
  "The rate of unemployment retreated 1.3 percentage point in relation to the quarter previous (7.9%), reaching 6.6% "
  "in the quarter finished in August, informed the IBGE. It is the lowest rate of the historical series, begun in "
  "2012.",
  [R("unemployment-retreated", "the previous quarter's rate minus the new rate gives the retreat",
     {"d": "1.3 percentage point", "a": "(7.9%)", "b": "6.6%"}, "a - b == d")],
  ("(7.9%)", "(9.9%)"))
I(F, 23, "family health survey, Indian register; bullet list, one line with the new level, a signed 'pp' change and 'vs' the earlier round",
  "Selected indicators from the state's fifth National Family Health Survey, set against the fourth round:\n"
  "- Institutional births: 88.6%, +9.7 pp vs 78.9%\n- Children fully vaccinated: 76.4%\n"
  "- Women who are literate: 71.5%",
  [R("institutional-births-pp-vs", "the new rate minus the earlier round's gives the signed change ('pp' is not scaled)",
     {"b": "88.6%", "d": "+9.7 pp", "a": "78.9%"}, "b - a == d / 100")],
  ("78.9%", "72.9%"))
I(F, 24, "election commission, Korean register; new level in one paragraph, the old one after a paragraph break in 'had been D points higher, at A'",
  "Turnout in Sunday's local elections was 50.9 per cent, the National Election Commission said.\n\nAt the previous "
  "local elections, in 2018, turnout had been 9.3 points higher, at 60.2 per cent, the commission added in a "
  "statement.",
  [R("turnout-had-been-higher", "the earlier turnout minus this year's gives the stated points ('points' is not scaled)",
     {"b": "50.9 per cent", "d": "9.3 points", "a": "60.2 per cent"}, "a - b == d / 100")],
  ("9.3 points", "7.3 points"))

# ------------------------------------------------------------------ h 6 ratio
F = "ratio"
I(F, 21, "land transportation office, Philippine register; 'more than twice as many as' with both counts, no ratio figure",
  "Davao City's land transportation office registered 13,104 new motorcycles in the first half of the year — more "
  "than twice as many as the 6,212 new cars, vans and pick-ups it registered over the same period. Tricycle "
  "franchises are counted separately.",
  [R("motorcycles-more-than-twice", "motorcycles are more than twice the cars, vans and pick-ups",
     {"a": "13,104", "b": "6,212"}, "a > 2 * b")],
  ("13,104", "11,104"))
I(F, 22, "state transport department, Indian register; rate 'per lakh population' from a count and a population in crore",
  "The state recorded 1,842 road deaths in 2023, or 3.4 per lakh population, among its 5.42 crore residents, the "
  "transport department's annual report shows. Two-wheeler riders accounted for nearly half of the victims.",
  [R("deaths-per-lakh", "road deaths per lakh (100,000) of a population given in crore (10 million)",
     {"d": "1,842", "r": "3.4 per lakh", "p": "5.42 crore"}, "d / (p * 10000000) * 100000 == r")],
  ("1,842", "2,242"))
I(F, 23, "nurses' union, South African register; the ratio in a shop steward's quotation ('R patients per nurse'), counts in the next sentence",
  "'On night shift we are running at 14 patients per nurse,' a shop steward at Chris Hani Baragwanath hospital told "
  "the union's congress. The union's own survey counted 2,436 patients and 174 nurses on the hospital's wards on the "
  "night of 9 March.",
  [R("patients-per-nurse-quote", "patients divided by nurses give the quoted ratio",
     {"r": "14 patients", "a": "2,436", "b": "174 nurses"}, "a / b == r")],
  ("174 nurses", "214 nurses"))
I(F, 24, "statistics bureau, Pakistani register; cover ratio 'exports covered P of the import bill', the two values after a colon",
  "Pakistan's exports of goods covered 52.6 per cent of its import bill in the fiscal year, the statistics bureau "
  "said: exports were worth $30.65 billion and imports $58.27 billion. Textiles again made up the bulk of exports.",
  [R("export-cover", "exports divided by imports give the cover ratio",
     {"p": "52.6 per cent", "a": "$30.65 billion", "b": "$58.27 billion"}, "a / b == p")],
  ("$30.65", "$35.65"))

# ------------------------------------------------------------------ h 7 restatement
F = "restatement"
I(F, 21, "state finance department, Indian register; crore restated in billions in brackets",
  "The state government released ₹1,250 crore (₹12.5 billion) to urban local bodies for drinking-water projects in "
  "the first quarter, the finance department said. A second instalment is due once utilisation certificates are "
  "filed.",
  [R("crore-in-billions", "the same amount in crore (10 million) and in billions",
     {"a": "₹1,250 crore", "b": "₹12.5 billion"}, "a * 10000000 == b")],
  ("₹12.5", "₹14.5"))
I(F, 22, "airports company, Omani register; hedged bound 'just under N' in the first paragraph, exact tally after a paragraph break in 'The airport's tally, N,'",
  "Muscat International Airport handled just under 4.7 million passengers in the first quarter, Oman Airports said "
  "on Sunday.\n\nThe airport's tally, 4,683,912, includes transit passengers, with India, Pakistan and the UAE the "
  "busiest markets.",
  [R("just-under-bound", "the exact tally is below the hedged 'just under' figure",
     {"a": "4,683,912", "b": "4.7 million"}, "a < b")],
  ("4,683,912", "5,183,912"))
I(F, 23, "newspaper, Pakistani register; headline with 'pc' (not scaled), body with 'percent' to two decimals",
  "LSM output up 4.1pc in July-March\nLarge-scale manufacturing output grew 4.06 percent year-on-year in the first "
  "nine months of the fiscal year, the Pakistan Bureau of Statistics said on Friday. Food and textiles led the "
  "increase.",
  [R("pc-headline-vs-body", "the headline's rounded growth ('pc' is not scaled) restates the body's",
     {"h": "4.1pc", "b": "4.06 percent"}, "h / 100 == b")],
  ("4.06 percent", "3.06 percent"))
I(F, 24, "petroleum corporation, Tanzanian register; hyphenated compounds 'N-kilometre (M-mile)', the unit conversion in brackets",
  "Construction of the 412-kilometre (256-mile) pipeline from the Mnazi Bay gas field to Dar es Salaam is 68% "
  "complete, the Tanzania Petroleum Development Corporation said. First gas is expected in the second half of next "
  "year.",
  [R("km-in-miles", "the length in kilometres restated in miles (1 km = 0.621371 miles)",
     {"a": "412-kilometre", "b": "256-mile"}, "a * 0.621371 == b")],
  ("256-mile", "286-mile"))

# ------------------------------------------------------------------ h 8 part-not-above-whole
F = "part-not-above-whole"
I(F, 21, "higher education loans board, Kenyan register; bullet list, the whole and the part on separate lines",
  "The Higher Education Loans Board released its figures for the 2024 first-year intake on Wednesday, ahead of the "
  "start of the academic year:\n- Applications received: 148,206\n- Students awarded loans: 131,874\n"
  "- Average award: KSh 52,400",
  [R("loans-awarded-bullets", "students awarded loans are among the applicants",
     {"p": "131,874", "w": "148,206"}, "p <= w")],
  ("131,874", "181,874"))
I(F, 22, "water board, Nigerian register; figures first, the part before a colon ('N: that is how many of the W')",
  "1,204: that is how many of the 8,906 households in Gwagwalada still have no piped water, according to a survey by "
  "the Federal Capital Territory water board. The board plans to sink 40 new boreholes before the rainy season.",
  [R("households-figures-first", "households without piped water are among all households",
     {"p": "1,204", "w": "8,906"}, "p <= w")],
  ("1,204", "9,204"))
I(F, 23, "quiz championship, Japanese register; passive 'were drawn from', part first",
  "The 86 finalists of this year's national high-school quiz championship were drawn from 1,412 teams that entered "
  "the regional rounds, the organiser, a Tokyo broadcaster, said. The final will be broadcast on New Year's Day.",
  [R("finalists-drawn-from", "the finalists are drawn from the teams that entered",
     {"p": "86 finalists", "w": "1,412 teams"}, "p <= w")],
  ("1,412 teams", "71 teams"))
I(F, 24, "municipality, Emirati register; official's quotation with the repeated noun 'of the outlets inspected'",
  "'We inspected 2,318 food outlets during Ramadan, and 47 of the outlets inspected had to be closed for serious "
  "hygiene breaches,' the director of Sharjah Municipality's public health department said on Monday. Fines "
  "totalling AED 1.2 million were issued.",
  [R("outlets-closed-quote", "the outlets closed are among those inspected",
     {"w": "2,318", "p": "47 of"}, "p <= w")],
  ("47 of", "2,947 of"))

# ------------------------------------------------------------------ h 9 shares-of-one-whole
F = "shares-of-one-whole"
I(F, 21, "power utility, South African register; bullet list of the shares of electricity sent out",
  "Eskom's electricity sent out in the 2023/24 financial year came from the following sources, according to its "
  "integrated report:\n- coal: 80.6%\n- nuclear: 4.9%\n- pumped storage and hydro: 3.1%\n- diesel, wind and solar: 11.4%",
  [R("sources-bullets", "the four sources' shares of electricity sent out add to 100%",
     {"a": "80.6%", "b": "4.9%", "c": "3.1%", "d": "11.4%"}, "a + b + c + d == 1")],
  ("4.9%", "14.9%"))
I(F, 22, "tax administration, Mexican register; 'Of every 100 pesos collected, a came from ..., b from ... and c from ...', shares without per cent signs",
  "Of every 100 pesos the tax administration collected in 2024, 46.2 came from income tax, 38.5 from value added tax "
  "and 15.3 from excise duties and other levies, the SAT said in its annual report. Collection beat the budget "
  "estimate for a fourth straight year.",
  [R("of-every-100-pesos", "the three parts of every 100 pesos add to 100",
     {"a": "46.2", "b": "38.5", "c": "15.3"}, "a + b + c == 100")],
  ("38.5", "48.5"))
I(F, 23, "university staff union, Nigerian register; the three shares of one ballot inside the general secretary's quotation",
  "'Our members voted 44.6 per cent for the government's offer and 49.1 per cent against, while 6.3 per cent spoiled "
  "their ballots,' the general secretary of the Academic Staff Union said in Abuja on Tuesday. The union's national "
  "executive will meet next week to decide on a strike.",
  [R("ballot-quote", "for, against and spoiled shares of the one ballot add to 100%",
     {"a": "44.6 per cent", "b": "49.1 per cent", "c": "6.3 per cent"}, "a + b + c == 1")],
  ("6.3 per cent", "16.3 per cent"))
I(F, 24, "statistics office, Korean register; one share in the first paragraph, the other three after a paragraph break with the repeated noun 'of households'",
  "Single-person households made up 35.5% of all households in 2023, the largest share on record, Statistics Korea "
  "said.\n\nCouples with children, once the most common type, were 26.9% of households; couples without children, "
  "17.8%; and other households, 19.8%.",
  [R("household-types-two-paragraphs", "the four household types' shares add to 100%",
     {"a": "35.5%", "b": "26.9%", "c": "17.8%", "d": "19.8%"}, "a + b + c + d == 1")],
  ("17.8%", "27.8%"))

# ------------------------------------------------------------------ h 10 overall-between-groups
F = "overall-between-groups"
I(F, 21, "statistics authority, Philippine register; headline gives the overall rate, the groups in the body with 'among men' and 'among women'",
  "Unemployment rate at 4.5% in October\nThe jobless rate was 4.3% among men and 4.8% among women, the Philippine "
  "Statistics Authority said in its Labor Force Survey released on Friday. Underemployment rose to 12.6%.",
  [R("headline-overall", "the headline overall rate lies between the rates for men and women",
     {"o": "4.5%", "a": "4.3%", "b": "4.8%"}, BETWEEN)],
  ("4.5%", "5.5%"))
I(F, 22, "district literacy survey, Indian register; three figures after a colon with bracketed labels '(M)', '(F)' and '(all)'",
  "Literacy rate among persons aged seven and above in the district, 2024 survey: 91.3% (M), 82.6% (F), 87.1% (all). "
  "The district collector said adult-education centres would open in 212 villages before the monsoon.",
  [R("bracketed-labels", "the rate for all lies between the male and female rates",
     {"a": "91.3%", "b": "82.6%", "o": "87.1%"}, BETWEEN)],
  ("87.1%", "93.1%"))
I(F, 23, "statistics bureau, Nigerian register; bullet list with the two groups and the national figure on separate lines",
  "Multidimensional poverty headcount ratio by area of residence, as published by the National Bureau of Statistics "
  "in its latest household survey, released on Thursday:\n- Rural areas: 71.8%\n- Urban areas: 41.6%\n- Nigeria: 62.9%",
  [R("poverty-bullets", "the national ratio lies between the rural and urban ratios",
     {"a": "71.8%", "b": "41.6%", "o": "62.9%"}, BETWEEN)],
  ("62.9%", "36.9%"))
I(F, 24, "human resources ministry, Saudi register; minister's quotation split around the attribution, the overall in 'bringing the rate for Saudis as a whole to'",
  "'Unemployment among Saudi men fell to 4.6 per cent in the second quarter and among Saudi women to 13.6 per cent,' "
  "the minister of human resources said in Riyadh, 'bringing the rate for Saudis as a whole to 7.7 per cent.' The "
  "figures come from the quarterly labour force survey. Participation by women rose again.",
  [R("saudis-as-a-whole", "the rate for Saudis as a whole lies between the rates for men and women",
     {"a": "4.6 per cent", "b": "13.6 per cent", "o": "7.7 per cent"}, BETWEEN)],
  ("7.7 per cent", "3.7 per cent"))

# ------------------------------------------------------------------ h 11 order-ranking
F = "order-ranking"
I(F, 21, "central bank, Philippine register; numbered list '1) ... 2) ... 3)' of the top three sources with their amounts (two relations)",
  "The top sources of cash remittances from overseas Filipinos in 2023, according to the Bangko Sentral ng "
  "Pilipinas, were:\n1) United States, US$15.41 billion\n2) Singapore, US$2.65 billion\n3) Saudi Arabia, US$2.33 billion",
  [R("first-above-second", "the first-listed source sent more than the second",
     {"a": "US$15.41 billion", "b": "US$2.65 billion"}, "a > b"),
   R("second-above-third", "the second-listed source sent more than the third",
     {"b": "US$2.65 billion", "c": "US$2.33 billion"}, "b > c")],
  ("US$2.33", "US$3.33"))
I(F, 22, "food security ministry, Pakistani register; 'No other province came close to A; the next, X, produced B'",
  "No other province came close to Punjab's 21.4 million tonnes of wheat this season; the next, Sindh, produced 4.1 "
  "million tonnes, the Ministry of National Food Security said. The federal procurement price was kept unchanged.",
  [R("no-other-came-close", "Punjab's harvest is larger than the next province's",
     {"a": "21.4 million", "b": "4.1 million"}, "a > b")],
  ("4.1 million", "24.1 million"))
I(F, 23, "customs data, Brazilian register; 'slipped to second place behind X (B)', the subject's figure last in 'shipping A' (less-than)",
  "The United States slipped to second place behind Brazil (69.4 million tonnes) as a supplier of soybeans to China "
  "last year, shipping 24.1 million tonnes, Chinese customs data show. Argentina was a distant third.",
  [R("slipped-behind", "the United States shipped less than Brazil",
     {"a": "24.1 million", "b": "69.4 million"}, "a < b")],
  ("24.1 million", "74.1 million"))
I(F, 24, "power exchange, Korean register; 'dropped below X for the first time', both figures after a colon (less-than)",
  "Coal-fired generation dropped below nuclear power for the first time last year: 176.4 TWh came from coal plants "
  "and 188.8 TWh from the country's 26 reactors, the Korea Power Exchange said. Gas generation was little changed.",
  [R("coal-dropped-below-nuclear", "coal generation is below nuclear generation",
     {"a": "176.4 TWh", "b": "188.8 TWh"}, "a < b")],
  ("176.4", "196.4"))

# ------------------------------------------------------------------ h 12 defined-identity
F = "defined-identity"
I(F, 21, "bank results, Philippine register; loan-to-deposit ratio = gross loans / deposits, bullet list",
  "Highlights of Metro Pacific Bank's first-half results, released to the Philippine Stock Exchange on Monday, show "
  "steady balance-sheet growth:\n- Gross loans: ₱1.86 trillion\n- Deposits: ₱2.41 trillion\n"
  "- Loan-to-deposit ratio: 77.2%\n- Net income: ₱21.7 billion",
  [R("loan-to-deposit", "the loan-to-deposit ratio is gross loans over deposits",
     {"l": "₱1.86 trillion", "d": "₱2.41 trillion", "r": "77.2%"}, "l / d == r")],
  ("77.2%", "87.2%"))
I(F, 22, "state-run bank, Indian register; gross NPA ratio = gross NPAs / gross advances, the ratio in the managing director's quotation, NPAs in crore and advances in lakh crore",
  "'Our gross NPA ratio is down to 3.12 per cent,' the managing director of the state-run bank told analysts on "
  "Friday. Gross non-performing assets stood at ₹14,862 crore at the end of March, against gross advances of "
  "₹4.76 lakh crore.",
  [R("gross-npa-ratio", "the gross NPA ratio is gross NPAs over gross advances (1 lakh crore = 100,000 crore)",
     {"r": "3.12 per cent", "n": "₹14,862 crore", "a": "₹4.76 lakh crore"}, "n / (a * 100000) == r")],
  ("₹14,862", "₹16,862"))
I(F, 23, "finance ministry, Saudi register; budget surplus = revenue - expenditure, the surplus in a headline, revenue and expenditure in the body",
  "Budget surplus of SAR 14.6 billion in third quarter\nRevenue reached SAR 258.5 billion in the three months to "
  "September and expenditure SAR 243.9 billion, the Ministry of Finance said in its quarterly budget performance "
  "report. Oil revenue made up most of the total.",
  [R("surplus-headline", "the budget surplus is revenue minus expenditure",
     {"s": "SAR 14.6 billion", "r": "SAR 258.5 billion", "e": "SAR 243.9 billion"}, "r - e == s")],
  ("SAR 243.9", "SAR 273.9"))
I(F, 24, "property owners' association, South African register; vacancy rate = vacant space / rentable stock, across a paragraph break with 'That is out of'",
  "Cape Town's office market had 412,600 square metres of vacant space at the end of June, the South African "
  "Property Owners Association said.\n\nThat is out of a total rentable office stock of 3.86 million square metres "
  "in the city, for a vacancy rate of 10.7%, the lowest among the major metros.",
  [R("office-vacancy-rate", "the vacancy rate is vacant space over the rentable stock",
     {"v": "412,600", "s": "3.86 million", "r": "10.7%"}, "v / s == r")],
  ("412,600", "512,600"))

# ------------------------------------------------------------------ h 13 nested-aggregate
F = "nested-aggregate"
I(F, 21, "statistics office, South African register; indented (nested) bullet list of three levels, country > province > metro (two relations)",
  "Residential building plans passed by larger municipalities during 2023, counted in dwelling units, are shown "
  "below for the country, its largest province and that province's largest metro, according to Statistics South "
  "Africa:\n- South Africa: 19,412\n  - Gauteng: 6,318\n    - City of Johannesburg: 2,907",
  [R("gauteng-in-country", "Gauteng's dwelling units are part of the national count",
     {"m": "6,318", "w": "19,412"}, "m <= w"),
   R("johannesburg-in-gauteng", "Johannesburg's dwelling units are part of Gauteng's",
     {"p": "2,907", "m": "6,318"}, "p <= m")],
  ("6,318", "26,318"))
I(F, 22, "GST data, Indian register; figures first with a colon, the state collection in lakh crore inside the national one",
  "₹3.21 lakh crore: that is how much GST Maharashtra collected in 2023-24, out of a national gross collection of "
  "₹20.18 lakh crore, according to data released by the finance ministry. Karnataka and Gujarat came next.",
  [R("state-in-national-gst", "the state's GST collection is part of the national collection",
     {"p": "₹3.21 lakh crore", "w": "₹20.18 lakh crore"}, "p <= w")],
  ("₹20.18", "₹2.18"))
I(F, 23, "metropolitan government, Japanese register; inner area as subject, 'home to A of the ... B residents' in an apposition",
  "Tokyo's 23 special wards, home to 9.76 million of the metropolis's 14.05 million residents, gained population "
  "again last year as foreign residents arrived, the metropolitan government said. The Tama area's population fell "
  "slightly.",
  [R("wards-home-to", "the wards' residents are part of the metropolis's",
     {"p": "9.76 million", "w": "14.05 million"}, "p <= w")],
  ("14.05 million", "4.05 million"))
I(F, 24, "revenue service, Nigerian register; region inside nation in the chairman's quotation, 'on its own paid A of it'",
  "'We collected ₦4.12trn in VAT last year, and Lagos on its own paid ₦1.46trn of it,' the chairman of the Federal "
  "Inland Revenue Service told state governors in Abuja on Wednesday. The sharing of VAT among states remains disputed.",
  [R("lagos-in-national-vat", "Lagos's VAT is part of the national collection",
     {"w": "₦4.12trn", "p": "₦1.46trn"}, "p <= w")],
  ("₦1.46trn", "₦5.46trn"))

# ------------------------------------------------------------------ h 14 percent-of-plan-and-promise
F = "percent-of-plan-and-promise"
I(F, 21, "public works department, Philippine register; bullet list with target, completed and accomplishment rate on separate lines",
  "Status of the classroom construction programme at the end of the year, as reported by the Department of Public "
  "Works and Highways to the Senate:\n- Target: 6,240 classrooms\n- Completed: 5,418 classrooms\n- Accomplishment: 86.8%",
  [R("classrooms-bullets", "classrooms completed as a percentage of the target",
     {"t": "6,240", "a": "5,418", "p": "86.8%"}, "a / t == p")],
  ("86.8%", "96.8%"))
I(F, 22, "customs service, Nigerian register; 'just shy of its T target' (below target)",
  "The Nigeria Customs Service collected ₦5.35trn in 2024, just shy of its ₦5.5trn target for the year, the "
  "comptroller-general said in Abuja on Monday. Import duty made up more than half of the total collected.",
  [R("just-shy-of-target", "the collection is below the target",
     {"a": "₦5.35trn", "t": "₦5.5trn"}, "a < t")],
  ("₦5.35trn", "₦6.35trn"))
I(F, 23, "machine-translated housing ministry report, Chilean register; calque 'fulfilled the annual goal in a P', the goal last in 'being the goal of T'",
  "The Ministry of Housing informed that in the year were delivered 41,268 homes of the Emergency Housing Plan, with "
  "which it fulfilled the annual goal in a 91.7%, being the goal of 45,000 homes. The minister valued the advance and "
  "said the plan continues in all the regions.",
  [R("housing-goal-calque", "homes delivered as a percentage of the annual goal",
     {"a": "41,268", "p": "91.7%", "t": "45,000"}, "a / t == p")],
  ("91.7%", "81.7%"))
I(F, 24, "trade ministry, Korean register; the noun 'an attainment rate of P against the goal of T' in an apposition",
  "Exports reached $683.8 billion last year, an attainment rate of 97.7 per cent against the government's goal of "
  "$700 billion, the Ministry of Trade, Industry and Energy said. Semiconductor shipments recovered in the second half.",
  [R("exports-attainment-rate", "exports as a percentage of the government's goal",
     {"a": "$683.8 billion", "p": "97.7 per cent", "t": "$700 billion"}, "a / t == p")],
  ("$683.8", "$613.8"))

# ------------------------------------------------------------------ h decoys
D(61, "'followed by' in time with rising monthly rates, not a ranking (order)",
  "Inflation in the Philippines was 3.9% in March, followed by 4.4% in April and 4.8% in May, the statistics "
  "authority said. The central bank kept its policy rate at 6.5%.")
D(62, "an 'of which' listing examples, not a breakdown (sum of parts)",
  "The development fund backed 46 community projects in Plateau State last year, of which a 12-bed maternity clinic "
  "in Jos and 3 solar-powered boreholes in Bokkos are examples, its coordinator said. A new call for proposals opens "
  "in March.")
D(63, "a forecast beside an outturn and a new forecast (restatement, percent of plan)",
  "The IMF had forecast growth of 3.2% for Ghana in 2023; the economy grew 2.9%, the statistical service said, and "
  "the finance ministry now expects 4.0% in 2024. Cocoa output fell for a second year.")
D(64, "Indian register; kharif growth on last year's kharif next to last year's rabi area, and an Indian-format count (growth, sum)",
  "Kharif crops were sown on 1,097 lakh hectares this season, 1.8% more than in last year's kharif season, the "
  "agriculture ministry said. Last year's rabi area was 709 lakh hectares, and 1,23,456 farmers in the state have "
  "enrolled for crop insurance.")
D(65, "a Markdown table of capacity (MW) and generation (GWh), different measures, below a share of all electricity (share, ratio)",
  "Renewables supplied 27.6% of the province's electricity in 2024; their capacity and output by source:\n"
  "| Source | Capacity (MW) | Generation (GWh) |\n|---|---|---|\n| Wind | 2,412 | 6,118 |\n| Solar | 1,806 | 2,904 |")
D(66, "machine-translated, Spanish register; shares of two different groups that add to more than 100% (shares of one whole)",
  "The 61.4% of the young persons of 12 to 29 years of the state has a formal job, and the 52.7% of the women of "
  "the same age studies or is trained, according to the survey of occupation. The survey was applied in 4,812 homes.")
D(67, "two sector rates next to a national target outside their range, in a quotation (overall between groups)",
  "'Saudisation in retail reached 38.2 per cent this quarter and in construction 12.6 per cent,' the deputy minister "
  "said, adding that the private sector as a whole is asked to reach 40 per cent by 2030. Hiring of nationals in "
  "tourism also grew.")
D(68, "bullet list of an airport's figures for different measures and periods (sum, growth)",
  "Key figures published by Kotoka International Airport on Monday:\n- Passengers, 2024: 3.12 million\n"
  "- Passengers, first quarter of 2025: 0.81 million\n- Aircraft movements, 2024: 41,236\n- Growth in cargo, 2024: 6.4%")
D(69, "a headline about one month beside last year's total and another month's growth (restatement, growth)",
  "Remittances hit $3.1bn in March\nOverseas workers sent home $36.4 billion last year, the central bank said on "
  "Monday. February inflows were 9.2% higher than a year earlier.")
D(70, "a city's murder rate per 100,000 next to another city's count and population (ratio)",
  "Davao City recorded 8.4 murders per 100,000 people last year, police said. Cebu City, with 1.02 million residents, "
  "recorded 126 murders over the same period.")
D(71, "South African register; a national pass rate, one province's bachelor passes and another's bachelor share (share)",
  "The national matric pass rate was 82.9% in 2023, the basic education minister said. In the Eastern Cape, 39,608 "
  "candidates achieved a bachelor pass, and 41.6% of Gauteng's candidates did so.")
D(72, "Korean register; a fertility rate, births with their fall and the population, different measures (ratio, growth)",
  "South Korea's total fertility rate fell to 0.72 in 2023, Statistics Korea said. Some 230,000 babies were born, "
  "7.7% fewer than a year earlier, in a population of 51.3 million.")


# ================================================================== batch i: phrasings 25-32, decoys 73-88
# Written blind (without reading auditor/, fixtures/, tests/, rules/ or docs/ and without running the auditor);
# phrasings 25, 27, 29, 31 and decoys 73-80 go to i-tune/, 26, 28, 30, 32 and decoys 81-88 to i-holdout/.
# Each uses grammar that phrasings 1-24 of its family do not use. Texts: 2-6 sentences, 30-150 words.

# ------------------------------------------------------------------ i 1 sum-of-parts
F = "sum-of-parts"
I(F, 25, "health directorate, Bangladeshi register; a table in prose, one 'Division: N.' sentence per part and a closing 'All divisions: T.'",
  "Dengue patients admitted to hospital in the week to Saturday, by division, according to the Directorate General "
  "of Health Services, which publishes the figures every Sunday. Dhaka: 2,914. Chattogram: 1,377. Barishal: 806. All divisions: 5,097.",
  [R("dengue-by-division-prose-table", "the three divisions' admissions make up the 'All divisions' line",
     {"a": "2,914", "b": "1,377", "c": "806", "t": "5,097"}, "a + b + c == t")],
  ("1,377", "1,677"))
I(F, 26, "sugar directorate, Kenyan register; total in its own sentence, then 'All but C of it went through X (A) and Y (B)'",
  "The three sugar mills in western Kenya crushed 4.62 million tonnes of cane in the season to September. All but "
  "1.28 million tonnes of it went through Nzoia (1.85 million tonnes) and Mumias (1.49 million tonnes), the Sugar "
  "Directorate said; Chemelil milled the remainder. Payments to out-growers are now made within 30 days.",
  [R("cane-all-but", "Nzoia, Mumias and the 'all but' remainder make up the cane crushed",
     {"t": "4.62 million", "c": "1.28 million", "a": "1.85 million", "b": "1.49 million"}, "a + b + c == t")],
  ("1.49 million", "1.79 million"))
I(F, 27, "nutrition agency, Indonesian register; parts as an arithmetic 'A, plus B, puts ... at T'",
  "Rp 14.2 trillion from the state budget, plus Rp 3.9 trillion from regional budgets, puts first-year funding for "
  "the free school meals programme at Rp 18.1 trillion, the National Nutrition Agency said in Jakarta. About 19.5 "
  "million pupils are to be fed by the end of the year.",
  [R("meals-funding-plus", "the state and regional budgets add up to the programme's funding",
     {"a": "Rp 14.2 trillion", "b": "Rp 3.9 trillion", "t": "Rp 18.1 trillion"}, "a + b == t")],
  ("Rp 3.9", "Rp 5.9"))
I(F, 28, "immigration department, Canadian register; total as the subject, 'comprised' with three classes",
  "The 471,810 permanent residents Canada admitted in 2023 comprised 266,210 economic immigrants, 82,470 sponsored "
  "family members and 123,130 refugees, protected persons and others, Immigration, Refugees and Citizenship Canada "
  "said. Ontario remained the most common destination.",
  [R("residents-comprised", "the three admission classes make up the permanent residents admitted",
     {"t": "471,810", "a": "266,210", "b": "82,470", "c": "123,130"}, "a + b + c == t")],
  ("82,470", "102,470"))
I(F, 30, "machine-translated provincial report, Vietnamese register; 'in which:' followed by the parts, each with 'reached'",
  "Total export turnover of the province in 2024 reached 12.48 billion USD, increased over the previous year, in "
  "which: the foreign direct investment sector reached 9.71 billion USD, the domestic economic sector reached 2.77 "
  "billion USD. Main export items are electronics, textiles and footwear.",
  [R("exports-in-which", "the FDI and domestic sectors make up the province's export turnover",
     {"t": "12.48 billion", "a": "9.71 billion", "b": "2.77 billion"}, "a + b == t")],
  ("2.77", "3.27"))
I(F, 29, "port agency, Moroccan register; the total first with 'Between them', the parts in the next sentence as 'X alone handled A; Y, B'",
  "Between them, Tanger Med and Casablanca handled 148.6 million tonnes of cargo in 2023, the national ports agency "
  "said. Tanger Med alone handled 118.4 million tonnes; Casablanca, 30.2 million. Container traffic at Tanger Med "
  "passed eight million boxes for the first time.",
  [R("two-ports-between-them", "the two ports' tonnages add up to what they handled between them",
     {"t": "148.6 million", "a": "118.4 million", "b": "30.2 million"}, "a + b == t")],
  ("30.2 million", "40.2 million"))
I(F, 31, "transport department, Irish register; 'How it is divided:' then figure-first parts with en dashes before the labels",
  "The Department of Transport's capital allocation for 2025 is €2.41bn. How it is divided: €1.12bn – national and "
  "regional roads; €0.87bn – public transport; €0.42bn – walking, cycling and greenways. The minister said the "
  "roads budget would favour maintenance over new schemes.",
  [R("allocation-how-divided", "roads, public transport and active travel make up the capital allocation",
     {"t": "€2.41bn", "a": "€1.12bn", "b": "€0.87bn", "c": "€0.42bn"}, "a + b + c == t")],
  ("€0.87bn", "€1.07bn"))
I(F, 32, "finance ministry, Norwegian register; nominal subject 'The sum of ... — A, B and C —' with the parts between dashes, 'is T'",
  "The sum of the three public pension funds' holdings at the end of June — NOK 412.6bn, NOK 88.3bn and NOK 19.7bn "
  "— is NOK 520.6bn, the finance ministry said in a written answer to parliament. The largest of the three is "
  "invested mainly in domestic equities and bonds.",
  [R("funds-the-sum-of", "the three funds' holdings add up to the stated sum",
     {"a": "NOK 412.6bn", "b": "NOK 88.3bn", "c": "NOK 19.7bn", "t": "NOK 520.6bn"}, "a + b + c == t")],
  ("NOK 88.3bn", "NOK 98.3bn"))

# ------------------------------------------------------------------ i 2 share
F = "share"
I(F, 25, "education ministry, Peruvian register; part as subject, verb 'represent P% of the W'",
  "The 812 public schools without drinking water represent 38.6% of the 2,104 public schools in the Loreto region, "
  "the Ministry of Education reported. Most of them are in river communities that can only be reached by boat.",
  [R("schools-represent", "schools without drinking water as a share of all public schools in the region",
     {"a": "812", "p": "38.6%", "w": "2,104"}, "a / w == p")],
  ("812", "712"))
I(F, 26, "scholarship board, Sri Lankan register; 'P per cent of whom — N —' relative clause on the whole, count between dashes",
  "The Mahapola scholarship scheme drew 14,306 applicants this year, 27.2 per cent of whom — 3,892 — came from "
  "the Northern and Eastern provinces, the higher education ministry said. Interviews will be held in district "
  "secretariats in March.",
  [R("applicants-per-cent-of-whom", "applicants from the two provinces as a share of all applicants",
     {"w": "14,306", "p": "27.2 per cent", "a": "3,892"}, "a / w == p")],
  ("3,892", "3,392"))
I(F, 27, "statistics institute, Turkish register; count in one sentence, whole and share in the next with the anaphor 'That figure is P of all'",
  "Some 6.1 million households received the energy support payment in the winter, the family ministry said. That "
  "figure is 21.7% of all 28.1 million households in Türkiye, according to the statistical institute's latest "
  "estimate. Payments were made in two instalments.",
  [R("households-that-figure", "households receiving the payment as a share of all households",
     {"a": "6.1 million", "p": "21.7%", "w": "28.1 million"}, "a / w == p")],
  ("21.7%", "25.7%"))
I(F, 28, "central bank data, Bangladeshi register; part in crore, share in 'pc' (not scaled), whole in lakh crore",
  "Farm loans disbursed by the state-owned banks reached Tk 26,870 crore at the end of June, 18.4pc of their combined "
  "loan book of Tk 1.46 lakh crore, Bangladesh Bank data show. Private banks lent less to farmers than in the "
  "previous year.",
  [R("farm-loans-pc", "farm loans as a share of the loan book ('pc' is not scaled; 1 lakh crore = 100,000 crore)",
     {"a": "Tk 26,870 crore", "p": "18.4pc", "w": "Tk 1.46 lakh crore"}, "a / (w * 100000) == p / 100")],
  ("Tk 26,870", "Tk 31,870"))
I(F, 29, "electoral commission, Irish register; two shares of one whole with 'respectively' (two relations)",
  "Of the 1.92 million people who voted in the two referendums, 58.3% backed the family amendment and 44.8% the care "
  "amendment — 1.12 million and 0.86 million voters respectively, the Electoral Commission said. Turnout was lower "
  "than at the general election.",
  [R("family-yes-respectively", "voters backing the first amendment as a share of those who voted",
     {"w": "1.92 million", "p": "58.3%", "a": "1.12 million"}, "a / w == p"),
   R("care-yes-respectively", "voters backing the second amendment as a share of those who voted",
     {"w": "1.92 million", "p": "44.8%", "a": "0.86 million"}, "a / w == p")],
  ("0.86 million", "0.96 million"))
I(F, 30, "statistics bureau, Ugandan register; share first, the counts in a second sentence with the pronoun 'They numbered A out of W'",
  "Informal jobs made up 83.6 per cent of employment in the survey year, the Uganda Bureau of Statistics said on "
  "Tuesday. They numbered 7.61 million out of 9.10 million employed persons, most of them in agriculture and "
  "small-scale trade.",
  [R("informal-they-numbered", "informal jobs as a share of employed persons",
     {"p": "83.6 per cent", "a": "7.61 million", "w": "9.10 million"}, "a / w == p")],
  ("7.61 million", "6.61 million"))
I(F, 31, "election commission, Nepali register; labelled prose table, 'group, P% (A of W seats)'",
  "Representation in the new House of Representatives, by group, as published by the Election Commission: women, "
  "33.1% (91 of 275 seats); members under 45, 52 seats; first-time members, 171 seats. The House met for the first "
  "time on Thursday.",
  [R("women-bracketed-count", "women's seats as a share of all seats, count and whole in brackets",
     {"p": "33.1%", "a": "91 of", "w": "275 seats"}, "a / w == p")],
  ("91 of", "71 of"))
I(F, 32, "machine-translated district report, Vietnamese register; 'occupying P total households of the district (W)'",
  "According to the review results, the number of poor households in the district is 4,126 households, occupying "
  "6.84% total households of the district (60,320 households). The district strives to reduce the poor household "
  "rate by 1.5% in the next year.",
  [R("poor-households-occupying", "poor households as a share of all households in the district",
     {"a": "4,126", "p": "6.84%", "w": "60,320"}, "a / w == p")],
  ("6.84%", "8.84%"))

# ------------------------------------------------------------------ i 3 growth
F = "growth"
I(F, 25, "newswire, Turkish register; shorthand '+P% y/y' after the new level, the old one in a later sentence 'A year earlier the figure was'",
  "Beyaz Ev Aletleri net sales ₺48.21bn in Q3, +14.6% y/y, the company said in a filing on Tuesday. A year earlier the figure "
  "was ₺42.07bn. Exports made up more than half of sales.",
  [R("sales-y-y", "the quarter's sales are the stated percentage above the year-earlier figure",
     {"b": "₺48.21bn", "g": "+14.6%", "a": "₺42.07bn"}, "b / a - 1 == g")],
  ("₺42.07bn", "₺36.07bn"))
I(F, 26, "coffee authority, Ethiopian register; 'B compared to A ..., representing a P growth' (participle)",
  "Coffee export revenue for the fiscal year stood at $1.43 billion compared to $1.25 billion the previous year, "
  "representing a 14.4% growth, the Ethiopian Coffee and Tea Authority said. Germany and Saudi Arabia were the "
  "biggest buyers.",
  [R("coffee-representing-growth", "this year's revenue is the stated percentage above last year's",
     {"b": "$1.43 billion", "a": "$1.25 billion", "g": "14.4%"}, "b / a - 1 == g")],
  ("$1.25", "$1.05"))
I(F, 27, "stock exchange, Sri Lankan register; fall as 'shed P over the year, closing at B after starting it at A'",
  "The All Share Price Index shed 11.8% over the year, closing at 8,412.6 after starting it at 9,537.8, the Colombo "
  "Stock Exchange said in its annual review. Foreign investors were net sellers in nine of the twelve months.",
  [R("index-shed", "the index's fall from the opening to the closing level",
     {"g": "11.8%", "b": "8,412.6", "a": "9,537.8"}, "1 - b / a == g")],
  ("8,412.6", "7,412.6"))
I(F, 28, "motor industry body, Irish register; nominal subject 'A Ppc rise ... took the month's total to B', old level in 'X saw A' ('pc' not scaled)",
  "A 23pc rise in July registrations took the month's total to 18,412 new cars, the Society of the Irish Motor "
  "Industry said. July of last year saw 14,968. Electric cars made up just under a fifth of the July total.",
  [R("registrations-pc-rise", "July's registrations are the stated percentage above last July's ('pc' is not scaled)",
     {"g": "23pc", "b": "18,412", "a": "14,968"}, "b / a - 1 == g / 100")],
  ("14,968", "16,968"))
I(F, 30, "machine-translated statistics release, Indonesian register; 'If compared with 2023 (A), experienced an increase of P'",
  "The number of foreign tourist visits to Bali in 2024 reached 6.33 million visits. If compared with 2023 (5.27 "
  "million visits), experienced an increase of 20.1 percent. The most visits came from Australia, followed by India "
  "and China.",
  [R("visits-if-compared", "the 2024 visits are the stated percentage above 2023's",
     {"b": "6.33 million", "a": "5.27 million", "g": "20.1 percent"}, "b / a - 1 == g")],
  ("20.1 percent", "25.1 percent"))
I(F, 29, "tourism office, Fijian register; prose table after a dash, 'year: level; year: level; change: +P%'",
  "Visitor arrivals to Fiji, by year — 2023: 929,740; 2024: 982,938; change: +5.7%. Australia and New Zealand "
  "supplied most visitors, the Fiji Bureau of Statistics said. Arrivals from North America grew fastest.",
  [R("arrivals-prose-table", "the 2024 arrivals are the signed percentage above 2023's",
     {"a": "929,740", "b": "982,938", "g": "+5.7%"}, "b / a - 1 == g")],
  ("929,740", "829,740"))
I(F, 31, "coffee board, Rwandan register; 'up P this season:' then 'B now, A a season ago' after the colon",
  "Rwanda's coffee export earnings are up 31.4% this season: $118.6 million now, $90.3 million a season ago, the "
  "National Agricultural Export Development Board said. Higher world prices explain most of the gain.",
  [R("earnings-now-and-ago", "this season's earnings are the stated percentage above last season's",
     {"g": "31.4%", "b": "$118.6 million", "a": "$90.3 million"}, "b / a - 1 == g")],
  ("$90.3", "$80.3"))
I(F, 32, "customs office, Mongolian register; fall as a nominal subject between dashes 'The contraction — P — took ... from A to B'",
  "Mongolia's coal exports contracted in the first quarter as Chinese demand slowed. The contraction — 18.7 per "
  "cent — took shipments from 19.26 million tonnes a year earlier to 15.66 million tonnes, the customs office said.",
  [R("coal-contraction", "the percentage fall from the year-earlier shipments to this quarter's",
     {"g": "18.7 per cent", "a": "19.26 million", "b": "15.66 million"}, "1 - b / a == g")],
  ("15.66 million", "13.66 million"))

# ------------------------------------------------------------------ i 4 difference-units
F = "difference-units"
I(F, 25, "metro operator, Peruvian register; 'up from A ... — an extra D a day' after a dash",
  "Lima's Metro Line 1 carried 512,300 passengers a day in December, up from 471,900 in January — an extra 40,400 a "
  "day, the operator said. Two new trains entered service in the second half of the year.",
  [R("metro-an-extra", "December's daily passengers minus January's give the extra passengers",
     {"b": "512,300", "a": "471,900", "d": "40,400"}, "b - a == d")],
  ("an extra 40,400", "an extra 30,400"))
I(F, 26, "mines ministry, Zambian register; 'A compares with B', absolute 'the difference being D'",
  "Zambia's copper output of 698,600 tonnes in 2023 compares with 763,400 tonnes in 2022, the difference being 64,800 "
  "tonnes, the mines ministry said. Power cuts at two smelters were blamed for most of the shortfall.",
  [R("copper-difference-being", "the 2022 output minus the 2023 output gives the stated difference",
     {"b": "698,600", "a": "763,400", "d": "64,800"}, "a - b == d")],
  ("64,800", "84,800"))
I(F, 27, "universities commission, Nigerian register; 'outnumbered ... by D: A to B'",
  "Women outnumbered men among first-degree graduates of the federal universities by 3,214 last year: 17,906 to "
  "14,692, according to the National Universities Commission. Men still made up the majority in engineering.",
  [R("women-outnumbered-men", "women graduates minus men graduates give the margin",
     {"d": "3,214", "a": "17,906", "b": "14,692"}, "a - b == d")],
  ("3,214", "4,214"))
I(F, 28, "police statistics, Jamaican register; level in one paragraph, 'This compares with A ..., a reduction of D' after a paragraph break",
  "The Jamaica Constabulary Force recorded 1,393 murders in 2023, according to its year-end crime statistics.\n\n"
  "This compares with 1,498 in 2022, a reduction of 105, the police commissioner told a press briefing in Kingston. "
  "Shootings also fell.",
  [R("murders-this-compares", "the 2022 murders minus the 2023 murders give the reduction",
     {"b": "1,393", "a": "1,498", "d": "105"}, "a - b == d")],
  ("1,498", "1,698"))
I(F, 29, "machine-translated planning report, Vietnamese register; 'compared with the same period last year (A), increasing by D'",
  "The number of newly established enterprises in the first 6 months is 8,412 enterprises; compared with the same "
  "period last year (7,158 enterprises), increasing by 1,254 enterprises. The total registered capital also "
  "increased strongly, the Department of Planning and Investment informed.",
  [R("enterprises-same-period", "this period's new enterprises minus last year's give the increase",
     {"b": "8,412", "a": "7,158", "d": "1,254"}, "b - a == d")],
  ("1,254", "1,554"))
I(F, 30, "refugee office, Ugandan register; 'dropped by a net D over the year — from A in January to B in December —'",
  "The number of refugees and asylum seekers registered in Uganda dropped by a net 48,300 over the year — from "
  "1,612,400 in January to 1,564,100 in December — as some South Sudanese families went home, the Office of the "
  "Prime Minister said. New arrivals from Congo continued.",
  [R("refugees-net-drop", "January's count minus December's gives the net drop",
     {"d": "48,300", "a": "1,612,400", "b": "1,564,100"}, "a - b == d")],
  ("48,300", "58,300"))
I(F, 31, "AIDS council, Botswana register; the two levels named first, 'The former is D lower than the latter'",
  "Two figures stand out in the AIDS council's report: the 4,812 new HIV infections recorded in 2023 and the 6,126 "
  "recorded in 2019. The former is 1,314 lower than the latter, and the council credits wider use of preventive "
  "medicine.",
  [R("infections-former-latter", "the 2019 infections minus the 2023 infections give the stated gap",
     {"b": "4,812", "a": "6,126", "d": "1,314"}, "a - b == d")],
  ("1,314", "1,614"))
I(F, 32, "parliamentary answer, British register; 'Asked ... how many more ..., the minister said D:' then both levels after the colon",
  "Asked in Parliament how many more prison officers were employed now than two years ago, the minister said 2,187: "
  "the service employs 28,406 officers, against 26,219 in March 2022. Staff turnover, she added, remained too high.",
  [R("officers-how-many-more", "today's officers minus those two years ago give the minister's answer",
     {"d": "2,187", "b": "28,406", "a": "26,219"}, "b - a == d")],
  ("2,187", "2,687"))

# ------------------------------------------------------------------ i 5 difference-points
F = "difference-points"
I(F, 25, "central bank decision note, Kenyan register; 'CBR: B (−Dbps; previous: A)' ('bps' not scaled)",
  "Central Bank of Kenya, Monetary Policy Committee decision, 8 October — CBR: 12.75% (−75bps; previous: 13.50%). "
  "The committee said inflation was expected to remain below the mid-point of the target range.",
  [R("cbr-bps-bracket", "the previous rate minus the new rate gives the cut ('bps' is not scaled)",
     {"b": "12.75%", "d": "75bps", "a": "13.50%"}, "a - b == d / 10000")],
  ("75bps", "50bps"))
I(F, 26, "election newsroom; 'a swing of D percentage points from the A it won in 2019'",
  "The party took 41.3% of the vote, a swing of 5.6 percentage points from the 35.7% it won in 2019, according to "
  "final results published by the electoral commission. Its leader called it the best result in two decades.",
  [R("vote-share-swing", "the new vote share minus the 2019 share gives the swing",
     {"b": "41.3%", "d": "5.6 percentage points", "a": "35.7%"}, "b - a == d")],
  ("35.7%", "32.7%"))
I(F, 27, "statistics bureau, Australian register; three sentences, 'It has since fallen to B. That is a drop of D'",
  "The household saving ratio was 9.1% in the June quarter of 2022. It has since fallen to 4.6%, the Australian "
  "Bureau of Statistics said on Wednesday. That is a drop of 4.5 percentage points.",
  [R("saving-ratio-three-sentences", "the 2022 ratio minus the current ratio gives the drop",
     {"a": "9.1%", "b": "4.6%", "d": "4.5 percentage points"}, "a - b == d")],
  ("9.1%", "7.1%"))
I(F, 28, "statistics office, Irish register; 'Dppt above its ... level of A' ('ppt' not scaled)",
  "The employment rate for people aged 15-64 hit 74.1% in the second quarter, 2.9ppt above its pre-pandemic level of "
  "71.2%, the Central Statistics Office said. The rate for women rose faster than that for men.",
  [R("employment-ppt-above", "the new rate minus the pre-pandemic level gives the gap ('ppt' is not scaled)",
     {"b": "74.1%", "d": "2.9ppt", "a": "71.2%"}, "b - a == d / 100")],
  ("71.2%", "73.2%"))
I(F, 30, "machine-translated statistics release, Colombian register; calque 'passed of A in 2022 to B in 2023, that is, a reduction of D'",
  "The poverty monetary passed of 36.6% in 2022 to 33.0% in 2023, that is, a reduction of 3.6 percentage points, "
  "informed the DANE. In the rural centres the poverty continues being more high than in the cities.",
  [R("poverty-passed-of", "the 2022 rate minus the 2023 rate gives the reduction",
     {"a": "36.6%", "b": "33.0%", "d": "3.6 percentage points"}, "a - b == d")],
  ("33.0%", "31.0%"))
I(F, 29, "planning commission, Moroccan register; 'went from A to B, i.e. up D points' ('points' not scaled)",
  "The national unemployment rate went from 11.8% to 13.0% between 2022 and 2023, i.e. up 1.2 points, the High "
  "Commission for Planning said. In rural areas the rise was sharper because of the drought.",
  [R("unemployment-went-from", "the 2023 rate minus the 2022 rate gives the rise ('points' is not scaled)",
     {"a": "11.8%", "b": "13.0%", "d": "1.2 points"}, "b - a == d / 100")],
  ("13.0%", "15.0%"))
I(F, 31, "bank results, Malaysian register; the new margin in a parenthetical 'at B,' with 'down D basis points on the year', the old one in a later sentence",
  "The bank's net interest margin, at 3.42%, was down 45 basis points on the year, its chief financial officer told "
  "analysts in Kuala Lumpur. In 2023 the bank had earned a margin of 3.87%. Loans grew 6.1%.",
  [R("margin-down-bps", "the 2023 margin minus this year's gives the fall ('basis points' is not scaled)",
     {"b": "3.42%", "d": "45 basis points", "a": "3.87%"}, "a - b == d / 10000")],
  ("3.87%", "4.87%"))
I(F, 32, "labour survey, South African register; participle 'shaving D percentage points off the A recorded a year earlier'",
  "The latest survey puts the unemployment rate in the Western Cape at 14.8%, shaving 2.3 percentage points off the "
  "17.1% recorded a year earlier, Statistics South Africa said. The national rate was little changed.",
  [R("unemployment-shaving", "the year-earlier rate minus the latest rate gives the points shaved off",
     {"b": "14.8%", "d": "2.3 percentage points", "a": "17.1%"}, "a - b == d")],
  ("14.8%", "12.8%"))

# ------------------------------------------------------------------ i 6 ratio
F = "ratio"
I(F, 25, "statistics bureau, Australian register; the ratio first, its two terms in brackets separated by a semicolon",
  "GDP per head reached A$105,600 last financial year (GDP A$2.79 trillion; population 26.4 million), the Australian "
  "Bureau of Statistics said. Adjusted for prices, it was slightly lower than a year before.",
  [R("gdp-per-head-brackets", "GDP divided by the population gives GDP per head",
     {"r": "A$105,600", "g": "A$2.79 trillion", "p": "26.4 million"}, "g / p == r")],
  ("26.4 million", "29.4 million"))
I(F, 26, "statistics bureau, Bangladeshi register; 'A people live on B square kilometres — R to each square kilometre'",
  "Bangladesh's 169.8 million people live on 147,570 square kilometres — 1,151 to each square kilometre, the highest "
  "density of any large country, the Bangladesh Bureau of Statistics said. Dhaka division is the most crowded.",
  [R("density-to-each", "population divided by area gives the density",
     {"p": "169.8 million", "s": "147,570", "r": "1,151"}, "p / s == r")],
  ("1,151", "1,351"))
I(F, 27, "teachers' service commission, Nigerian register; total and count, then 'which comes to about R each'",
  "The state's teacher payroll of ₦412.6 billion a year covers 186,400 teachers, which comes to about ₦2.21 million "
  "each, the commissioner for education told the House of Assembly. Arrears of allowances are not included.",
  [R("payroll-comes-to-each", "the payroll divided by the teachers gives the amount each",
     {"t": "₦412.6 billion", "n": "186,400", "r": "₦2.21 million"}, "t / n == r")],
  ("186,400", "216,400"))
I(F, 28, "statistics institute, Romanian register; two averages, then 'a R-fold gap' after a dash",
  "Average disposable income per person in the richest fifth of households was 41,200 lei last year, against 12,100 "
  "lei in the poorest fifth — a 3.4-fold gap, the National Institute of Statistics said. The gap was wider in 2019.",
  [R("income-fold-gap", "the richest fifth's income divided by the poorest fifth's gives the fold gap",
     {"a": "41,200", "b": "12,100", "r": "3.4-fold"}, "a / b == r")],
  ("12,100", "14,100"))
I(F, 29, "regional education office, Tanzanian register; ratio written '1 : R' with 1 first, then the counts in a 'with ... for ...' clause",
  "The pupil-teacher ratio in public primary schools in the region stands at 1 : 38, with 14,206 teachers for 539,800 "
  "pupils, the regional education officer said. The government plans to post 1,100 new teachers here next year.",
  [R("pupils-one-to-r", "pupils divided by teachers give the second term of the ratio",
     {"r": ": 38", "t": "14,206", "p": "539,800"}, "p / t == r")],
  ("14,206", "16,206"))
I(F, 30, "credit survey, Kenyan register; 'the equivalent of R for each of its N households'",
  "Households in Nakuru county owe KSh 41.8 billion to digital lenders, the equivalent of KSh 27,300 for each of its "
  "1.53 million households, a survey for the county assembly found. Most of the loans are for school fees.",
  [R("debt-equivalent-each", "the debt divided by the households gives the amount for each",
     {"t": "KSh 41.8 billion", "r": "KSh 27,300", "n": "1.53 million"}, "t / n == r")],
  ("KSh 27,300", "KSh 31,300"))
I(F, 31, "statistics office; prose table of the population by sex and 'sex ratio (males per 100 females)'",
  "Population on census night: 4,912,300 males; 4,621,800 females; sex ratio (males per 100 females) 106.3. The "
  "ratio is highest in the oil-producing districts, where many men work away from their families.",
  [R("sex-ratio-prose-table", "males per 100 females",
     {"m": "4,912,300", "f": "4,621,800", "r": "106.3"}, "m / f * 100 == r")],
  ("4,621,800", "4,121,800"))
I(F, 32, "parliamentary answer, Sri Lankan register; 'In reply to a question, the minister said ... or R students to a computer'",
  "In reply to a question, the education minister told Parliament that the 1,412 public secondary schools had 61,240 "
  "computers for 1.84 million students, or 30 students to a computer. He said a further 12,000 would be bought with "
  "a World Bank loan.",
  [R("students-to-a-computer", "students divided by computers give the ratio",
     {"n": "61,240", "s": "1.84 million", "r": "30 students"}, "s / n == r")],
  ("61,240", "81,240"))

# ------------------------------------------------------------------ i 7 restatement
F = "restatement"
I(F, 25, "migration agency, Colombian register; estimate as a range 'Between L and H million', the registry count in the same sentence; the count lies in the range",
  "Between 2.8 and 3.0 million Venezuelans live in Colombia, Migración Colombia estimates; its latest registry count "
  "is 2,864,712. Most have been granted temporary protection status, which allows them to work legally.",
  [R("count-in-range", "the registry count lies within the estimated range (the lower bound '2.8' takes the 'million' of the upper)",
     {"x": "2,864,712", "a": "2.8", "b": "3.0 million"}, "(x - a * 1000000) * (b - x) >= 0")],
  ("2,864,712", "3,264,712"))
I(F, 26, "central bank, Nepali register; exact amount in billions, then 'have now crossed the Rs N trillion mark' (lower bound)",
  "Remittance inflows reached Rs 1,445.3 billion in the fiscal year, Nepal Rastra Bank said in its annual report. "
  "Inflows have now crossed the Rs 1.4 trillion mark for the first time, it said, and covered the trade deficit.",
  [R("crossed-the-mark", "the exact inflows are above the mark they are said to have crossed",
     {"a": "Rs 1,445.3 billion", "b": "Rs 1.4 trillion"}, "a > b")],
  ("Rs 1,445.3", "Rs 1,245.3"))
I(F, 27, "central bank, Czech register; a rate cut in percentage points restated in basis points after 'or' ('basis points' not scaled)",
  "The Czech National Bank cut its two-week repo rate by 0.25 percentage point, or 25 basis points, to 4.00% on "
  "Wednesday. Its governor said further easing would depend on wage growth.",
  [R("point-or-basis-points", "the cut in percentage points restated in basis points ('basis points' is not scaled)",
     {"a": "0.25 percentage point", "b": "25 basis points"}, "a == b / 10000")],
  ("25 basis points", "50 basis points"))
I(F, 28, "export bureau, Bangladeshi register; a prose table in 'US$ million', then 'put the same exports at US$B billion'",
  "Garment exports (US$ million): 4,812.6 in the first quarter, according to the Export Promotion Bureau's table. In "
  "a speech on Sunday the commerce minister put the same exports at US$4.81 billion and said orders were recovering.",
  [R("put-the-same-at", "the table value in US$ million restated in billions",
     {"a": "4,812.6", "b": "US$4.81 billion"}, "a * 1000000 == b")],
  ("US$4.81", "US$5.81"))
I(F, 29, "statistics committee, Kazakh register; 'N thousand persons' then 'in exact terms, M'",
  "The number of registered unemployed in Almaty region was 34.2 thousand persons at the end of the month, the "
  "statistics committee said; in exact terms, 34,180. Most of them were young rural residents.",
  [R("thousand-in-exact-terms", "the count in thousands restated exactly",
     {"a": "34.2 thousand", "b": "34,180"}, "a == b")],
  ("34,180", "38,180"))
I(F, 30, "stadium newsroom; 'upwards of N' as a police estimate, the turnstile count after a semicolon (lower bound)",
  "Police estimated the crowd at the derby at upwards of 60,000; the stadium's turnstiles counted 61,842, the club "
  "said on Monday. Extra trains ran until after midnight, and no arrests were made.",
  [R("upwards-of", "the turnstile count is above the 'upwards of' estimate",
     {"b": "60,000", "a": "61,842"}, "a > b")],
  ("61,842", "51,842"))
I(F, 31, "census bureau, Croatian register; exact count after a colon label, then 'That is a little over N'",
  "Resident population on census day: 3,871,833, the Croatian Bureau of Statistics said. That is a little over 3.8 "
  "million, and about 286,000 fewer people than at the previous census ten years earlier.",
  [R("a-little-over", "the exact count is a little over the rounded figure",
     {"a": "3,871,833", "b": "3.8 million"}, "a > b")],
  ("3,871,833", "3,371,833"))
I(F, 32, "bank results, Bangladeshi register; 'Tk N mn' then 'described the Tk M billion result as'",
  "Eastern Commerce Bank posted a net profit of Tk 2,340mn in 2024, up from the year before. Its chairman described "
  "the Tk 2.34 billion result as a record and proposed a 15 percent cash dividend.",
  [R("mn-described-as-billion", "the profit in millions restated in billions",
     {"a": "Tk 2,340mn", "b": "Tk 2.34 billion"}, "a == b")],
  ("Tk 2.34", "Tk 2.84"))

# ------------------------------------------------------------------ i 8 part-not-above-whole
F = "part-not-above-whole"
I(F, 25, "city health bureau, Ethiopian register; 'Not all of the W ... are ...: only P ...' after a colon",
  "Not all of the 3,412 registered private clinics in Addis Ababa are open for business: only 2,906 renewed their "
  "licences this year, the city health bureau said. The rest face closure orders from next month.",
  [R("not-all-only", "the clinics that renewed are among the registered clinics",
     {"w": "3,412", "p": "2,906"}, "p <= w")],
  ("2,906", "3,906"))
I(F, 26, "annual report, Swedish register; 'Average number of employees W, whereof P in ...'",
  "Average number of employees during the year: 4,812, whereof 1,206 in Finland and Norway, according to the "
  "group's annual report. The head office in Gothenburg employs 310 people, and a new plant in Poland opens in "
  "the spring.",
  [R("employees-whereof", "the employees in Finland and Norway are among all the group's employees",
     {"w": "4,812", "p": "1,206"}, "p <= w")],
  ("1,206", "6,206"))
I(F, 27, "basic education ministry, Cameroonian register; part in a headline, whole in the body with 'The figure is a fraction of the W'",
  "2,104 schools still without power\nThe figure is a fraction of the 38,610 public schools in the country, but "
  "almost all of the unconnected schools are in the three northern regions, the Ministry of Basic Education said. "
  "Solar kits are being installed this year.",
  [R("headline-part-fraction-of", "the schools without power are among all public schools",
     {"p": "2,104", "w": "38,610"}, "p <= w")],
  ("38,610", "1,610"))
I(F, 28, "football newsroom; 'collected P points out of a possible W'",
  "Galaxy FC collected 71 points out of a possible 114 this season, enough for third place and a place in the "
  "continental cup, the league said. The club's top scorer finished with 19 goals.",
  [R("out-of-a-possible", "the points collected cannot exceed the maximum possible",
     {"p": "71 points", "w": "114"}, "p <= w")],
  ("71 points", "171 points"))
I(F, 29, "machine-translated regency report, Indonesian register; calque 'From the number of W villages, as many as P villages not yet ...'",
  "From the number of 1,245 villages in the regency, as many as 318 villages not yet get electricity from PLN, said "
  "the head of the regional planning agency. The regency government targets all villages to be electrified in "
  "three years.",
  [R("from-the-number-of", "the villages without electricity are among the regency's villages",
     {"w": "1,245", "p": "318 villages"}, "p <= w")],
  ("318 villages", "1,318 villages"))
I(F, 30, "labour inspectorate, Polish register; three clauses joined by the pronoun 'They' (two relations: breaches among sites visited, stoppages among breaches)",
  "Labour inspectors visited 2,140 construction sites in the first half of the year. They found safety breaches at "
  "612, and ordered work to stop at 88 until the breaches were fixed, the State Labour Inspectorate said.",
  [R("breaches-among-visited", "sites with breaches are among the sites visited",
     {"b": "612", "w": "2,140"}, "b <= w"),
   R("stoppages-among-breaches", "sites where work was stopped are among the sites with breaches",
     {"s": "at 88", "b": "612"}, "s <= b")],
  ("at 88", "at 880"))
I(F, 31, "health ministry, Zambian register; 'The P confirmed cases form part of the W suspected cases'",
  "The 506 confirmed cholera cases form part of the 2,318 suspected cases reported since October, Zambia's health "
  "ministry said; the rest tested negative or have not yet been tested. Schools in Lusaka will reopen next week.",
  [R("confirmed-form-part-of", "the confirmed cases are among the suspected cases",
     {"p": "506", "w": "2,318"}, "p <= w")],
  ("2,318", "318"))
I(F, 32, "cooperative election notice; two labelled sentences 'Members on the register: W. Members who voted ...: P.'",
  "Members on the register: 86,410. Members who voted in the board election: 19,226. The cooperative's chairman said "
  "the turnout was disappointing and promised online voting at the next election, due in three years.",
  [R("register-and-voted-labels", "members who voted are among the members on the register",
     {"w": "86,410", "p": "19,226"}, "p <= w")],
  ("19,226", "96,226"))

# ------------------------------------------------------------------ i 9 shares-of-one-whole
F = "shares-of-one-whole"
I(F, 25, "statistics agency, Ethiopian register; first share in one sentence, the rest in the next with the verb 'take' and 'everything else'",
  "Households spend 41.2% of their budget on food, according to the new consumer price index weights published by "
  "the statistics service. Housing and utilities take 23.6%, transport 11.9%, and everything else 23.3%.",
  [R("budget-take", "the four budget shares add to 100%",
     {"a": "41.2%", "b": "23.6%", "c": "11.9%", "d": "23.3%"}, "a + b + c + d == 1")],
  ("11.9%", "21.9%"))
I(F, 26, "energy regulator; fractions in words with the exact shares in brackets ('Just over half (a), a third (b) and the rest (c)')",
  "Just over half of the country's electricity (50.8%) came from hydropower last year, a third (33.1%) from thermal "
  "plants and the rest (16.1%) from solar and wind farms, the energy regulator said in its annual report. Rainfall "
  "was close to normal.",
  [R("fractions-in-words", "the three sources' shares add to 100%",
     {"a": "50.8%", "b": "33.1%", "c": "16.1%"}, "a + b + c == 1")],
  ("33.1%", "43.1%"))
I(F, 27, "statistics office; prose table of age groups with the bounds as numbers, 'group, share; group, share'",
  "Population by age group, share of the total: 0-14, 24.7%; 15-64, 68.1%; 65 and over, 7.2%. The share of the "
  "oldest group has doubled since 1990, the statistics office said in its annual yearbook.",
  [R("age-groups-prose-table", "the three age groups' shares add to 100%",
     {"a": "24.7%", "b": "68.1%", "c": "7.2%"}, "a + b + c == 1")],
  ("7.2%", "17.2%"))
I(F, 28, "power regulator, Pakistani register; three shares in 'pc' (not scaled)",
  "Of the electricity generated in the fiscal year, thermal plants supplied 41.2pc, hydropower 38.4pc and nuclear "
  "20.4pc, the power regulator said in its state of the industry report. Generation fell for a second year.",
  [R("generation-pc", "the three sources' shares add to 100 ('pc' is not scaled)",
     {"a": "41.2pc", "b": "38.4pc", "c": "20.4pc"}, "a + b + c == 100")],
  ("20.4pc", "10.4pc"))
I(F, 29, "machine-translated statistics release, Vietnamese register; 'In the structure of GDP, ... accounted for a; ... accounted for b; ...'",
  "In the structure of GDP of the year, the agriculture, forestry and fishery sector accounted for 12.06%; the "
  "industry and construction sector accounted for 36.92%; the service sector accounted for 42.64%; product taxes "
  "less subsidies on production accounted for 8.38%. The economic scale at current prices continued to expand.",
  [R("gdp-structure", "the four components' shares of GDP add to 100%",
     {"a": "12.06%", "b": "36.92%", "c": "42.64%", "d": "8.38%"}, "a + b + c + d == 1")],
  ("36.92%", "46.92%"))
I(F, 30, "motor traffic department, Sri Lankan register; absolute 'with X accounting for b and Y the final c'",
  "Private cars accounted for 72.5% of the vehicles registered last year, with motorcycles accounting for 18.3% "
  "and commercial vehicles the final 9.2%, the Department of Motor Traffic said. Import restrictions were eased "
  "in February.",
  [R("vehicles-with-accounting", "the three kinds of vehicle add to 100% of registrations",
     {"a": "72.5%", "b": "18.3%", "c": "9.2%"}, "a + b + c == 1")],
  ("18.3%", "28.3%"))
I(F, 31, "tourism ministry, Ghanaian register; 'is split three ways — a to ..., b to ... and c to ... —'",
  "The tourism levy is split three ways — 44.5% to the national tourism fund, 35.2% to the district assemblies and "
  "20.3% to community projects — under rules published by the tourism ministry in Accra. Hotels collect the levy "
  "monthly.",
  [R("split-three-ways", "the three recipients' shares of the levy add to 100%",
     {"a": "44.5%", "b": "35.2%", "c": "20.3%"}, "a + b + c == 1")],
  ("35.2%", "45.2%"))
I(F, 32, "sugar board, Moroccan register; 'supplied ... in the proportions a, b and c'",
  "Beet, cane and imports supplied Morocco's sugar market in the proportions 29.6%, 18.1% and 52.3% last year, the "
  "sugar industry federation said. Drought cut the beet harvest for a third season.",
  [R("in-the-proportions", "the three sources' shares of the market add to 100%",
     {"a": "29.6%", "b": "18.1%", "c": "52.3%"}, "a + b + c == 1")],
  ("18.1%", "28.1%"))

# ------------------------------------------------------------------ i 10 overall-between-groups
F = "overall-between-groups"
I(F, 25, "examinations board, Ugandan register; groups with 'respectively', the overall in brackets '(P overall)'",
  "Pass rates in the primary leaving examinations were 71.4% and 64.2% for girls and boys respectively (68.0% "
  "overall), the Uganda National Examinations Board said. Results were released on Thursday in Kampala.",
  [R("respectively-overall-bracket", "the overall pass rate lies between the girls' and boys' rates",
     {"a": "71.4%", "b": "64.2%", "o": "68.0%"}, BETWEEN)],
  ("68.0%", "74.0%"))
I(F, 26, "demographic and health survey; 'whereas in rural areas the figure is b', overall in 'That puts the national rate at'",
  "In urban areas 8.1% of children under five are stunted, whereas in rural areas the figure is 21.6%. That puts the "
  "national rate at 17.4%, according to the latest demographic and health survey.",
  [R("whereas-that-puts", "the national rate lies between the urban and rural rates",
     {"a": "8.1%", "b": "21.6%", "o": "17.4%"}, BETWEEN)],
  ("17.4%", "23.4%"))
I(F, 27, "statistics bureau, Kazakh register; overall first, then 'That average conceals a gap:' with the two groups after the colon",
  "Average life expectancy at birth in Kazakhstan is 74.3 years, the statistics bureau said. That average conceals a "
  "gap: women can expect to live to 77.9, men to 70.8. The gap has narrowed slowly since 2010.",
  [R("average-conceals-gap", "the average life expectancy lies between women's and men's",
     {"o": "74.3 years", "a": "77.9", "b": "70.8"}, BETWEEN)],
  ("74.3 years", "84.3 years"))
I(F, 28, "examinations council, Ghanaian register; 'The rates for boys (a) and girls (b) straddle the national average of o'",
  "The pass rates for boys (58.3%) and girls (66.9%) straddle the national average of 62.4%, the West African "
  "Examinations Council said of this year's results in Ghana. Results in core mathematics improved.",
  [R("straddle", "the national average lies between the boys' and girls' rates",
     {"a": "58.3%", "b": "66.9%", "o": "62.4%"}, BETWEEN)],
  ("62.4%", "68.4%"))
I(F, 30, "machine-translated statistics release, Peruvian register; calque 'affected the a of the rural population ...; at national level ... reached the o'",
  "The poverty affected the 39.8% of the rural population and the 26.4% of the urban population; at national level "
  "the poverty reached the 29.0%, informed the INEI. The regions of the highlands present the most high levels.",
  [R("at-national-level", "the national poverty rate lies between the rural and urban rates",
     {"a": "39.8%", "b": "26.4%", "o": "29.0%"}, BETWEEN)],
  ("29.0%", "41.0%"))
I(F, 29, "provincial education department; 'smaller than in X (a) but larger than in Y (b)'",
  "The average class size in the province's public schools, 27.4 pupils, is smaller than in city schools (31.2) but "
  "larger than in rural ones (22.6), the education department said. It wants no class above 35 by 2027.",
  [R("smaller-but-larger", "the provincial average lies between the city and rural averages",
     {"o": "27.4 pupils", "a": "31.2", "b": "22.6"}, BETWEEN)],
  ("27.4 pupils", "33.4 pupils"))
I(F, 31, "electoral commission; one group in the first paragraph, the other and the overall after a paragraph break with the pronoun 'it' and 'for a nationwide'",
  "Turnout was 61.3% in the capital, the electoral commission said on Monday.\n\nIn the provinces it was 54.8%, for "
  "a nationwide turnout of 56.2%, the commission added. Counting finished on Sunday night.",
  [R("for-a-nationwide", "the nationwide turnout lies between the capital's and the provinces'",
     {"a": "61.3%", "b": "54.8%", "o": "56.2%"}, BETWEEN)],
  ("56.2%", "63.2%"))
I(F, 32, "communications regulator; 'well above the o for ... as a whole, while ... lags at b'",
  "Broadband coverage in towns, at 91.2%, is well above the 78.6% for households as a whole, while the countryside "
  "lags at 52.7%, the communications regulator said. Fibre is being laid along the main highways.",
  [R("well-above-while-lags", "the rate for all households lies between the town and countryside rates",
     {"a": "91.2%", "o": "78.6%", "b": "52.7%"}, BETWEEN)],
  ("78.6%", "48.6%"))

# ------------------------------------------------------------------ i 11 order-ranking
F = "order-ranking"
I(F, 25, "rice exporters' association, Vietnamese register; 'edged past X as ...:' then 'A against X's B'",
  "Vietnam edged past Thailand as the world's second-largest rice exporter last year: it shipped 8.12 million "
  "tonnes against Thailand's 7.94 million, according to trade data compiled by the exporters' association. India "
  "remained far ahead of both.",
  [R("edged-past", "Vietnam shipped more than Thailand",
     {"a": "8.12 million", "b": "7.94 million"}, "a > b")],
  ("8.12 million", "7.12 million"))
I(F, 26, "central bank, Greek register; 'the second-biggest ... after X:' then 'A against B' (less-than)",
  "Britain was the second-biggest source of tourist spending in Greece after Germany last year: €3.87bn against "
  "€4.21bn, the Bank of Greece said. Spending by American visitors rose fastest of all the large markets.",
  [R("second-biggest-after", "British visitors spent less than German visitors",
     {"a": "€3.87bn", "b": "€4.21bn"}, "a < b")],
  ("€3.87bn", "€4.87bn"))
I(F, 27, "mines ministry, Zambian register; 'No. 1 export, earning A, with X a distant No. 2 at B'",
  "Copper remained Zambia's No. 1 export last year, earning $7.62 billion, with cobalt a distant No. 2 at $0.41 "
  "billion, the mines ministry said. Gold exports were small but growing.",
  [R("number-one-number-two", "copper earned more than cobalt",
     {"a": "$7.62 billion", "b": "$0.41 billion"}, "a > b")],
  ("$0.41", "$9.41"))
I(F, 28, "tax authority, Egyptian register; labelled list 'Top three by ...: X (A), Y (B), Z (C)' without rank numbers (two relations)",
  "The Egyptian Tax Authority published its figures by governorate for the fiscal year on Monday. Top three by "
  "revenue collected: Cairo (E£ 41.2bn), Giza (E£ 18.6bn), Alexandria (E£ 12.4bn). Large taxpayers were counted "
  "where their head offices are.",
  [R("top-three-first", "the first-listed governorate collected more than the second",
     {"a": "E£ 41.2bn", "b": "E£ 18.6bn"}, "a > b"),
   R("top-three-second", "the second-listed governorate collected more than the third",
     {"b": "E£ 18.6bn", "c": "E£ 12.4bn"}, "b > c")],
  ("E£ 12.4bn", "E£ 22.4bn"))
I(F, 29, "machine-translated tourism report, Peruvian register; calque 'is located in the second place with A, behind of X that registered B' (less-than)",
  "Arequipa is located in the second place with 412 thousand foreign tourists, behind of Cusco that registered 1.12 "
  "million foreign tourists, informed the Mincetur. The region hopes to attract more visitors with new flights.",
  [R("second-place-behind-of", "Arequipa received fewer foreign tourists than Cusco",
     {"a": "412 thousand", "b": "1.12 million"}, "a < b")],
  ("412 thousand", "1,412 thousand"))
I(F, 30, "airports newsroom, British register; comparative adjective 'far busier than X:' with 'A to B'",
  "Heathrow remained far busier than Gatwick last year: 79.2 million passengers to 40.9 million, figures from the "
  "two airports show. Both expect growth to continue this year, although Gatwick's second runway is still awaiting approval.",
  [R("busier-than", "Heathrow handled more passengers than Gatwick",
     {"a": "79.2 million", "b": "40.9 million"}, "a > b")],
  ("40.9 million", "80.9 million"))
I(F, 31, "export promotion council, Kenyan register; 'X and Y, in that order, were the top ..., with A and B'",
  "Tea and horticulture, in that order, were Kenya's top export earners last year, with KSh 180.6bn and KSh 158.9bn, "
  "the export promotion council said. Coffee came a distant fourth, behind tourism.",
  [R("in-that-order", "tea, named first, earned more than horticulture",
     {"a": "KSh 180.6bn", "b": "KSh 158.9bn"}, "a > b")],
  ("KSh 158.9bn", "KSh 188.9bn"))
I(F, 32, "meat exporters' newsroom, Argentine register; verb 'dwarf': 'X's A ... dwarf Y's B'",
  "Brazil's 2.41 million tonnes of beef exports last year dwarf Argentina's 0.83 million, even after Argentina lifted "
  "its export limits, the meat exporters' consortium said. China bought most of both countries' beef.",
  [R("dwarf", "Brazil exported more beef than Argentina",
     {"a": "2.41 million", "b": "0.83 million"}, "a > b")],
  ("0.83 million", "2.83 million"))

# ------------------------------------------------------------------ i 12 defined-identity
F = "defined-identity"
I(F, 25, "finance ministry, Sri Lankan register; debt-to-GDP ratio = debt / GDP, 'which put the ratio at P with GDP at G'",
  "Central government debt stood at Rs 28.69 trillion at the end of 2024, which put the debt-to-GDP ratio at 96.7 "
  "per cent with GDP at Rs 29.67 trillion, the finance ministry said in its annual report. The ratio is expected "
  "to fall under the IMF programme.",
  [R("debt-to-gdp", "the debt-to-GDP ratio is debt over GDP",
     {"d": "Rs 28.69 trillion", "r": "96.7 per cent", "g": "Rs 29.67 trillion"}, "d / g == r")],
  ("Rs 28.69", "Rs 25.69"))
I(F, 26, "statistics office, New Zealand register; population change = natural increase + net migration, after a colon",
  "New Zealand's population grew by 61,240 in the year to June: natural increase contributed 18,930 and net "
  "migration 42,310, Stats NZ said. Auckland gained the most people of any region.",
  [R("growth-natural-plus-migration", "population growth is natural increase plus net migration",
     {"g": "61,240", "n": "18,930", "m": "42,310"}, "n + m == g")],
  ("42,310", "52,310"))
I(F, 27, "state electricity regulator, Indian register; collection efficiency = collected / billed, 'collected C of it, for a collection efficiency of P'",
  "The power distribution company billed consumers ₹18,420 crore in 2023-24 and collected ₹16,947 crore of it, for "
  "a collection efficiency of 92.0 per cent, the state electricity regulatory commission noted in its tariff order. "
  "Government departments owed the most.",
  [R("collection-efficiency", "collection efficiency is the amount collected over the amount billed",
     {"b": "₹18,420 crore", "c": "₹16,947 crore", "r": "92.0 per cent"}, "c / b == r")],
  ("92.0 per cent", "82.0 per cent"))
I(F, 28, "central bank, Ghanaian register; capital adequacy ratio written as a formula 'CAR = C ÷ W = P'",
  "Capital adequacy of the banking industry at end-December, as the Bank of Ghana defines it (regulatory capital "
  "over risk-weighted assets): CAR = GH₵ 14.8bn ÷ GH₵ 71.6bn = 20.7%. The minimum requirement is 13%.",
  [R("car-formula", "the capital adequacy ratio is regulatory capital over risk-weighted assets",
     {"c": "GH₵ 14.8bn", "w": "GH₵ 71.6bn", "r": "20.7%"}, "c / w == r")],
  ("GH₵ 14.8bn", "GH₵ 16.8bn"))
I(F, 30, "machine-translated statistics release, Kazakh register; gross value added = output - intermediate consumption, 'made up ..., X - N, Y - M' with dashes",
  "Gross output of products of agriculture, forestry and fishery made up 2,412.6 billion tenge, intermediate "
  "consumption - 1,108.4 billion tenge, gross value added - 1,304.2 billion tenge. Index of physical volume made up "
  "103.2% to previous year.",
  [R("gva-dashes", "gross value added is gross output minus intermediate consumption",
     {"o": "2,412.6 billion", "i": "1,108.4 billion", "v": "1,304.2 billion"}, "o - i == v")],
  ("1,304.2", "1,504.2"))
I(F, 29, "company results, Brazilian register; EBITDA = operating profit + depreciation and amortization, 'comprising ... plus ...'",
  "EBITDA reached R$ 4.82 billion in the quarter, comprising operating profit of R$ 3.17 billion plus depreciation and "
  "amortization of R$ 1.65 billion, the company said in its earnings release. Net debt fell slightly.",
  [R("ebitda-comprising", "EBITDA is operating profit plus depreciation and amortization",
     {"e": "R$ 4.82 billion", "o": "R$ 3.17 billion", "d": "R$ 1.65 billion"}, "o + d == e")],
  ("R$ 1.65", "R$ 1.95"))
I(F, 31, "bank results, Nigerian register; dividend payout ratio = dividends / net profit, 'will pay out D as dividends, a payout ratio of P'",
  "Of its net profit of ₦518.4 billion for the year, the bank will pay out ₦129.6 billion as dividends, a payout "
  "ratio of 25.0%, its chief executive told shareholders in Lagos. The rest will be retained to build capital.",
  [R("payout-ratio", "the payout ratio is dividends over net profit",
     {"n": "₦518.4 billion", "d": "₦129.6 billion", "r": "25.0%"}, "d / n == r")],
  ("₦129.6", "₦159.6"))
I(F, 32, "statistical institute, Jamaican register; inactivity rate = outside the labour force / working-age population, after a dash",
  "Of Jamaica's working-age population of 2.18 million, 0.71 million were outside the labour force in January — an "
  "inactivity rate of 32.6%, the Statistical Institute of Jamaica said. Most were students or retirees.",
  [R("inactivity-rate", "the inactivity rate is those outside the labour force over the working-age population",
     {"w": "2.18 million", "i": "0.71 million", "r": "32.6%"}, "i / w == r")],
  ("0.71 million", "0.91 million"))

# ------------------------------------------------------------------ i 13 nested-aggregate
F = "nested-aggregate"
I(F, 25, "statistics bureau, Ugandan register; three levels from inner to outer in a chain 'C, within a region of M, within a national W' (two relations)",
  "Kampala: 1.87 million people, within a Central region of 11.24 million, within a national population of 45.91 "
  "million, according to the Uganda Bureau of Statistics' mid-year projections. Growth is fastest in the districts "
  "around the capital.",
  [R("kampala-within-central", "Kampala's population is part of the Central region's",
     {"c": "1.87 million", "m": "11.24 million"}, "c <= m"),
   R("central-within-uganda", "the Central region's population is part of the national population",
     {"m": "11.24 million", "w": "45.91 million"}, "m <= w")],
  ("11.24 million", "1.24 million"))
I(F, 26, "statistics office, Indonesian register; 'accounted for the lion's share of W's ...: A of W' after a colon",
  "Java accounted for the lion's share of Indonesia's rice harvest last year: 29.4 million of 53.1 million tonnes of "
  "milled rice, Statistics Indonesia said. Sumatra was a distant second among the islands.",
  [R("lions-share", "Java's harvest is part of the national harvest",
     {"p": "29.4 million", "w": "53.1 million"}, "p <= w")],
  ("53.1 million", "23.1 million"))
I(F, 27, "European Commission data; three levels in three sentences, the inner one in a dash apposition (two relations)",
  "The EU made 158.4 million hectolitres of wine in 2023, according to the European Commission. Italy produced 49.8 "
  "million hectolitres, more than any other member state. Veneto — Italy's leading wine region — made 11.2 million.",
  [R("italy-in-eu", "Italy's wine is part of the EU's",
     {"m": "49.8 million", "w": "158.4 million"}, "m <= w"),
   R("veneto-in-italy", "Veneto's wine is part of Italy's",
     {"p": "11.2 million", "m": "49.8 million"}, "p <= m")],
  ("49.8 million", "9.8 million"))
I(F, 28, "controller of budget, Kenyan register; inner figure in the headline, the outer one in the body",
  "Nairobi tops county revenue with KSh 12.4bn\nNairobi's own-source revenue for the fiscal year was the largest of "
  "any county and a big part of the counties' combined KSh 58.6bn, the Controller of Budget said. Most counties "
  "missed their revenue targets.",
  [R("headline-inner-body-outer", "Nairobi's revenue is part of the counties' combined revenue",
     {"p": "KSh 12.4bn", "w": "KSh 58.6bn"}, "p <= w")],
  ("KSh 58.6bn", "KSh 8.6bn"))
I(F, 29, "machine-translated ministry report, Vietnamese register; calques 'accounting in the whole country W; in there X attracted C' (two relations)",
  "The Red River Delta region attracted 14.2 billion USD of FDI in the year, accounting in the whole country 36.6 "
  "billion USD; in there Hanoi attracted 2.9 billion USD, the Ministry of Planning and Investment informed. "
  "Processing and manufacturing industry continued leading.",
  [R("region-in-country", "the region's FDI is part of the whole country's",
     {"m": "14.2 billion", "w": "36.6 billion"}, "m <= w"),
   R("hanoi-in-region", "Hanoi's FDI is part of the region's",
     {"c": "2.9 billion", "m": "14.2 billion"}, "c <= m")],
  ("14.2 billion", "1.2 billion"))
I(F, 30, "statistics agency, Canadian register; anaphor 'That national count encompasses X's P'",
  "Canada had 2.91 million self-employed workers in 2024, Statistics Canada said. That national count encompasses "
  "Ontario's 1.04 million, the most of any province, and Quebec's slightly smaller number. Self-employment has been "
  "falling since the pandemic.",
  [R("encompasses", "Ontario's self-employed are part of the national count",
     {"w": "2.91 million", "p": "1.04 million"}, "p <= w")],
  ("1.04 million", "3.04 million"))
I(F, 31, "statistics bureau, Tanzanian register; passive idiom 'are folded into the ... total of W'",
  "Dar es Salaam's 5.38 million residents are folded into the mainland total of 59.85 million in the latest census "
  "tables, the National Bureau of Statistics said; Zanzibar is reported separately. The city grew faster than any "
  "other region.",
  [R("folded-into", "Dar es Salaam's residents are part of the mainland total",
     {"p": "5.38 million", "w": "59.85 million"}, "p <= w")],
  ("59.85 million", "4.85 million"))
I(F, 32, "statistics institute, Spanish register; 'X's share of Y's W ... was P' (share as a count, no percentage)",
  "Catalonia's share of Spain's 85.1 million international tourists last year was 18.0 million, the statistics "
  "institute INE said. The Balearic Islands came second and the Canary Islands third, as in the previous year.",
  [R("share-as-count", "Catalonia's tourists are part of Spain's",
     {"w": "85.1 million", "p": "18.0 million"}, "p <= w")],
  ("18.0 million", "88.0 million"))

# ------------------------------------------------------------------ i 14 percent-of-plan-and-promise
F = "percent-of-plan-and-promise"
I(F, 25, "rural electrification authority; 'overshot its target of T ... by reaching A' (above target)",
  "The rural electrification programme overshot its target of 50,000 new household connections this year by "
  "reaching 56,318, the Rural Electrification Authority said. Most new connections use prepaid meters and "
  "are in the northern districts.",
  [R("overshot-target", "the connections made are above the target",
     {"t": "50,000", "a": "56,318"}, "a > t")],
  ("56,318", "41,318"))
I(F, 26, "labour ministry; 'missed its target of T by a wide margin, creating A' (below target)",
  "The government missed its target of 1.2 million new formal jobs by a wide margin, creating 0.86 million in the "
  "year to June, the labour ministry said. Most of the new jobs were in construction and retail.",
  [R("missed-by-wide-margin", "the jobs created are below the target",
     {"t": "1.2 million", "a": "0.86 million"}, "a < t")],
  ("0.86 million", "1.36 million"))
I(F, 27, "state excise department, Indian register; 'or P of the ₹T-crore target' with a hyphenated target",
  "The state excise department realised ₹1,842 crore in the first half of the year, or 87.7 per cent of the "
  "₹2,100-crore target for the period, the finance department said. Liquor sales picked up after the monsoon.",
  [R("hyphenated-target", "the revenue realised as a percentage of the target",
     {"a": "₹1,842 crore", "p": "87.7 per cent", "t": "₹2,100-crore"}, "a / t == p")],
  ("87.7 per cent", "97.7 per cent"))
I(F, 28, "finance ministry; 'came in at A, breaching the T ceiling' (above the ceiling)",
  "The budget deficit came in at 3.4% of GDP last year, breaching the 3.0% ceiling set in the fiscal rules, the "
  "finance ministry said on Tuesday. The fiscal council said the breach was avoidable.",
  [R("breaching-ceiling", "the deficit is above the ceiling",
     {"a": "3.4%", "t": "3.0%"}, "a > t")],
  ("3.4%", "2.4%"))
I(F, 30, "machine-translated finance ministry report, Indonesian register; calque 'reached A or P percent from the target ... amounting T'",
  "Realization of state revenue until end of December 2024 reached Rp 2,774.3 trillion or 105.2 percent from the "
  "target in the APBN amounting Rp 2,637.2 trillion, said the Minister of Finance. Tax revenue grew supported by "
  "the economic recovery.",
  [R("realization-from-target", "the revenue realised as a percentage of the budget target",
     {"a": "Rp 2,774.3 trillion", "p": "105.2 percent", "t": "Rp 2,637.2 trillion"}, "a / t == p")],
  ("105.2 percent", "125.2 percent"))
I(F, 29, "parliamentary committee; fronted 'Of the T ... promised ..., only A had arrived ... — P of the pledge'",
  "Of the 500 ambulances the health ministry promised to deliver by 2024, only 312 had arrived by December — 62.4 "
  "per cent of the pledge, the parliamentary health committee found. The ministry blamed the supplier.",
  [R("only-of-the-pledge", "ambulances delivered as a percentage of those promised",
     {"t": "500", "a": "312", "p": "62.4 per cent"}, "a / t == p")],
  ("312", "412"))
I(F, 31, "energy ministry; 'With A installed so far, the country is P of the way to its T goal'",
  "With 7.42 GW of solar and wind capacity installed so far, the country is 59.4% of the way to its 12.5 GW goal "
  "for 2030, the energy ministry said. Auctions for a further 1.5 GW are planned this year.",
  [R("of-the-way-to-goal", "capacity installed as a percentage of the goal",
     {"a": "7.42 GW", "p": "59.4%", "t": "12.5 GW"}, "a / t == p")],
  ("59.4%", "69.4%"))
I(F, 32, "food ministry; 'came in D above the target of T, at A' (excess over target in units)",
  "Rice procurement came in 186,000 tonnes above the target of 2.40 million tonnes, at 2.586 million tonnes, the food "
  "ministry said. Farmers were paid within a week of delivery, it added.",
  [R("above-target-by", "the amount procured minus the target gives the stated excess",
     {"d": "186,000", "t": "2.40 million", "a": "2.586 million"}, "a - t == d")],
  ("186,000", "286,000"))

# ------------------------------------------------------------------ i decoys
D(73, "a share of one whole next to a count of another whole (share)",
  "Some 41.2% of the region's 2,318 health posts have no electricity, the health ministry said on Tuesday. Among "
  "schools, the count without power is 1,206, according to a separate education ministry survey. Both ministries "
  "plan to install solar panels.")
D(74, "a part from a later year larger than the whole of an earlier year (part not above whole)",
  "Kenya registered 38,410 new motor vehicles in 2022, the National Transport and Safety Authority said. In 2024, "
  "new motorcycles alone numbered 41,206, and electric vehicles of all kinds 1,812, the authority's latest bulletin "
  "shows.")
D(75, "'the largest' by arrivals next to spending figures in which that market is smaller (order)",
  "Germany remained the largest source market by arrivals last year, with 4.6 million visitors. Spending by British "
  "visitors reached €4.21bn, against €3.87bn by Germans, the central bank said in its travel balance report.")
D(76, "a percentage of the previous year's goal next to this year's target (percent of plan)",
  "The electricity board's target for 2025 is 12,000 public charge points. At the end of 2024, 8,412 were in "
  "operation — 96.2 per cent of that year's goal, the board said. Most are in the two largest cities.")
D(77, "a volume growth rate next to export earnings in two years (growth)",
  "Tea export volumes rose 6.2% last year, the tea board said. Earnings were KSh 180.6 billion, against KSh 138.1 "
  "billion the year before, as the shilling weakened against the dollar.")
D(78, "rates of two groups that differ in sex and area next to a national rate from another source, outside their range (overall between groups)",
  "Literacy among urban women was 81.4% and among rural men 64.2%, the household survey found. For the country as a "
  "whole, the adult literacy rate was 88.6%, according to a separate census estimate.")
D(79, "machine-translated, Vietnamese register; nine-month arrivals and their international part next to last year's whole-year domestic count (sum of parts)",
  "Total tourists to the province in 9 months reached 8.42 million arrivals, in which international visitors 1.26 "
  "million arrivals. Last year, domestic tourists of the whole year was 9.14 million arrivals. The province strives "
  "to welcome more cruise ships.")
D(80, "two group rates next to a points change of the overall rate (difference-points)",
  "Youth unemployment was 17.4% in the second quarter and unemployment among women 9.1%, the statistics office "
  "said. The overall rate fell 0.6 points to 6.3%, its lowest since the series began.")
D(81, "secondary-school teachers next to primary pupils and a national primary ratio (ratio)",
  "Secondary schools in the county employ 4,126 teachers, the county director of education said. Primary schools "
  "enrol 318,400 pupils, and the national pupil-teacher ratio in primary schools is 1 : 42.")
D(82, "a headline overall inflation rate outside the range of two item rates in the body (overall between groups)",
  "Inflation eases to 4.8% in March\nFood prices rose 6.3% and transport costs 5.9% over the year, the statistics "
  "office said. Rents were unchanged from February, and the central bank meets next week to decide on rates.")
D(83, "counts of schools of two kinds next to a count of teachers (sum of parts)",
  "The region has 2,412 primary schools and 906 secondary schools, the regional education office said in its "
  "annual report. Its secondary schools employ 3,512 teachers, many of them on short contracts.")
D(84, "a rounded count of visitors next to an exact count of bed-nights (restatement)",
  "Kenya received about 2.1 million international visitors last year, the tourism ministry said. Hotels recorded "
  "2,394,610 bed-nights occupied by foreign guests, a figure the ministry published separately in its annual "
  "statistical digest.")
D(85, "shares of two different wholes given with 'respectively', adding to more than 100% (shares of one whole)",
  "Women make up 52.4% and 61.8% of the staff of the health and education ministries respectively, the public "
  "service commission said in its annual report. Both figures were higher than a decade ago.")
D(86, "'This compares with' joining imports and exports, different series (growth)",
  "Imports rose 12.4% to $6.8bn in the quarter, the central bank said. This compares with exports of $5.1bn, which "
  "were broadly flat on the year as tobacco prices fell at the auction floors.")
D(87, "'the former ... the latter' for shares of two different surveys, adding to more than 100% (shares of one whole)",
  "Two surveys were published on Monday, one of farmers and one of market traders. The former found that 63.1% used "
  "mobile money; the latter, 58.7%. Both were paid for by a donor-funded financial inclusion programme.")
D(88, "parliamentary answer; officers recruited over two years next to the force's headcount in two years (difference)",
  "In a written answer, the minister said 2,314 police officers had been recruited since April 2022. The force had "
  "27,118 officers in March 2022 and 28,944 in March 2024, she added, as retirements continued.")

# ================================================================== batch j: phrasings 33-40, decoys 89-104
# Written blind (without reading auditor/, fixtures/, tests/, rules/ or docs/ and without running the auditor);
# phrasings 33, 35, 37, 39 and decoys 89-96 go to j-tune/, 34, 36, 38, 40 and decoys 97-104 to j-holdout/.
# Each uses grammar that phrasings 1-32 of its family do not use. Texts: 2-6 sentences, 30-150 words.

# ------------------------------------------------------------------ j 1 sum-of-parts
F = "sum-of-parts"
I(F, 33, "electoral commission, Malawian register; the seat count written as a sum 'T = A (...) + B (...) + C (...)'",
  "Seats in the new National Assembly, as gazetted by the Malawi Electoral Commission: 229 = 102 (ruling party) + "
  "81 (main opposition) + 46 (smaller parties and independents). Two seats are vacant after the death of candidates "
  "during the campaign and will be filled in by-elections.",
  [R("seats-written-as-a-sum", "the three groups' seats add up to the Assembly's seats, written as a sum",
     {"t": "229", "a": "102", "b": "81", "c": "46"}, "a + b + c == t")],
  ("81", "121"))
I(F, 34, "bank of Ghana, newsroom register; possessive parts as the subject of 'add up to'",
  "Cocoa's $3.62bn and gold's $11.64bn add up to $15.26bn of export earnings for the year, the Bank of Ghana said in "
  "its summary of economic and financial data. Oil exports, reported separately, were hurt by lower output at the "
  "Jubilee field.",
  [R("earnings-add-up-to", "cocoa and gold earnings add up to the stated export earnings",
     {"a": "$3.62bn", "b": "$11.64bn", "t": "$15.26bn"}, "a + b == t")],
  ("$3.62bn", "$4.62bn"))
I(F, 35, "machine-translated treasury note, Senegalese register; French 'dont' calqued as 'whose' before the parts",
  "The total of the receipts mobilized by the Treasury at end of June amounts to 1,412.5 billion FCFA, whose 868.3 "
  "billion FCFA of fiscal receipts and 544.2 billion FCFA of non-fiscal receipts. This level is in improvement in "
  "relation to the same period of the previous year.",
  [R("receipts-whose", "fiscal and non-fiscal receipts make up the total introduced by the calque 'whose'",
     {"t": "1,412.5 billion", "a": "868.3 billion", "b": "544.2 billion"}, "a + b == t")],
  ("544.2", "644.2"))
I(F, 36, "state newsroom, Australian register; a rhetorical question with the total, the parts as the answer without verbs",
  "Where did the A$4.8 billion surplus go? A$2.1 billion to hospital upgrades, A$1.9 billion to new schools and A$0.8 "
  "billion to regional roads, according to the Treasurer's budget papers. The Opposition said none of it would reach "
  "households facing higher power bills this winter.",
  [R("surplus-where-did-it-go", "the three uses answer the question of where the surplus went",
     {"t": "A$4.8 billion", "a": "A$2.1 billion", "b": "A$1.9 billion", "c": "A$0.8 billion"}, "a + b + c == t")],
  ("A$1.9", "A$2.9"))
I(F, 37, "road safety authority, Ghanaian register; the total as the subject of 'break down as'",
  "The 3,186 road deaths recorded in 2024 break down as 1,402 pedestrians, 978 motorcyclists and pillion riders, 511 "
  "car occupants and 295 other road users, the National Road Safety Authority said. It wants helmet checks at every "
  "district police station.",
  [R("deaths-break-down-as", "the four groups of road users make up the road deaths",
     {"t": "3,186", "a": "1,402", "b": "978", "c": "511", "d": "295"}, "a + b + c + d == t")],
  ("511", "811"))
I(F, 38, "parliamentary written answer, Indian register; 'Question: ... Answer: T — A ... and B ...' with the parts after a dash",
  "Question: How many teachers were recruited in government schools in 2023-24? Answer by the Minister of State: "
  "18,642 — 11,305 for primary schools and 7,337 for secondary schools. The Minister added that recruitment for the "
  "current year is under way in all districts.",
  [R("teachers-question-answer", "primary and secondary recruits make up the answer's total",
     {"t": "18,642", "a": "11,305", "b": "7,337"}, "a + b == t")],
  ("7,337", "9,337"))
I(F, 39, "revenue service, Nigerian register; four quarters listed, the year in 'for a full-year T'",
  "Company income tax receipts came in at ₦412.6bn in the first quarter, ₦398.1bn in the second, ₦455.7bn in the "
  "third and ₦501.2bn in the fourth, for a full-year ₦1.77trn, the Federal Inland Revenue Service said. Oil firms "
  "paid a larger part than a year earlier.",
  [R("quarters-full-year", "the four quarters' receipts make up the full-year figure",
     {"a": "₦412.6bn", "b": "₦398.1bn", "c": "₦455.7bn", "d": "₦501.2bn", "t": "₦1.77trn"}, "a + b + c + d == t")],
  ("₦455.7bn", "₦555.7bn"))
I(F, 40, "cabinet decision, Indian register; hyphenated crore total 'is to be shared between' two payers, each in a relative clause",
  "The ₹4,850-crore flood-protection scheme for the Brahmaputra valley is to be shared between the Centre, which will "
  "bear ₹2,910 crore, and the state, which will bear ₹1,940 crore, the Cabinet decided on Wednesday. Work on the "
  "first embankments is to begin after the monsoon.",
  [R("scheme-shared-between", "the Centre's and the state's contributions make up the scheme's cost (both in crore)",
     {"t": "₹4,850-crore", "a": "₹2,910 crore", "b": "₹1,940 crore"}, "a + b == t")],
  ("₹1,940", "₹2,440"))

# ------------------------------------------------------------------ j 2 share
F = "share"
I(F, 33, "exam council, Zambian register; a results line in slash notation 'A/W (P)' after a label and a colon",
  "Grade 12 examination results for Luapula Province were released by the Examinations Council of Zambia on Friday. "
  "Passed with a full certificate: 1,284/1,806 (71.1%). Results for private candidates, who sat the papers in "
  "November, will follow next month.",
  [R("passed-slash", "candidates passing as a share of candidates, written 'A/W (P)'",
     {"a": "1,284", "w": "1,806", "p": "71.1%"}, "a / w == p")],
  ("1,284", "1,084"))
I(F, 34, "remittance report, Kenyan register; a question with the whole, answered 'In absolute terms, A; in percentage terms, P'",
  "How much of the $4.93bn that Kenyans abroad sent home last year came from the United States? In absolute terms, "
  "$2.31bn; in percentage terms, 46.9 per cent, according to the Central Bank of Kenya's remittance survey. The "
  "United Kingdom and Saudi Arabia came next.",
  [R("remittances-absolute-percentage", "remittances from the United States as a share of all remittances",
     {"w": "$4.93bn", "a": "$2.31bn", "p": "46.9 per cent"}, "a / w == p")],
  ("$2.31bn", "$2.71bn"))
I(F, 35, "machine-translated labour ministry release, Saudi register; Arabic calque 'with a percentage amounting to P from the total of W'",
  "The number of Saudi workers in the private sector reached 2.34 million workers by the end of the third quarter, "
  "with a percentage amounting to 22.6% from the total of workers in the sector which amounts to 10.35 million "
  "workers. The ministry affirmed continuing the localization programs.",
  [R("saudis-percentage-amounting", "Saudi workers as a share of all private-sector workers",
     {"a": "2.34 million", "p": "22.6%", "w": "10.35 million"}, "a / w == p")],
  ("22.6%", "27.6%"))
I(F, 36, "statistics office, Polish register; inverted clause with the share fronted 'Accounting for P of the W ... were the A ...'",
  "Accounting for 17.3% of the 41,860 new companies registered in the Mazowieckie region last year were the 7,242 "
  "set up by foreign nationals, most of them Ukrainian, the statistics office in Warsaw said. Many are one-person "
  "firms in construction and transport.",
  [R("foreign-founders-inverted", "companies set up by foreign nationals as a share of new companies",
     {"p": "17.3%", "w": "41,860", "a": "7,242"}, "a / w == p")],
  ("7,242", "8,242"))
I(F, 37, "statistics office, Czech register; count and whole in one sentence, the share in the next after 'Put another way,'",
  "Of the country's 2.87 million old-age pensioners, 1.09 million live alone, the Czech Statistical Office said in "
  "a release for the International Day of Older Persons. Put another way, that is 38.0 per cent of them, most of "
  "them widowed women.",
  [R("pensioners-put-another-way", "pensioners living alone as a share of all old-age pensioners",
     {"w": "2.87 million", "a": "1.09 million", "p": "38.0 per cent"}, "a / w == p")],
  ("1.09 million", "1.29 million"))
I(F, 38, "judiciary annual report, Rwandan register; a question holding the whole, the count as its answer and 'which works out at P'",
  "How many of the 2,418 judges, registrars and court clerks in Rwanda's courts are women? The answer, from the "
  "judiciary's annual report for 2023/24: 1,031, which works out at 42.6%. The report says the Supreme Court "
  "bench is now evenly split.",
  [R("women-question-answer", "women as a share of judges, registrars and clerks",
     {"w": "2,418", "a": "1,031", "p": "42.6%"}, "a / w == p")],
  ("42.6%", "48.6%"))
I(F, 39, "water ministry, Malaysian register; 'the latter figure is P of the former' for the part and the whole",
  "The survey covered 13,900 rural households in Sabah and found 5,830 without a piped water connection; the latter "
  "figure is 41.9% of the former, the ministry said. Tankers now supply about a fifth of the households without "
  "piped water.",
  [R("households-latter-of-former", "households without piped water as a share of households surveyed",
     {"w": "13,900", "a": "5,830", "p": "41.9%"}, "a / w == p")],
  ("5,830", "6,830"))
I(F, 40, "electoral service, Chilean register; the share as a level that 'climbed to P', the counts after 'with A ... among the W'",
  "The share of women among newly elected mayors climbed to 17.4% in October's municipal elections, with 60 women "
  "among the 345 mayors elected, the electoral service said. Four years earlier, fewer than one in seven mayors "
  "were women.",
  [R("women-mayors-climbed-to", "women mayors as a share of all mayors elected",
     {"p": "17.4%", "a": "60 women", "w": "345 mayors"}, "a / w == p")],
  ("60 women", "80 women"))

# ------------------------------------------------------------------ j 3 growth
F = "growth"
I(F, 33, "tourism authority, Sri Lankan register; new level and growth first, the old level in 'a year earlier, when they stood at A'",
  "Sri Lanka's tourism earnings reached $3.17bn in 2024, 53.1% higher than a year earlier, when they stood at "
  "$2.07bn, the Sri Lanka Tourism Development Authority said. India remained the largest source market, followed "
  "by Russia and the United Kingdom.",
  [R("earnings-when-they-stood-at", "2024 earnings are the stated percentage above the 2023 level",
     {"b": "$3.17bn", "g": "53.1%", "a": "$2.07bn"}, "b / a - 1 == g")],
  ("$2.07bn", "$2.47bn"))
I(F, 34, "markets newsroom, Kenyan register; fall as 'lost P of their value ..., sliding from A to B'",
  "Shares in the national carrier lost 37.5% of their value over the year, sliding from KSh 4.80 to KSh 3.00 on the "
  "Nairobi bourse, after the airline reported another loss. Trading in the stock was suspended twice while the "
  "restructuring plan was debated.",
  [R("shares-lost-value", "the share price's fall from the opening to the closing level",
     {"g": "37.5%", "a": "KSh 4.80", "b": "KSh 3.00"}, "1 - b / a == g")],
  ("KSh 3.00", "KSh 2.40"))
I(F, 35, "machine-translated statistics release, Saudi register; Arabic calque 'with an increase estimated by P compared to A'",
  "The non-oil exports recorded 31.6 billion riyals during the second quarter, with an increase estimated by 8.9% "
  "compared to 29.0 billion riyals in the same quarter of the previous year. The chemical products came in the "
  "first rank of the non-oil exports.",
  [R("exports-estimated-by", "the quarter's non-oil exports are the stated percentage above the year-earlier quarter",
     {"b": "31.6 billion", "g": "8.9%", "a": "29.0 billion"}, "b / a - 1 == g")],
  ("29.0 billion", "26.0 billion"))
I(F, 36, "mining ministry, Chilean register; the old level as the subject, present perfect 'has since grown by P, to B'",
  "The 128,400 tonnes of lithium carbonate equivalent that Chile produced in 2019 has since grown by 68.3%, to "
  "216,100 tonnes last year, the mining ministry said. The Atacama salt flat supplies almost all of it, and water "
  "use there remains disputed.",
  [R("lithium-has-since-grown", "last year's output is the stated percentage above the 2019 level",
     {"a": "128,400", "g": "68.3%", "b": "216,100"}, "b / a - 1 == g")],
  ("216,100", "176,100"))
I(F, 37, "rugby union, Fijian register; old level in one sentence, 'It now has B, P more' with the pronoun",
  "The Fiji Rugby Union had 14,210 registered players in 2020. It now has 19,806, 39.4% more, after a schools "
  "programme that reached every province, its chief executive said on Monday. Women's teams account for much of "
  "the increase.",
  [R("players-it-now-has", "the current count is the stated percentage above the 2020 count",
     {"a": "14,210", "b": "19,806", "g": "39.4%"}, "b / a - 1 == g")],
  ("19,806", "17,806"))
I(F, 38, "automotive industry association, Czech register; growth and new level first ('P higher year on year at B'), then 'The comparable figure for ... was A'",
  "Passenger car output in the Czech Republic was 11.6% higher year on year at 1.39 million vehicles in 2023, the "
  "Automotive Industry Association said. The comparable figure for 2022 was 1.245 million, when chip shortages "
  "still held back the assembly lines.",
  [R("output-comparable-figure", "2023 output is the stated percentage above the comparable 2022 figure",
     {"g": "11.6%", "b": "1.39 million", "a": "1.245 million"}, "b / a - 1 == g")],
  ("1.245 million", "1.045 million"))
I(F, 39, "statistics office, Mongolian register; a fraction in words with the exact rate between dashes, levels in 'between YEAR, when A, and YEAR, when B'",
  "Mongolia's livestock herd grew by nearly a quarter — 24.1 per cent — between 2015, when the census counted 56.0 "
  "million head, and 2019, when it counted 69.5 million, the National Statistics Office said. Herders lost many "
  "animals in the harsh winters that followed.",
  [R("herd-between-when", "the 2019 herd is the stated percentage above the 2015 herd",
     {"g": "24.1 per cent", "a": "56.0 million", "b": "69.5 million"}, "b / a - 1 == g")],
  ("69.5 million", "79.5 million"))
I(F, 40, "higher education ministry, Malaysian register; fronted 'From A a decade ago,' then 'has risen P to B'",
  "From 86,900 a decade ago, the number of international students enrolled in Malaysian universities has risen 48.4% "
  "to 128,960, the higher education ministry said. Students from China and Bangladesh make up the largest groups.",
  [R("students-from-a-decade-ago", "the current enrolment is the stated percentage above the level of a decade ago",
     {"a": "86,900", "g": "48.4%", "b": "128,960"}, "b / a - 1 == g")],
  ("128,960", "108,960"))

# ------------------------------------------------------------------ j 4 difference-units
F = "difference-units"
I(F, 33, "health ministry, Chilean register; an arrow line 'A → B (+D)' after a label",
  "Public hospital beds in Chile, end of year, as reported by the health ministry. 2022 → 2024: 12,406 → 13,018 "
  "(+612). Most of the new beds are in the two hospitals opened in the Biobío region, the ministry said.",
  [R("beds-arrow", "the signed change equals the later count minus the earlier one",
     {"a": "12,406", "b": "13,018", "d": "+612"}, "b - a == d")],
  ("+612", "+812"))
I(F, 34, "transport newsroom, Ugandan register; imperative 'Subtract A from B and the increase ... is D'",
  "Subtract the 2022 count of 38,214 from this year's 41,006 and the increase in licensed boda-boda riders in "
  "Kampala is 2,792, according to the capital city authority's register. Many more ride without a licence, traffic "
  "police say.",
  [R("riders-subtract", "the increase is this year's count minus the 2022 count",
     {"a": "38,214", "b": "41,006", "d": "2,792"}, "b - a == d")],
  ("2,792", "3,792"))
I(F, 35, "machine-translated airport bulletin, Ivorian register; French calque 'is in increase of D in relation to YEAR (A), to stand at B'",
  "The traffic of passengers of the airport of Abidjan is in increase of 61,270 in relation to 2023 (1,184,530), "
  "to stand at 1,245,800 passengers. This performance is explained by the opening of new lines towards the "
  "sub-region.",
  [R("passengers-in-increase-of", "the increase equals this year's count minus the 2023 count",
     {"d": "61,270", "a": "1,184,530", "b": "1,245,800"}, "b - a == d")],
  ("61,270", "81,270"))
I(F, 36, "savings cooperative, Kenyan register; 'added D ... to end the year with B; it had begun it with A'",
  "The Stima savings cooperative added 3,418 members in 2024 to end the year with 52,906; it had begun it with "
  "49,488, the chief executive told the annual delegates' meeting. Loans to members rose faster than deposits.",
  [R("members-end-the-year-with", "members at the end of the year minus those at the start equal the members added",
     {"d": "3,418", "b": "52,906", "a": "49,488"}, "b - a == d")],
  ("3,418", "4,418"))
I(F, 37, "textile company, Zimbabwean register; 'shed D jobs ..., leaving it with B ... in December against A in January'",
  "The Mutare textile mill shed 418 jobs over the year, leaving it with 1,906 workers in December against 2,324 in "
  "January, the company told the labour ministry. Power cuts and cheaper imported cloth were blamed.",
  [R("jobs-shed-leaving", "the jobs shed equal January's workforce minus December's",
     {"d": "418", "b": "1,906", "a": "2,324"}, "a - b == d")],
  ("418", "618"))
I(F, 38, "skills agency, Scottish register; fronted 'At B,' and 'was D short of last year's A'",
  "At 7,412, the number of apprenticeship starts in the first half was 1,186 short of last year's 8,598, Skills "
  "Development Scotland said. The agency blamed fewer starts in construction and hospitality.",
  [R("starts-short-of", "the shortfall equals last year's starts minus this year's",
     {"b": "7,412", "d": "1,186", "a": "8,598"}, "a - b == d")],
  ("1,186", "1,486"))
I(F, 39, "mining ministry, Peruvian register; two levels in one sentence, the difference in a following sentence opened by 'In other words,'",
  "The mining ministry counted 1,042 active mining concessions in the Arequipa region this year and 978 last year. "
  "In other words, 64 more were being worked, most of them small gold operations near the coast.",
  [R("concessions-in-other-words", "the difference equals this year's count minus last year's",
     {"b": "1,042", "a": "978", "d": "64 more"}, "b - a == d")],
  ("64 more", "94 more"))
I(F, 40, "roads authority, Namibian register; fronted 'At B,' then 'D higher than it was in YEAR (A)' with the earlier level in brackets",
  "At 26,430, Namibia's count of registered taxi permits is 2,115 higher than it was in 2020 (24,315), the Roads "
  "Authority said in its annual report. Windhoek holds more than half of the permits.",
  [R("permits-than-it-was", "the difference equals the current count minus the 2020 count",
     {"b": "26,430", "d": "2,115", "a": "24,315"}, "b - a == d")],
  ("2,115", "2,515"))

# ------------------------------------------------------------------ j 5 difference-points
F = "difference-points"
I(F, 33, "household survey, Pakistani register; an arrow line 'A → B (+Dpp)' after a label ('pp' not scaled)",
  "Households with internet access, Pakistan Social and Living Standards Measurement survey, 2019-20 → 2023-24: "
  "34.6% → 41.2% (+6.6pp). The statistics bureau said the rise was fastest in rural Sindh and Khyber Pakhtunkhwa, "
  "where mobile data became cheaper.",
  [R("internet-arrow-pp", "the signed change in points equals the later rate minus the earlier one ('pp' is not scaled)",
     {"a": "34.6%", "b": "41.2%", "d": "+6.6pp"}, "b - a == d / 100")],
  ("+6.6pp", "+8.6pp"))
I(F, 34, "polling newsroom, Portuguese register; fronted 'At B,' and 'D points off its A peak' ('points' not scaled)",
  "At 41.3%, the governing party's rating in the latest Aximage poll is 9.2 points off its 50.5% peak of March 2022, "
  "the newspaper reported. The far-right party gained most from the decline.",
  [R("rating-off-its-peak", "the distance from the peak equals the peak minus the current rating ('points' is not scaled)",
     {"b": "41.3%", "d": "9.2 points", "a": "50.5%"}, "a - b == d / 100")],
  ("9.2 points", "6.2 points"))
I(F, 35, "central bank, Ugandan register; fronted 'Since MONTH YEAR, when it stood at A,' and 'by a cumulative D basis points, to B'",
  "Since June 2023, when it stood at 13.25%, the central bank has lowered its policy rate by a cumulative 375 basis "
  "points, to 9.50%, the governor said after Wednesday's meeting. He expects inflation to stay close to the target "
  "over the coming year.",
  [R("rate-cumulative-bps", "the cumulative cut equals the old rate minus the new one ('basis points' are not scaled)",
     {"a": "13.25%", "d": "375 basis points", "b": "9.50%"}, "a - b == d / 10000")],
  ("375 basis points", "275 basis points"))
I(F, 36, "telecoms regulator, Ethiopian register; 'lost D percentage points of the market over the year:' then 'A a year ago, B now'",
  "The state operator lost 4.7 percentage points of the mobile market over the year: 38.9% a year ago, 34.2% now, "
  "according to the communications authority's quarterly report. The new entrant has built towers in every regional "
  "capital.",
  [R("market-lost-points", "the points lost equal the share a year ago minus the share now",
     {"d": "4.7 percentage points", "a": "38.9%", "b": "34.2%"}, "a - b == d")],
  ("34.2%", "36.2%"))
I(F, 37, "planning commission, Moroccan register; 'The D-point gain means ... is now B; in YEAR it was A' ('point' not scaled)",
  "The 2.4-point gain means the female labour force participation rate is now 21.8%; in 2019 it was 19.4%, the "
  "High Commission for Planning said. The rate for men is more than three times as high.",
  [R("participation-gain-means", "the gain in points equals the current rate minus the 2019 rate ('point' is not scaled)",
     {"d": "2.4-point", "b": "21.8%", "a": "19.4%"}, "b - a == d / 100")],
  ("2.4-point", "4.4-point"))
I(F, 38, "machine-translated statistics release, Jordanian register; Arabic calque 'registered B ... compared to A ..., with a difference of D points'",
  "The unemployment rate among Jordanians registered 21.4% during the first quarter of the year compared to 22.8% "
  "for the same quarter of 2023, with a difference of 1.4 points. The rate was highest among young people "
  "and university graduates.",
  [R("unemployment-difference-of", "the difference equals last year's rate minus this year's ('points' is not scaled)",
     {"b": "21.4%", "a": "22.8%", "d": "1.4 points"}, "a - b == d / 100")],
  ("21.4%", "23.4%"))
I(F, 39, "statistics department, Sri Lankan register; headline 'at B, D pts below year-ago A' ('pts' not scaled), body without the figures",
  "Jobless rate at 4.3%, 1.4 pts below year-ago 5.7%\nSri Lanka's unemployment rate fell in the third quarter as "
  "tourism and construction hired more workers, the Department of Census and Statistics said on Thursday. Youth "
  "unemployment remained high.",
  [R("jobless-headline-pts", "the fall in points equals the year-ago rate minus the current one ('pts' is not scaled)",
     {"b": "4.3%", "d": "1.4 pts", "a": "5.7%"}, "a - b == d / 100")],
  ("5.7%", "6.7%"))
I(F, 40, "cabinet office, Japanese register; the difference in a nominal subject 'The D-point slide in ..., from A ... to B ..., was'",
  "The 3.8-point slide in the household saving rate, from 11.2% in fiscal 2020 to 7.4% in fiscal 2023, was the "
  "steepest in three decades, the Cabinet Office said. Spending on travel and dining out recovered after the pandemic.",
  [R("saving-rate-slide", "the slide in points equals the 2020 rate minus the 2023 rate ('point' is not scaled)",
     {"d": "3.8-point", "a": "11.2%", "b": "7.4%"}, "a - b == d / 100")],
  ("3.8-point", "5.8-point"))

# ------------------------------------------------------------------ j 6 ratio
F = "ratio"
I(F, 33, "district health office, Ugandan register; the counts in one clause, 'so each ... serves about R people'",
  "Kasese district has 1.21 million residents and 112 clinical officers on the public payroll, so each clinical "
  "officer serves about 10,800 people, the district health officer told the council. The national guideline is "
  "far lower.",
  [R("residents-each-serves", "residents divided by clinical officers",
     {"p": "1.21 million", "n": "112 clinical", "r": "10,800"}, "p / n == r")],
  ("112 clinical", "142 clinical"))
I(F, 34, "agriculture ministry, Kenyan register; tonnes and people in, kilograms per head out (constant 1,000 kg a tonne)",
  "Kenyans ate 1.03 million tonnes of rice last year — about 19.7 kg a head for a population of 52.4 million, the "
  "agriculture ministry said. Local farms grew less than a fifth of it; the rest came from Pakistan and Tanzania.",
  [R("rice-kg-a-head", "consumption in kilograms divided by the population (1,000 kg a tonne)",
     {"c": "1.03 million", "r": "19.7 kg", "p": "52.4 million"}, "c * 1000 / p == r")],
  ("52.4 million", "62.4 million"))
I(F, 35, "export authority, Ethiopian register; value and volume, then 'an average of $R a tonne'",
  "Sesame exports earned $312.6 million for 214,300 tonnes in the fiscal year, an average of $1,459 a tonne, the "
  "Ethiopian Agricultural Authority said. China bought more than half of the crop.",
  [R("sesame-average-a-tonne", "export value divided by tonnes exported",
     {"v": "$312.6 million", "q": "214,300", "r": "$1,459"}, "v / q == r")],
  ("214,300", "254,300"))
I(F, 36, "machine-translated health statistics, Senegalese register; French 'soit' calqued as 'either R ... for 10,000 inhabitants'",
  "The country counts 1,842 doctors in activity for 16.4 million inhabitants, either 1.1 doctors for 10,000 "
  "inhabitants, according to the health map. The region of Dakar concentrates more than the half of them.",
  [R("doctors-either-per-10000", "doctors per 10,000 inhabitants (constant 10,000)",
     {"d": "1,842", "p": "16.4 million", "r": "1.1 doctors"}, "d / p * 10000 == r")],
  ("1,842", "2,442"))
I(F, 37, "school district, Philippine register; 'are split into N classes of about R pupils each'",
  "The 1,386 Grade 7 learners at Rizal National High School are split into 33 classes of about 42 pupils each, the "
  "schools division office said. It has asked for funds to build eight more classrooms.",
  [R("learners-split-into-classes", "learners divided by classes",
     {"l": "1,386", "c": "33 classes", "r": "42 pupils"}, "l / c == r")],
  ("1,386", "1,686"))
I(F, 38, "health newsroom, Ugandan register; the ratio in a headline 'R people per nurse in X', the counts in the body",
  "3,400 people per nurse in Karamoja\nThe sub-region's 1.26 million residents are served by 371 nurses in public "
  "health facilities, the health ministry's staffing audit shows. Many posts stay vacant because housing for staff "
  "is scarce.",
  [R("nurse-headline-ratio", "residents divided by nurses",
     {"r": "3,400", "p": "1.26 million", "n": "371 nurses"}, "p / n == r")],
  ("371 nurses", "471 nurses"))
I(F, 39, "welfare board, Sri Lankan register; fronted 'At A for B families,' then 'costs about R per family'",
  "At Rs 84.6 billion for 2.41 million families, the Aswesuma welfare scheme costs about Rs 35,100 per family a "
  "year, the Welfare Benefits Board said. Appeals from excluded families are still being reviewed.",
  [R("scheme-cost-per-family", "the scheme's cost divided by the families it pays",
     {"c": "Rs 84.6 billion", "f": "2.41 million", "r": "Rs 35,100"}, "c / f == r")],
  ("2.41 million", "2.81 million"))
I(F, 40, "education ministry, Ugandan register; 'For each teacher there are R pupils', the counts after a colon",
  "For each teacher there are 58 pupils in Karamoja's government primary schools: 412,580 pupils and 7,114 teachers, "
  "according to the education ministry's annual census. The national standard is 53, and the ministry says it will post more teachers there next term.",
  [R("pupils-for-each-teacher", "pupils divided by teachers",
     {"r": "58 pupils", "p": "412,580", "t": "7,114"}, "p / t == r")],
  ("7,114", "8,114"))

# ------------------------------------------------------------------ j 7 restatement
F = "restatement"
I(F, 33, "horticulture board, Kenyan register; exact earnings, then 'in excess of N for the first time' (lower bound)",
  "Cut-flower exports earned KSh 112.4 billion last year, the Horticultural Crops Directorate said. It was the first "
  "year in which the industry earned in excess of KSh 110 billion, helped by a weaker shilling and new flights to "
  "Australia.",
  [R("flowers-in-excess-of", "the exact earnings exceed the stated bound",
     {"a": "KSh 112.4 billion", "b": "KSh 110 billion"}, "a > b")],
  ("KSh 112.4", "KSh 92.4"))
I(F, 34, "immigration service, Croatian register; 'Not quite N ...' in the first sentence, the tally in the next (upper bound)",
  "Not quite 2.5 million foreign tourists came through the country's airports last year, the border police said. "
  "The police tally was 2,463,180, about a tenth more than a year earlier, with most of the growth at Split and Dubrovnik.",
  [R("tourists-not-quite", "the tally lies below the stated 'not quite' bound",
     {"b": "2.5 million", "a": "2,463,180"}, "a < b")],
  ("2,463,180", "2,963,180"))
I(F, 35, "machine-translated city statistics, Chinese register; 'hundred million yuan' calque (亿), then 'which converts to ... billion yuan'",
  "The total retail sales of consumer goods of the whole city reached 362.8 hundred million yuan, which converts to "
  "36.28 billion yuan, increased 5.6% over the last year. Among it, online retail sales grew fast.",
  [R("retail-hundred-million", "N hundred million yuan restated in billions (the scorer scales 'million', so times 100)",
     {"a": "362.8 hundred million", "b": "36.28 billion"}, "a * 100 == b")],
  ("36.28", "46.28"))
I(F, 36, "community land trust, Scottish register; area in acres, restated in brackets in hectares (constant 0.404686)",
  "The community buyout of the Langass estate, which covers 2,500 acres (1,012 hectares) of North Uist, was "
  "completed on Friday with a grant from the Scottish Land Fund. Residents plan affordable homes and a new harbour "
  "slipway.",
  [R("estate-acres-hectares", "the area in acres times 0.404686 equals the area in hectares",
     {"a": "2,500 acres", "h": "1,012 hectares"}, "a * 0.404686 == h")],
  ("1,012 hectares", "1,212 hectares"))
I(F, 37, "company results, Irish register; exact turnover, then 'That is N in round numbers'",
  "Turnover for the year to March was €1,486.2m, the dairy group said in its annual results. That is €1.5bn in round "
  "numbers, a figure the chief executive had promised investors three years ago.",
  [R("turnover-in-round-numbers", "the exact turnover restated in round numbers",
     {"a": "€1,486.2m", "b": "€1.5bn"}, "a == b")],
  ("€1,486.2m", "€1,286.2m"))
I(F, 38, "housing ministry, New Zealand register; 'No fewer than N' in the lead, the exact count later (lower bound, may equal)",
  "No fewer than 2,400 state homes were finished in the year to June, the housing minister said, meeting the "
  "figure promised in the budget. Kāinga Ora's own count was 2,418, most of them in Auckland and Christchurch.",
  [R("homes-no-fewer-than", "the exact count is at least the stated bound",
     {"b": "2,400", "a": "2,418"}, "a >= b")],
  ("2,418", "2,118"))
I(F, 39, "migration statistics, Spanish register; a yearly count restated per day (constant 365)",
  "Spain registered 438,000 new residents from abroad last year — 1,200 a day — the National Statistics Institute "
  "said. Colombians and Moroccans were the largest groups, and most of the newcomers settled in Madrid, Catalonia and Valencia.",
  [R("residents-a-day", "the yearly count divided by 365 equals the daily figure",
     {"y": "438,000", "d": "1,200 a day"}, "y / 365 == d")],
  ("1,200 a day", "1,400 a day"))
I(F, 40, "railway corporation, Sri Lankan register; a ratio to three decimals restated as a percentage after 'that is,'",
  "The railway's cost-recovery ratio improved to 0.874 last year — that is, fares and freight covered 87.4 per cent "
  "of operating costs, the general manager said. Ten years ago the ratio was well under half.",
  [R("cost-recovery-that-is", "the ratio restated as a percentage",
     {"a": "0.874", "b": "87.4 per cent"}, "a == b")],
  ("87.4 per cent", "97.4 per cent"))

# ------------------------------------------------------------------ j 8 part-not-above-whole
F = "part-not-above-whole"
I(F, 33, "state police command, Nigerian register; whole in the main clause, part after a dash with 'among them'",
  "Police in Lagos impounded 2,318 commercial motorcycles in March — among them 412 that had no registration plates "
  "at all, the state command said. The owners must pay a fine before the machines are released.",
  [R("motorcycles-among-them", "motorcycles without plates are among those impounded",
     {"w": "2,318", "p": "412 that"}, "p <= w")],
  ("412 that", "4,412 that"))
I(F, 34, "health ministry, Fijian register; part as subject, 'belonged to a workforce of W'",
  "The 642 nurses who left the public health service last year belonged to a workforce of 9,815, the health minister "
  "told Parliament. Most went to Australia and New Zealand, where nurses are paid several times more.",
  [R("nurses-belonged-to", "nurses who left were part of the workforce",
     {"p": "642 nurses", "w": "9,815"}, "p <= w")],
  ("642 nurses", "12,642 nurses"))
I(F, 35, "judicial service commission, Kenyan register; part first, whole in 'from a pool of W'",
  "Some 214 magistrates were appointed in 2024, from a pool of 1,618 applicants who sat the written test, the "
  "Judicial Service Commission said. About half of those appointed are women.",
  [R("magistrates-from-a-pool", "the magistrates appointed came from the pool of applicants",
     {"p": "214 magistrates", "w": "1,618"}, "p <= w")],
  ("214 magistrates", "2,214 magistrates"))
I(F, 36, "machine-translated ministry release, Omani register; Arabic calque 'reached W establishments, the violating of them reached P'",
  "The number of the establishments which were inspected during the campaign reached 4,206 establishments, and the "
  "violating of them reached 318 establishments, where the procedures were taken against them. The campaign comes "
  "within the plan of the ministry.",
  [R("establishments-violating-of-them", "violating establishments are among those inspected",
     {"w": "4,206", "p": "318"}, "p <= w")],
  ("318", "5,318"))
I(F, 37, "schools inspectorate, Irish register; cleft 'It was P of the W ... that ...'",
  "It was 96 of the 1,204 primary schools inspected last year that were found to have no written anti-bullying "
  "policy, the Inspectorate said in its chief inspector's report. All have since been asked to adopt one.",
  [R("schools-cleft", "the schools without a policy are among those inspected",
     {"p": "96 of", "w": "1,204"}, "p <= w")],
  ("96 of", "1,296 of"))
I(F, 38, "race organisers, South African register; starters in one clause, finishers after a semicolon with 'made it through'",
  "A record 21,406 runners lined up in Pietermaritzburg; 17,912 made it through to Durban before the 12-hour "
  "cut-off, the Comrades Marathon Association said. The men's race was won in under five and a half hours.",
  [R("runners-made-it-through", "the finishers are among the starters",
     {"w": "21,406", "p": "17,912"}, "p <= w")],
  ("17,912", "27,912"))
I(F, 39, "water regulator, Zambian register; a question holding the whole, the part as the answer 'Just P'",
  "How many of Lusaka's 2,906 registered boreholes were tested for contamination last year? Just 1,142, the water "
  "regulator said in its annual sector report. It wants all of them tested by 2026.",
  [R("boreholes-question", "the boreholes tested are among those registered",
     {"w": "2,906", "p": "1,142"}, "p <= w")],
  ("1,142", "3,142"))
I(F, 40, "federal affairs ministry, Nepali register; whole as subject with the finite verb 'include'",
  "Nepal's 753 local governments include 293 urban municipalities, the federal affairs ministry said in a report on "
  "the budgets they passed. The rest are rural municipalities, many of them in remote mountain districts.",
  [R("local-governments-include", "urban municipalities are among the local governments",
     {"w": "753", "p": "293"}, "p <= w")],
  ("293", "993"))

# ------------------------------------------------------------------ j 9 shares-of-one-whole
F = "shares-of-one-whole"
I(F, 33, "electoral commission, Ghanaian register; shares in a slash-separated line 'X a / Y b / others c'",
  "Presidential election, certified results, share of valid votes: NDC 56.6% / NPP 41.6% / others 1.8%. The "
  "Electoral Commission said turnout was lower than in 2020 and that rejected ballots had fallen.",
  [R("vote-shares-slash", "the three shares of the valid votes add up to 100%",
     {"a": "56.6%", "b": "41.6%", "c": "1.8%"}, "a + b + c == 1")],
  ("41.6%", "51.6%"))
I(F, 34, "polling newsroom, Australian register; a hyphenated triple 'a b-c-d split' without per cent signs",
  "The final Newspoll before the election put primary support at a 37-33-30 split between Labor, the Coalition and "
  "all other parties and independents, in per cent of decided voters. Undecided voters were excluded.",
  [R("poll-hyphen-split", "the three parts of the split add up to 100 (no per cent signs)",
     {"a": "37-", "b": "-33-", "c": "-30 split"}, "a + b + c == 100")],
  ("-30 split", "-40 split"))
I(F, 35, "energy ministry, Rwandan register; the shares first, then 'those were the shares of ...' after a colon",
  "58.2%, 27.5% and 14.3%: those were the shares of hydropower, solar and methane-gas plants in the electricity "
  "generated in Rwanda last year, the infrastructure ministry said. Imports from neighbouring countries are counted "
  "separately.",
  [R("power-shares-first", "the three sources' shares of the electricity generated add up to 100%",
     {"a": "58.2%", "b": "27.5%", "c": "14.3%"}, "a + b + c == 1")],
  ("27.5%", "37.5%"))
I(F, 36, "machine-translated statistics release, Indonesian register; calque 'consisting of X by a, Y by b and Z by c'",
  "The structure of the working population based on the main field of work consisting of the agriculture sector by "
  "28.2 percent, the trade sector by 19.0 percent and the other sectors by 52.8 percent. The agriculture sector "
  "still absorbs the most of workers in the village.",
  [R("workers-consisting-by", "the three sectors' shares of the working population add up to 100%",
     {"a": "28.2 percent", "b": "19.0 percent", "c": "52.8 percent"}, "a + b + c == 1")],
  ("19.0 percent", "29.0 percent"))
I(F, 37, "agriculture ministry, Malawian register; two shares, then 'leaving c for' the other crops",
  "Maize covered 46.3% of the area planted in the season and beans 21.9%, leaving 31.8% for groundnuts, cassava, "
  "tobacco and other crops, the agriculture ministry said in its second-round crop estimates. Rains arrived late in the south.",
  [R("area-leaving-for", "maize, beans and the area left for other crops add up to 100%",
     {"a": "46.3%", "b": "21.9%", "c": "31.8%"}, "a + b + c == 1")],
  ("21.9%", "31.9%"))
I(F, 38, "grid coordinator, Chilean register; one share in the headline, the other two in the body",
  "Renewables supply 63.5% of Chile's electricity\nCoal's share of generation fell to 17.2% last year and gas "
  "supplied 19.3%, the national grid coordinator said. Curtailment of solar power in the north reached a record.",
  [R("generation-headline-shares", "renewables, coal and gas shares of generation add up to 100%",
     {"a": "63.5%", "b": "17.2%", "c": "19.3%"}, "a + b + c == 1")],
  ("17.2%", "27.2%"))
I(F, 39, "city council, Rwandan register; 'Out of every 10 tonnes ..., a go to ..., b are ... and c is ...' (constant 10)",
  "Out of every 10 tonnes of household waste collected in Kigali, 6 go to the Nduba landfill, 3 are composted and "
  "1 is recycled, the city council said. It wants to close the landfill within five years.",
  [R("waste-out-of-every-ten", "the three destinations add up to the ten tonnes (constant 10)",
     {"a": "6 go", "b": "3 are", "c": "1 is"}, "a + b + c == 10")],
  ("3 are", "5 are"))
I(F, 40, "company annual report, Polish register; partial list 'The three biggest shareholders, in descending order:' (cannot exceed the whole)",
  "The three biggest shareholders, in descending order: the State Treasury with 38.4%, the founding family with "
  "24.1% and a Qatari fund with 9.7%. The rest of the shares are traded freely on the Warsaw exchange.",
  [R("shareholders-descending", "the three biggest holdings cannot add up to more than 100%",
     {"a": "38.4%", "b": "24.1%", "c": "9.7%"}, "a + b + c <= 1")],
  ("38.4%", "68.4%"))

# ------------------------------------------------------------------ j 10 overall-between-groups
F = "overall-between-groups"
I(F, 33, "examinations board, Botswana register; two groups, then 'the overall rate lies between the two, at o'",
  "Pass rates in the junior certificate examinations were 71.8% for boys and 78.4% for girls; the overall rate lies "
  "between the two, at 75.2%, the Botswana Examinations Council said. Results can be viewed online.",
  [R("pass-lies-between", "the overall pass rate lies between the boys' and girls' rates",
     {"a": "71.8%", "b": "78.4%", "o": "75.2%"}, "(o - a) * (b - o) >= 0")],
  ("75.2%", "81.2%"))
I(F, 34, "health ministry, Ethiopian register; the overall 'a figure pulled down by X (a) and up by Y (b)'",
  "National coverage of the third pentavalent dose was 84.6%, a figure pulled down by rural districts (81.2%) and "
  "up by the cities (93.5%), the health ministry said. Afar and Somali regions had the lowest coverage.",
  [R("coverage-pulled-down-up", "national coverage lies between the rural and urban rates",
     {"o": "84.6%", "a": "81.2%", "b": "93.5%"}, "(o - a) * (b - o) >= 0")],
  ("84.6%", "94.6%"))
I(F, 35, "statistics office, Nepali register; labels and values in slash notation 'male/female/all: a/b/o (%)'",
  "Literacy rate, population aged 15 and above, census 2021, male/female/all: 91.2/79.8/85.4 (%). The National "
  "Statistics Office said the gap between men and women has narrowed in every province since 2011.",
  [R("literacy-slash-labels", "the rate for all lies between the male and female rates",
     {"a": "91.2", "b": "79.8", "o": "85.4"}, "(o - a) * (b - o) >= 0")],
  ("85.4", "95.4"))
I(F, 36, "machine-translated statistics release, Jordanian register; Arabic calque 'reached a among males against b among females, while it reached o at the level of the total'",
  "The rate of the economic participation reached 52.3% among males against 14.6% among females, while it reached "
  "33.8% at the level of the total, according to the results of the survey. The rate is calculated for the persons "
  "aged 15 years and above.",
  [R("participation-level-of-total", "the total rate lies between the male and female rates",
     {"a": "52.3%", "b": "14.6%", "o": "33.8%"}, "(o - a) * (b - o) >= 0")],
  ("33.8%", "53.8%"))
I(F, 37, "statistics bureau, Kenyan register; national average first, the groups after a dash with 'as many as' and 'as few as'",
  "Households average 3.9 persons nationally — as many as 6.1 in Mandera county, as few as 2.9 in Nairobi, "
  "according to the census analytical report on household size. Larger households are more common in the pastoral "
  "north.",
  [R("household-as-many-as-few", "the national average lies between the largest and smallest county averages",
     {"o": "3.9 persons", "a": "6.1", "b": "2.9 in"}, "(o - a) * (b - o) >= 0")],
  ("3.9 persons", "6.9 persons"))
I(F, 38, "statistics office, Irish register; 'The gap between X's a and Y's b' with the overall after a semicolon",
  "The gap between men's average hourly earnings of €29.40 and women's €26.10 narrowed slightly last year; the "
  "average for all employees was €27.80, the Central Statistics Office said. The gap was widest in finance.",
  [R("earnings-gap-between", "the average for all employees lies between the men's and women's averages",
     {"a": "€29.40", "b": "€26.10", "o": "€27.80"}, "(o - a) * (b - o) >= 0")],
  ("€27.80", "€31.80"))
I(F, 39, "examinations council, Zambian register; a question 'Which group did better?' answered with both rates, then 'all candidates: o'",
  "Which group did better in this year's Grade 9 examinations? Girls, at 64.7%, against 58.9% for boys; all "
  "candidates: 61.6%, according to the Examinations Council of Zambia. It is the third year in a row that girls "
  "have done better.",
  [R("grade9-which-did-better", "the rate for all candidates lies between the girls' and boys' rates",
     {"a": "64.7%", "b": "58.9%", "o": "61.6%"}, "(o - a) * (b - o) >= 0")],
  ("61.6%", "67.6%"))
I(F, 40, "statistics office, Georgian register; group figures first, the overall in 'the figure for both sexes combined, o,'",
  "Life expectancy at birth was 77.6 years for women and 69.3 years for men last year; the figure for both sexes "
  "combined, 73.5 years, was the highest on record, the National Statistics Office of Georgia said. The gap between women and men is among the widest in Europe.",
  [R("life-both-sexes-combined", "the figure for both sexes lies between the women's and men's figures",
     {"a": "77.6 years", "b": "69.3 years", "o": "73.5 years"}, "(o - a) * (b - o) >= 0")],
  ("73.5 years", "83.5 years"))

# ------------------------------------------------------------------ j 11 order-ranking
F = "order-ranking"
I(F, 33, "education ministry, Kenyan register; 'was bottom of the table with A, below X (B)' (less-than)",
  "Mandera was bottom of the table with a transition rate to secondary school of 41.2%, below Wajir (44.6%), the "
  "education ministry's county rankings show. Nyeri and Kiambu topped the list.",
  [R("mandera-bottom", "the bottom county's rate is below the next county's",
     {"a": "41.2%", "b": "44.6%"}, "a < b")],
  ("41.2%", "51.2%"))
I(F, 34, "tea board, Sri Lankan register; passive 'was overtaken by X as ...', both volumes in a clause after 'with'",
  "Sri Lanka was overtaken by Kenya as the world's largest tea exporter long ago, the tea board noted, with 241.2 "
  "million kg shipped last year against Kenya's 574.6 million kg. Prices at the Colombo auction stayed high.",
  [R("tea-overtaken-by", "the overtaken exporter shipped less than the one that overtook it",
     {"a": "241.2 million", "b": "574.6 million"}, "a < b")],
  ("241.2 million", "641.2 million"))
I(F, 35, "port authority, Portuguese register; 'narrowly beat X', the two counts in the next sentence with gapping ('X's terminal handled A; Y's, B')",
  "Lisbon narrowly beat Porto for cruise passengers last year, the port authorities said. Lisbon's terminal handled "
  "712,400 of them; Porto's, 698,100. Both ports plan shore power for ships at berth.",
  [R("cruise-narrowly-beat", "the winner's count is above the runner's",
     {"a": "712,400", "b": "698,100"}, "a > b")],
  ("712,400", "612,400"))
I(F, 36, "cocoa board, Ghanaian register; verb 'lags X in ...:' with both figures after the colon (less-than)",
  "Ghana lags Côte d'Ivoire in cocoa output: 0.65 million tonnes this season to 1.80 million, Cocobod figures show. "
  "Swollen shoot disease and illegal gold mining have cut yields in the Western region.",
  [R("cocoa-lags", "the lagging country's output is below the leader's",
     {"a": "0.65 million", "b": "1.80 million"}, "a < b")],
  ("0.65 million", "2.65 million"))
I(F, 37, "grid operator, Chilean register; subject with its figure in an apposition, 'eclipsed X's B'",
  "Solar generation, at 19.6 TWh, eclipsed coal's 14.3 TWh last year for the first time, the national electricity "
  "coordinator said. Batteries now shift part of the midday output into the evening.",
  [R("solar-eclipsed-coal", "the generation that eclipsed coal is larger than coal's",
     {"a": "19.6 TWh", "b": "14.3 TWh"}, "a > b")],
  ("19.6 TWh", "11.6 TWh"))
I(F, 38, "dairy board, Ugandan register; 'pipped X ... by a whisker:' with both figures after the colon",
  "Kiruhura pipped Mbarara as the top milk-producing district by a whisker: 412.6 million litres in the year, "
  "409.8 million for Mbarara, the Dairy Development Authority said. Farm-gate prices fell in the rainy season.",
  [R("milk-pipped", "the district that pipped its rival produced more",
     {"a": "412.6 million", "b": "409.8 million"}, "a > b")],
  ("412.6 million", "312.6 million"))
I(F, 39, "machine-translated statistics release, Saudi register; Arabic calque 'came in the forefront of ... with A, followed by X with B'",
  "The United Arab Emirates came in the forefront of the trading partners of the Kingdom in the non-oil exports "
  "with 41.3 billion riyals, followed by China with 38.6 billion riyals, then India in the third rank. The non-oil exports increased by a good percentage.",
  [R("partners-forefront", "the partner in the forefront is above the one that followed",
     {"a": "41.3 billion", "b": "38.6 billion"}, "a > b")],
  ("41.3 billion", "31.3 billion"))
I(F, 40, "tourism commission, Tanzanian register; 'The top spot ... went to X (A), with Y (B) having to settle for second'",
  "The top spot in foreign arrivals went to Zanzibar (712,400), with the Arusha gateway (688,100) having to settle "
  "for second, the Tanzania Tourism Board said in its annual statistics. Both set records.",
  [R("arrivals-top-spot", "the top destination has more arrivals than the second",
     {"a": "712,400", "b": "688,100"}, "a > b")],
  ("712,400", "612,400"))

# ------------------------------------------------------------------ j 12 defined-identity
F = "defined-identity"
I(F, 33, "bank results, Kenyan register; net interest income = interest income - interest expense, in a fronted 'After paying ... of the ... it earned, ... was left with'",
  "After paying depositors KSh 78.9bn of the KSh 214.6bn it earned in interest, the bank was left with net interest "
  "income of KSh 135.7bn for the year, its annual report shows. Fees from mobile lending grew faster.",
  [R("net-interest-left-with", "net interest income equals interest earned minus interest paid",
     {"x": "KSh 78.9bn", "i": "KSh 214.6bn", "n": "KSh 135.7bn"}, "i - x == n")],
  ("KSh 78.9bn", "KSh 98.9bn"))
I(F, 34, "retailer results, South African register; net margin = net profit / revenue, 'A on revenue of W gives a net margin of P'",
  "Net profit of R3.41bn on revenue of R41.2bn gives a net margin of 8.3%, the retailer said in its results for the "
  "year to June. The board declared a final dividend of 312 cents a share.",
  [R("net-margin-on-revenue", "the net margin is net profit divided by revenue",
     {"a": "R3.41bn", "w": "R41.2bn", "p": "8.3%"}, "a / w == p")],
  ("8.3%", "10.3%"))
I(F, 35, "statistics office, Vietnamese register; participation rate = labour force / working-age population, a label with the parts in brackets",
  "Labour force participation rate, third quarter: 61.7% (labour force 24.3 million; working-age population 39.4 "
  "million), according to the statistics office's quarterly labour report. The rate for women was much lower than "
  "for men.",
  [R("participation-bracketed-parts", "the participation rate is the labour force divided by the working-age population",
     {"p": "61.7%", "l": "24.3 million", "w": "39.4 million"}, "l / w == p")],
  ("24.3 million", "27.3 million"))
I(F, 36, "finance ministry, Sri Lankan register; primary deficit = fiscal deficit - interest, 'includes ..., so the primary deficit is'",
  "The fiscal deficit of Rs 2.34tn for the year includes Rs 1.86tn of interest payments, so the primary deficit is "
  "Rs 0.48tn, the finance ministry said in its mid-year report to Parliament. The IMF programme targets a surplus.",
  [R("primary-deficit-includes", "the primary deficit is the fiscal deficit less interest payments",
     {"f": "Rs 2.34tn", "i": "Rs 1.86tn", "p": "Rs 0.48tn"}, "f - i == p")],
  ("Rs 1.86tn", "Rs 1.46tn"))
I(F, 37, "telecoms company results, Nigerian register; earnings per share = net profit / shares, 'divided among N shares gives earnings per share of'",
  "Net profit of ₦412.8bn divided among 31.4 billion shares gives earnings per share of ₦13.15, the company said in "
  "its audited results. The share price has doubled over the past year.",
  [R("eps-divided-among", "earnings per share are net profit divided by the number of shares",
     {"n": "₦412.8bn", "s": "31.4 billion", "e": "₦13.15"}, "n / s == e")],
  ("₦13.15", "₦15.15"))
I(F, 38, "mining company results, Zambian register; current ratio = current assets / current liabilities, 'cover ... R times — the current ratio'",
  "Current assets of $1.84bn cover current liabilities of $1.21bn 1.52 times — the current ratio lenders watch most "
  "closely, the copper miner said in its half-year statement. It has no bond payments due this year.",
  [R("current-ratio-cover", "the current ratio is current assets divided by current liabilities",
     {"a": "$1.84bn", "l": "$1.21bn", "r": "1.52 times"}, "a / l == r")],
  ("$1.21bn", "$1.41bn"))
I(F, 39, "mobile operator results, Pakistani register; net additions = gross connections - disconnections, 'connected ... and lost ..., a net gain of'",
  "The operator connected 1.42 million new subscribers in the quarter and lost 0.97 million to disconnections, a net "
  "gain of 0.45 million, its quarterly report shows. Most of the new users bought 4G handsets.",
  [R("subscribers-net-gain", "the net gain is connections minus disconnections",
     {"g": "1.42 million", "l": "0.97 million", "n": "0.45 million"}, "g - l == n")],
  ("0.97 million", "0.77 million"))
I(F, 40, "cement maker, Ethiopian register; capacity utilisation = output / installed capacity, 'ran at P of capacity, producing A from ... W'",
  "The cement plant ran at 78.4% of capacity in the fiscal year, producing 4.39 million tonnes from an installed "
  "capacity of 5.6 million tonnes, the company said. Power cuts stopped the kilns for eleven days.",
  [R("plant-ran-at-capacity", "capacity utilisation is output divided by installed capacity",
     {"p": "78.4%", "a": "4.39 million", "w": "5.6 million"}, "a / w == p")],
  ("4.39 million", "4.99 million"))

# ------------------------------------------------------------------ j 13 nested-aggregate
F = "nested-aggregate"
I(F, 33, "food reserve agency, Zambian register; the whole in one clause, the province's part after a semicolon with 'came from'",
  "The Food Reserve Agency bought 2.31 million tonnes of maize from farmers this marketing season; 0.86 million tonnes "
  "came from Central Province, the agency said. Payments to farmers in the Northern circuit were delayed by weeks.",
  [R("maize-came-from", "the province's maize is part of the agency's national purchases",
     {"w": "2.31 million", "p": "0.86 million"}, "p <= w")],
  ("0.86 million", "2.86 million"))
I(F, 34, "statistical service, Ghanaian register; region's output in a 'with' clause, 'roughly a third of the national W' (hedged fraction, no share figure)",
  "Greater Accra, with GH₵ 96.4bn of output last year, generates roughly a third of the national GH₵ 283.1bn, the "
  "Ghana Statistical Service said in its first regional accounts. Ashanti came second.",
  [R("accra-roughly-a-third", "the region's output is part of national output",
     {"p": "GH₵ 96.4bn", "w": "GH₵ 283.1bn"}, "p <= w")],
  ("GH₵ 96.4bn", "GH₵ 396.4bn"))
I(F, 35, "machine-translated tourism release, Moroccan register; Arabic calque 'reached W at the level of the kingdom, including P in the region of X'",
  "The number of the tourists arriving reached 6.2 million tourists at the level of the kingdom during the first "
  "half, including 1.9 million tourists in the region of Marrakech-Safi. This comes in the framework of the new "
  "road map of the sector.",
  [R("tourists-level-of-kingdom", "the region's tourists are included in the kingdom's",
     {"w": "6.2 million", "p": "1.9 million"}, "p <= w")],
  ("1.9 million", "8.9 million"))
I(F, 36, "basic education statistics, Tanzanian register; labelled levels 'National ...: W; sub-total for ...: M, which includes C' (two relations)",
  "Primary school enrolment, 2024. National total: 9.31 million; sub-total for the Lake Zone: 2.84 million, which "
  "includes 0.71 million in Mwanza Region. The ministry said enrolment in the Lake Zone grew faster than the "
  "national average.",
  [R("zone-in-national", "the Lake Zone sub-total is part of the national total",
     {"w": "9.31 million", "m": "2.84 million"}, "m <= w"),
   R("region-in-zone", "Mwanza's enrolment is included in the Lake Zone sub-total",
     {"m": "2.84 million", "c": "0.71 million"}, "c <= m")],
  ("0.71 million", "3.71 million"))
I(F, 37, "population commission, Nigerian register; three levels in 'At the top sits W; below it M; and below that C' (two relations)",
  "Think of the population estimate as a pyramid. At the top sits Nigeria's 223.8 million people; below it the North "
  "West zone's 54.1 million; and below that Kano State's 16.1 million, according to the National Population "
  "Commission's projections.",
  [R("zone-below-nation", "the North West zone is part of Nigeria",
     {"w": "223.8 million", "m": "54.1 million"}, "m <= w"),
   R("state-below-zone", "Kano State is part of the North West zone",
     {"m": "54.1 million", "c": "16.1 million"}, "c <= m")],
  ("54.1 million", "354.1 million"))
I(F, 38, "customs newsroom, Japanese register; the national figure in the headline, the prefecture's in the body with 'shipped ... of it'",
  "Japan's exports top ¥100.9 trillion for first time\nAichi Prefecture, home to the country's largest carmaker, "
  "shipped ¥21.4 trillion of it through the ports of Nagoya and Mikawa, the customs office said. Chips and machinery "
  "also rose.",
  [R("aichi-of-headline-total", "Aichi's exports are part of Japan's exports",
     {"w": "¥100.9 trillion", "p": "¥21.4 trillion"}, "p <= w")],
  ("¥21.4 trillion", "¥121.4 trillion"))
I(F, 39, "parliamentary written answer, British register; national count first, the force area's in an absolute 'the ... area's figure being P'",
  "In a written answer, the policing minister said 14,206 knife-crime offences had been recorded in England and "
  "Wales in the half-year, the Metropolitan Police area's figure being 3,918. She said the rest of the country had "
  "seen a smaller fall.",
  [R("met-figure-being", "the Metropolitan Police area's offences are part of the England and Wales count",
     {"w": "14,206", "p": "3,918"}, "p <= w")],
  ("3,918", "23,918"))
I(F, 40, "statistics bureau, Kenyan register; relative clause 'X, whose A makes it the largest contributor to Y's W'",
  "Nairobi, whose KSh 5.41 trillion of output makes it the largest contributor to Kenya's KSh 15.1 trillion economy, "
  "grew more slowly than the country as a whole, the Kenya National Bureau of Statistics said in its county product "
  "report. Mombasa and Kiambu came next.",
  [R("nairobi-largest-contributor", "Nairobi's output is part of Kenya's",
     {"p": "KSh 5.41 trillion", "w": "KSh 15.1 trillion"}, "p <= w")],
  ("KSh 5.41", "KSh 25.41"))

# ------------------------------------------------------------------ j 14 percent-of-plan-and-promise
F = "percent-of-plan-and-promise"
I(F, 33, "budget office, Nigerian register; 'Budget execution stood at P:' with 'A spent of T allocated' after the colon",
  "Budget execution stood at 83.7%: ₦19.2trn spent of ₦22.94trn allocated, the Budget Office said in its "
  "fourth-quarter implementation report. Capital spending lagged behind recurrent spending again, and several ministries received their releases only in December.",
  [R("execution-spent-of-allocated", "spending as a percentage of the allocation",
     {"p": "83.7%", "a": "₦19.2trn", "t": "₦22.94trn"}, "a / t == p")],
  ("83.7%", "93.7%"))
I(F, 34, "sugar corporation, Fijian register; verb 'undershot the target of T, at A' (below target)",
  "Cane crushed in the season undershot the target of 1.85 million tonnes, at 1.62 million tonnes, the Fiji Sugar "
  "Corporation said. Mill breakdowns at Lautoka and a shortage of cane cutters were blamed.",
  [R("cane-undershot", "the cane crushed is below the target",
     {"t": "1.85 million", "a": "1.62 million"}, "a < t")],
  ("1.62 million", "2.02 million"))
I(F, 35, "rural development ministry, Indian register; 'P per cent utilisation of the allocation of T'",
  "States spent ₹3,412 crore on rural roads in the first half, or 71.8 per cent utilisation of the allocation of "
  "₹4,752 crore, the rural development ministry told the standing committee. Three hill states spent less than half.",
  [R("roads-utilisation", "spending as a percentage of the allocation (both in crore)",
     {"a": "₹3,412 crore", "p": "71.8 per cent", "t": "₹4,752 crore"}, "a / t == p")],
  ("71.8 per cent", "81.8 per cent"))
I(F, 36, "machine-translated housing ministry release, Saudi register; Arabic calque 'with an achievement rate of P from the targeted T, where A were delivered'",
  "The ministry completed the program of the year with an achievement rate of 94.3% from the targeted 120,000 housing "
  "units, where 113,160 units were delivered to the beneficiaries. The ministry affirmed continuing its efforts.",
  [R("units-achievement-rate", "units delivered as a percentage of the target",
     {"p": "94.3%", "t": "120,000", "a": "113,160"}, "a / t == p")],
  ("113,160", "93,160"))
I(F, 37, "county government, Kenyan register; labelled sentences 'Pledged: T. Delivered: A (P).'",
  "The governor's early childhood classroom programme, as reported to the county assembly. Pledged: 500 new "
  "classrooms. Delivered: 512 (102.4%). The remaining furniture orders are due in January, and teachers for the new classrooms will be hired from the county's own payroll.",
  [R("classrooms-pledged-delivered", "classrooms delivered as a percentage of the pledge",
     {"t": "500 new", "a": "512", "p": "102.4%"}, "a / t == p")],
  ("512", "612"))
I(F, 38, "education ministry, Ghanaian register; a question on the pledge 'Did ... meet its pledge of T?' answered 'Yes: A ...' (at least the target)",
  "Did the government meet its pledge of 20,000 new teachers for the school year? Yes: 21,406 were posted to schools "
  "by December, the education ministry said. Most went to rural districts in the north.",
  [R("teachers-pledge-met", "the teachers posted are at least the pledged number",
     {"t": "20,000", "a": "21,406"}, "a >= t")],
  ("21,406", "14,406"))
I(F, 39, "railway corporation, Kenyan register; 'is P complete, with A of the planned T laid'",
  "The new metre-gauge line to Malaba is 64.2% complete, with 312 km of the planned 486 km of track laid, the "
  "railway corporation said. The contractor expects to finish the bridges by June.",
  [R("track-percent-complete", "track laid as a percentage of the planned length",
     {"p": "64.2%", "a": "312 km", "t": "486 km"}, "a / t == p")],
  ("312 km", "412 km"))
I(F, 40, "energy ministry, Chilean register; fronted 'At A,' and 'still D short of the T goal' (shortfall in units)",
  "At 8,412 MW, installed wind and solar capacity is still 1,338 MW short of the 9,750 MW goal the government set "
  "for the end of the year, the energy ministry said. Transmission bottlenecks have delayed several projects.",
  [R("capacity-still-short", "the shortfall equals the goal minus the installed capacity",
     {"a": "8,412 MW", "d": "1,338 MW", "t": "9,750 MW"}, "t - a == d")],
  ("1,338 MW", "1,838 MW"))

# ------------------------------------------------------------------ j decoys
D(89, "two counties' counts for one month with 'respectively' next to the region's total for another month (sum of parts)",
  "Kisumu and Siaya counties recorded 412 and 318 malaria admissions respectively in June, the county health "
  "departments said. Across the whole lake region, admissions in May were 812, after the long rains.")
D(90, "'the former ... the latter' for two groups' pass rates in one year next to the overall rate of another year, outside their range (overall between groups)",
  "Boys and girls sat the same papers this year. The former passed at 58.4% and the latter at 63.9%, the "
  "examinations board said. In 2019, before the syllabus changed, the overall pass rate had been 66.2%.")
D(91, "a later year's target next to a year's output and a percentage of that year's own plan (percent of plan)",
  "The housing ministry's target for 2026 is 52,000 homes. In 2024, 41,200 homes were completed — 86.4% of what the "
  "ministry had planned for that year, the annual report says. Most were in the two largest cities.")
D(92, "'the largest supplier' by volume next to import bills in which that supplier is smaller (order)",
  "Vietnam remained the largest supplier of rice to the Philippines by volume last year, the agriculture department "
  "said. Import bills were $1.84bn for Vietnamese rice and $2.07bn for Thai rice, which costs more per tonne.")
D(93, "a year-on-year inflation rate next to index levels two years apart (growth)",
  "Consumer prices rose 8.1% year on year in March, the statistics office said. The index stood at 142.6, against "
  "128.3 in March two years earlier, when fuel subsidies were still in place.")
D(94, "a share of one graduate cohort next to the count in work from another cohort (share)",
  "Of the 18,400 graduates of 2022, 54.1% were in work six months after finishing, the tracer survey found. For the "
  "2023 cohort, the count in work after six months was 9,100, the universities' council said.")
D(95, "rates of two places next to a points change of the statewide rate (difference-points)",
  "Turnout was 61.2% in the city and 58.4% in the surrounding county, the election office said. Across the state as a "
  "whole, turnout was up 3.1 points on 2019, the highest rise in two decades.")
D(96, "shares of three different groups, one with a fraction in words, adding to more than 100% (shares of one whole)",
  "Just over one in five adults (21%) has a savings account at a bank, the financial inclusion survey found. Among teenagers, "
  "63% use mobile money, and 34% of pensioners have neither a bank account nor a mobile wallet.")
D(97, "a basis-point cut of the policy rate next to levels of the interbank rate (difference-points)",
  "The central bank cut its policy rate by 50 basis points on Thursday. The interbank rate, which it does not set, "
  "moved from 7.85% to 7.10% over the month as banks held more cash than they needed.")
D(98, "a national rate per 1,000 next to one region's deaths and births (ratio)",
  "Infant mortality nationally is 31 per 1,000 live births, the demographic survey found. In the northern region, "
  "1,412 infants died last year out of 38,600 births registered at health facilities.")
D(99, "a rounded count of passengers next to an exact count of journeys, different measures (restatement)",
  "About 1.3 million passengers used the new bus rapid transit line in its first year, the city said. Smart-card "
  "readers logged 1,206,418 journeys on the line's feeder routes, which are counted separately.")
D(100, "counts of two groups from different years next to the register's total in a third year (sum of parts)",
  "Male nurses numbered 3,912 in 2021 and female nurses 21,480 in 2023, according to two separate reports of the "
  "nursing council. The register held 26,906 nurses in 2024, the council said.")
D(101, "'overtook' in one year next to both countries' figures for an earlier year, in which the order is reversed (order)",
  "Kenya overtook Ethiopia as Africa's top flower exporter in 2023, the trade body said. In 2021, Kenya shipped flowers "
  "worth $0.71bn and Ethiopia $0.83bn, before new farms opened near Naivasha.")
D(102, "median pay of two groups next to mean pay of all workers, outside their range (overall between groups)",
  "Median monthly pay was 412,000 tenge for men and 356,000 tenge for women, the statistics bureau said. Mean pay for all "
  "workers, pulled up by the oil sector, was 438,000 tenge.")
D(103, "births nationally, deaths in the capital and the natural increase of another region (natural increase)",
  "Births nationally: 612,400. Deaths in the capital: 41,200. Natural increase in the northern region: 118,600. The "
  "statistics office published the three figures in separate tables of its vital statistics report.")
D(104, "machine-translated, Chinese register; this year's exports and total trade next to last year's imports (sum of parts)",
  "The export value of the province in 2024 reached 268.4 billion yuan, increased 9.2% over the last year. The import "
  "of last year was 132.5 billion yuan, and the total import and export of the year 2024 reached 412.6 billion yuan.")
