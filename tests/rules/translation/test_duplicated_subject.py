"""T001 duplicated-subject beyond its docstring examples: the translated seed, and the
clauses where a pronoun after a noun is English (relative clauses, asides, objects)."""

from __future__ import annotations

import pytest

from lintnews.config import Config
from lintnews.engine import Linter
from tests.rules.conftest import SeedReports, flagged, reported_near


def test_seed_troops_they(mt_reports: SeedReports) -> None:
    assert reported_near(mt_reports, "T001", "russian troops they bogged")


def test_seed_both_zelensky_he(mt_reports: SeedReports) -> None:
    zelensky = [around for code, text, around in mt_reports if code == "T001" and text == "he"]
    assert any("Volodymyr Zelensky he said" in around for around in zelensky)
    assert any("Zelensky he also said" in around for around in zelensky)


@pytest.mark.parametrize(
    "text",
    [
        "Before the talks, President Volodymyr Zelensky he said his country was ready.",
        "It comes when russian troops they bogged down near Kyiv.",
        "The minister she added that talks would continue.",
        "Zelensky he also said he was open to a compromise.",
        "It was a loss. Mr Galloway he was expelled from the party.",
        "The conversations, held in person or by video, they made no progress.",
        "The ministers, who met on Monday, they agreed to talk.",
        "The Russian Defence Ministry it said troops would withdraw.",
        "Moscow said the ministry it has no plans to attack.",
        "The deficit with Japan he was at its highest in years.",
        "Analysts she say the market will recover.",
        "And Smith he feels the match will be close.",
        "The firm's annual survey they showed that sales fell.",
        # the subject's structure: phrases hung from the noun, modifiers, a leading adverb
        "Shares in Continental Airlines they have tumbled by a third.",
        "Calmer relations between India and Pakistan she are paying dividends.",
        "The next Xbox console it is expected to go on sale.",
        "The relatively low price of the machine he has also encouraged sales.",
        "Maybe the landlady it will leave her phone.",
        "Most of the community's anger it has come after the adverts.",
        # the verb group: an amount, `cannot`, a perfect of saying, an infinitive
        "The trade shortfall it was $55.5bn in November.",
        "The cover he cannot be removed.",
        "Lib Dem leader Charles Kennedy he has said voters lack trust.",
        "The celebrities they will have to practise a stipulated ice dance.",
        # a proper name takes no relative clause
        "Pole vaulter Yelena Isinbayeva she broke her own indoor world record.",
        # a plural or a singular head whose web pairs look like a clause's (`firms that`)
        "Greek firms they have been given an extra year.",
        "The main thing he is that it is healing.",
        'He said: "All my best efforts they will be directed at the film.',
        "The majority owner of embattled Russian oil firm Yukos she has sued the state.",
        # an -ly noun, a time adverbial before the pronoun, compounds the web writes as pairs
        "The family they is fine.",
        "The High Court last month they ruled the act was valid.",
        "Internet search engine users it are an odd mix.",
        "Consumer spending it will rise.",
        # verb groups: an infinitive's auxiliary, a modal's `do`, a passive, a verb of saying
        "The victim it is said to have been drinking with several friends, police said.",
        "But the Addicks keeper it could do nothing about the equaliser.",
        "The prize they was presented at an awards ceremony held in London.",
        "Borussia Dortmund it has warned it will go bankrupt.",
        "Mass killings of civilians it have been recorded in liberated towns.",
        "As a result, joints they can become deformed and inflammation can occur.",
        # an adverb before the pronoun, an infinitive after a noun, the first word of a name
        "And Mr Brown pointedly they refused to deny claims.",
        "Failure to comply with these measures they could result in fines.",
        "Star of the show he will be Sony's robot.",
        "The Home Office said so. Home Office Minister Hazel Blears it also revealed more.",
        # `need`, `only`, participles inside the phrase after the verb
        "Service providers they now need to make sure their networks cope.",
        "The company he only began assembling cars in China in 2004.",
        "Most EU countries they have failed to put in place policies aimed at growth.",
        "Doctors he warned about the danger of prolonged use of blood thinners.",
        "Technically deployment it has started and the standards for are settled.",
        # -ly names the name lists know; a title before a name
        "Kelly she had been full of doubts.",
        "Second seed Andy Roddick she will open his campaign.",
        # a number before the pronoun; a quotation or an aside after a verb of saying
        "Despite this, Doom 3 he did not make it to the top 20.",
        "This has amplified reactions, analysts they said, adding more.",
        'A Mayfield police officer she said, "We will search."',
        # an emphatic reflexive or an adverb of time before the pronoun
        "Mr Blunkett himself it described the plan.",
        "Chancellor Gordon Brown earlier they backed a plan.",
        # a titled name is a proper name too: no relative clause after it
        "And world number one Peter Norfolk he won the award after claiming his title.",
    ],
)
def test_t001_reports(text: str) -> None:
    assert [code for code, _ in flagged(text, "T001")] == ["T001"]


@pytest.mark.parametrize(
    "text",
    [
        "She recognised the man he met in Paris.",
        "The man he met was a spy.",
        "Zelensky, he said, was ready to talk.",
        "That is what he said on Monday.",
        "It was the day he said goodbye.",
        "The minister told reporters he would resign.",
        "But he added that on Monday he said more.",
        "The minister he appointed resigned.",
        "For many economists and analysts they are a target.",
        "Afterwards he said the trip was useful.",
        "After the talks ended, they left.",
        "The next days, held up by traffic, they arrived late.",
        "The talks, which began in May, ended, and they left.",
        "The company it bought in 2004 was sold.",
        "The government he leads has fallen.",
        "What the ministry it said was unclear.",
        "Officials believe he was killed. Sources say they are safe.",
        "Ministers insist they are ready. Harris concedes she will lose.",
        "The government estimates it will cost more.",
        "Speaking at the summit he said little. Installing it proved hard.",
        "Weapons it produces include rockets. The alternative he proposed?",
        "The crops they grow in spring, are sold in May.",
        "The budget he will send on Feb. 7 will cut taxes.",
        "He was so tired after the trip they sent him home.",
        "As part of that plan she moved to Leeds. God forbid they have.",
        "Isn't it clear? The problem they face is real.",
        "Last year they won. This time it was easy. Critics fear it will fail.",
        "If the team loses it will go down. When they arrived they said little.",
        "A friend (a neighbour she knew well) came by.",
        "The last opera he directed at La Fenice was Thais.",
        "One of the first songs he wrote for other artists was a hit.",
        "Laying into the record in government he said no. The only way to dispel it is this.",
        "The man she met in the city resigned.",
        "Despite urging, officials insist they are a long way from ready.",
        "Chipped or cracked dishes Although it may break your heart, a chip hides germs.",
        "The show Advance Warning highlights new talent and MTV reckons it will give access.",
        "The only thing they can say they are better than us in is the FA Cup.",
        "Mentally they are much stronger. Most recently they topped the charts.",
        "On Monday he said no. The second half it was about pressing.",
        "The house he was born in is a museum. The book she was given was old.",
        "Some pretended it was fine. Whilst the match ended he was calm. Soon they left.",
        "Afterwards they left. Sometimes it rains.",
        "In 2004 they won. Since 1999 he has led. By 2020 it will be gone.",
        "Well if they're your friends it's not so bad. I'm sure they started it.",
        "Ten years ago they met. Two days later it rained.",
        "Shares in Continental Airlines he bought were sold.",
    ],
)
def test_t001_not(text: str) -> None:
    assert flagged(text, "T001") == []


def test_t001_fix_drops_the_pronoun() -> None:
    linter = Linter(Config(select=("T001",)))
    fixed = linter.fix_text("Before the talks, President Zelensky he said it.", unsafe=True)
    assert fixed == "Before the talks, President Zelensky said it."
