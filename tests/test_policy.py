"""The policy-change extractor: the seed article, invented sentences, and robustness."""

from __future__ import annotations

import pytest
from claimkit_policy import KIND, extract
from claimkit_policy import _lexicon as lex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import Document, check_claim

from growth import assert_linear_time


def claims_of(text: str) -> list:
    found = extract(Document(text))
    for claim in found:
        check_claim(text, claim)
        assert claim.kind == KIND
    return found


def role(claim, name: str) -> str | None:
    span = claim.roles.get(name)
    return span.text if span else None


def find(claims, trigger_part: str):
    matching = [c for c in claims if trigger_part in (role(c, "trigger") or "")]
    assert matching, f"no claim with a trigger containing {trigger_part!r}: " + repr(
        [role(c, "trigger") for c in claims]
    )
    return matching[0]


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_claims(seed_text):
    return claims_of(seed_text)


def test_seed_headline_authorization(seed_claims):
    claim = find(seed_claims, "authorizes")
    assert claim.attributes["action"] == "authorize"
    assert role(claim, "actor") == "Biden"
    assert role(claim, "target") == "Ukraine"
    assert claim.attributes["status"] == "actual"


def test_seed_green_light_is_a_reported_reversal_under_conditions(seed_claims):
    claim = find(seed_claims, "green light")
    assert claim.attributes["action"] == "authorize"
    assert role(claim, "actor") == "Joe Biden"
    assert role(claim, "target") == "Ukraine"
    assert "strike targets on Russian soil" in role(claim, "policy")
    assert role(claim, "condition") == "under certain conditions"
    assert claim.attributes["reversal"] is True
    assert claim.attributes["status"] == "reported"
    assert role(claim, "source") == "an American official"
    # The relative clause stating the former stance is evidence, not a claim of its own.
    assert not any("refused" in (role(c, "trigger") or "") for c in seed_claims)


def test_seed_united_states_keeps_opposing_deep_strikes(seed_claims):
    claim = find(seed_claims, "continued to oppose")
    assert claim.attributes["action"] == "maintain"
    assert role(claim, "actor") == "the United States"
    assert "deep into Russian territory" in role(claim, "policy")
    assert claim.attributes["status"] == "reported"


def test_seed_position_has_not_changed_is_maintain(seed_claims):
    claim = find(seed_claims, "has not changed")
    assert claim.attributes["action"] == "maintain"
    assert claim.attributes["negated"] is False
    assert role(claim, "actor") == "Our"
    assert role(claim, "policy").startswith("position on prohibiting")
    # "prohibiting" sits inside the noun phrase: no claim of its own.
    assert not any(role(c, "trigger") == "prohibiting" for c in seed_claims)


def test_seed_blinken_reports_a_change_of_position(seed_claims):
    claim = find(seed_claims, "had changed")
    assert claim.attributes["action"] == "change"
    assert role(claim, "actor") == "the United States"
    assert "Antony Blinken" in role(claim, "source")
    assert claim.attributes["status"] == "reported"


def test_seed_blinken_we_have_adapted_and_adjusted(seed_claims):
    claim = find(seed_claims, "adapted and adjusted")
    assert claim.attributes["action"] == "change"
    assert role(claim, "actor") == "we"
    assert claim.attributes["actor_name"] == "Antony Blinken"
    assert claim.attributes["status"] == "actual"  # the speaker's own move
    assert "policy" not in claim.roles


def test_seed_nato_urges_capitals_to_lift_restrictions(seed_claims):
    claim = find(seed_claims, "pushing")
    assert role(claim, "trigger") == "is pushing Western capitals to lift"
    assert claim.attributes["action"] == "urge"
    assert role(claim, "actor") == "NATO"
    assert role(claim, "target") == "Western capitals"
    assert role(claim, "policy").startswith("restrictions")


def test_seed_countries_join_the_position(seed_claims):
    claim = find(seed_claims, "joined")
    assert claim.attributes["action"] == "join"
    assert "France" in role(claim, "actor")
    assert role(claim, "policy") == "a position"


# --------------------------------------------------------------------------- invented


@pytest.mark.parametrize(
    ("sentence", "trigger", "action", "status", "negated"),
    [
        ("The council has banned smoking in all parks.", "has banned", "prohibit", "actual", False),
        (
            "The regulator will lift restrictions on foreign ownership next year.",
            "will lift",
            "lift",
            "proposed",
            False,
        ),
        ("The minister ruled out raising the fuel duty.", "ruled out", "reject", "actual", False),
        (
            "The cabinet did not rule out new border controls.",
            "did not rule out",
            "reject",
            "actual",
            True,
        ),
        (
            "The agency will not allow drivers to use phones.",
            "will not allow",
            "prohibit",
            "proposed",
            False,
        ),
        (
            "The treasury could impose a levy on sugary drinks.",
            "could impose",
            "impose",
            "hypothetical",
            False,
        ),
        (
            "Fishing crews urged the ministry to scrap the levy on nets.",
            "urged the ministry to scrap",
            "urge",
            "actual",
            False,
        ),
        (
            "The party has scrapped its plan to privatise the railways.",
            "has scrapped",
            "reverse",
            "actual",
            False,
        ),
        ("The board rejected calls to abolish the quota.", "rejected", "reject", "actual", False),
        (
            "Ministers have performed a U-turn on school meals.",
            "U-turn",
            "reverse",
            "actual",
            False,
        ),
    ],
)
def test_invented_moves(sentence, trigger, action, status, negated):
    claim = find(claims_of(sentence), trigger)
    assert claim.attributes["action"] == action
    assert claim.attributes["status"] == status
    assert claim.attributes["negated"] is negated
    if action == "reverse":
        assert claim.attributes["reversal"] is True


def test_if_clause_is_a_condition_and_makes_the_move_hypothetical():
    text = "If the review backs it, the government will introduce a new tax on plastic bags."
    claim = find(claims_of(text), "introduce")
    assert claim.attributes["action"] == "impose"
    assert claim.attributes["status"] == "hypothetical"
    assert role(claim, "condition") == "If the review backs it"
    assert role(claim, "actor") == "the government"


def test_passive_with_agent():
    text = "The new licensing rules, which were approved by the state assembly, take effect today."
    claim = find(claims_of(text), "approved")
    assert claim.attributes["action"] == "change"
    assert role(claim, "actor") == "the state assembly"


def test_negated_change_keeps_the_policy():
    claim = find(
        claims_of("The government's policy on tuition fees has not changed."), "has not changed"
    )
    assert claim.attributes["action"] == "maintain"
    assert claim.attributes["negated"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Ratings agency S&P lifted the country's credit rating to investment grade.",
        "The striker lifted the trophy after a dramatic final.",
        "Profits at the retailer rose by 5% in the last quarter.",
        "As conditions have changed, the weather has changed too.",
        "The Court of Appeal overturned the ban on hunting.",  # a court ruling
        "Some 60% of voters want a ban on smoking in pubs.",  # an opinion poll
        "The smoking ban came into force in March.",  # an anaphoric mention
        "The firm will cut 500 jobs and create a new brand.",  # business, not policy
    ],
)
def test_not_policy(text):
    assert claims_of(text) == []


def test_existential_rule_is_proposed():
    claim = find(
        claims_of("There will be a ban on smoking in offices from next year."), "There will be"
    )
    assert claim.attributes["action"] == "prohibit"
    assert claim.attributes["status"] == "proposed"
    assert role(claim, "policy").startswith("a ban on smoking")


def test_granting_powers_is_an_authorization():
    claim = find(claims_of("The new act will give councils powers to close noisy bars."), "give")
    assert claim.attributes["action"] == "authorize"
    assert role(claim, "actor") == "The new act"


def test_support_for_a_gerund_is_a_call():
    text = "Most MPs support replacing the upper house with an elected senate."
    claim = find(claims_of(text), "support replacing")
    assert claim.attributes["action"] == "urge"


def test_coordinated_verb_shares_the_subject():
    text = "The government said it would appeal the ruling and would introduce new legislation."
    claim = find(claims_of(text), "would introduce")
    assert role(claim, "actor") == "The government"
    assert claim.attributes["status"] == "proposed"


def test_nominal_call_owned_by_the_subject_of_its_verb():
    claim = find(
        claims_of("The union renewed its call for tighter safety rules in a leaflet."), "call for"
    )
    assert claim.attributes["action"] == "urge"
    assert role(claim, "actor") == "The union"


def test_modal_of_obligation_is_a_call_on_the_subject():
    claim = find(
        claims_of("The regulator said banks should be banned from charging the fee."), "banned"
    )
    assert claim.attributes["action"] == "urge"
    assert role(claim, "target") == "banks"
    assert role(claim, "actor") is None or role(claim, "actor") == "The regulator"


# --------------------------------------------------------------------------- readings fixed
# Each sentence below is invented; it stands for a pattern met in real news output.


def test_aside_without_commas_stays_in_the_verb_group():
    claim = find(
        claims_of("Tenants' councils would of course be consulted on the parking rules."),
        "consulted",
    )
    assert role(claim, "trigger") == "would of course be consulted"
    assert role(claim, "target") == "councils"  # who is consulted, not "of course"
    assert role(claim, "policy") == "the parking rules"


def test_embedded_question_is_no_move():
    # "whether the minister supported ..." asks; it does not say that she did.
    text = "A spokeswoman refused to say whether the minister supported the new rules."
    assert claims_of(text) == []


def test_relative_clause_subject_is_shared_by_coordinated_verbs():
    found = claims_of("It is a scheme that the board cannot accept and would oppose.")
    accept = find(found, "cannot accept")
    assert accept.attributes["action"] == "reject"
    assert accept.attributes["negated"] is False  # "not accept" is a rejection
    assert role(accept, "actor") == "the board"
    assert role(find(found, "would oppose"), "actor") == "the board"


def test_trailing_aside_is_not_part_of_the_actor():
    claim = find(claims_of("The minister however rejected the new tax."), "rejected")
    assert role(claim, "actor") == "The minister"


@pytest.mark.parametrize(
    "text",
    [
        "The government remains optimistic about growth.",
        "Council pension funds need to remain solvent.",
        "The cap on borrowing remains tight.",
    ],
)
def test_remain_without_a_standing_complement_is_no_move(text):
    assert claims_of(text) == []


def test_remain_at_a_level_keeps_the_rule():
    claim = find(claims_of("The cap on borrowing remains at 9%."), "remains")
    assert claim.attributes["action"] == "maintain"


@pytest.mark.parametrize(
    "text",
    [
        "Steel output declined 4% over the summer.",  # a fall, not a refusal
        "With the tin trade in steep decline, the valley needs new jobs.",
        "The economist warned the council would have to cut bin collections.",  # a forecast
        "Each deal would have to be cleared first by ministers.",  # no one is obliged
        "Shoppers will have to wait till autumn for the new mall.",
        "The committee may be able to finish its report by March.",  # mere possibility
        "Thousands of fans were able to see the match on big screens.",  # past ability
        "The party is best able to deliver lower taxes, its leader said.",
        "Ministers promised calm after years of constant change and reform in schools.",
    ],
)
def test_not_a_move_in_context(text):
    assert claims_of(text) == []


def test_declined_to_is_a_refusal():
    claim = find(claims_of("The health board declined to back the new charges."), "declined")
    assert role(claim, "trigger") == "declined to back"
    assert claim.attributes["action"] == "reject"


def test_reporting_verb_ends_the_subject():
    claim = find(
        claims_of("The auditor warned ministers had abolished the fee in secret."), "abolished"
    )
    assert role(claim, "actor") == "ministers"


def test_obligation_on_a_class_is_imposed():
    text = "All landlords will have to pay a licence fee from April."
    claim = find(claims_of(text), "have to")
    assert claim.attributes["action"] == "impose"
    assert role(claim, "target") == "All landlords"


def test_obligation_on_a_rule_maker_is_a_call():
    claim = find(claims_of("Parliament will have to act on this, the campaigner said."), "have to")
    assert claim.attributes["action"] == "urge"
    assert claim.attributes["status"] == "actual"  # the speaker's own call
    assert role(claim, "target") == "Parliament"


def test_permission_for_a_class_is_authorized():
    text = "Under the new licensing law, pubs will be able to open until 2am."
    claim = find(claims_of(text), "able to")
    assert claim.attributes["action"] == "authorize"
    assert role(claim, "target") == "pubs"


@pytest.mark.parametrize(
    "text",
    [
        "Record shops removed the album from the shelves after complaints.",
        "The minister took a phone call on Friday from the union leader.",
        "The driver was stopped after an illegal U-turn near the station.",
        "She starred in The Devil's Advocate last year.",
        "Our young keeper has been ruled out of next week's derby with a sore wrist.",
        "The two athletes were accused of taking banned substances.",
        "The council published the seasonally adjusted figures on tax receipts.",
        "The minister rejected claims that the scheme was failing.",
        "The spokesman did not rule out that the two governments had discussed the matter.",
        "He joined the council as chief executive in 1998.",  # a job
        "The singer faces charges under the new law.",  # a criminal case
        "The rise in oil prices has allowed the government to cut taxes.",  # a cause
    ],
)
def test_other_readings_are_no_move(text):
    assert claims_of(text) == []


def test_renewed_call_is_owned_by_the_subject():
    claim = find(
        claims_of("The chancellor repeated calls for a freeze on public sector pay."), "calls for"
    )
    assert role(claim, "trigger") == "repeated calls for"
    assert role(claim, "actor") == "The chancellor"


def test_joining_a_bloc_is_a_join():
    claim = find(claims_of("Ten countries joined the EU in May."), "joined")
    assert claim.attributes["action"] == "join"


def test_who_faces_a_fine_is_the_target():
    claim = find(claims_of("Small firms could face heavy fines under the new law."), "face")
    assert claim.attributes["action"] == "impose"
    assert role(claim, "target") == "Small firms"
    assert role(claim, "actor") is None


def test_noun_before_a_verb_group_is_not_its_actor():
    text = "Campaigners criticised the row over plans to allow shops to open on Sundays."
    claim = find(claims_of(text), "plans to allow")
    assert role(claim, "actor") is None


@pytest.mark.parametrize(
    "text",
    [
        "Worries about misuse have prompted calls for a cap on gifts.",  # whose calls?
        "Ministers must not overlook the need to reform village libraries.",  # a noun
    ],
)
def test_nouns_after_other_verbs_are_no_move(text):
    assert claims_of(text) == []


def test_main_verb_ends_the_policy_phrase():
    found = claims_of("Plans to create a national flood agency have been scrapped.")
    assert role(find(found, "Plans to create"), "policy") == "a national flood agency"
    scrapped = find(found, "have been scrapped")
    assert scrapped.attributes["action"] == "reverse"
    assert role(scrapped, "policy") == "Plans to create a national flood agency"


def test_negation_is_not_part_of_the_target():
    claim = find(claims_of("The minister urged councils not to raise the tax."), "urged")
    assert role(claim, "target") == "councils"


def test_a_bill_allows_but_an_event_does_not():
    text = (
        "The revised housing bill going through the senate will allow councils to buy empty homes."
    )
    claim = find(claims_of(text), "allow")
    assert claim.attributes["action"] == "authorize"
    assert role(claim, "actor") == "The revised housing bill going through the senate"
    text = "His acceptance of the post will allow him to push for reform of the law."
    assert not any(c.attributes["action"] == "authorize" for c in claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Its survey suggested there could be fresh strain on council budgets.",
        "It has been suggested the board will act on the parking rules.",  # a rumour
        "The winger was banned for nine matches by the association.",  # a sanction
        "Last year the council said Mr John Smith was banned from driving.",
        "Banned Kenyan runner Paul Otieno says he will appeal.",
        "A late flurry of corners kept the pressure on the hosts.",
        "Smith faces a ban of up to two years when the league decides.",
    ],
)
def test_suggestions_sanctions_and_sport_are_no_move(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The commission suggests there should be tax relief for small gifts.", "suggests"),
        ("The transport minister has suggested the funding could be split up.", "suggested"),
        ("Smoking will be banned in all public buildings from next year.", "banned"),
    ],
)
def test_proposals_and_bans_on_activities_stay(text, trigger):
    assert find(claims_of(text), trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "policy"),
    [
        (
            "The cabinet on Monday rejected an E.U. demand to return the seized boats.",
            "rejected",
            "The cabinet",
            "an E.U. demand to return the seized boats",
        ),
        (
            "Tuesday the regional parliament approved a new election law.",
            "approved",
            "the regional parliament",
            "a new election law",
        ),
        (
            "The union has rejected a £1.5bn offer from the government.",
            "rejected",
            "The union",
            "a £1.5bn offer from the government",
        ),
    ],
)
def test_dates_stay_out_of_actors_and_abbreviations_in_policies(text, trigger, actor, policy):
    claim = find(claims_of(text), trigger)
    assert role(claim, "actor") == actor
    assert role(claim, "policy") == policy


def test_lifting_a_state_of_emergency():
    text = "The governor early on Thursday lifted the state of emergency across the valley."
    claim = find(claims_of(text), "lifted")
    assert claim.attributes["action"] == "lift"
    assert role(claim, "actor") == "The governor"


def test_demanding_is_a_call_unless_an_adjective():
    claim = find(claims_of("Farmers are demanding a 10% cut in fuel duty."), "demanding")
    assert claim.attributes["action"] == "urge"
    assert role(claim, "actor") == "Farmers"
    assert claims_of("The new post is physically demanding, the minister said.") == []


def test_adjective_before_a_plural_makes_it_a_noun():
    text = "Pupils held rallies on Saturday to demand economic reforms from the council."
    assert not any("reforms" == role(c, "trigger") for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "The premier threatened today to impose quotas on steel.",
            "threatened today to impose",
            "The premier",
        ),
        (
            "The government said it was prepared to veto any change to the treaty.",
            "was prepared to veto",
            "it",
        ),
    ],
)
def test_intentions_govern_their_infinitive(text, trigger, actor):
    claim = find(claims_of(text), trigger)
    assert role(claim, "actor") == actor
    assert claim.attributes["status"] == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        "Privacy advocates are concerned about the new identity cards.",
        "New delay hits UK drone rules",  # a headline noun
        "For hauliers the fine was a rude wake-up call.",
        "She said the cafe had suffered from the banning of dogs on beaches.",
    ],
)
def test_more_nouns_are_no_move(text):
    assert claims_of(text) == []


def test_two_clauses_two_actors():
    found = claims_of("Sweden has rejected the scheme and the main Danish unions have opposed it.")
    assert role(find(found, "has rejected"), "policy") == "the scheme"
    assert role(find(found, "have opposed"), "actor") == "the main Danish unions"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Some Green councillors had long called for a ban on fireworks.",
            "had long called for",
            "Some Green councillors",
        ),
        ("The minister advocates scrapping the tax.", "advocates", "The minister"),
        ("The plans could be re-written or even scrapped.", "scrapped", None),
    ],
)
def test_actor_edges(text, trigger, actor):
    assert role(find(claims_of(text), trigger), "actor") == actor


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Office for Housing and Reform said rents would rise.",
        "Structural reform within the industry should help, they say.",
        "Rovers have been pushing for promotion all season.",
        "The housing market remains in a correction phase in a slow descent, the governor said.",
    ],
)
def test_names_adjectives_and_sporting_goals_are_no_move(text):
    assert claims_of(text) == []


def test_participle_after_its_noun_takes_the_by_agent():
    text = "Growers have long resented the steep duties imposed by several coastal states."
    claim = find(claims_of(text), "imposed")
    assert role(claim, "actor") == "several coastal states"
    assert role(claim, "policy") == "the steep duties"


def test_government_is_no_noun_modifier():
    text = "Not only would the new government stick to the budget targets, it would double grants."
    assert role(find(claims_of(text), "stick to"), "actor") == "the new government"


def test_purpose_after_a_noun_is_no_move():
    text = "The budget was hurried through with broad support to allow the council to continue."
    assert not any("continue" in (role(c, "trigger") or "") for c in claims_of(text))


def test_a_rejected_suggestion_may_be_a_proposal():
    text = "Lord Smith suggested the tax be scrapped, but the suggestion was rejected."
    assert find(claims_of(text), "was rejected").attributes["action"] == "reject"
    text = "The minister rejected the suggestion that the scheme had failed."
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # what the opening "Instead of" phrase names was not done
        "Instead of the first aim of the reform, to liberalise the rules on betting, "
        "the bill now restricts it.",
        # a present-tense passive describes a standing rule
        "The right of succession is regulated by an old act of parliament.",
    ],
)
def test_moves_not_made(text):
    found = claims_of(text)
    assert not any((role(c, "trigger") or "").endswith(("liberalise", "regulated")) for c in found)


def test_present_passive_in_a_time_clause_is_still_a_move():
    text = "It is only weeks before new rules are introduced to lift the driving age."
    assert find(claims_of(text), "are introduced").attributes["action"] == "change"


def test_instead_opens_a_quoted_sentence_too():
    text = '"Instead, the council now imposes a charge on all visitors," she said.'
    assert find(claims_of(text), "imposes").attributes["reversal"] is True


def test_nouns_in_ly_are_not_adverbs():
    text = "The new rules would lapse if the regional assembly was scrapped."
    claim = find(claims_of(text), "scrapped")
    assert role(claim, "trigger") == "was scrapped"
    assert role(claim, "policy") == "the regional assembly"


@pytest.mark.parametrize(
    "text",
    [
        "Hunting ban looms for the countryside.",
        "Brazil sees the beef ban as unfair.",
        "Ms Jones expects a general election to be called for 9 June.",
    ],
)
def test_headline_nouns_and_dates_are_no_move(text):
    assert claims_of(text) == []


def test_calls_for_a_figure_stay():
    text = "The campaign calls for 50% of homes to have broadband by 2010."
    assert find(claims_of(text), "calls for").attributes["action"] == "urge"


@pytest.mark.parametrize(
    "text",
    [
        "Rising costs limit the choices open to families.",  # the verb is its own context
        "The scandal could cut the Tories' majority on the council.",  # a party as possessor
        "Party strategists are cutting through the clutter to reach young voters.",  # no object
        "Under this deal councils will end up with a weaker cap on fees.",
        "Kiosks were set up in a department store over the holiday.",
    ],
)
def test_common_verbs_need_a_policy_object(text):
    assert claims_of(text) == []


def test_a_participle_spelled_like_its_base():
    claim = find(claims_of("Taxes were cut by the new chancellor."), "were cut")
    assert role(claim, "actor") == "the new chancellor"
    assert role(claim, "policy") == "Taxes"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("In March the senate rejected the proposal.", "rejected", "the senate"),
        ("Earlier the minister defended the new rules.", "defended", "the minister"),
        ("So far the council has refused to back the scheme.", "refused", "the council"),
        ("Last year it introduced a levy on plastic bags.", "introduced", "it"),
        ("In response the mayor called for a curfew.", "called for", "the mayor"),
        (
            "Earlier the bishop wrote to party leaders urging them to drop the plan.",
            "urging",
            "the bishop",
        ),
    ],
)
def test_fronted_adverbials_stay_out_of_actors(text, trigger, actor):
    assert role(find(claims_of(text), trigger), "actor") == actor


def test_thousands_separator_stays_in_the_policy():
    claim = find(claims_of("The government plans to cut 20,000 civil service jobs."), "cut")
    assert role(claim, "policy") == "20,000 civil service jobs"


@pytest.mark.parametrize(
    "text",
    [
        "The party called on the governor to apologise for his jokes.",
        "Opposition leaders called for the minister's resignation.",
        "The charity urged people to give generously.",  # the public, not a rule-maker
        "Shoppers were urged to check their receipts.",
        "The federation said Smith's ban was a warning to others.",
        "Both players were given two-year bans by the league.",
        "The union banned her from all future races.",
        "Jones banned after long hearing\nThe federation said rider Jones had no comment.",
        "Smith was banned from driving after the crash.\nThe court heard Mr Smith was drunk.",
        "She plays a dancer who had been rejected by the school.",
    ],
)
def test_personal_acts_and_individual_sanctions_are_no_policy(text):
    assert claims_of(text) == []


def test_calls_on_governments_and_headline_passives_stay():
    claim = find(claims_of("Canada urged fellow donors to pledge more aid."), "urged")
    assert role(claim, "target") == "fellow donors"
    claim = find(claims_of("Hunting banned in national parks"), "banned")
    assert claim.attributes["action"] == "prohibit"
    assert role(claim, "policy") == "Hunting"
    assert role(claim, "actor") is None


@pytest.mark.parametrize(
    "text",
    [
        "The board rejected a takeover offer from its rival.",
        "The striker has now rejected a move to Hull.",
        "The retired minister has ruled out a return.",
        "Sony is not ruling out a rival disc standard.",  # a product, no rule or rule-maker
        "The minister rejected Mr Smith's comment.",
    ],
)
def test_refusals_of_careers_bids_and_products_are_no_policy(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rome is ready to veto any plan to cut fishing quotas.", "veto"),
        ("Ms Jones has ruled out higher taxes.", "ruled out"),
    ],
)
def test_refusals_of_policies_stay(text, trigger):
    assert find(claims_of(text), trigger).attributes["action"] == "reject"


@pytest.mark.parametrize(
    "text",
    [
        "Gun bans had helped cut crime.",  # a plural noun before "had"
        "The play is about forbidden romance.",  # adjectives
        "Other levies, such as reformed water charges, are possible.",
        "They see the new leader as a unifying force for all who want to defend liberty.",
        "Replacing the minister would achieve nothing, the party said.",  # a reshuffle
        "The interim government will remain in place until a vote in June.",
        "The ministry hopes its new scheme will create work for farmers.",  # a forecast
        "The bank has rejected the charge and says it did nothing wrong.",  # an accusation
        "The back four stood firm as the hosts pressed.",
        "A poll found that support for the ban remained unchanged.",  # opinion
    ],
)
def test_more_readings_that_are_no_move(text):
    assert claims_of(text) == []


def test_only_a_change_verb_not_done_keeps_the_policy():
    claim = find(claims_of("The minister had not consulted the unions on the plans."), "consulted")
    assert claim.attributes["action"] == "change"
    assert claim.attributes["negated"] is True
    claim = find(claims_of("The chancellor will stand firm on the rebate."), "stand firm")
    assert claim.attributes["action"] == "maintain"


@pytest.mark.parametrize(
    "text",
    [
        "Slow lifts mean you have to take the stairs every time.",  # anyone, no rule
        "Fishing ban 'to be lifted'",  # a headline noun
        "Campaigners pointed to a state law intended to allow tenants to withhold rent.",
        "The firm won two deals, awarded by state owned rail companies.",
        "He said satellite firms cap the number of shows a viewer can record.",  # a product
        "Wales can create sporting history by becoming the only nation to win both titles.",
    ],
)
def test_still_more_readings_that_are_no_move(text):
    assert claims_of(text) == []


def test_a_subject_with_a_relative_clause_is_kept_whole():
    claim = find(claims_of("Shops that break the new rules could face fines."), "face")
    assert role(claim, "target") == "Shops that break the new rules"
    claim = find(claims_of("The bill states that the tax will be scrapped."), "scrapped")
    assert role(claim, "policy") == "the tax"


@pytest.mark.parametrize(
    "text",
    [
        "She would not rule out a cabinet return.",
        "Some voters may drift to the Greens, allowing the Liberals to win more seats.",
        "The plan could create conflict between head teachers and council officials.",
        "The company unveiled plans to cut the price of its phone contracts.",  # business
        "We do not want anybody to back fringe parties.",  # the public
    ],
)
def test_careers_causes_effects_and_business_plans_are_no_policy(text):
    assert claims_of(text) == []


def test_barred_is_a_passive():
    text = "Under the new law employers will be barred from imposing retirement ages."
    claim = find(claims_of(text), "barred")
    assert claim.attributes["action"] == "prohibit"
    assert role(claim, "actor") is None
    assert role(claim, "policy") == "imposing retirement ages"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "The chairman resigned on Monday and lenders are now pushing for tighter control.",
            "pushing for",
            "lenders",
        ),
        ("Opec members are unlikely to stick to a plan to cut production.", "plan to cut", None),
        ("The envoy said his plan to remove the tariff was sound.", "remove", "his"),
    ],
)
def test_no_clause_fragment_is_an_actor(text, trigger, actor):
    assert role(find(claims_of(text), trigger), "actor") == actor


@pytest.mark.parametrize(
    "text",
    [
        "Barely a third of the delegates had voted against him.",  # a person
        "Members backed a group that said no to their chairman.",
        "The coach then issued call for squad unity.",
        "A second accountant was banned from the case.",  # a court's order
        "Her lawyer has called for the charges against the cyclist to be withdrawn.",
        "The carrier is cutting its economy fares under a plan to stay afloat.",
        "Any director snubbing bidders is abandoning his duty.",
        "The bypass is among the most bitterly opposed plans in the county.",  # an adjective
    ],
)
def test_people_cases_fares_and_duties_are_no_policy(text):
    assert claims_of(text) == []


def test_a_call_for_an_inquiry_stays():
    text = "The union called for a public inquiry into the deaths."
    assert find(claims_of(text), "called for").attributes["action"] == "urge"


@pytest.mark.parametrize(
    "text",
    [
        "Airlines are in talks with pilots about cost cutting measures.",
        "She plans to defend her world title next summer.",
        "The threat is shared and that calls for a joint response.",  # it requires
        "So far the governor has refused.",  # refused what is not said
        "She said banning fast food adverts would be a mistake.",  # a subject, evaluated
    ],
)
def test_modifiers_titles_requirements_and_evaluations_are_no_move(text):
    assert claims_of(text) == []


def test_a_report_that_calls_for_is_still_a_call():
    text = "They published a report that calls for a new tax."
    assert find(claims_of(text), "calls for").attributes["action"] == "urge"


def test_the_one_told_is_not_the_actor():
    text = "Mr Smith told the BBC's Today programme Mr Jones had refused the tax change."
    assert role(find(claims_of(text), "refused"), "actor") == "Mr Jones"


@pytest.mark.parametrize(
    "text",
    [
        "Investors voted against the proposed appointment of two auditors.",
        "The utility has kept a frosty relationship with regulators.",
        "Parents' groups have called for the withdrawal of a cartoon film.",  # a product
        "The panel says capping salaries would mean fewer applicants.",
        "The extra bans take effect from next month.",  # a noun
    ],
)
def test_appointments_relationships_products_and_plural_nouns_are_no_move(text):
    assert claims_of(text) == []


def test_a_rule_maker_demanding_a_withdrawal_is_a_call():
    text = "The regulator has demanded the withdrawal of the advert."
    assert find(claims_of(text), "demanded").attributes["action"] == "urge"


def test_takeover_calls_among_firms_are_business():
    text = "Shareholders urged the board to reject the takeover bid from its rival."
    assert claims_of(text) == []
    text = "Unions urged the government to block the takeover bid."
    assert find(claims_of(text), "urged").attributes["action"] == "urge"


@pytest.mark.parametrize(
    "text",
    [
        "Two cyclists will be banned for skipping doping controls.",  # a punishment
        "She sits on the committee on Senate reform and chairs two others.",
        "A merger would create the largest cable operator in Europe.",
        "Lower speed limit 'would cut toll'",  # an effect
        "The watchdog has imposed penalties totalling £40m on six banks.",  # enforcement
        "The staff union called on management to withdraw the pay offer.",
        "He said he would refuse senior government jobs.",
        "The council wanted the museum to justify its grant from the government.",
        "In another survey, 52% said they backed the new law.",  # a poll
    ],
)
def test_punishments_enforcement_firms_and_polls_are_no_policy(text):
    assert claims_of(text) == []


def test_a_subject_after_to_ensure():
    text = "She said Berlin was trying to ensure later EU grants were limited to 3% of output."
    claim = find(claims_of(text), "were limited")
    assert role(claim, "target") == "later EU grants"


# --------------------------------------------------------------------------- the lexicon


def test_lexicon_is_consistent():
    assert {t.action for t in lex.TRIGGERS.values()} <= lex.ACTIONS
    assert lex.TRIGGERS["banned"].participle
    assert lex.TRIGGERS["withdrawn"].action == "reverse"
    assert lex.TRIGGERS["lifts"].action == "lift"
    for form in ("ruled out", "given the green light", "calls for", "u-turns"):
        assert lex.SCAN.fullmatch(form), form


# --------------------------------------------------------------------------- robustness

# Text built from pieces that exercise the reasoning: triggers, governors, clause
# words, quotes, and characters that tend to break offset arithmetic.
PIECES = list("ab .,;:'\"\n\r\t-()") + [
    "ban",
    " urged ",
    " to ",
    "lift",
    " not ",
    " if ",
    ", who ",
    "\u201c",
    "\u201d",
    "\u2019",
    "\x00",
    "\ud800",
    "\U0001f600",
    "\u0130",
    " The government ",
    " restrictions",
    " by ",
    " said",
    " has been ",
    "banned",
    " U-turn",
    " calls for ",
    " its position ",
    " has not changed",
]
ODD = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(ODD)
def test_never_raises_and_spans_hold(text):
    first = claims_of(text)
    again = claims_of(text)
    assert [c.to_dict() for c in first] == [c.to_dict() for c in again]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text):
    claims_of(text)


def test_crlf_and_emoji_offsets():
    text = "Headline \U0001f600\r\n\r\nThe council has banned \U0001f600 smoking in parks.\r\n"
    claim = find(claims_of(text), "banned")
    assert text[claim.start : claim.end] == claim.text


# --------------------------------------------------------------------------- fast paths


LINES = [
    "The council banned it.",
    "the ban was lifted",
    "Mr. Smith said the U.S.",
    "The law, which allows it, stays.",
    '"No." Then later. ...  ',
    "",
    "  ",
    "(The) end! lower",
]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\u2028", " \n "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(BREAKS)), max_size=12))
def test_lines_take_the_documents_sentences(pieces):
    # A line's sentences come from Document.sentences unless one crosses the line's end
    # (a wrapped line); either way they are what splitting the line alone gives.
    from claimkit_policy import _extract

    text = "".join(line + brk for line, brk in pieces)
    split = _extract._LineSplitter(text, Document(text))
    start = 0
    for brk in list(_extract._LINE_END.finditer(text)) + [None]:
        end = brk.start() if brk else len(text)
        assert split(start, end) == _extract._split_line(text, start, end)
        start = brk.end() if brk else 0


CONTEXT_PIECES = [
    " law",
    " lawyer",
    " un",
    " unseeded",
    " change",
    " changes",
    " keep",
    " review",
    " x" * 40,
    ".",
    "\n",
    " reform",
    " want",
    " the",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(CONTEXT_PIECES), max_size=80).map("".join))
def test_failed_context_windows_are_not_searched_again(text):
    # Skipping the part of a window already searched in vain must find the same
    # candidates as searching every window whole.
    from claimkit_policy import _extract

    low = _extract._lower(text)
    fast = list(_extract._candidate_sentences(text, low, Document(text)))
    longest = lex.CONTEXT_LONGEST
    try:
        lex.CONTEXT_LONGEST = len(text) + 10**6
        whole = list(_extract._candidate_sentences(text, low, Document(text)))
    finally:
        lex.CONTEXT_LONGEST = longest
    assert fast == whole


# --------------------------------------------------------------------------- linear time


def run(text: str) -> None:
    extract(Document(text))


@pytest.mark.parametrize(
    "unit",
    [
        "ban ",  # triggers with no sentence boundary at all
        "urged the government to lift the ban and ",  # governors and complements, one sentence
        ", who has refused to do so until now, ",  # relative clauses the subject walk skips
        "if the law is passed, ",  # condition clauses
        "The government will ban it. ",  # many short sentences
        "\u201cWe will lift the restrictions,\u201d the minister said. ",  # quotes to attribute
        "x" * 50 + " ",  # long words, no trigger
        "the council may\nban it and\nkeep the law ",  # wrapped lines: split on their own
        # openings and clauses that look back or ahead: quotes, "Instead of", "and" + clause
        '" "Instead of the ban, to lift it, firms could face fines if found guilty and the ',
        "the minister shall have to be able to ban it and the guilds have opposed it ",
        # sentence-initial names looked up among the document's names; fronted adverbials
        "Smith was banned for a while. In March the Senate A B C D rejected it. ",
        # relative clauses inside subjects; a trigger that is its own policy word
        "firms that break rules could face fines and operators cap the limit ",
    ],
)
def test_linear_time(unit):
    assert_linear_time(run, lambda n: unit * (n // len(unit) + 1), size=20_000)


def test_linear_time_with_many_attributions():
    # Every sentence is reported speech with a claim: name resolution must stay bounded.
    unit = "He said the minister would ban it. "
    assert_linear_time(run, lambda n: unit * (n // len(unit) + 1), size=50_000)
