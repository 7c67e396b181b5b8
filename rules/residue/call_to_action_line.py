"""R002 call-to-action-line: share, follow, subscribe, newsletter, cookie and paywall prompts."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import (
    is_short,
    report_line,
)
from lintnews.scan import lazy_regex, words

_NETWORK = (
    r"(?:facebook|twitter|x|instagram|linkedin|linked\s+in|whatsapp|telegram|youtube|tiktok|reddit"
    r"|pinterest|tumblr|messenger|flipboard|threads|bluesky|google\s*\+|google\s+plus|e-?mail|sms"
    r"|print|copy\s+(?:url|link)|comments?|tweet|share|stumbleupon|digg|delicious|mix|vk|weibo|wechat|line)"
)
# A line made only of sharing buttons: "Facebook Twitter Email", "Twitter | Facebook | Google+".
_BUTTONS = rf"(?:{_NETWORK}[ \t]*(?:[|•·,/]|[ \t])?[ \t]*)+"
_PROMPT = r"""
    share\s+(?:this|the|on|via|to|article|story|page|your\b)   # Share this article, Share on Facebook
    | share[ \t]*(?::|$)                                       # SHARE, Share:
    | (?:please\s+)?subscribe(?:\s+(?:now|today|to|for|here|and)\b|[ \t]*(?:[:!.]|$))
    | sign\s+up(?:\s+(?:for|to|now|here|today)\b|[ \t]*[:!.]?[ \t]*$)
    | (?:sign|log)\s+(?:in|out)(?:\s+to\b|[ \t]*$) | register[ \t]*$ | create\s+(?:a\s+|an\s+)?(?:free\s+)?account | already\s+a\s+subscriber | become\s+a\s+(?:member|subscriber)
    | (?:please\s+)?follow\s+(?:us|@\w+|[^\n]{1,40}?\s+on\s+(?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky))
    | visit\s+our\s+(?:facebook|twitter|instagram|youtube)\b | get\s+more\s+[\w.]+[ \t]*$ | more\s+sharing
    | subscriptions?[ \t]*$ | report\s+(?:a|an)\s+(?:delivery\s+)?(?:issue|problem|typo|error|correction)\b
    | like\s+us\s+on | join\s+us\s+on | find\s+us\s+on | connect\s+with\s+us
    | (?:click|tap)\s+here(?:\s+(?:to|for)\b|[ \t]*[:.!]?[ \t]*$) | download\s+(?:our|the)\s+(?:free\s+)?app
    | get\s+(?:our|the)\s+(?:free\s+)?(?:daily\s+|weekly\s+)?newsletter
    | (?:our|the|free)\s+(?:\w+\s+){0,2}newsletters?[ \t]*$ | newsletters?[ \t]*(?::|$)
    | enter\s+your\s+e-?mail | (?:your\s+)?e-?mail\s+address[ \t]*(?::|$)
    | we\s+use\s+cookies | this\s+(?:web)?site\s+uses\s+cookies | by\s+using\s+(?:this|our)\s+(?:web)?site
    | (?:accept|manage)\s+(?:all\s+)?cookies | cookie\s+(?:policy|settings|preferences)
    | (?:continue|keep)\s+reading\s+(?:with|for|by)\b | subscribe\s+to\s+continue
    | you\s+have\s+reached\s+your\s+(?:\w+\s+)?(?:limit|maximum) | this\s+(?:article|story|content)\s+is\s+(?:for|available\s+to|only\s+available\s+to)\s+subscribers
    | to\s+continue\s+reading | unlock\s+(?:this|unlimited|full) | support\s+(?:our|independent)\s+journalism
    | (?:\d+\s+)?comments?[ \t]*(?:»|›|>|\(\d+\))?[ \t]*$ | view/post\s+comments | leave\s+a\s+(?:comment|reply) | add\s+(?:a\s+)?comment
    | printer-friendly\s+version | print\s+this\s+(?:article|page|story)
    | (?:view|see)\s+(?:comments|gallery)
    | have\s+your\s+say[ \t]*$ | send\s+us\s+your\s+(?:story|news|photos?)
"""
_LINE_RE = lazy_regex(
    rf"^[ \t]*(?:[>*•▶►■-][ \t]*)?(?:(?P<buttons>{_BUTTONS}[ \t]*$)|(?P<prompt>{_PROMPT}))",
    regex.IGNORECASE | regex.MULTILINE | regex.VERBOSE,
)


# Buttons glued together ("FacebookTwitterGoogle plus", "SubscribeSubscribe") have a first
# "word" that only starts with a trigger.
_GLUED = ("facebook", "twitter", "share", "subscribe", "linkedin", "pinterest", "email", "print")
# First words of the lines this rule reads.
_TRIGGERS = words(
    "share please subscribe sign log already become follow like join find connect click tap "
    "download get our free newsletter newsletters enter your email e mail we this by accept "
    "manage cookie cookies continue keep you to unlock support comments comment leave add printer "
    "print view see skip have send register create visit more subscription subscriptions report # facebook twitter x instagram "
    "linkedin linked whatsapp telegram youtube tiktok reddit pinterest tumblr messenger flipboard "
    "threads bluesky google sms copy tweet stumbleupon digg delicious mix vk weibo wechat line"
)
# A line that opens with "the" (a sixth of the lines of bbc-news) can only be a newsletter box ("The
# Morning newsletter"), so only those with the word are read. (Kept in step with _PROMPT by
# tests/rules/residue/test_call_to_action_line.py.)
_THE_NEEDS = ("newsletter",)


class CallToActionLine(Rule):
    """Line that asks the reader to share, follow, subscribe or accept cookies.

    ## What it does
    Finds lines that open with a call to action of the web page around the article: sharing
    buttons (`Share this article`, `Facebook Twitter Email`), follow prompts (`Follow us on
    Twitter`), newsletter and subscription boxes (`Sign up for our newsletter`, `Subscribe`),
    cookie banners and paywall notices (`Subscribe to continue reading`).

    ## Why is this bad?
    These lines are part of the page, not of the story. Left in a corpus they are repeated in
    thousands of documents and teach models to write them.

    ## Example
    ```
    Share this article
    Follow us on Twitter and Facebook
    ```

    ## Use instead
    Delete the line. The fix is safe: a line that opens with a prompt to the reader and is
    short is page furniture, not a sentence the reporter wrote.
    """

    code = "R002"
    name = "call-to-action-line"
    examples = [
        bad(
            "Talks ended.\nShare this article\nThey resume.\n", fixed="Talks ended.\nThey resume.\n"
        ),
        bad(
            "Talks ended.\n\nSign up for our newsletter\n\nThey resume.",
            fixed="Talks ended.\n\nThey resume.",
        ),
        bad("Talks ended.\nFacebook Twitter Email\n", fixed="Talks ended.\n"),
        bad(
            "Talks ended.\nFollow ONE Esports on Facebook and Twitter for more news.\n",
            fixed="Talks ended.\n",
        ),
        bad("Talks ended.\nSUBSCRIBE\n", fixed="Talks ended.\n"),
        bad("Talks ended.\nFacebookTwitterGoogle plus\n", fixed="Talks ended.\n"),
        good("Click here, the instructions said, and the money was gone."),
        good("Share prices fell sharply on Monday."),
        good("Readers were asked to share their stories with the paper."),
        good("Subscribers to the service pay 5 a month."),
        good("Sign up rates rose by a third, the firm said."),
        good("Follow-up talks are planned for May."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        index = doc.line_index
        lines = index.starting(_TRIGGERS, _GLUED)
        newsletters = index.starting_and_holding("the", *_THE_NEEDS)
        if newsletters:
            lines = sorted(lines + newsletters, key=lambda line: line.start)
        for line in lines:
            match = _LINE_RE.match(line.text)
            if match is None:
                continue
            if not is_short(line.text, 40):
                continue
            kind = "Sharing buttons" if match.group("buttons") else "Call to action"
            yield report_line(self, doc, line, f"{kind} line is page furniture, not article text")
