"""M001 merged-words: two (or three) words glued together where a space was lost."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import accumulate

from lintnews.diagnostics import Applicability, Diagnostic, Edit, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

from ._broken import joins_neighbour
from ._candidates import glue_candidates
from ._code import looks_like_code
from ._evidence import Evidence
from ._glue import split_merged


class MergedWords(Rule):
    """Two words glued together (`Chernihivalthough`, `Ukrainethey`, `NATOa`).

    ## What it does
    Finds tokens that are not words of English or of the document but split into two or
    three words that are: `thetalks`, `withboth` (lower case), `Chernihivalthough`,
    `Ukrainethey` (a name and a word), `NATOa`, `UNsaid` (an acronym and a word),
    `girlsEpstein`, `effectivenessIn` (a word and a capitalised word from the next block),
    `ofthetalks` (three pieces).

    The evidence is the wordfreq lexicon, the document's own vocabulary (a name written on
    its own elsewhere in the article), the user's `known-words`, the word pairs English writes
    apart most often (web n-gram counts shipped by wordsegment: `tax laws`, unlike `car
    making`), and short lists of words English always capitalises (countries, nationalities,
    days, months) and of common first names. A split must clearly win: one piece is a function
    word, or the document or English at large writes the two words apart, or the pieces take
    shapes solid English compounds do not (an `-ly` adverb, a plural, two long words, a
    nationality and a noun, a first name and a surname, an office and a name). Solid compounds (`newspaper`, `beermaker`), brands (`YouTube`, `iPhone`, `eBay`,
    `Southcorp`), mixed-case surnames (`McCain`, `DiCaprio`), plural acronyms (`NATOs`, `MPs`),
    numbers with units (`5km`), URLs, e-mail addresses, handles, hashtags, file names and code
    are left alone, and so is a token the document repeats with a capital (a brand it means).

    ## Why is this bad?
    Scrapers drop the space where an HTML element ended, and translation engines glue tokens.
    Spell checkers call the result a misspelling and suggest nothing useful.

    ## Example
    ```
    Troops left Kyiv and Chernihivalthough the Pentagon could not confirm it.
    ```

    ## Use instead
    ```
    Troops left Kyiv and Chernihiv although the Pentagon could not confirm it.
    ```
    The fix inserts the space. It is safe when the glued token is unknown to the lexicon,
    every piece is a common word or a word of the document, and no other reading competes:
    English writes no other split of it more often as a pair (`toothin` may be `tooth in`, but
    `too thin` is the pair), and three glued words begin or end with a function word
    (`ofthetalks`; `powerofthree` has the shape of a name). Otherwise it is unsafe. A name made
    by doubling a word (`PayPay`) is not reported.
    """

    code = "M001"
    name = "merged-words"
    uses_lexicon = True
    examples = [
        bad(
            "Troops left Chernihiv. They held Kyiv and Chernihivalthough the claim was denied.",
            fixed="Troops left Chernihiv. They held Kyiv and Chernihiv although the claim was denied.",
        ),
        bad(
            "Guarantees for Ukraine matter: security guarantees to Ukrainethey are becoming practical.",
            fixed="Guarantees for Ukraine matter: security guarantees to Ukraine they are becoming practical.",
        ),
        bad(
            "Troops stayed in Sinai. Egypt kept Sinaiand the canal.",
            fixed="Troops stayed in Sinai. Egypt kept Sinai and the canal.",
        ),
        bad("He met withboth leaders.", fixed="He met with both leaders."),
        bad("Thetalks failed again.", fixed="The talks failed again."),
        bad("He said thetalks failed.", fixed="He said the talks failed."),
        bad("They met withthe minister.", fixed="They met with the minister."),
        bad("A similar NATOa principle applies.", fixed="A similar NATO a principle applies."),
        bad("The UNsaid it would help.", fixed="The UN said it would help."),
        bad(
            "Files on the girlsEpstein abused were sealed. Epstein died in 2019.",
            fixed="Files on the girls Epstein abused were sealed. Epstein died in 2019.",
        ),
        bad(
            "They doubt its effectivenessIn the meantime prices rose.",
            fixed="They doubt its effectiveness In the meantime prices rose.",
        ),
        bad(
            "Ask for more informationYou can call us.",
            fixed="Ask for more information You can call us.",
        ),
        bad("He was born in the state ofTexas.", fixed="He was born in the state of Texas."),
        bad(
            "Mr Blair spoke. Later MrBlair left.",
            fixed="Mr Blair spoke. Later Mr Blair left.",
        ),
        bad("It said ofthetalks nothing.", fixed="It said of the talks nothing."),
        # Three words glued, one capitalised: each side of the capital is judged as above.
        bad(
            "Talks resume inDecemberafter the break.",
            fixed="Talks resume in December after the break.",
        ),
        bad("The Commission said theECdid so.", fixed="The Commission said the EC did so."),
        bad("Oil rose $2 abarrelon Monday.", fixed="Oil rose $2 a barrel on Monday."),
        # A nationality opening a sentence, glued to a common word, as inside a sentence.
        bad("Britishpolitics was in turmoil.", fixed="British politics was in turmoil."),
        good("The Frenchwoman and two Englishmen won."),
        # "inthe" is web glue, not half of a solid compound (songs|inthe).
        bad("Fans sang songsinthe rain.", fixed="Fans sang songs in the rain."),
        bad(
            "The plan was radicallyimproved last year.",
            fixed="The plan was radically improved last year.",
        ),
        bad(
            "The firm raised questionsmarks over the office.",
            fixed="The firm raised questions marks over the office.",
        ),
        bad(
            "Glued to a known word: Kharkivafter the shelling.",
            fixed="Glued to a known word: Kharkiv after the shelling.",
            known_words=("Kharkiv",),
        ),
        good("The newspaper reported it nevertheless."),
        good("Meanwhile, somebody cannot find another notebook."),
        good("She watched it on YouTube with an iPhone and paid by PayPal."),
        good("He sold it on eBay, wrote JavaScript and ate at McDonald's."),
        good("The easyJet and iPod brands, and the eBay site."),
        good("NATOs and CEOs met MPs; the CEOs' pay rose."),
        good("McCain, DiCaprio, LeBron and MacDonald were there."),
        good("He ran 5km before 10am and spent £5bn."),
        good("See https://example.com/withthe or write to press@thetalks.org."),
        good("Follow @withboth and #thetalks for news."),
        good("Open thetalks.pdf and report_final.docx."),
        good("Call `getElementById` or toString() in the code."),
        good(">>> from fontTools import ttLib\nsettings = loadConfig()\n"),
        good("The planemaker and beermaker cut paycuts for carmaking staff."),
        good("Uplights and the sickout did not outweight the writeback."),
        good("Southcorp rejected the bid. Southcorp shares rose."),
        good("Ukrainian and Kyivan officials praised the Blairite plan."),
        good("The Blairites met the Londoner."),
        good("The word Ukrainethey is quoted.", known_words=("Ukrainethey",)),
        good("PowerPoint, GlaxoSmithKline and DaimlerChrysler reported profits."),
        good("Iraqis, Thatcherite MPs and MEPs spoke at length."),
        good("Romeo, Franco and Iain ate hehe and toto."),
        good("The chatshow host and the mailshot were cheap; the onus is on them."),
        bad("Labour has 163 MPsare saying so.", fixed="Labour has 163 MPs are saying so."),
        bad(
            "He was able toprevent it.",
            fixed="He was able to prevent it.",
        ),
        # An article before a name English always capitalises, or one the document writes.
        bad("Turkey is aMuslim country.", fixed="Turkey is a Muslim country."),
        good("He shared files with aMule and bought aQuantive shares."),
        # A word and a place, month or day; a nationality and a common word.
        bad("Talks with SouthKorea resumed.", fixed="Talks with South Korea resumed."),
        bad("Talks stalled InNovember again.", fixed="Talks stalled In November again."),
        bad("Chinesewine sales are growing.", fixed="Chinese wine sales are growing."),
        bad("He studied Europeanlaw in Paris.", fixed="He studied European law in Paris."),
        good("AirAsia and Germanwings cut fares; Irancell and Qatargas grew."),
        # Two capitalised words the document also writes apart.
        bad(
            "He works at Virgin Radio. VirginRadio will be first.",
            fixed="He works at Virgin Radio. Virgin Radio will be first.",
        ),
        # A common first name before a surname (not a brand: PowerPage, SpiceJet).
        bad("Later TonyBlair spoke.", fixed="Later Tony Blair spoke."),
        good("Pages on the PowerPage site; flights on SpiceJet."),
        # Names of institutions and places; an acronym the lexicon knows and a common word.
        bad(
            "The FinanceMinistry said so.",
            fixed="The Finance Ministry said so.",
        ),
        bad("He flew to NewJersey on Monday.", fixed="He flew to New Jersey on Monday."),
        bad("Coverage on BBCSport was praised.", fixed="Coverage on BBC Sport was praised."),
        good("The NewBalance trainers kept their balance."),
        # Two content words English writes apart (web n-gram counts), unlike a solid
        # compound (carmaking, above).
        bad("The new taxlaws took effect.", fixed="The new tax laws took effect."),
        bad("The smallertech firms grew.", fixed="The smaller tech firms grew."),
        bad("Shares in Japanoff the lows.", fixed="Shares in Japan off the lows."),
        bad(
            "The award went to ActorDaniel Day-Lewis.",
            fixed="The award went to Actor Daniel Day-Lewis.",
        ),
        bad("The band went ontour in May.", fixed="The band went on tour in May."),
        bad("The match is on Sundayon the coast.", fixed="The match is on Sunday on the coast."),
        bad("Staff may worklonger hours.", fixed="Staff may work longer hours."),
        bad("He said nowI know the truth.", fixed="He said now I know the truth."),
        bad("They met amidchaotic scenes.", fixed="They met amid chaotic scenes."),
        bad("The Olympicbid was launched.", fixed="The Olympic bid was launched."),
        # A name and the -ing form of a common verb.
        bad(
            "Adults in Englandgaining skills rose.",
            fixed="Adults in England gaining skills rose.",
        ),
        # An office before a name; a word before a Mc or Mac surname.
        bad("He met ChancellorGordon Brown.", fixed="He met Chancellor Gordon Brown."),
        bad(
            "They lost on WednesdayMcLeish told reporters.",
            fixed="They lost on Wednesday McLeish told reporters.",
        ),
        # A sentence or heading ending before a glued "A" (the fix is unsafe: a full stop may
        # be missing too).
        bad(
            "His spokesman has saidA fan jumped on stage.",
            fixed="His spokesman has said A fan jumped on stage.",
        ),
        bad("He won bytaking the prize.", fixed="He won by taking the prize."),
        bad(
            "The line from Westminsterto Brighton.", fixed="The line from Westminster to Brighton."
        ),
        bad(
            "It was a truce over breachingdeficit limits.",
            fixed="It was a truce over breaching deficit limits.",
        ),
        good("Egypt FA spokesman Methat Shalaby welcomed the apology."),
        # The document writes Germany: "Germany" glued to "ou" (M002), not German + you.
        good("Germany was hit. Jobs are scarce in Germanyou since 1930."),
        good("A cinematographically bold film about a neuroprosthesis."),
        good("Coachloads of fans read the moblogs."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        candidates = glue_candidates(doc)
        if not candidates:
            return
        evidence = Evidence(doc)
        for word in candidates:
            # Judge the type first, then find it. The verdict depends on the position only for
            # a capitalised token (a name inside a sentence, any word at its start), and most
            # capitalised tokens never open a sentence: that verdict waits until one does.
            inside = split_merged(evidence, word, sentence_start=False)
            opening = inside
            judged = word[0].islower()  # a lower-case token reads the same everywhere
            if judged and inside is None:
                continue
            for start in doc.occurrences(word):
                end = start + len(word)
                if doc.opens_sentence(start):
                    if not judged:
                        opening, judged = split_merged(evidence, word, sentence_start=True), True
                    merge = opening
                else:
                    merge = inside
                if merge is None or looks_like_code(doc, start, end):
                    continue
                if joins_neighbour(evidence, start, end):
                    continue  # a fragment of a broken word: ind ustry (M003)
                shown = " ".join(merge.pieces)
                # One insertion per lost space: the smallest edit, which touches no other
                # rule's edit of the same word.
                positions = accumulate(len(piece) for piece in merge.pieces[:-1])
                fix = Fix(
                    f"Insert a space: '{shown}'",
                    tuple(Edit(start + offset, start + offset, " ") for offset in positions),
                    Applicability.SAFE if merge.safe else Applicability.UNSAFE,
                )
                quoted = [f"'{piece}'" for piece in merge.pieces]
                listed = ", ".join(quoted[:-1]) + " and " + quoted[-1]
                yield self.report(start, end, f"'{word}' looks like {listed} merged", fix)
