"""Batch k items: phrasings 41-48 of each family and decoys 105-120 (written blind)."""


def R(id, figs, expr, note, kind=None):
    d = {"id": id, "figs": figs, "expr": expr, "note": note}
    if kind:
        d["kind"] = kind
    return d


ITEMS = []


def item(fam, n, style, text, rels, broken):
    ITEMS.append({"fam": fam, "n": n, "style": style, "text": text, "rels": rels, "broken": broken})


# ------------------------------------------------------------------ sum-of-parts
F = "sum-of-parts"
item(F, 41, "tourism authority, Thai register; the total in a first paragraph, the two parts after a paragraph break in two sentences with different verbs",
"""Thailand welcomed 28.2 million foreign visitors in 2024, the Tourism Authority said in its year-end review, the best result since the border reopened.

Short-haul markets in East and South-East Asia supplied 17.6 million of them. Travellers from everywhere else — Europe, the Americas, South Asia and the Middle East above all — accounted for the other 10.6 million, with Germany and India the fastest growing.""",
[R("visitors-paragraphs", {"a": "17.6 million", "b": "10.6 million", "t": "28.2 million"}, "a + b == t",
   "short-haul and long-haul visitors make up all foreign visitors")],
("10.6 million", "12.6 million"))

item(F, 42, "tea board, Kenyan register; a plain-text table of two grades and an 'All grades' line, without pipes or a header rule",
"""Tea exports by grade, January to June (tonnes):

CTC          212,480
Orthodox      38,910
All grades   251,390

The board said orthodox teas, sold mainly to Iran and Kazakhstan, fetched the higher average price. Export figures for the second half will be published in February.""",
[R("grades-table", {"a": "212,480", "b": "38,910", "t": "251,390"}, "a + b == t",
   "the two grades in the table add to the 'All grades' line")],
("38,910", "48,910"))

item(F, 43, "treasury report to parliament, South African register; parts with their amounts in brackets after the labels inside dashes, the total far from them at the end of a passive 'was reported ... as having reached'",
"""Spending on the three learner-support programmes — school meals (R4.12bn), scholar transport (R1.87bn) and the learner grant (R0.96bn) — was reported to Parliament by the department, once late invoices from two provinces had been included, as having reached R6.95bn. Officials said the grant would be paid monthly from April.""",
[R("programmes-brackets", {"a": "R4.12bn", "b": "R1.87bn", "c": "R0.96bn", "t": "R6.95bn"}, "a + b + c == t",
   "the three programmes make up the spending total")],
("R1.87bn", "R2.37bn"))

item(F, 44, "teachers service commission, Kenyan register; the total in a nominalised passive 'Approval was given for the creation of T', the parts in a later sentence with the noun 'Absorption' and gapping",
"""Approval was given on Monday for the creation of 14,600 teaching posts in public schools, the Teachers Service Commission announced. Absorption of the new posts will be uneven: primary schools take 9,150 and secondary schools 5,450. Interviews begin in the second week of May.""",
[R("posts-absorbed", {"a": "9,150", "b": "5,450", "t": "14,600"}, "a + b == t",
   "primary and secondary schools take all the new posts")],
("5,450", "6,450"))

item(F, 45, "machine-translated state statistics release, German register; calque 'Thereof fell on petrol drives A, on diesel B and on ... C' after the total",
"""The number of newly registered passenger cars amounted in the reporting year to 412,830 units, so the State Statistical Office. Thereof fell on petrol drives 198,410, on diesel drives 61,270 and on electric and hybrid drives 153,150. Opposite the previous year this means a small decrease.""",
[R("drives-thereof", {"a": "198,410", "b": "61,270", "c": "153,150", "t": "412,830"}, "a + b + c == t",
   "the three kinds of drive make up the new registrations")],
("61,270", "81,270"))

item(F, 46, "sugar committee, Mexican register; a hedged total 'some T', then the parts in an inverted 'Of standard sugar there were A, of refined sugar B'",
"""The 2023/24 harvest produced some 4.7 million tonnes of sugar, the national sugarcane committee reported, down on the previous season because of drought in Veracruz. Of standard sugar there were 2.96 million tonnes, of refined sugar 1.71 million tonnes. Mills in Jalisco finished grinding in early June.""",
[R("sugar-of-there-were", {"a": "2.96 million", "b": "1.71 million", "t": "4.7 million"}, "a + b == t",
   "standard and refined sugar make up the harvest's output")],
("1.71 million", "2.21 million"))

item(F, 47, "colleges ministry, Canadian register; three provinces with their figures in brackets as the subject, the verb 'together account for T' far from them after a long dash insertion",
"""Ontario (61,340), British Columbia (24,150) and Quebec (8,920) — the figures were compiled by the provinces themselves, have not been audited and exclude language schools — together account for 94,410 international college students this fall. The ministry expects the count to fall again next year under the federal cap.""",
[R("provinces-together", {"a": "61,340", "b": "24,150", "c": "8,920", "t": "94,410"}, "a + b + c == t",
   "the three provinces make up the stated count")],
("8,920", "18,920"))

item(F, 48, "palm oil board, Malaysian register; the total, then the remainder in 'Excluding X, which took A, exports came to B'",
"""Malaysia's palm oil exports reached 16.9 million tonnes in 2024, the palm oil board said. Excluding shipments to India, which took 2.95 million tonnes, exports came to 13.95 million tonnes. Prices are expected to stay firm through the first quarter as output in Sabah recovers slowly.""",
[R("excluding-india", {"a": "2.95 million", "b": "13.95 million", "t": "16.9 million"}, "a + b == t",
   "India's shipments and all other exports make up the total")],
("2.95 million", "3.45 million"))

# ------------------------------------------------------------------ share
F = "share"
item(F, 41, "statistics office, Hungarian register; a three-line plain-text table, the share in brackets after the count on the last line",
"""Internet access, households, 2024

All households          4,118,600
With internet access    3,335,900 (81.0%)

The statistics office said access was lowest in small villages and among people over 75. Fixed broadband is now more common than mobile-only access.""",
[R("access-table", {"a": "3,335,900", "w": "4,118,600", "p": "81.0%"}, "a / w == p",
   "households with access as a share of all households")],
("81.0%", "71.0%"))

item(F, 42, "road transport authority, Peruvian register; the whole in a first paragraph, the part and the share after a paragraph break in a verbless apposition 'A units, P per cent'",
"""Peru registered 1,284,600 new vehicles last year, the national registry office said, a record driven by cheap credit in the regions.

Motorcycles, the data show, are now the majority of the fleet's newcomers: 712,300 units, 55.4 per cent. Most were bought in Loreto, San Martín and Ucayali, where roads are few.""",
[R("motorcycles-majority", {"a": "712,300", "w": "1,284,600", "p": "55.4 per cent"}, "a / w == p",
   "new motorcycles as a share of new vehicles")],
("712,300", "612,300"))

item(F, 43, "migration office, Swiss register; nominalised passive 'A rejection rate of P was recorded for the W applications', the count last in 'with N refusals'",
"""A rejection rate of 17.3 per cent was recorded for the 9,846 asylum applications decided at first instance in the first half of the year, with 1,703 refusals. The remaining cases ended in protection or were written off after the applicants left. Appeals are heard by the federal administrative court.""",
[R("rejection-rate", {"a": "1,703", "w": "9,846", "p": "17.3 per cent"}, "a / w == p",
   "refusals as a share of decided applications")],
("1,703", "2,103"))

item(F, 44, "city education office, Korean register; a hedged count 'Roughly N of the W' with the exact share between dashes",
"""Roughly 880 of the 2,140 cram schools inspected in Seoul this spring — 41.1 per cent — were found charging more than their posted fees, the city education office said. Offending schools face fines and, after a second breach, suspension. Inspections of schools in Gyeonggi province start next month.""",
[R("cram-schools-hedged", {"a": "880", "w": "2,140", "p": "41.1 per cent"}, "a / w == p",
   "schools overcharging as a share of schools inspected")],
("41.1 per cent", "51.1 per cent"))

item(F, 45, "machine-translated ministry release, Japanese register; calque 'As for the women among the W ..., it was A persons, and when it is seen by the ratio, it becomes P'",
"""As for the women among the 3,418 persons newly appointed as section managers at listed companies this fiscal year, it was 624 persons, and when it is seen by the ratio, it becomes 18.3%. The ministry will continue the efforts so that the ratio reaches the government target early.""",
[R("women-ratio-occupied", {"a": "624", "w": "3,418", "p": "18.3%"}, "a / w == p",
   "women as a share of newly appointed managers")],
("624", "724"))

item(F, 46, "roads department, Lao register; a fronted 'With A of its W ... now paved,' and the share reached far from them after a long relative clause",
"""With 4,218 of its 15,680 kilometres of national road now paved, the country's network, which the public works ministry says has been extended mostly through concessional loans and toll concessions in the south, has reached a paved share of 26.9%. The ministry aims for a third by 2030.""",
[R("paved-share", {"a": "4,218", "w": "15,680 kilometres", "p": "26.9%"}, "a / w == p",
   "paved kilometres as a share of the national road network")],
("4,218", "5,218"))

item(F, 47, "health ministry, Bangladeshi register; labels followed by their counts in brackets, the share after a colon: 'X (A) as a proportion of Y (W): P'",
"""Facility deliveries, 2024. Mothers who gave birth in a health facility (186,420) as a proportion of all registered births (203,910): 91.4%. The ministry credited the voucher scheme introduced in 2019, which pays for transport to a clinic for mothers in the poorest upazilas.""",
[R("facility-births", {"a": "186,420", "w": "203,910", "p": "91.4%"}, "a / w == p",
   "facility births as a share of registered births")],
("186,420", "166,420"))

item(F, 48, "builders' association, Portuguese register; headline with a hedge and no figure, the body with the count, then 'That is P', and the whole only in the last sentence",
"""Over half of new homes go to first-time buyers

First-time buyers took 31,806 of the new homes sold in Portugal last year. That is 52.7 per cent, the builders' association said on Tuesday. Sales of new homes totalled 60,340, with Lisbon and Porto accounting for most of them.""",
[R("first-time-share", {"a": "31,806", "w": "60,340", "p": "52.7 per cent"}, "a / w == p",
   "homes bought by first-time buyers as a share of new homes sold")],
("52.7 per cent", "62.7 per cent"))

# ------------------------------------------------------------------ growth
F = "growth"
item(F, 41, "port trust, Indian register; a plain-text table of two years' throughput, the growth in the following sentence in 'described the result as a P gain'",
"""Container throughput (TEU)

2023    4,812,300
2024    5,196,500

The port trust described the result as an 8.0 per cent gain, helped by the new terminal that opened in March. Transshipment traffic, however, was flat.""",
[R("teu-table", {"a": "4,812,300", "b": "5,196,500", "g": "8.0 per cent"}, "b / a - 1 == g",
   "growth from the 2023 to the 2024 throughput")],
("5,196,500", "5,796,500"))

item(F, 42, "statistics authority, Greek register; a fronted adjectival 'Up P on the year and now standing at B,' with the old level only at the end in 'a year before it was A'",
"""Up 6.4 per cent on the year and now standing at €2,418, average monthly household spending has recovered its pre-crisis level, the statistics authority said. A year before it was €2,273. Food and housing together still take about half of the total.""",
[R("spending-fronted", {"a": "€2,273", "b": "€2,418", "g": "6.4 per cent"}, "b / a - 1 == g",
   "growth of monthly household spending on the year")],
("€2,273", "€2,573"))

item(F, 44, "machine-translated tourism release, Korean register; calque 'it is compared to the previous year P increased', the previous level in a separate sentence",
"""The number of foreign tourists entry in last year was 16.37 million persons, and it is compared to the previous year 48.4% increased. The previous year was 11.03 million persons. The visitors from China and Japan were occupying the most part.""",
[R("entries-calque", {"a": "11.03 million", "b": "16.37 million", "g": "48.4%"}, "b / a - 1 == g",
   "growth of foreign tourist entries over the previous year")],
("11.03 million", "13.03 million"))

item(F, 43, "ports authority, Tanzanian register; the old level in a first paragraph about an opening, the new level and the growth after a paragraph break in 'a cumulative two-year increase of P'",
"""When the new berth opened in 2022, Dar es Salaam port handled 1,016,300 containers that year.

Two years on, volumes have climbed to 1,217,800, a cumulative two-year increase of 19.8 per cent, the ports authority said. Congestion has eased since the second gantry crane arrived.""",
[R("berth-two-years", {"a": "1,016,300", "b": "1,217,800", "g": "19.8 per cent"}, "b / a - 1 == g",
   "growth of container volumes between 2022 and two years later")],
("1,217,800", "1,417,800"))

item(F, 45, "statistics institute, Brazilian register; nominalised passive 'An increase of P ... was registered', the new level after 'to' and the old in 'from the A issued'",
"""An increase of 12.7% in the number of building permits issued in the state was registered in 2024, to 58,930 from the 58,930 issued in 2023.""".replace("58,930 from the 58,930", "58,930 from the 52,290") + """ The institute attributed the rise to lower interest rates and to the housing programme. Most permits were for apartments in the capital.""",
[R("permits-registered", {"a": "52,290", "b": "58,930", "g": "12.7%"}, "b / a - 1 == g",
   "growth in building permits issued")],
("58,930", "65,930"))

item(F, 46, "tourism agency, Icelandic register; a hedged rate 'by roughly P' with the exact levels, the new level first",
"""Export revenue from tourism grew by roughly 9 per cent last year, to ISK 512.4 billion from ISK 469.7 billion, the tourism agency said. Spending per visitor fell slightly as stays shortened. The agency expects slower growth this year after the eruptions on the Reykjanes peninsula.""",
[R("tourism-roughly", {"a": "ISK 469.7 billion", "b": "ISK 512.4 billion", "g": "9 per cent"}, "b / a - 1 == g",
   "growth of tourism export revenue (hedged rate)")],
("ISK 512.4", "ISK 572.4"))

item(F, 47, "airport operator, Georgian register; both levels inside a long dashed subject, the verb 'were said by the operator to have grown by P' far after them",
"""Passenger numbers at Tbilisi airport — 3.41 million in 2023 and, after the arrival of two low-cost carriers and the reopening of the domestic terminal, 4.12 million last year — were said by the operator to have grown by 20.8%. A second runway is planned for 2027.""",
[R("passengers-said", {"a": "3.41 million", "b": "4.12 million", "g": "20.8%"}, "b / a - 1 == g",
   "growth of passenger numbers from 2023 to last year")],
("3.41 million", "3.81 million"))

item(F, 48, "steel producers' association, Turkish register; year labels with the levels in brackets joined by 'vs', the signed rate after a comma",
"""Crude steel output, Türkiye: 2024 (36.9 million tonnes) vs 2023 (33.7 million tonnes), +9.5%. The association said electric-arc furnaces, which use scrap, produced most of the increase. Exports, mostly to the European Union, were broadly unchanged.""",
[R("steel-brackets", {"a": "33.7 million", "b": "36.9 million", "g": "+9.5%"}, "b / a - 1 == g",
   "growth of crude steel output from 2023 to 2024")],
("33.7 million", "29.7 million"))

# ------------------------------------------------------------------ difference-units
F = "difference-units"
item(F, 41, "employment service, Croatian register; a three-line plain-text table with the January and December levels and a 'Change' line",
"""Registered unemployed persons

January     142,806
December    131,254
Change      -11,552

The employment service said seasonal jobs in tourism on the Adriatic coast explained most of the fall. Long-term unemployment declined more slowly.""",
[R("change-line", {"a": "142,806", "b": "131,254", "d": "11,552"}, "a - b == d",
   "the change line is the fall from January to December")],
("131,254", "117,254"))

item(F, 42, "provincial police, South African register; nominalised passive 'A reduction of D ... was achieved', the new level later with 'now stands at', the old after 'against'",
"""A reduction of 2,314 in reported vehicle thefts was achieved in Gauteng last year, the provincial police commissioner said. The province's count now stands at 18,692, against 21,006 the year before. Hijackings, which are counted separately, rose.""",
[R("reduction-achieved", {"a": "21,006", "b": "18,692", "d": "2,314"}, "a - b == d",
   "the reduction is the fall from the previous year's count")],
("2,314", "3,314"))

item(F, 43, "machine-translated labour ministry release, Thai register; calque 'have A persons, more than year Y which have B persons, is amount D persons'",
"""Number of foreign workers who received work permit in year 2024 have 3,214,806 persons, more than year 2023 which have 2,941,552 persons, is amount 273,254 persons. Most of them is workers from Myanmar, Cambodia and Laos, working in construction and agriculture.""",
[R("permits-is-amount", {"a": "2,941,552", "b": "3,214,806", "d": "273,254"}, "b - a == d",
   "the amount is the increase on 2023")],
("273,254", "373,254"))

item(F, 44, "social protection programme, Jamaican register; the old level in a first paragraph, the new level after a paragraph break, the difference far after it as 'the D extra families'",
"""When the programme began in 2021, 48,210 families were enrolled.

Today the figure is 60,850. Most of the 12,640 extra families joined after the qualifying income was raised last April, the ministry said, and a quarter of them live in St Catherine.""",
[R("extra-families", {"a": "48,210", "b": "60,850", "d": "12,640"}, "b - a == d",
   "the extra families are the increase since 2021")],
("12,640", "14,640"))

item(F, 45, "apprenticeship office, Austrian register; a hedged difference 'Some D more ... than' with both exact levels in the next sentence",
"""Some 1,900 more young people began an apprenticeship this year than last, the apprenticeship office reported. New contracts totalled 16,212, compared with 14,312 a year earlier. Demand was strongest in electrical trades and in the hotel and restaurant sector.""",
[R("apprentices-some-more", {"a": "14,312", "b": "16,212", "d": "1,900"}, "b - a == d",
   "the hedged difference is the increase in new contracts")],
("16,212", "18,212"))

item(F, 46, "statistics bureau, Mongolian register; fronted 'Between the YEAR count of A ... and the YEAR count of B, ... lies an increase of D' (inverted existential)",
"""Between the 2013 count of 2,317,450 households and the 2023 count of 2,614,980, the bureau said in a note on its methods, lies an increase of 297,530. Migration from the provinces to Ulaanbaatar explains much of it. The bureau will publish district figures in the spring.""",
[R("lies-an-increase", {"a": "2,317,450", "b": "2,614,980", "d": "297,530"}, "b - a == d",
   "the increase between the two household counts")],
("297,530", "397,530"))

item(F, 47, "health statistics office, Romanian register; year labels with the counts in brackets, then 'net loss D' after a semicolon",
"""Hospital beds in public hospitals: 2023 (41,260), 2024 (39,870); net loss 1,390. The health statistics office said most of the closed beds were in small town hospitals that were merged with county hospitals. Private hospitals added beds over the same period.""",
[R("net-loss", {"a": "41,260", "b": "39,870", "d": "1,390"}, "a - b == d",
   "the net loss of beds between 2023 and 2024")],
("39,870", "35,870"))

item(F, 48, "national utility, Zimbabwean register; the December level first, the January level in a pluperfect after a semicolon, the difference in an absolute 'the D fall being blamed on'",
"""Installed generating capacity stood at 8,270 MW in December, the lowest since 2009; in January it had been 9,420 MW, the 1,150 MW fall being blamed on the retirement of two coal units. The utility says a new solar plant will add capacity next year.""",
[R("fall-being-blamed", {"a": "9,420 MW", "b": "8,270 MW", "d": "1,150 MW"}, "a - b == d",
   "the fall in capacity from January to December")],
("8,270 MW", "9,170 MW"))

# ------------------------------------------------------------------ difference-points
F = "difference-points"
item(F, 41, "statistics institute, Spanish register; a two-line plain-text table of the rate in two quarters, the difference in the following sentence as 'The fall of D percentage points'",
"""Youth unemployment rate, ages 16 to 24

Q2 2023    21.4%
Q2 2024    18.9%

The fall of 2.5 percentage points was the largest for any age group, the institute said. Regional gaps remain wide.""",
[R("fall-table", {"a": "21.4%", "b": "18.9%", "d": "2.5 percentage points"}, "a - b == d",
   "the fall is the difference between the two quarters' rates")],
("18.9%", "16.9%"))

item(F, 42, "statistics office, Norwegian register; fronted 'Down D of a point on the month and now at B,' with the old level in a later pluperfect ('of a point' not scaled)",
"""Down 0.8 of a point on the month and now at 3.1%, consumer price inflation has reached its lowest level since 2021, the statistics office said on Monday. In September it had been 3.9%. Electricity prices fell sharply after a wet autumn filled the reservoirs.""",
[R("down-of-a-point", {"a": "3.9%", "b": "3.1%", "d": "0.8 of a point"}, "a - b == d / 100",
   "the fall on the month between the two inflation rates ('of a point' not scaled)")],
("3.9%", "4.9%"))

item(F, 43, "central bank, Brazilian register; nominalised passive 'A cumulative tightening of D basis points was delivered', the two levels in the next sentence ('basis points' not scaled)",
"""A cumulative tightening of 150 basis points was delivered over three meetings, the central bank's monetary policy committee said. The Selic, 10.75% in August, is 12.25% today. The committee signalled a smaller move at its next meeting.""",
[R("tightening-delivered", {"a": "10.75%", "b": "12.25%", "d": "150 basis points"}, "b - a == d / 10000",
   "the tightening is the rise in the policy rate ('basis points' not scaled)")],
("12.25%", "13.25%"))

item(F, 44, "machine-translated statistics release, Turkish register; calque 'increased by D points and was realised as B', the previous level in 'it was A' ('points' not scaled)",
"""The labour force participation rate, compared to the same period of the previous year, increased by 1.3 points and was realised as 54.2%. In the same period of the previous year this rate was 52.9%. The participation rate of women was realised as 36.1%.""",
[R("realised-as", {"a": "52.9%", "b": "54.2%", "d": "1.3 points"}, "b - a == d / 100",
   "the increase between the two participation rates ('points' not scaled)")],
("52.9%", "50.9%"))

item(F, 45, "health insurance authority, Ghanaian register; an imperative conditional 'Add D to the A of YEAR and you arrive at the B recorded in YEAR'",
"""Add 26.7 percentage points to the 41.7% of residents who were members of the national health insurance scheme in 2014 and you arrive at the 68.4% recorded in 2024, the authority said in its annual report. Most of the gain came from enrolling informal workers and their children free of charge.""",
[R("gain-paragraphs", {"a": "41.7%", "b": "68.4%", "d": "26.7 percentage points"}, "b - a == d",
   "the gain is the difference between the two membership rates")],
("41.7%", "44.7%"))

item(F, 46, "election newsroom, Polish register; the two rounds with their rates in brackets after the labels, 'fell short of ... by D points' ('points' not scaled)",
"""Turnout in the second round (63.1%) fell short of the first (67.4%) by 4.3 points, the electoral commission said. The fall was steepest in rural districts of the east. Postal votes will be counted by Thursday.""",
[R("fell-short-by", {"a": "67.4%", "b": "63.1%", "d": "4.3 points"}, "a - b == d / 100",
   "the difference between first- and second-round turnout ('points' not scaled)")],
("4.3 points", "6.3 points"))

item(F, 47, "statistics authority, Philippine register; the estimate put 'at roughly D percentage points' in one sentence, the two rates in the next after 'Its two survey rounds put the rate at'",
"""The statistics authority estimated the reduction in poverty incidence among families at roughly 2 percentage points. Its two survey rounds put the rate at 18.1% in 2021 and 16.0% in 2023. Poverty remains highest in the Bangsamoro region.""",
[R("roughly-two-points", {"a": "18.1%", "b": "16.0%", "d": "2 percentage points"}, "a - b == d",
   "the hedged reduction is the difference between the two rates")],
("16.0%", "14.0%"))

item(F, 48, "statistics bureau, New Zealand register; headline 'X slips Dpp', the body with the new rate first and the earlier one in a pluperfect sentence ('pp' not scaled)",
"""Household saving rate slips 1.7pp

Households set aside 9.6% of their disposable income in the third quarter, the statistics bureau said, as higher mortgage payments bit. In the second quarter the rate had been 11.3%. Spending on services held up.""",
[R("slips-pp", {"a": "11.3%", "b": "9.6%", "d": "1.7pp"}, "a - b == d / 100",
   "the headline slip is the fall between the two quarters ('pp' not scaled)")],
("9.6%", "8.6%"))

# ------------------------------------------------------------------ ratio
F = "ratio"
item(F, 41, "health ministry, Namibian register; a three-line plain-text table, the ratio as 'Residents per doctor' on the last line",
"""Doctors in the public sector, 2024

Population                3,022,400
Registered doctors            5,218
Residents per doctor            579

The ministry said the ratio hides a shortage in the northern regions. It plans to recruit 300 doctors from abroad.""",
[R("per-doctor-table", {"p": "3,022,400", "d": "5,218", "r": "579"}, "p / d == r",
   "residents per doctor from the population and the doctors")],
("5,218", "6,218"))

item(F, 42, "interior ministry, Kazakh register; the count in a first paragraph, the population and the rate per 100,000 after a paragraph break, the rate far from them after an inserted participle",
"""Road deaths in Kazakhstan numbered 2,318 last year, the interior ministry said.

With a population of 20.03 million, that leaves the country with a mortality rate that the ministry, citing the World Health Organization's method, gave as 11.6 per 100,000. The rate in Almaty was lower than in the regions.""",
[R("per-100000-paragraphs", {"d": "2,318", "p": "20.03 million", "r": "11.6 per 100,000"}, "d / p * 100000 == r",
   "road deaths per 100,000 people")],
("2,318", "2,818"))

item(F, 44, "machine-translated regional education report, Russian register; calque 'On 1 teacher ... falls R pupils', then 'in total A pupils and B teachers are studying and working'",
"""On 1 teacher in the schools of the region falls 17.4 pupils. In total in the region 412,600 pupils and 23,710 teachers are studying and working this academic year. The department informs that the shortage of teachers of mathematics is kept.""",
[R("falls-on-teacher", {"s": "412,600", "t": "23,710", "r": "17.4"}, "s / t == r",
   "pupils per teacher from the totals")],
("23,710", "28,710"))

item(F, 43, "census bureau, Ugandan register; nominalised passive 'An average of R persons per household was recorded by the census', the totals in a relative clause",
"""An average of 4.5 persons per household was recorded by the census, which enumerated 45.9 million people in 10.2 million households. The figure was 4.7 persons in 2014. Households in Karamoja remain the largest.""",
[R("average-recorded", {"p": "45.9 million", "h": "10.2 million", "r": "4.5 persons"}, "p / h == r",
   "persons per household from the census totals")],
("10.2 million", "8.2 million"))

item(F, 45, "convenience store association, Japanese register; a hedged 'roughly one X for every R residents', the counts after a colon",
"""Japan now has roughly one convenience store for every 2,200 residents: 56,770 stores for 124.9 million people, the franchise association said. The number of stores fell for the second year as chains closed outlets in rural towns. Sales per store, however, rose.""",
[R("roughly-one-for-every", {"p": "124.9 million", "s": "56,770", "r": "2,200"}, "p / s == r",
   "residents per store")],
("56,770", "66,770"))

item(F, 46, "health statistics, Portuguese register; labels with the counts in brackets, 'X (A) per Y (B): R'",
"""Health workforce, 2024. Nurses (94,760) per doctor (31,480): 3.01. The national statistics institute said the ratio is among the lowest in the European Union, because many nurses trained in Portugal work in the United Kingdom, Switzerland and France.""",
[R("per-in-brackets", {"n": "94,760", "d": "31,480", "r": "3.01"}, "n / d == r",
   "nurses per doctor")],
("31,480", "36,480"))

item(F, 47, "metropolitan government, Japanese register; the two terms inside a dashed subject, the ratio far after them with 'are set against each other ... to give R'",
"""Tokyo's 14.1 million residents and the 1,612 public parks they share — a count the metropolitan government keeps only for parks above one hectare — are set against each other in the bureau's yearly digest to give 8,747 residents per park. The ward with the fewest parks is Toshima.""",
[R("set-against-per-park", {"p": "14.1 million", "k": "1,612", "r": "8,747"}, "p / k == r",
   "residents per park")],
("1,612", "1,912"))

item(F, 48, "census bureau, United States register; the verb 'packs R people into each square mile', the terms after a colon in US units",
"""Rhode Island packs 1,101 people into each square mile: 1,095,600 residents on 995 sq mi of land, the census bureau's latest estimate shows. Only New Jersey is more densely populated. The state's population grew by less than 1% over the decade.""",
[R("packs-per-square-mile", {"p": "1,095,600", "s": "995 sq mi", "r": "1,101"}, "p / s == r",
   "residents per square mile of land")],
("995 sq mi", "795 sq mi"))

# ------------------------------------------------------------------ restatement
F = "restatement"
item(F, 41, "fishing club newsroom, United States register; the weight in kilograms after 'tipped the scales at', restated in the next sentence as a hyphenated 'N-pounder' (constant 0.453592)",
"""The blue marlin landed off Kona on Saturday tipped the scales at 636 kg, the heaviest caught in Hawaii in over a decade, the club said. Anglers in Kona still weigh in pounds, and for them it was a 1,402-pounder. The crew fought the fish for almost four hours before bringing it alongside.""",
[R("pounds-kilograms", {"a": "1,402-pounder", "b": "636 kg"}, "a * 0.453592 == b",
   "the same weight in pounds and kilograms")],
("636 kg", "736 kg"))

item(F, 42, "ferry operator, Greek register; a distance in nautical miles that the timetable 'turns into' kilometres, the verb after an inserted participle (constant 1.852)",
"""The crossing from Piraeus to Chania measures 212 nautical miles, which the operator's new timetable, written with landlubbers in mind, turns into 393 km. Two catamarans will make the trip daily from June to September in under six hours. Fares start at €59 for deck passengers.""",
[R("nautical-miles-km", {"a": "212 nautical", "b": "393 km"}, "a * 1.852 == b",
   "the same distance in nautical miles and kilometres")],
("393 km", "443 km"))

item(F, 43, "machine-translated employment agency release, German register; calque 'That are circa N' (German 'Das sind circa') after the exact count",
"""The number of employees with social insurance amounted at the end of June to 34,812,600, reported the federal employment agency. That are circa 34.8 million persons. Opposite the previous year the number increased only slightly, above all in health and social services.""",
[R("circa-calque", {"a": "34,812,600", "b": "34.8 million"}, "a == b",
   "the exact count and its 'circa' rounding")],
("34,812,600", "38,812,600"))

item(F, 44, "statistics office and health ministry, Czech register; the same rate from two sources with gapping, per mille with the sign ‰ and per cent",
"""The statistics office gives last year's infant mortality as 2.1‰; the health ministry, which prefers percentages, 0.21 per cent. Both call it a record low. The rate has been below three deaths per thousand live births since 2010.""",
[R("per-mille-per-cent", {"a": "2.1‰", "b": "0.21 per cent"}, "a / 1000 == b",
   "the same rate per mille and per cent")],
("0.21 per cent", "0.31 per cent"))

item(F, 45, "weather service, Spanish register; parallel frames 'In Fahrenheit, the reading was F; in Celsius, C' (F = C * 1.8 + 32)",
"""Seville airport recorded the hottest June afternoon in its history on Tuesday, the weather service said. In Fahrenheit, the reading was 105.1; in Celsius, 40.6. Nights stayed tropical for a week, and hospitals reported more admissions of elderly people.""",
[R("fahrenheit-celsius", {"c": "40.6", "f": "105.1"}, "c * 1.8 + 32 == f",
   "the same temperature in Celsius and Fahrenheit")],
("105.1", "118.1"))

item(F, 46, "electoral commission, Zambian register; a quoted bound fronted in a pseudo-cleft 'Just above N was how ... summed up', the exact count after a semicolon (lower bound)",
"""'Just above 1.2 million' was how the commission summed up the register in Lusaka Province after it removed duplicates and voters reported dead by the civil registry; the exact count is 1,206,418. Verification centres will remain open for two weeks.""",
[R("just-above", {"a": "1,206,418", "b": "1.2 million"}, "a > b",
   "the exact count is described as above a round bound")],
("1,206,418", "1,006,418"))

item(F, 47, "finance ministry and statistics office, Indonesian register; the same growth rate from two sources, a passive 'is quoted by' for the rounded one",
"""A growth rate of 5.0% for the third quarter is quoted by the finance minister in her budget speech; the statistics office's own release gives 5.03%. Both describe growth in gross domestic product on the same quarter a year earlier. Household consumption grew more slowly.""",
[R("quoted-by", {"a": "5.0%", "b": "5.03%"}, "a == b",
   "the same growth rate quoted rounded and to two decimals")],
("5.03%", "6.03%"))

item(F, 48, "grid operator, Paraguayan register; a plain-text table in GWh, the same hydro output in TWh in a sentence below",
"""Electricity generation, 2024 (GWh)

Hydro       12,480
Thermal      2,316

Hydro's 12.5 TWh, almost all of it from the binational dams, again covered most of the country's demand, the grid operator said. Thermal plants ran mainly during the dry months.""",
[R("gwh-twh", {"a": "12,480", "b": "12.5 TWh"}, "a == b * 1000",
   "hydro generation in GWh in the table and in TWh in the text")],
("12,480", "14,480"))

# ------------------------------------------------------------------ part-not-above-whole
F = "part-not-above-whole"
item(F, 41, "land registry, Slovak register; a two-line plain-text table, received above approved",
"""Applications for land title corrections, 2024

Received    48,212
Approved    31,806

The registry said most of the rejected applications lacked a surveyor's plan or proof of inheritance. A new online form will be introduced in March.""",
[R("approved-received", {"p": "31,806", "w": "48,212"}, "p <= w",
   "approved applications are among those received")],
("31,806", "51,806"))

item(F, 42, "housing authority, Singaporean register; the whole in a first paragraph, the part after a paragraph break in 'in N of those blocks'",
"""The housing authority's upgrading programme covers 8,430 older blocks across the island, it said on Wednesday.

Lifts that stop on every floor have so far been fitted in 2,914 of those blocks. Work on the rest should finish by 2028.""",
[R("lifts-in-blocks", {"p": "2,914", "w": "8,430"}, "p <= w",
   "blocks with new lifts are among the blocks covered")],
("2,914", "12,914"))

item(F, 43, "machine-translated inspection report, Polish register; calque 'From among W controlled entities irregularities were stated in P'",
"""From among 1,284 controlled entities irregularities were stated in 217, informed the labour inspectorate. In the case of 46 entities the inspectors directed the matter to the court. Most often the irregularities concerned the payment of wages for overtime.""",
[R("stated-in", {"p": "217", "w": "1,284"}, "p <= w",
   "entities with irregularities are among those controlled")],
("217", "1,817"))

item(F, 44, "electoral commission, Malawian register; nominalised passive 'Disqualification of P candidates was ordered', the whole after a semicolon in a pluperfect",
"""Disqualification of 86 candidates was ordered by the electoral commission on Friday; 1,412 candidates had filed nomination papers for the local elections. Most of those disqualified had not paid the fee. They have seven days to appeal.""",
[R("disqualified", {"p": "86 candidates", "w": "1,412"}, "p <= w",
   "disqualified candidates are among those who filed")],
("86 candidates", "1,486 candidates"))

item(F, 45, "schools inspectorate, Pakistani register; labels followed by the counts in brackets, two labelled items separated by a semicolon",
"""Schools inspected (1,906); schools found without safe drinking water (412). These were the main figures in the inspectorate's report for the district, which also recorded missing toilets for girls in many rural schools. Repairs have been funded for the coming year.""",
[R("without-water", {"p": "(412)", "w": "(1,906)"}, "p <= w",
   "schools without water are among the schools inspected")],
("(412)", "(2,412)"))

item(F, 46, "health ministry, Sierra Leonean register; hedged part 'Roughly N of the country's W', with the verb 'admits' inserted between",
"""Roughly 40 of the country's 52 government hospitals, the health ministry admits, still rely on diesel generators at night. Solar installations financed by donors are planned for the rest of the year. Fuel shortages forced two hospitals to postpone surgery in March.""",
[R("roughly-of-hospitals", {"p": "40", "w": "52 government"}, "p <= w",
   "hospitals on generators are among all government hospitals")],
("52 government", "32 government"))

item(F, 47, "ombudsman, Irish register; the part with a long dashed insertion before the verb 'came out of the W she received'",
"""The 3,118 complaints the ombudsman upheld last year — most of them about delayed pensions, wrongly stopped benefits and lost medical cards — came out of the 11,406 she received. She said departments were slower to respond than before the pandemic.""",
[R("came-out-of", {"p": "3,118", "w": "11,406"}, "p <= w",
   "upheld complaints are among those received")],
("3,118", "13,118"))

item(F, 48, "traffic police, Lithuanian register; the part first in 'Fines followed for P', the whole after a hedged fraction in words 'roughly one in seven of the W stopped'",
"""Fines followed for 2,806 motorists, roughly one in seven of the 19,430 stopped at checkpoints over the Easter weekend, the traffic police said. Most fines were for speeding, and 312 drivers were found to be over the alcohol limit. Checks will continue on main roads through May.""",
[R("fined-stopped", {"p": "2,806", "w": "19,430"}, "p <= w",
   "fined motorists are among those stopped")],
("2,806", "22,806"))

# ------------------------------------------------------------------ shares-of-one-whole
F = "shares-of-one-whole"
item(F, 41, "agriculture ministry, Kazakh register; a three-line plain-text table of shares of the sown area",
"""Sown area by crop, 2024 (share of total)

Wheat          46.2%
Barley         31.5%
Other crops    22.3%

The ministry said oilseeds took some of the area formerly under wheat. Harvesting was delayed in the north by early snow.""",
[R("crops-table", {"a": "46.2%", "b": "31.5%", "c": "22.3%"}, "a + b + c == 1",
   "the three lines cover the whole sown area")],
("31.5%", "41.5%"))

item(F, 42, "central bank, Chilean register; possessive shares as the subject, the verb 'made up the whole stock of' far after them past a dashed insertion",
"""Pension funds' 41.6%, banks' 27.1%, foreign investors' 18.4% and the 12.9% held by insurers and other local investors — the central bank's financial stability report lists no other holder — made up the whole stock of government bonds at the end of June. Foreign holdings have doubled in three years.""",
[R("holders-paragraphs", {"a": "41.6%", "b": "27.1%", "c": "18.4%", "d": "12.9%"}, "a + b + c + d == 1",
   "the four holder groups own all the government bonds")],
("18.4%", "28.4%"))

item(F, 44, "machine-translated statistics release, Mexican register; Spanish calque 'The participation ... was of a; ... of b, and ... of c'",
"""By age group, the participation in the total of the new employers registered was of 31.2% for the persons of 20 to 29 years; of 40.5% for those of 30 to 44 years, and of 28.3% for the persons of 45 years and more. The institute informed that the total grew in all the states.""",
[R("participation-was-of", {"a": "31.2%", "b": "40.5%", "c": "28.3%"}, "a + b + c == 1",
   "the three age groups cover all the new employers")],
("40.5%", "50.5%"))

item(F, 43, "energy commission, Bangladeshi register; labels with the shares in brackets without per cent signs, the unit in a heading 'Energy mix (% of generation):'",
"""Energy mix (% of generation): gas (62.4), coal (21.3), oil (9.8), solar and imports (6.5). The energy commission said gas shortages in the summer forced more oil-fired generation. The share of coal is expected to rise when the new plant at Matarbari runs at full load.""",
[R("mix-brackets", {"a": "(62.4)", "b": "(21.3)", "c": "(9.8)", "d": "(6.5)"}, "a + b + c + d == 100",
   "the four sources cover all generation (bare numbers, summed to 100)")],
("(21.3)", "(31.3)"))

item(F, 45, "election newsroom, Sri Lankan register; passive shares 'A share of a was won by X; b went to Y and c was shared among Z'",
"""A share of 48.3% of the valid votes was won by the ruling alliance; 37.9% went to the main opposition bloc and 13.8% was shared among independents and small parties. Turnout was lower than at the last election. The new council meets in two weeks.""",
[R("share-was-won", {"a": "48.3%", "b": "37.9%", "c": "13.8%"}, "a + b + c == 1",
   "the three groups took all valid votes")],
("37.9%", "47.9%"))

item(F, 46, "coffee authority, Ugandan register; fronted 'After the a taken by X and the b held back as Y, the remaining c goes to Z' (the remainder after the others)",
"""After the 23.7% taken by exporters for direct sale and the 12.1% held back as reserves, the remaining 64.2% of the season's robusta goes to the auction, the coffee authority said. Auction prices rose for the third month. Farmers in the central region reported a good harvest.""",
[R("after-the-remaining", {"a": "23.7%", "b": "12.1%", "c": "64.2%"}, "a + b + c == 1",
   "the three uses cover the whole crop")],
("12.1%", "22.1%"))

item(F, 47, "railway corporation, Nigerian register; one share per sentence with a different verb in each, the last ending 'no other class is sold'",
"""Passengers on the Lagos–Ibadan line travelled in economy in 71.4% of cases last year. Business class carried 22.9%. The first-class coaches introduced in March took 5.7%; no other class is sold on the line. The corporation plans to add a third daily service.""",
[R("classes-sentences", {"a": "71.4%", "b": "22.9%", "c": "5.7%"}, "a + b + c == 1",
   "the three classes cover all passengers")],
("22.9%", "32.9%"))

item(F, 48, "export promotion office, Chilean register; a two-line plain-text table with labels in a header line and bare shares in a 'Share (%)' line",
"""Copper exports by destination, 2024

             China    EU    Others
Share (%)    52.8     14.6  32.6

The export promotion office said shipments to India and Korea, counted under others, grew fastest. Prices averaged more than four dollars a pound.""",
[R("destinations-table", {"a": "52.8", "b": "14.6", "c": "32.6"}, "a + b + c == 100",
   "the three destinations cover all exports (bare numbers, summed to 100)")],
("14.6", "24.6"))

# ------------------------------------------------------------------ overall-between-groups
F = "overall-between-groups"
item(F, 41, "basic education department, South African register; a three-line plain-text table with boys, girls and all",
"""National Senior Certificate pass rate, 2024

Boys     79.8%
Girls    84.1%
All      82.3%

The department said the gap between the sexes has narrowed since 2020. Results by district will be published next week.""",
[R("all-table", {"a": "79.8%", "b": "84.1%", "o": "82.3%"}, "(o - a) * (b - o) >= 0",
   "the pass rate of all candidates lies between those of boys and girls")],
("82.3%", "86.3%"))

item(F, 42, "statistics institute, Tunisian register; the overall rate in a first paragraph, the groups after a paragraph break introduced by the anaphor 'Behind that figure:'",
"""Unemployment in Tunisia stood at 16.2% in the second quarter, the statistics institute said on Thursday.

Behind that figure: 22.1% for women, 13.6% for men. Graduates remain harder hit than those who left school early.""",
[R("behind-that-figure", {"a": "22.1%", "b": "13.6%", "o": "16.2%"}, "(o - a) * (b - o) >= 0",
   "the overall rate lies between the rates for women and men")],
("16.2%", "12.2%"))

item(F, 44, "machine-translated planning commission release, Moroccan register; French calque 'is established at o at national level, against a in the rural environment and b in the urban environment'",
"""The average size of households is established at 3.14 persons at national level, against 3.47 persons in the rural environment and 3.05 persons in the urban environment, according to the planning commission. This size knows a continuous decrease since 2004.""",
[R("established-at", {"a": "3.47 persons", "b": "3.05 persons", "o": "3.14 persons"}, "(o - a) * (b - o) >= 0",
   "the national household size lies between the rural and urban ones")],
("3.14 persons", "3.74 persons"))

item(F, 43, "expanded immunisation programme, Lao register; nominalised passive 'A coverage of o was achieved nationally, with coverage of a recorded in X and of b in Y'",
"""A measles vaccination coverage of 91.4% was achieved nationally last year, with coverage of 95.2% recorded in urban districts and of 86.9% in rural ones, the immunisation programme said. Outreach teams will visit remote villages before the rainy season.""",
[R("coverage-achieved", {"a": "95.2%", "b": "86.9%", "o": "91.4%"}, "(o - a) * (b - o) >= 0",
   "the national coverage lies between the urban and rural ones")],
("91.4%", "97.4%"))

item(F, 45, "statistics institute, Portuguese register; labels with the wages in brackets, 'both sexes' last",
"""Median monthly wage of full-time employees, 2024: women (€1,184), men (€1,302), both sexes (€1,246). The statistics institute said the gap was largest among managers and smallest among workers in hotels and restaurants. The minimum wage rose to €820 in January.""",
[R("both-sexes-brackets", {"a": "€1,184", "b": "€1,302", "o": "€1,246"}, "(o - a) * (b - o) >= 0",
   "the median for both sexes lies between those of women and men")],
("€1,246", "€1,446"))

item(F, 46, "central bank survey, Philippine register; a hedged overall 'Roughly o', the groups far after it in 'a national figure that hides a split between X, where ..., and Y, where ...'",
"""Roughly 71% of Filipino adults now hold a transaction account, the central bank's financial inclusion survey found — a national figure that hides a split between the cities, where the rate is 77.3%, and the countryside, where it is 64.8%. E-wallets drove most of the increase.""",
[R("hides-a-split", {"a": "77.3%", "b": "64.8%", "o": "71%"}, "(o - a) * (b - o) >= 0",
   "the national rate lies between the urban and rural rates")],
("77.3%", "67.3%"))

item(F, 47, "electoral commission, Indian register; the two groups with their rates in brackets as the subject, the verb 'bracketed the overall figure of o' after an inserted clause",
"""Women's turnout (58.3%) and men's (63.9%), the commission noted in its report on the state election, bracketed the overall figure of 61.0%. Turnout among first-time voters was not published separately. The commission will review the use of mobile polling stations.""",
[R("bracketed", {"a": "58.3%", "b": "63.9%", "o": "61.0%"}, "(o - a) * (b - o) >= 0",
   "the overall turnout lies between women's and men's")],
("61.0%", "66.0%"))

item(F, 48, "university grants commission, Sri Lankan register; headline with the overall rate, the groups in a two-line plain-text table in the body",
"""Graduate employment rate reaches 88.6%

Field of study        Employed within six months
Sciences              91.2%
Humanities            84.7%

The commission's tracer study covered graduates of the 2023 cohort from all state universities. Engineering and medicine were counted with the sciences.""",
[R("headline-and-table", {"a": "91.2%", "b": "84.7%", "o": "88.6%"}, "(o - a) * (b - o) >= 0",
   "the overall employment rate lies between the two fields")],
("88.6%", "81.6%"))

# ------------------------------------------------------------------ order-ranking
F = "order-ranking"
item(F, 41, "export board, Sri Lankan register; a two-line plain-text table under a 'Top export markets' heading, in descending order",
"""Top export markets, 2024 (US$ million)

United States     3,912
United Kingdom    1,248

Apparel made up most of the shipments to both, the export board said. Exports to India rose fastest.""",
[R("top-markets-table", {"a": "3,912", "b": "1,248"}, "a > b",
   "the first market in the list is larger than the second")],
("1,248", "4,248"))

item(F, 42, "statistics office, German register; the leader named in a first paragraph without a figure, both figures after a paragraph break with 'against'",
"""Bavaria remained the German state with the most overnight stays by tourists in 2024, ahead of Baden-Württemberg, the statistics office said.

It recorded 101.3 million overnight stays against 58.6 million in its western neighbour. Berlin came sixth.""",
[R("leader-paragraphs", {"a": "101.3 million", "b": "58.6 million"}, "a > b",
   "Bavaria had more overnight stays than Baden-Württemberg")],
("58.6 million", "108.6 million"))

item(F, 43, "machine-translated tourism report, Japanese register; calque 'As for the prefecture where ... is most, X was A, and it continued with Y B'",
"""As for the prefecture where the number of foreign visitors is most, Tokyo was 19.5 million people, and it continued with Osaka 13.1 million people. Kyoto and Hokkaido followed. The agency is making the efforts to disperse the visitors to the local regions.""",
[R("it-continued-with", {"a": "19.5 million", "b": "13.1 million"}, "a > b",
   "the top prefecture had more visitors than the next")],
("13.1 million", "23.1 million"))

item(F, 44, "road safety directorate, Lithuanian register; passive comparative 'Fewer X were recorded in Y (A) than in Z (B)' (less-than)",
"""Fewer road deaths were recorded in Vilnius County (48) than in Kaunas County (61) last year, although Vilnius has more cars, the road safety directorate said. Speed cameras on the ring road are credited with part of the difference. Klaipėda County had the lowest rate.""",
[R("fewer-recorded", {"a": "(48)", "b": "(61)"}, "a < b",
   "Vilnius County had fewer deaths than Kaunas County")],
("(48)", "(78)"))

item(F, 45, "tea and horticulture newsroom, Kenyan register; figures in brackets after the possessive labels, the verb 'comfortably outstripped'",
"""Tea earnings (KSh 180.6 billion) comfortably outstripped those of cut flowers and vegetables (KSh 151.2 billion) last year, the agriculture ministry's review shows. Horticulture, however, grew faster, helped by new air freight routes to Europe.""",
[R("outstripped", {"a": "KSh 180.6 billion", "b": "KSh 151.2 billion"}, "a > b",
   "tea earned more than horticulture")],
("KSh 151.2", "KSh 191.2"))

item(F, 46, "agriculture ministry, Zambian register; a fronted hedged 'With roughly A under the crop,' the comparative 'covers more ground than any other crop' far after it, the runner-up in 'X, next, has B'",
"""With roughly 1.6 million hectares under the crop, maize, according to the ministry's crop forecast survey, which was delayed by floods in two provinces, still covers more ground than any other crop; soya beans, next, have 0.9 million hectares. Cassava is not surveyed.""",
[R("more-ground", {"a": "1.6 million", "b": "0.9 million"}, "a > b",
   "maize covers more area than soya beans")],
("0.9 million", "1.9 million"))

item(F, 47, "grains newsroom, Argentine register; the smaller figure first, the larger later in the idiom 'left it ... in the shadow of X, which shipped B' (less-than)",
"""Argentina's 37.2 million tonnes of maize exports left it, as in every year since 2019, in the shadow of Brazil, which shipped 48.6 million tonnes. Traders expect the gap to narrow next season as Brazil's second crop suffers from dry weather.""",
[R("in-the-shadow", {"a": "37.2 million", "b": "48.6 million"}, "a < b",
   "Argentina exported less maize than Brazil")],
("37.2 million", "67.2 million"))

item(F, 48, "housing ministry, Chilean register; rank words with figures in brackets, 'Ranked third was X (A) — one place below Y (B)' (less-than)",
"""Ranked third among the regions for building permits was Valparaíso (1,906) — one place below Biobío (2,410) and far behind the Metropolitan Region. The ministry said permits fell in most regions as mortgage rates rose.""",
[R("one-place-below", {"a": "(1,906)", "b": "(2,410)"}, "a < b",
   "the third-ranked region issued fewer permits than the second")],
("(1,906)", "(2,906)"))

# ------------------------------------------------------------------ defined-identity
F = "defined-identity"
item(F, 41, "finance ministry, Indian register; tax-to-GDP ratio = tax revenue / GDP in a three-line plain-text table, in lakh crore",
"""Gross tax revenue and GDP, 2023-24

Gross tax revenue       ₹34.65 lakh crore
Nominal GDP             ₹295.4 lakh crore
Tax-to-GDP ratio        11.7%

The ministry said the ratio is the highest in over a decade. Direct taxes grew faster than indirect ones.""",
[R("tax-to-gdp", {"t": "₹34.65 lakh crore", "g": "₹295.4 lakh crore", "r": "11.7%"}, "t / g == r",
   "tax-to-GDP ratio is tax revenue over GDP")],
("₹34.65", "₹39.65"))

item(F, 42, "tea processor results, Kenyan register; working capital = current assets - current liabilities, the two balances in a first paragraph, working capital after a paragraph break in 'Working capital, the difference, came to'",
"""Current assets stood at KSh 48.2 billion at the end of June, the company said in its annual results, and current liabilities at KSh 31.6 billion.

Working capital, the difference, came to KSh 16.6 billion, enough, the finance director said, to pay farmers their bonus in full in October.""",
[R("working-capital", {"a": "KSh 48.2 billion", "l": "KSh 31.6 billion", "w": "KSh 16.6 billion"}, "a - l == w",
   "working capital is current assets less current liabilities")],
("KSh 31.6", "KSh 35.6"))

item(F, 44, "machine-translated education ministry report, Mozambican register; gross enrolment ratio = enrolled / school-age population, Portuguese calques 'fixed itself in', 'being enrolled'",
"""The gross rate of schooling in the primary teaching fixed itself in 112.4% in the year of 2024, being enrolled 6,918,300 pupils for a population in the age of 6 to 12 years of 6,155,000. The rate superior to 100% reflects the pupils outside of the official age.""",
[R("gross-schooling", {"e": "6,918,300", "p": "6,155,000", "r": "112.4%"}, "e / p == r",
   "gross enrolment ratio is pupils enrolled over the school-age population")],
("6,918,300", "5,918,300"))

item(F, 43, "hotel association, Philippine register; revenue per available room = average daily rate × occupancy, in a nominalised passive 'A ... of R was achieved, the product of'",
"""A revenue per available room of ₱4,212 was achieved by Metro Manila's hotels last year, the product of an average daily rate of ₱5,980 and an occupancy of 70.4%, the hotel association said. Both were the highest since 2019.""",
[R("revpar-product", {"v": "₱4,212", "a": "₱5,980", "o": "70.4%"}, "a * o == v",
   "revenue per available room is the average daily rate times occupancy")],
("₱4,212", "₱4,812"))

item(F, 45, "bank results, South African register; return on equity = net profit / average equity, hedged 'roughly' in the stated ratio",
"""Net profit attributable to shareholders came to R12.4bn on average equity of R66.7bn, which management described as a return on equity of roughly 19%. The bank said credit losses had eased in the second half. The final dividend was raised.""",
[R("roe-roughly", {"n": "R12.4bn", "e": "R66.7bn", "r": "19%"}, "n / e == r",
   "return on equity is net profit over average equity")],
("R12.4bn", "R14.4bn"))

item(F, 46, "mining company results, Chilean register; free cash flow = operating cash flow - capital expenditure, the verb 'produced' far from the first figure after an inserted participle clause",
"""Operating cash flow of $2.84 billion, less capital expenditure that the company, having paused two expansion projects in the first half, held to $1.16 billion, produced free cash flow of $1.68 billion. The board proposed a special dividend.""",
[R("free-cash-flow", {"o": "$2.84 billion", "c": "$1.16 billion", "f": "$1.68 billion"}, "o - c == f",
   "free cash flow is operating cash flow less capital expenditure")],
("$1.16", "$1.36"))

item(F, 47, "housebuilder results, British register; gearing = net debt / total equity, 'defined as X (A) over Y (B)' with the figures in brackets",
"""Gearing, defined as net debt (£1,936m) over total equity (£4,523m), was 42.8% at the year end, the housebuilder said. It expects gearing to fall as land purchases slow. Completions were 9% lower than a year earlier.""",
[R("gearing-defined", {"d": "£1,936m", "e": "£4,523m", "g": "42.8%"}, "d / e == g",
   "gearing is net debt over total equity")],
("£1,936m", "£2,236m"))

item(F, 48, "exchange newsroom, Japanese register; price-earnings ratio = share price / earnings per share, a fronted 'Trading at R times earnings,' with the price and the earnings later",
"""Trading at 14.2 times earnings, the carmaker's shares closed at ¥3,408 on Friday, the exchange's data show. Earnings per share for the year to March were ¥240. Analysts expect earnings to fall as the yen strengthens.""",
[R("times-earnings", {"p": "¥3,408", "e": "¥240", "r": "14.2 times"}, "p / e == r",
   "price-earnings ratio is share price over earnings per share")],
("¥240", "¥290"))

# ------------------------------------------------------------------ nested-aggregate
F = "nested-aggregate"
item(F, 41, "statistics office, Swedish register; the national count in a first paragraph, the county's after a paragraph break in 'Registrations in X, the largest source, came to C'",
"""Sweden recorded 118,200 new business registrations in 2024, the statistics office said.

Registrations in Stockholm County, again the largest source, came to 38,460, a third of them sole traders in consulting and IT. Gotland had the fewest.""",
[R("county-in-nation", {"c": "38,460", "w": "118,200"}, "c <= w",
   "Stockholm County's registrations are part of Sweden's")],
("38,460", "138,460"))

item(F, 42, "rice department, Thai register; a three-line plain-text table of country, region and province (two relations)",
"""Main-season rice production, 2024 (million tonnes)

Thailand                  20.1
Northeast region           9.4
Ubon Ratchathani province  1.3

The department said yields in the northeast improved after good rains. Most of the crop is jasmine rice.""",
[R("region-in-country", {"m": "9.4", "w": "20.1"}, "m <= w",
   "the Northeast region's output is part of Thailand's"),
 R("province-in-region", {"c": "1.3", "m": "9.4"}, "c <= m",
   "Ubon Ratchathani's output is part of the Northeast's")],
("9.4", "29.4"))

item(F, 43, "machine-translated statistics release, Italian register; calques 'The Lombardy registers M, of whom the province of Milan C, on a national total of W' (two relations)",
"""The Lombardy registers 4,812 foreign researchers arrived in the year, of whom the province of Milan 2,906, on a national total of 38,410, communicates the institute. The major part works in the universities. The remaining regions show smaller numbers.""",
[R("region-in-nation", {"m": "4,812", "w": "38,410"}, "m <= w",
   "Lombardy's count is part of the national total"),
 R("province-in-region", {"c": "2,906", "m": "4,812"}, "c <= m",
   "the province of Milan's count is part of Lombardy's")],
("2,906", "5,906"))

item(F, 44, "revenue newsroom, Nigerian register; nominalised passive 'A contribution of C was made by X to the W collected by the states'",
"""A contribution of ₦1.12 trillion was made by Lagos State to the ₦3.64 trillion collected by the 36 states in internally generated revenue last year, the statistics bureau said. Rivers and Ogun states were next. Most of the revenue came from personal income tax.""",
[R("contribution-made", {"c": "₦1.12 trillion", "w": "₦3.64 trillion"}, "c <= w",
   "Lagos State's revenue is part of the 36 states' total")],
("₦1.12 trillion", "₦4.12 trillion"))

item(F, 45, "statistics office, Austrian register; labels with the figures in brackets, country, state and city in one list (two relations)",
"""Tourist overnight stays, 2024: Austria (154.3 million), Tyrol (49.6 million), Innsbruck (1.9 million). The statistics office said winter stays in Tyrol recovered fully. Vienna is counted separately as a state.""",
[R("state-in-country", {"m": "49.6 million", "w": "154.3 million"}, "m <= w",
   "Tyrol's stays are part of Austria's"),
 R("city-in-state", {"c": "1.9 million", "m": "49.6 million"}, "c <= m",
   "Innsbruck's stays are part of Tyrol's")],
("1.9 million", "51.9 million"))

item(F, 46, "statistics agency, Canadian register; hedged inner level 'home to some C', the middle in brackets after 'sits inside', the outer in 'itself the most populous province of a country of W' (two relations)",
"""The Greater Toronto Area, home to some 7.1 million people, sits inside Ontario (16.1 million), itself the most populous province of a country of 41.5 million, the statistics agency's estimates show. Growth came almost entirely from immigration.""",
[R("province-in-country", {"m": "16.1 million", "w": "41.5 million"}, "m <= w",
   "Ontario's population is part of Canada's"),
 R("area-in-province", {"c": "7.1 million", "m": "16.1 million"}, "c <= m",
   "the Greater Toronto Area's population is part of Ontario's")],
("16.1 million", "46.1 million"))

item(F, 47, "customs data, Vietnamese register; the outer level in one sentence, the sector 'contributed M of that' after a long dashed insertion, the product 'alone' after a semicolon (two relations)",
"""Exports from Vietnam totalled $405.5 billion in 2024. The electronics sector — phones, computers and their parts, most of them assembled by foreign-invested firms in the north — contributed $126.5 billion of that; phones alone, $53.9 billion. Textiles came next.""",
[R("sector-in-exports", {"m": "$126.5 billion", "w": "$405.5 billion"}, "m <= w",
   "electronics exports are part of all exports"),
 R("phones-in-sector", {"c": "$53.9 billion", "m": "$126.5 billion"}, "c <= m",
   "phone exports are part of electronics exports")],
("$53.9", "$153.9"))

item(F, 48, "machine-translated provincial release, Korean register; calques 'is M persons, ... of the whole country W persons, and X is C persons among it' (two relations)",
"""The number of registered foreign residents of Gyeonggi-do is 812,400 persons, this is the most of the whole country 2,604,300 persons, and Ansan-si is 101,200 persons among it. The province will expand the support centres for the foreign residents.""",
[R("province-in-country", {"m": "812,400", "w": "2,604,300"}, "m <= w",
   "Gyeonggi-do's foreign residents are part of the national count"),
 R("city-in-province", {"c": "101,200", "m": "812,400"}, "c <= m",
   "Ansan-si's foreign residents are part of Gyeonggi-do's")],
("812,400", "3,812,400"))

# ------------------------------------------------------------------ percent-of-plan-and-promise
F = "percent-of-plan-and-promise"
item(F, 41, "housing department, Scottish register; a three-line plain-text table with target, completions and share of target",
"""Affordable homes programme, 2023-24

Target              12,000
Completed           10,284
Share of target      85.7%

The department said higher building costs delayed projects in the islands. The target for next year is unchanged.""",
[R("share-of-target-table", {"a": "10,284", "t": "12,000", "p": "85.7%"}, "a / t == p",
   "completions as a share of the target")],
("10,284", "11,484"))

item(F, 42, "statistics office and opposition newsroom, Portuguese register; the promise in a first paragraph, the result after a paragraph break with 'comfortably above the promise' (target met)",
"""In its 2019 manifesto the governing party promised 250,000 new jobs by the end of its term.

By the end of the term, the statistics office counts 271,460, comfortably above the promise, although critics note that many are temporary contracts.""",
[R("above-the-promise", {"a": "271,460", "t": "250,000"}, "a >= t",
   "the jobs created met the promise")],
("271,460", "211,460"))

item(F, 44, "machine-translated procurement report, Kazakh register; Russian calque 'The plan ... was fulfilled on P, procured A at the plan of T' in thousand tonnes",
"""The plan for grain procurement to the state reserve was fulfilled on 103.6%, procured 1,865.2 thousand tonnes at the plan of 1,800 thousand tonnes. The procurement was conducted in the northern regions. The grain is stored in the certified elevators.""",
[R("fulfilled-on", {"a": "1,865.2 thousand", "t": "1,800 thousand", "p": "103.6%"}, "a / t == p",
   "procurement as a percentage of the plan")],
("103.6%", "113.6%"))

item(F, 43, "energy ministry, Vietnamese register; nominalised passive 'Fulfilment of the target of T is recorded at P, with A commissioned'",
"""Fulfilment of the target of 4,500 MW of new rooftop solar for the year is recorded at 78.4%, with 3,528 MW commissioned, the energy ministry said. Grid connection delays in the central provinces were blamed for the shortfall.""",
[R("fulfilment-recorded", {"a": "3,528 MW", "t": "4,500 MW", "p": "78.4%"}, "a / t == p",
   "commissioned capacity as a percentage of the target")],
("3,528 MW", "3,028 MW"))

item(F, 45, "revenue board, Bangladeshi register; labels with the amounts in brackets, 'X (A) against Y (T): P'",
"""Revenue collected (Tk 3,412 billion) against target (Tk 4,100 billion): 83.2 per cent. The revenue board said collection from value added tax fell short the most. The target for the current year has been cut.""",
[R("against-target-brackets", {"a": "Tk 3,412", "t": "Tk 4,100", "p": "83.2 per cent"}, "a / t == p",
   "revenue collected as a percentage of the target")],
("Tk 3,412", "Tk 3,812"))

item(F, 46, "health ministry, Ugandan register; a hedged 'roughly P of their target', the doses 'against a planned T' after a participle",
"""Vaccination teams reached roughly 90% of their target in the polio campaign, administering 4.52 million doses against a planned 5.0 million, the health ministry said. Coverage was lowest in the refugee settlements of the west Nile region.""",
[R("roughly-of-target", {"a": "4.52 million", "t": "5.0 million", "p": "90%"}, "a / t == p",
   "doses as a percentage of the plan (hedged)")],
("4.52 million", "3.52 million"))

item(F, 47, "fiscal watchdog, British register; the outcome inside a long dashed insertion, the verb 'stayed within the T limit' far from it (ceiling respected)",
"""Borrowing — £118.4 billion for the year, on the watchdog's count, after a late surge in receipts from income tax and the new levy on energy profits — stayed within the £125 billion limit set in the spring budget. Debt interest costs rose again.""",
[R("stayed-within", {"a": "£118.4 billion", "t": "£125 billion"}, "a <= t",
   "borrowing stayed within the limit")],
("£118.4", "£138.4"))

item(F, 48, "water utility, Ugandan register; the percentage first before a colon, 'that is how much of the annual target ... achieved', target and result in the next sentence",
"""112.3 per cent: that is how much of the annual target for new water connections the utility achieved in Kampala. The target was 24,000; 26,952 connections were made. Most new connections were in Wakiso, where the city is growing fastest.""",
[R("that-is-how-much", {"a": "26,952", "t": "24,000", "p": "112.3 per cent"}, "a / t == p",
   "connections as a percentage of the target")],
("26,952", "29,952"))


# ------------------------------------------------------------------ decoys
DECOYS = [
    {"n": 105, "trap": "a plain-text table of two regions' cases for March next to the national count for the whole first quarter (sum of parts)",
     "text": """Cholera cases, March

North     4,210
South     3,180

The health ministry said cases fell in both regions after water points were chlorinated. For the first quarter as a whole, the national count was 9,870, including the capital and the east."""},
    {"n": 106, "trap": "the whole of one intake in a first paragraph, the dropouts and their rate from another intake after a paragraph break (share)",
     "text": """The university admitted 8,412 first-year students this year, its largest intake, the registrar said.

Of the previous year's intake, 1,906 have since dropped out, a rate the registrar put at 23.9%. Most left in the first semester."""},
    {"n": 107, "trap": "one export's level and growth in brackets next to another export's level of the previous year (growth)",
     "text": """Coffee export earnings (US$1.43bn in 2024) rose 6.1% as prices climbed, the export authority said. Tea earnings (US$1.31bn in 2023) have not yet been published for 2024. Cocoa remains a small crop."""},
    {"n": 108, "trap": "a plain-text table of two different rates next to a points change of a third rate (difference-points)",
     "text": """Labour market, third quarter

Unemployment rate           7.4%
Youth unemployment rate    15.9%

The participation rate was down 1.2 points on the year, the statistics office said. Employment in construction and in public administration rose."""},
    {"n": 109, "trap": "a hedged national ratio next to one province's doctors and population (ratio)",
     "text": """Nationally there is roughly one doctor for every 1,200 people, the medical council says. Eastern Province, with 812 registered doctors and 1,460,200 residents, is among the worst served. The council wants rural postings made compulsory for new graduates."""},
    {"n": 110, "trap": "a hedged round count of one year in a first paragraph next to the exact count of the next year (restatement)",
     "text": """Some 4.2 million foreign tourists came to the country in 2023, the tourism ministry said at the time.

The exact count for 2024, published on Monday, is 4,612,380. Officials credited new direct flights from the Gulf."""},
    {"n": 111, "trap": "pharmacies inspected in one quarter next to a larger number of shops closed over the whole year, a different set (part not above whole)",
     "text": """The pharmacy board inspected 1,204 pharmacies in the first quarter.

Over the whole year it closed 1,516 shops selling medicines without a licence, most of them street stalls and general stores rather than pharmacies."""},
    {"n": 112, "trap": "women's shares of three different wholes in brackets, adding to more than 100% (shares of one whole)",
     "text": """Women's representation, 2024: voters on the register (52.4%), poll workers (61.8%), candidates (18.7%). The electoral commission said it would train more women as returning officers and presiding officers before the next general election."""},
    {"n": 113, "trap": "a plain-text table of two groups' rates in 2024 next to the all-candidates rate of 2022, outside their range (overall between groups)",
     "text": """Pass rates, 2024

Boys     71.2%
Girls    74.6%

In 2022, the last year before the new syllabus, the rate for all candidates was 68.9%. The council said the new syllabus suits girls better."""},
    {"n": 114, "trap": "'the most populous' next to two states' land areas, in which that state is the smaller (order)",
     "text": """Lagos is Nigeria's most populous state, the population commission says. Its land area is 3,577 sq km; Kano's is 20,131 sq km. The state government says land reclamation on the lagoon will add a little, and Kano's population is growing faster."""},
    {"n": 115, "trap": "current assets, current liabilities and working capital, each from a different year, across two paragraphs (defined identity)",
     "text": """The cooperative's current assets were ₦412bn at the end of 2024, against current liabilities of ₦288bn a year earlier.

Working capital, last reported for 2022, was ₦96bn. The auditors have asked for restated accounts for 2023."""},
    {"n": 116, "trap": "a state's cocoa area in hectares larger than the nation's cocoa output in tonnes, different measures (nested aggregate)",
     "text": """Nigeria produced 280,000 tonnes of cocoa beans last season, the cocoa association said. Ondo State, the leading grower, has about 410,000 hectares under cocoa, much of it old trees. Replanting is subsidised."""},
    {"n": 117, "trap": "a national target for a later year next to one county's connections and a percentage of that county's own target (percent of plan)",
     "text": """The national target is 1.2 million new electricity connections by 2026. Kisumu County made 48,210 connections last year, 61.4% of its own county target, the energy ministry said. Siaya and Homa Bay did better."""},
    {"n": 118, "trap": "admissions in one year in a first paragraph, outpatient visits of the previous year with their own change after a paragraph break (difference)",
     "text": """Public hospitals admitted 41,260 patients in the first quarter of 2024.

Outpatient visits in the first quarter of 2023 were 38,120, up 4,180 on 2022, the health department said. Dental clinics were counted separately."""},
    {"n": 119, "trap": "machine-translated; exports with their own growth next to imports, different series (growth)",
     "text": """Export turnover of the province reached 12.4 billion USD, increasing 8.6% over the same period. Import turnover was estimated 11.2 billion USD. The trade surplus continued to be maintained thanks to the processing industry."""},
    {"n": 120, "trap": "a plain-text table of boys and girls enrolled next to the capacity in places, a different measure (sum of parts)",
     "text": """Form One enrolment, January intake

Boys     61,240
Girls    58,930

Secondary schools had 128,000 places available, the education ministry said, so some schools were half empty while others in the towns turned pupils away. Boarding places were the hardest to find."""},
]
