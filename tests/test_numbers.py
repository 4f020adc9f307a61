"""The numeric-fact plugin (``numbers``): examples on invented sentences and the seed."""

from __future__ import annotations

import pytest

import claimkit


def facts(text: str) -> list[claimkit.Claim]:
    return claimkit.extract(text, extractors=["numbers"])


def only(text: str) -> claimkit.Claim:
    found = facts(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def role(claim: claimkit.Claim, name: str) -> str | None:
    span = claim.roles.get(name)
    return span.text if span else None


# ---------------------------------------------------------------- the seed article


def test_seed_up_to_300_km_is_an_at_most_length_measuring_a_distance(seed_text):
    claim = only(seed_text)
    assert claim.kind == "numeric_fact"
    assert claim.extractor == "numbers"
    assert role(claim, "quantity") == "300"
    assert role(claim, "unit") == "km"
    assert role(claim, "qualifier") == "up to"
    assert role(claim, "measured") == "a distance"
    attributes = claim.attributes
    assert attributes["value"] == 300
    assert attributes["unit"] == "kilometre"
    assert attributes["dimension"] == "length"
    assert attributes["normalized_value"] == 300000
    assert attributes["normalized_unit"] == "m"
    assert attributes["qualifier"] == "at_most"
    assert attributes["change"] is None
    assert seed_text[claim.start:claim.end] == claim.text == "a distance of up to 300 km"


def test_seed_has_no_date_or_adjective_claims(seed_text):
    texts = [c.text for c in facts(seed_text)]
    assert not any("May" in t or "long-range" in t for t in texts)


def test_plugin_is_registered_under_its_name_with_its_kind():
    info = {info.name: info for info in claimkit.plugin_infos()}["numbers"]
    assert info.kinds == ("numeric_fact",)
    assert facts("It weighs 3 kg.")[0].extractor == "numbers"


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize("text, value", [
    ("The bridge is 1,250 metres long.", 1250),
    ("The bridge is 1 250 metres long.", 1250),
    ("The lake is 3.75 km wide.", 3.75),
    ("The cave reached -12 degrees Celsius at night.", -12),
    ("They walked 2½ miles.", 2.5),
    ("A plank of 10 1/2 feet was enough.", 10.5),
    ("The part is 1/16 inch thick.", 0.0625),
    ("The tank holds three hundred litres.", 300),
    ("The tower is twenty-five metres tall.", 25),
    ("Some one hundred and fifty people came.", 150),
    ("Half a million people signed it.", 500000),
    ("A dozen countries objected.", 12),
    ("The fund holds 2.5 million dollars.", 2_500_000),
    ("The firm lost £1.2bn last year.", 1_200_000_000),
    ("Its budget is €50m.", 50_000_000),
    ("The deal is worth $3bn.", 3_000_000_000),
    ("Spending reached $4 trillion.", 4e12),
    ("They raised 10k dollars.", 10_000),
    ("The service has 14m customers.", 14_000_000),
])
def test_number_grammar(text, value):
    assert only(text).attributes["value"] == pytest.approx(value)


def test_european_thousands_when_the_article_writes_numbers_that_way():
    text = "Die Stadt hat 1.250.000 Einwohner. Das Feld misst 2.500 m."
    values = [c.attributes["value"] for c in facts(text)]
    assert 2500 in values


def test_m_before_an_athletics_word_stays_metres():
    assert only("She won the 60m hurdles.").attributes["unit"] == "metre"


def test_english_article_reads_a_dot_as_a_decimal_point():
    assert only("The rod is 2.500 m long.").attributes["value"] == 2.5


# ---------------------------------------------------------------- units


@pytest.mark.parametrize("text, unit, dimension, si", [
    ("The road runs for 12 km.", "kilometre", "length", (12000, "m")),
    ("The road runs for 12 kilometers.", "kilometre", "length", (12000, "m")),
    ("The field covers 3 hectares.", "hectare", "area", (30000, "m2")),
    ("The flat is 80 sq m.", "square metre", "area", (80, "m2")),
    ("The jar holds 750 ml.", "millilitre", "volume", (0.00075, "m3")),
    ("The baby weighed 7 lbs.", "pound mass", "mass", (3.17514659, "kg")),
    ("The baby weighs over two pounds.", "pound mass", "mass", (0.90718474, "kg")),
    ("The parcel weighs 2 kg.", "kilogram", "mass", (2, "kg")),
    ("The trip took 3 hours.", "hour", "duration", (10800, "s")),
    ("The car reached 120 mph.", "mile per hour", "speed", (53.6448, "m/s")),
    ("It was 30°C in the shade.", "celsius", "temperature", (303.15, "K")),
    ("It was 86 degrees Fahrenheit.", "fahrenheit", "temperature", (303.15, "K")),
    ("Seville reached 41.5C on Tuesday.", "celsius", "temperature", (314.65, "K")),
    ("The plant makes 5 MW.", "megawatt", "power", (5e6, "W")),
    ("Households use 3,000 kWh a year.", "kilowatt hour per year", "energy rate", None),
    ("The file is 700 MB.", "megabyte", "data", (5.6e9, "bit")),
])
def test_units_from_the_table(text, unit, dimension, si):
    attributes = only(text).attributes
    assert attributes["unit"] == unit
    assert attributes["dimension"] == dimension
    if si:
        assert attributes["normalized_value"] == pytest.approx(si[0])
        assert attributes["normalized_unit"] == si[1]


@pytest.mark.parametrize("text, unit, code, value", [
    ("It cost $3bn.", "US dollar", "USD", 3e9),
    ("It cost US$40.", "US dollar", "USD", 40),
    ("It cost £1.2bn.", "pound sterling", "GBP", 1.2e9),
    ("It cost €50m.", "euro", "EUR", 5e7),
    ("It cost ¥900.", "Japanese yen", "JPY", 900),
    ("It cost EUR 125.", "euro", "EUR", 125),
    ("It cost 40 dollars.", "US dollar", "USD", 40),
    ("It cost 275 million pounds.", "pound sterling", "GBP", 275e6),
    ("It cost C$12.8 million.", "Canadian dollar", "CAD", 12.8e6),
])
def test_currencies_are_normalised_to_iso_codes(text, unit, code, value):
    attributes = only(text).attributes
    assert attributes["unit"] == unit
    assert attributes["dimension"] == "currency"
    assert attributes["normalized_unit"] == code
    assert attributes["value"] == pytest.approx(value)


def test_pence_are_pennies_of_a_pound():
    attributes = only("Shares closed at 197p.").attributes
    assert attributes["unit"] == "penny"
    assert attributes["normalized_value"] == pytest.approx(1.97)
    assert attributes["normalized_unit"] == "GBP"


@pytest.mark.parametrize("text, unit", [
    ("Sales rose 5%.", "percentage"),
    ("Sales rose 5 per cent.", "percentage"),
    ("Sales rose 5 percent.", "percentage"),
    ("The rate rose 2 percentage points.", "percentage point"),
])
def test_percentages_and_percentage_points_stay_distinct(text, unit):
    assert only(text).attributes["unit"] == unit


def test_price_per_share():
    attributes = only("The bid values the firm at $98 a share.").attributes
    assert attributes["unit"] == "US dollar per share"


def test_index_points_take_fractions():
    attributes = only("Gilt yields dropped as much as 3/4 point.").attributes
    read = (attributes["value"], attributes["unit"], attributes["change"])
    assert read == (0.75, "point", "down")


def test_a_unit_glued_to_a_number_must_be_a_unit():
    assert facts("The code 58316L447 is printed on the box.") == []


# ---------------------------------------------------------------- counts


@pytest.mark.parametrize("text, value, unit", [
    ("Russia fired two missiles overnight.", 2, "missiles"),
    ("The survey had 5,318 participants.", 5318, "participants"),
    ("A dozen countries signed.", 12, "countries"),
    ("Police arrested 14 people.", 14, "people"),
    ("The firm bought 38 fighter jets.", 38, "fighter jets"),
    ("I tried to call him 3 times.", 3, "times"),
    ("More than 200 MPs signed.", 200, "mps"),
    ("The attack killed 20 Britons.", 20, "britons"),
    ("The cash went into three Ohio trust accounts.", 3, "ohio trust accounts"),
])
def test_counts_take_the_counted_noun_as_unit(text, value, unit):
    claim = only(text)
    assert claim.attributes["value"] == value
    assert claim.attributes["unit"] == unit
    assert claim.attributes["dimension"] == "count"


def test_a_counted_phrase_may_hold_another_quantity():
    found = facts("The lab will launch four of the two-ton probes.")
    assert [(c.attributes["value"], c.attributes["unit"]) for c in found] == [
        (4, "two-ton probes"), (2, "ton")]


def test_a_spelled_number_without_a_noun_is_not_a_fact():
    assert facts("One of them said the two would meet.") == []


# ---------------------------------------------------------------- ranges, qualifiers, change


@pytest.mark.parametrize("text, low, high, quantity", [
    ("The missile flies 200-300 km.", 200, 300, "200-300"),
    ("The missile flies 200 to 300 km.", 200, 300, "200 to 300"),
    ("The missile flies between 200 and 300 km.", 200, 300, "200 and 300"),
    ("Inflation will be from 5% to 10%.", 5, 10, "5% to 10"),
    ("The deal is worth between 2 and 3 million dollars.", 2e6, 3e6, "2 and 3 million"),
])
def test_ranges_are_one_fact(text, low, high, quantity):
    claim = only(text)
    assert claim.attributes["value"] == pytest.approx(low)
    assert claim.attributes["high"] == pytest.approx(high)
    assert claim.attributes["qualifier"] == "range"
    assert role(claim, "quantity") == quantity


def test_a_score_is_not_a_range():
    assert facts("Chelsea won 3-1 on Saturday.") == []


def test_different_units_do_not_make_a_range():
    found = facts("Profits slumped 31% to $190m.")
    assert [c.attributes["unit"] for c in found] == ["percentage", "US dollar"]


@pytest.mark.parametrize("phrase, qualifier", [
    ("up to", "at_most"), ("about", "approximate"), ("around", "approximate"),
    ("nearly", "approximate"), ("almost", "approximate"), ("some", "approximate"),
    ("more than", "more_than"), ("over", "more_than"), ("at least", "at_least"),
    ("less than", "less_than"), ("under", "less_than"),
])
def test_qualifiers(phrase, qualifier):
    claim = only(f"The convoy travelled {phrase} 40 km.")
    assert claim.attributes["qualifier"] == qualifier
    assert role(claim, "qualifier") == phrase


def test_the_agent_of_a_cut_is_not_what_is_measured():
    claim = only("The carmaker has cut 4,200 posts.")
    assert (claim.attributes["change"], role(claim, "measured")) == ("down", None)


def test_a_lone_up_does_not_move_a_count():
    claim = only("Families give up two meals a day.")
    assert claim.attributes["change"] is None


def test_plain_numbers_are_exact():
    assert only("The convoy travelled 40 km.").attributes["qualifier"] == "exact"


@pytest.mark.parametrize("text, change", [
    ("Sales rose 5% in March.", "up"),
    ("Revenue fell by $3bn.", "down"),
    ("The bank cut rates to 2%.", "down"),
    ("Exports were up 4%.", "up"),
    ("Sales were 5% higher.", None),
    ("Profits doubled to $3bn.", "up"),
])
def test_change_direction(text, change):
    assert only(text).attributes["change"] == change


# ---------------------------------------------------------------- measured


@pytest.mark.parametrize("text, measured", [
    ("The rocket can reach a distance of up to 300 km.", "a distance"),
    ("Sales rose 6% last year.", "Sales"),
    ("The firm issued $300 million of bonds.", "bonds"),
    ("They rented a 12-acre apple orchard.", "apple orchard"),
    ("It has gross annual revenues of $58bn.", "gross annual revenues"),
    ("The poll found that bus fares fell 0.7%.", "bus fares"),
    ("It signed a $72m takeover deal.", "takeover deal"),
    ("It holds a 10% stake in the firm.", "stake"),
    ("The central bank raised rates by 0.25 percentage points.", "rates"),
    ("Train fares went up by 0.9%.", "Train fares"),
    ("Exports climbed even faster by 11.2%.", "Exports"),
])
def test_measured(text, measured):
    assert role(only(text), "measured") == measured


# ---------------------------------------------------------------- ages


@pytest.mark.parametrize("text, value", [
    ("The bridge is 120 years old.", 120),
    ("A 28-year-old runner won.", 28),
    ("Symptoms show at around 4 years of age.", 4),
    ("Maria Lopez, 56, was re-elected.", 56),
])
def test_ages(text, value):
    attributes = only(text).attributes
    assert attributes["value"] == value
    assert attributes["unit"] == "year"
    assert attributes["dimension"] == "age"


# ---------------------------------------------------------------- not numeric facts


@pytest.mark.parametrize("text", [
    "The offensive began in May 2024.",
    "It was signed on 8 May.",
    "It was signed on May 8, 1945.",
    "In 2004 the plan changed.",
    "The meeting starts at 10:30.",
    "The meeting starts at 2pm.",
    "She finished 3rd in the race.",
    "The 1990s were different.",
    "Call 020 7946 0000 for details.",
    "Call 555-123-4567 now.",
    "Ukraine asked for F-16 jets.",
    "He flew on a Boeing 747 to Rome.",
    "They invoked Article 5 of the treaty.",
    "The COVID-19 rules ended.",
    "Mirror the files with mp3 names.",
    "Then came 9/11 and everything changed.",
    "1. Open the box.\n2. Take the lid off.",
    "Fans in their 30s and 40s came.",
    "Boeing sold its 787-900XR planes.",
    "Give it one last go.",
    "Care for the over 65s is costly.",
    "Send it to PA 61872 F Block.",
    "He lives at 10 Downing Street.",
    "Wales are fit for the Zenith 6 Trophy opener.",
    "The song went to the number one spot.",
])
def test_not_numeric_facts(text):
    assert facts(text) == [], [c.text for c in facts(text)]


# ---------------------------------------------------------------- moves from one value to another


@pytest.mark.parametrize("text, low, high, change, measured", [
    ("The retirement age will rise from 62 to 67.", 62, 67, "up", "The retirement age"),
    ("Waiting lists fell from 7,410 to 6,925 last year.", 6925, 7410, "down", "Waiting lists"),
    ("The council revised the figure from 410 to 385.", 385, 410, "down", None),
    ("The club raised the fee from £3.50 to £5 a month.", 3.5, 5, "up", "the fee"),
    ("Ticket prices were cut from $40 to $25.", 25, 40, "down", "Ticket prices"),
    ("It increased this from 8% to 11% in May.", 8, 11, "up", None),
])
def test_a_move_from_one_value_to_another_is_one_fact_with_its_direction(
        text, low, high, change, measured):
    claim = only(text)
    attributes = claim.attributes
    assert (attributes["value"], attributes["high"]) == (pytest.approx(low), pytest.approx(high))
    assert attributes["change"] == change
    assert role(claim, "measured") == measured


def test_a_range_with_signs_on_both_ends_names_the_first_sign_as_its_unit():
    claim = only("Tickets cost between €20 and €35.")
    assert role(claim, "unit") == "€"
    assert (claim.attributes["value"], claim.attributes["high"]) == (20, 35)


def test_a_range_without_a_move_has_no_direction():
    claim = only("Prices range from £19 to £29.")
    assert (claim.attributes["qualifier"], claim.attributes["change"]) == ("range", None)


def test_a_change_and_its_result_stay_two_facts():
    found = facts("Oil rose, adding $2.10 to $51.30 a barrel.")
    assert [(c.attributes["value"], c.attributes["change"]) for c in found] == [
        (2.1, "up"), (51.3, None)]


@pytest.mark.parametrize("text, change, measured", [
    ("The bank cut the rate to 2%.", "down", "the rate"),
    ("The rate was cut to 2% in June.", "down", "The rate"),
    ("The group cut its losses back to £35m.", "down", "its losses"),
    ("Strong hiring helped push down the jobless rate to 4.8%.", "down", "the jobless rate"),
    ("Profits will rise 7% next year.", "up", "Profits"),
    ("The firm is raising its dividend by 4%.", "up", "its dividend"),
])
def test_change_verbs_with_objects_modals_and_passives(text, change, measured):
    claim = only(text)
    assert (claim.attributes["change"], role(claim, "measured")) == (change, measured)


def test_a_month_is_not_what_is_measured():
    claim = only("Revenue in the quarter to June will fall 4%.")
    assert (claim.attributes["change"], role(claim, "measured")) == ("down", None)


def test_an_age_does_not_move():
    claim = only("He lost his place in the side to a 19-year-old.")
    assert (claim.attributes["dimension"], claim.attributes["change"]) == ("age", None)
    assert role(claim, "unit") == "year-old"


# ---------------------------------------------------------------- spelled fractions and "one"


@pytest.mark.parametrize("text, value", [
    ("Members receive one sixtieth of their final pay.", 1 / 60),
    ("Only one hundredth of the budget was used.", 0.01),
    ("Nearly seven-eighths of the members agreed.", 0.875),
    ("The walk took one and a half hours.", 1.5),
    ("The walk took two and a quarter hours.", 2.25),
    ("One and a half million tickets were sold.", 1_500_000),
    ("About a million and a half visitors came.", 1_500_000),
    ("Use two thirds of the flour.", 2 / 3),
])
def test_spelled_fractions(text, value):
    assert only(text).attributes["value"] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "The twenty-fifth anniversary dinner was held.",
    "No-one present could remember it.",
    "She bought an all-in-one printer.",
    "At one point the talks nearly failed.",
    "At one stage the lead was lost.",
    "On the one hand, the plan is cheap.",
    "One thing is certain: prices will rise.",
    "It is one way to save money.",
    "We may see one more rate rise.",
    "Find one dedicated to the task.",
])
def test_turns_of_phrase_with_one_are_not_counts(text):
    assert facts(text) == [], [c.text for c in facts(text)]


def test_most_is_not_part_of_the_counted_noun():
    found = facts("We will hire 9 more teachers and shut the 15 most crowded schools.")
    assert [c.attributes["unit"] for c in found] == ["more teachers", "crowded schools"]


@pytest.mark.parametrize("text, unit, lemma", [
    ("Rents rose in the region's five biggest towns.", "biggest towns", "big town"),
    ("It was one of the club's worst defeats.", "club's worst defeats", "club bad defeat"),
])
def test_the_normalized_unit_of_a_count_is_its_dictionary_form(text, unit, lemma):
    claim = only(text)
    assert (claim.attributes["unit"], claim.attributes["normalized_unit"]) == (unit, lemma)


# ---------------------------------------------------------------- unit forms


@pytest.mark.parametrize("text, value, unit", [
    ("Officials expect 25, 000 visitors.", 25000, "visitors"),
    ("The survey counted 3, 412 nests.", 3412, "nests"),
    ("The load is 40 (kg) at most.", 40, "kilogram"),
    ("The load is 40 [kg] at most.", 40, "kilogram"),
    ("The mast is 30 ft 6 in tall.", 6, "inch"),
    ('The board is 18 " wide.', 18, "inch"),
    ("A 2Mb line costs more.", 2, "megabit"),
    ("The card holds 512MB.", 512, "megabyte"),
])
def test_unit_forms(text, value, unit):
    claim = facts(text)[-1]
    assert (claim.attributes["value"], claim.attributes["unit"]) == (value, unit)


@pytest.mark.parametrize("text", [
    "The catalogue lists 231, 245, 260 and more.",
    "Questions 12, 140 and 150 were dropped.",
])
def test_a_comma_list_is_not_one_number(text):
    assert all(c.attributes["value"] < 1000 for c in facts(text))


def test_a_day_and_a_comma_do_not_join_the_next_number():
    assert only("It opened on June 12, 300 guests came.").attributes["value"] == 300


def test_a_number_before_a_code_is_part_of_the_code():
    assert facts("Order part 55120 K-310 today.") == []


def test_a_model_name_after_a_small_number_does_not_hide_it():
    assert only("The airline will buy 12 A320 jets.").attributes["value"] == 12


# ---------------------------------------------------------------- more readings from news


@pytest.mark.parametrize("text", [
    "Zeta 4 has sold well since March.",
    "Quake 2 was launched in a rush.",
    "Ring 0800 123 4567 for a copy.",
    "The sale is on 14 and 15 July.",
    "The fair runs from 3 to 5 May.",
])
def test_more_names_phones_and_dates(text):
    assert facts(text) == [], [c.text for c in facts(text)]


@pytest.mark.parametrize("text, qualifier", [
    ("During 2004 some 300 people came.", "approximate"),
    ("Barely 5% of voters agreed.", "approximate"),
    ("Norway's 40 towns took part.", "exact"),
])
def test_sentence_openers_that_do_not_name_the_number(text, qualifier):
    assert only(text).attributes["qualifier"] == qualifier


@pytest.mark.parametrize("text, low, high", [
    ("She retired at the age of 71.", 71, None),
    ("The course suits learners between the ages of 11 and 14.", 11, 14),
    ("The club is for people aged between 50 and 65.", 50, 65),
])
def test_the_age_of(text, low, high):
    attributes = only(text).attributes
    assert (attributes["value"], attributes["high"]) == (low, high)
    assert (attributes["unit"], attributes["dimension"]) == ("year", "age")


def test_a_sign_after_a_word_ending_in_us_is_the_sign_alone():
    claim = only("The donor made a generous $4bn pledge.")
    assert (claim.attributes["unit"], role(claim, "unit")) == ("US dollar", "$")


def test_a_word_glued_to_digits_is_not_part_of_what_is_measured():
    found = facts("She set her 400m best of 51.2 seconds.")
    assert role(found[-1], "measured") == "best"


def test_up_after_a_particle_verb_is_not_a_move():
    assert only("The job used up 9 hours of machine time.").attributes["change"] is None
    assert only("The stock closed up nine pence.").attributes["change"] == "up"


# ---------------------------------------------------------------- currencies


@pytest.mark.parametrize("text, value, unit, code", [
    ("The bank paid 300 million marks for the stake.", 300e6, "mark", "DEM"),
    ("The dollar bought 1.7250 marks in Frankfurt.", 1.725, "mark", "DEM"),
    ("The stamp once cost 40 Deutsche marks.", 40, "mark", "DEM"),
    ("A ticket is 12 $ at the door.", 12, "US dollar", "USD"),
])
def test_more_currency_forms(text, value, unit, code):
    claim = only(text)
    assert claim.attributes["value"] == pytest.approx(value)
    assert (claim.attributes["unit"], claim.attributes["normalized_unit"]) == (unit, code)


def test_marks_out_of_ten_are_not_money():
    assert facts("The judges gave her 9 marks out of 10.")[0].attributes["dimension"] == "count"


def test_a_sign_before_a_space_is_the_unit_without_the_space():
    assert role(only("It raised C$ 120 last year."), "unit") == "C$"


@pytest.mark.parametrize("text, value, high, unit", [
    ("She charges $18.5/hour for lessons.", 18.5, None, "US dollar per hour"),
    ("It is a 10- to 15-minute walk from here.", 10, 15, "minute"),
    ("The plank is 1 1/2 in thick.", 1.5, None, "inch"),
    ("The scan gave a dose of 12 mGy.", 12, None, "milligray"),
])
def test_rates_suspended_hyphen_ranges_and_more_units(text, value, high, unit):
    attributes = only(text).attributes
    assert (attributes["value"], attributes["high"], attributes["unit"]) == (value, high, unit)


def test_in_before_a_noun_is_a_preposition():
    assert only("The buses came 2 in long queues.").attributes["unit"] is None


def test_an_age_range_with_year_olds():
    attributes = only("The show is for six- to nine-year-olds.").attributes
    assert (attributes["value"], attributes["high"], attributes["dimension"]) == (6, 9, "age")


@pytest.mark.parametrize("text, value", [
    ('She replied "one hundred and seven" quickly.', 107),
    ("The chance is one sixth.", 1 / 6),
    ("She was twenty-five.", 25),
])
def test_a_spelled_number_of_several_words_stands_alone(text, value):
    assert only(text).attributes["value"] == pytest.approx(value)


def test_one_before_a_verb_is_not_a_count():
    assert facts("That one costs too much.") == []


def test_quarters_as_periods_are_counted_not_divided():
    assert only("The firm has been in profit for five quarters.").attributes["unit"] == "quarters"
    assert only("Three quarters of the staff agreed.").attributes["value"] == 0.75


def test_a_ranking_line_is_not_a_count():
    text = "Seeds:\n\n7 Marta Olsen (Norway)\n\n8 Lena Haas (Austria)\n"
    assert facts(text) == [], [c.text for c in facts(text)]


@pytest.mark.parametrize("text, value, unit", [
    ("The firm has sold 3m PC games.", 3_000_000, "pc games"),
    ("It ranks the top 8 global shipping firms.", 8, "global shipping firms"),
    ("The city hired 20 police officers.", 20, "police officers"),
    ("I employ 42 staff whose pay has risen.", 42, "staff"),
])
def test_more_counted_nouns(text, value, unit):
    attributes = only(text).attributes
    assert (attributes["value"], attributes["unit"]) == (value, unit)


@pytest.mark.parametrize("text, value, qualifier", [
    ("The quorum is no less than forty.", 40, "at_least"),
    ("The school takes children under five.", 5, "less_than"),
    ("The pole is larger than 10 m.", 10, "more_than"),
    ("Keep the dose <5 mg.", 5, "less_than"),
    ("The load must be >=20 kg.", 20, "at_least"),
])
def test_qualified_numbers(text, value, qualifier):
    attributes = only(text).attributes
    assert (attributes["value"], attributes["qualifier"]) == (value, qualifier)



def test_a_score_after_from_is_not_a_range():
    assert facts("She came back from 0-30 down to win.") == []
