"""The cooperation half of the event lexicon (CAMEO roots 01-08) on news wording.

Each packaged file must validate on its own and stay under its root; our own
wire-style sentences (written for this test, not taken from any gold set) must
come out of the real parse + coder with the expected CAMEO code, so the sub-code
choices made by literal objects and prepositions (031 vs 036, 042 vs 043 vs 046,
071 vs 073, 081 vs 0813 ...) are pinned down. Generic verbs that feed the
content rule (an appeal or a pledge refined by the act it names) are checked
through that rule, and common look-alike senses must not pick the wrong code.
Uses the real spaCy model (loaded once per session, tests/coding/conftest.py) and actor coder.
"""

from __future__ import annotations

from importlib import resources

import pytest

from newsevents.coding.cameo import CameoTable
from newsevents.coding.events.lexicon import Lexicon

COOPERATION_FILES = {
    "01": "01_statement.yaml",
    "02": "02_appeal.yaml",
    "03": "03_intent_to_cooperate.yaml",
    "04": "04_consult.yaml",
    "05": "05_diplomatic_cooperation.yaml",
    "06": "06_material_cooperation.yaml",
    "07": "07_provide_aid.yaml",
    "08": "08_yield.yaml",
}


@pytest.fixture(scope="module")
def cameo() -> CameoTable:
    return CameoTable.load()


def _text(name: str) -> str:
    return resources.files("newsevents.coding").joinpath("data", "verbs", name).read_text("utf-8")


@pytest.mark.parametrize("root", sorted(COOPERATION_FILES))
def test_file_validates_alone_and_stays_under_its_root(cameo: CameoTable, root: str) -> None:
    name = COOPERATION_FILES[root]
    lexicon = Lexicon.from_texts(cameo, [(name, _text(name))])
    codes = lexicon.codes()
    assert codes, f"{name} compiled no patterns"
    assert all(code.startswith(root) for code in codes)


# (expected CAMEO code, our own news-style sentence); at least four per root.
SENTENCES = [
    # 01 statements
    ("011", "A spokesman for the Kenyan president declined to comment on the report."),
    ("012", "The Ugandan finance minister warned of a slowdown in exports next year."),
    ("013", "Ghana expressed hope that the dispute would be settled soon."),
    ("013", "Canada said it hoped the talks would succeed."),
    ("014", "The Danish government is weighing a proposal to expand its navy."),
    ("015", "The rebel group claimed responsibility for the ambush."),
    ("015", "An Islamist faction claimed the bombing in a statement on its website."),
    ("016", "Russia denied involvement in the poisoning."),
    ("017", "The Polish president laid a wreath at the monument on Sunday."),
    ("017", "The French president attended a memorial service for the victims."),
    ("018", "Canada expressed its condolences to Turkey after the earthquake."),
    # 02 appeals, refined by the act they ask for
    ("0211", "Vietnam sought foreign investment for its new ports."),
    ("0231", "Pakistan asked the International Monetary Fund for a new loan."),
    ("0241", "Protesters called for the resignation of the Peruvian president."),
    ("0253", "Amnesty International urged Iran to release the detained journalists."),
    ("0256", "The envoy urged the government to halt the offensive in the north."),
    ("0256", "The Pope called for an end to the fighting in Yemen."),
    ("0252", "Church leaders appealed to the marchers for an end to the protests."),
    ("026", "Germany urged Serbia and Kosovo to resume talks."),
    ("0242", "The agency appealed to the government to reconsider its ban on relief flights."),
    ("028", "The opposition asked Norway to mediate in the conflict."),
    ("0241", "The donors called for early elections in the country."),
    ("0256", "Washington urged restraint on both sides."),
    # 03 intents: pledges, offers, agreements to act
    ("0311", "China pledged to invest five billion dollars in Nigerian railways."),
    ("032", "Washington pledged its support for the new Iraqi government."),
    ("032", "The Chinese president assured Pakistan of continued support."),
    ("0254", "Cuba urged Washington to lift its embargo."),
    ("0351", "The government promised to lift the curfew next week."),
    ("0331", "Saudi Arabia pledged 2 billion dollars to Sudan."),
    ("0334", "Italy is ready to contribute troops to a peacekeeping force in Lebanon."),
    ("0341", "The embattled Romanian minister offered to resign."),
    ("0353", "The kidnappers promised to release the hostages."),
    ("0353", "Israel agreed to a prisoner exchange with Hezbollah."),
    ("0355", "Iran agreed to allow U.N. inspectors into the plant."),
    ("0355", "Mali agreed to the deployment of West African troops."),
    ("0355", "Somalia agreed to accept U.N. peacekeepers."),
    ("036", "Pakistan and India agreed to hold talks next month."),
    ("036", "The Chinese president is expected to visit Paris next week."),
    ("039", "Algeria offered to mediate between Mali and the Tuareg rebels."),
    ("037", "The rebels accepted the peace plan proposed by the African Union."),
    ("0341", "The junta promised free elections within a year."),
    ("0334", "The Council agreed to an extension of the mandate of the peacekeeping force."),
    # 04 consultations
    ("040", "The French president met the Chinese premier in Paris on Monday."),
    ("041", "Putin telephoned Erdogan on Tuesday."),
    ("041", "The two leaders discussed the grain deal in a phone call on Friday."),
    ("042", "The Indian prime minister arrived in Tokyo on a three-day visit."),
    ("042", "The Chinese premier began a tour of African countries."),
    ("042", "The White House dispatched its national security adviser to Riyadh."),
    ("043", "The Kenyan president welcomed the Ethiopian prime minister to Nairobi."),
    ("043", "The Omani sultan welcomed the Iranian foreign minister in Muscat."),
    ("044", "Leaders of Russia and China met on the sidelines of the summit."),
    ("045", "Egypt brokered a truce between Israel and Hamas."),
    ("046", "Iranian and American diplomats held talks in Vienna."),
    ("042", "American and Russian negotiators returned to Geneva for talks."),
    ("046", "Israeli and Syrian negotiators began a new round of talks in Washington."),
    ("045", "Norway hosted talks between the Sri Lankan government and the Tamil rebels."),
    # taking part in talks or a meeting is consulting (the talks as a noun find no source)
    ("046", "Bolivian and Paraguayan envoys participated in the negotiations in Asuncion."),
    ("046", "Uruguayan and Argentine diplomats took part in the talks on Tuesday."),
    ("040", "Ecuadorian and Colombian officials attended the meeting in Quito."),
    # 05 diplomatic cooperation
    ("050", "Turkey mended ties with Egypt after a decade of tension."),
    ("051", "The European Union lauded Tunisia for the peaceful vote."),
    ("051", "Germany voted for the resolution on Monday."),
    ("052", "The Chinese foreign ministry defended Pakistan against the criticism."),
    ("054", "Saudi Arabia restored diplomatic ties with Iran."),
    ("054", "Nicaragua switched its recognition to Beijing."),
    ("055", "The Japanese prime minister apologized to South Korea."),
    ("056", "The Kenyan president forgave the rebels."),
    ("057", "Iraq and Turkey signed a deal on water sharing."),
    # 06 material cooperation
    ("061", "Russia supplied gas to Hungary at a discount."),
    ("062", "Indian and French navies held exercises with the Japanese navy."),
    ("063", "Pakistan handed over the suspect to American authorities."),
    ("063", "Thailand extradited the Russian arms dealer to the United States."),
    ("064", "Britain shared intelligence with France on the plot."),
    ("064", "Colombia provided Ecuador with intelligence on the rebel camps."),
    # 07 aid
    ("070", "The European Union gave humanitarian aid to Yemen."),
    ("071", "The World Bank approved 1.2 billion dollars in financing for Ethiopia."),
    ("072", "The United States sent Patriot missiles to Poland."),
    ("072", "Germany shipped air defence systems to Ukraine."),
    ("072", "Russia supplied Iran with fighter jets."),
    ("073", "Turkey donated blankets and tents to Syrian refugees."),
    ("074", "Rwanda deployed peacekeepers to the Central African Republic."),
    ("075", "Brazil granted political asylum to the former Bolivian minister."),
    # papers that let people fleeing stay or pass are protection like asylum
    ("075", "Chile issued humanitarian visas to the migrants on Monday."),
    ("075", "Peruvian officials handed out transit permits to the refugees at the border."),
    # 08 yielding
    ("0811", "Pakistan lifted its ban on YouTube."),
    ("0812", "The electoral commission cleared the opposition leader to run in the election."),
    ("0813", "The Malian authorities lifted the curfew in Bamako."),
    ("0814", "Ethiopia lifted the state of emergency."),
    ("082", "The unions called off the strike."),
    ("080", "The government conceded to the demands of the teachers."),
    ("0831", "The Algerian president stepped down after weeks of protests."),
    ("0832", "The Serbian government scrapped the proposed law."),
    ("0833", "The Saudi king granted women the right to vote."),
    ("0841", "The junta released 200 political prisoners on Thursday."),
    ("0842", "The rebels handed over the town to government forces."),
    ("0842", "The stolen statues were returned to Cambodia by the museum."),
    ("0842", "Germany returned hundreds of looted bronzes to Nigeria."),
    ("084", "Sudan returned the captured helicopter to Russia."),
    ("083", "The government met the demands of the striking teachers."),
    ("085", "The European Union eased sanctions on Syria."),
    ("085", "Washington removed Cuba from its blacklist."),
    ("0861", "The Malian government accepted the deployment of U.N. peacekeepers."),
    ("0863", "The army allowed humanitarian access to the besieged town."),
    ("0871", "The rebels announced a unilateral ceasefire."),
    ("087", "Russia announced a pause in its bombing of the city."),
    ("0872", "Egypt reopened the Rafah crossing."),
    ("0873", "Thousands of rebels laid down their weapons."),
    ("0874", "Israeli troops withdrew from the Gaza Strip."),
    ("0874", "The army evacuated its outposts in the valley."),
    ("086", "The Kyrgyz prime minister received a mission of observers from the OSCE."),
    # giving up a programme, power or a fugitive (own sentences)
    ("080", "The province gave up its claim to the disputed islands."),
    ("0831", "The ageing ruler gave up power after weeks of pressure."),
    ("063", "Kenya handed over the suspected smugglers to Tanzania."),
    ("0834", "The new cabinet overhauled the judiciary."),
]


@pytest.mark.parametrize(("expected", "text"), SENTENCES)
def test_own_sentence_is_coded_with_expected_code(
    sentence_coder,
    expected: str,  # type: ignore[no-untyped-def]
    text: str,
) -> None:
    codes = [e.code for e in sentence_coder(text)]
    assert expected in codes, f"{text!r} gave {codes}"


@pytest.mark.parametrize(
    ("text", "wrong_code"),
    [
        # "hold" names talks here, not an election (0344)
        ("Pakistan and India agreed to hold talks next month.", "0344"),
        # returning to talks is no release (0253)
        ("The mediators urged the rebels to return to the negotiating table.", "0253"),
        # a statement is released, not a person (0841)
        ("The foreign ministry released a statement on the talks.", "0841"),
        # repealing an ordinary law is a policy change, not an end to martial law (0814)
        ("Parliament repealed the controversial media law.", "0814"),
        # the promise names no meeting: meeting demands is yielding, not talks (036)
        ("The junta promised to meet the demands of the protesters.", "036"),
        # "is expected to" reports a plan, it is no appeal to the visitor (026)
        ("The Chinese president is expected to visit Paris next week.", "026"),
        # an appeal to a government is no call to rally against it (113)
        ("Rights groups urged the government to ratify the convention.", "113"),
        # conceding a point in words is a statement, not a concession (080)
        ("The finance minister conceded that growth had slowed.", "080"),
        # aid that is shipped is aid, not trade (061)
        ("India shipped relief supplies to Sri Lanka.", "061"),
        # offering to send peacekeepers is protection (0334), not generic aid (033)
        ("Italy offered to send peacekeepers to Lebanon.", "033"),
        # products and figures are published, not set free (0841)
        ("The Kenyan central bank released inflation data on Friday.", "0841"),
        ("The state broadcaster released a video of the meeting.", "0841"),
        # a press briefing is no consultation (040)
        ("The Iraqi prime minister met with reporters in Baghdad.", "040"),
    ],
)
def test_look_alike_senses_avoid_the_wrong_code(
    sentence_coder,
    text: str,  # type: ignore[no-untyped-def]
    wrong_code: str,
) -> None:
    codes = [e.code for e in sentence_coder(text)]
    assert codes, f"{text!r} gave no event"
    assert wrong_code not in codes, f"{text!r} gave {codes}"


@pytest.mark.parametrize(
    ("text", "wrong_roots"),
    [
        # returning to power or to growth is neither a handover (08) nor a visit (04)
        ("The former prime minister returned to power after the election.", ("04", "08")),
        ("The economy returned to growth in the third quarter.", ("04", "08")),
        # meeting demand for a product is no concession to demands (08)
        ("The utility built new plants to meet rising demand for electricity.", ("08",)),
        # published figures are not freed people
        ("Quarterly profits were released by the company on Tuesday.", ("08",)),
        # routine visas for a delegation are no protection for people fleeing
        ("The embassy issued visas to the visiting delegation.", ("07",)),
    ],
)
def test_everyday_senses_code_no_cooperation_root(
    sentence_coder,
    text: str,  # type: ignore[no-untyped-def]
    wrong_roots: tuple[str, ...],
) -> None:
    codes = [e.code for e in sentence_coder(text)]
    assert not [c for c in codes if c.startswith(wrong_roots)], f"{text!r} gave {codes}"


def test_visit_dyad_and_host_dyad(sentence_coder) -> None:  # type: ignore[no-untyped-def]
    visit = {
        (e.source.country if e.source else None, e.code, e.target.country if e.target else None)
        for e in sentence_coder("The Qatari emir visited Tehran on Monday.")
    }
    assert ("QAT", "042", "IRN") in visit
    hosted = {
        (e.source.country if e.source else None, e.code)
        for e in sentence_coder("Cuba hosted the Venezuelan president on Wednesday.")
    }
    assert ("CUB", "043") in hosted
