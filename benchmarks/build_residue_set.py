"""Build benchmarks/data/residue.jsonl: scraping residue, encoding damage and punctuation defects
planted into clean BBC articles, reproducibly (fixed seed).

    python benchmarks/build_residue_set.py

Residue lines are real where we could get them: lines that extractors left in (or had to take out
of) real news pages shipped as test data in the source distributions of newspaper4k 0.9.6,
trafilatura 2.3.1 and html-text 0.7.1 (`pip download --no-binary :all: newspaper4k ...`). The
pages were run through html-text (the whole page as text), jusText and trafilatura
(favor_recall) and the residue lines among their output were picked and labelled by hand; each
record names the package and file the line came from. Categories the pages do not show (cookie
and paywall notices, wire datelines, crawler headers, Getty credits...) are planted from
templates. Decoys -- sentences that only mention the trigger words ("Readers can read more
about...") and real article lines from the same extractor output (subheadings, table rows) --
are planted too and must stay quiet. Encoding and punctuation defects are planted by damaging
the carrier's own text (a word's apostrophe turned into "â€™", a space removed after a full
stop...).

Carriers are the first paragraphs of bbc-news articles with none of the measured defects (checked
with plain string tests, independent of the rules). Positions are drawn at random with a fixed
seed. Each record: id, text, origin (real | planted), carrier, defects [{code, start, end,
source, scope}], and for records with residue only, `clean`: the carrier before planting, which
the --fix test compares with.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC
from benchmarks.labelled import DATA

OUT = DATA / "residue.jsonl"
SEED = 20260523
NEWSPAPER = "newspaper4k 0.9.6"
TRAFILATURA = "trafilatura 2.3.1"

REAL: list[tuple[str, str, str, str]] = [
    # (line, expected code, package, file in the package's source distribution)
    ("Jun 13, 4:03 PM EDT", "R005", "newspaper4k 0.9.6", "tests/data/html/ap_meta_refresh.html"),
    ("By LYNNE O'DONNELL", "R006", "newspaper4k 0.9.6", "tests/data/html/ap_meta_refresh.html"),
    ("Associated Press", "R007", "newspaper4k 0.9.6", "tests/data/html/ap_meta_refresh.html"),
    ("AP Photo/Uncredited", "R007", "newspaper4k 0.9.6", "tests/data/html/ap_meta_refresh.html"),
    ("Latest News", "R001", "newspaper4k 0.9.6", "tests/data/html/ap_meta_refresh.html"),
    ("Advertisement", "R003", "newspaper4k 0.9.6", "tests/data/html/ap_meta_refresh.html"),
    (
        "©2015 The Associated Press.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/ap_meta_refresh.html",
    ),
    (
        "All rights reserved. Terms under which this site is provided.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/ap_meta_refresh.html",
    ),
    (
        "By LYNNE O'DONNELL Associated Press",
        "R006",
        "newspaper4k 0.9.6",
        "tests/data/html/ap_meta_refresh.html",
    ),
    (
        "©2015 The Associated Press. All rights reserved. Terms under which this site is provided. Learn more about our Privacy Policy.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/ap_meta_refresh.html",
    ),
    (
        "All rights reserved. Terms",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/ap_meta_refresh.html",
    ),
    (
        "© 2013 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/arabic_article.html",
    ),
    (
        "CNN International TV | CNN US TV | Work for us",
        "R011",
        "newspaper4k 0.9.6",
        "tests/data/html/arabic_article.html",
    ),
    ("Mon, 25 Dec 2023", "R005", "newspaper4k 0.9.6", "tests/data/html/article_with_br.html"),
    (
        "Thu, 14 May 2020 17:55 UTC",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/article_with_br.html",
    ),
    ("© UC Global", "R008", "newspaper4k 0.9.6", "tests/data/html/article_with_br.html"),
    ("© Alamy", "R008", "newspaper4k 0.9.6", "tests/data/html/article_with_br.html"),
    ("© Fox News", "R008", "newspaper4k 0.9.6", "tests/data/html/article_with_br.html"),
    ("© Idg", "R008", "newspaper4k 0.9.6", "tests/data/html/article_with_br.html"),
    ("See Also:", "R001", "newspaper4k 0.9.6", "tests/data/html/article_with_br.html"),
    ("Subscribe", "R002", "newspaper4k 0.9.6", "tests/data/html/article_with_br.html"),
    ("SOTT.NET", "R011", "newspaper4k 0.9.6", "tests/data/html/article_with_br.html"),
    (
        "Click here to learn how you can help",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/article_with_br.html",
    ),
    (
        "Subscribe to our Newsletter",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/article_with_br.html",
    ),
    ("Advertisements", "R003", "newspaper4k 0.9.6", "tests/data/html/article_with_divs.html"),
    ("See more photos:", "R001", "newspaper4k 0.9.6", "tests/data/html/article_with_divs.html"),
    ("Twitter", "R002", "newspaper4k 0.9.6", "tests/data/html/article_with_divs.html"),
    ("0 Comments", "R002", "newspaper4k 0.9.6", "tests/data/html/article_with_divs.html"),
    ("November 16, 2016", "R005", "newspaper4k 0.9.6", "tests/data/html/article_with_divs.html"),
    ("April 09, 2019", "R005", "newspaper4k 0.9.6", "tests/data/html/article_with_divs.html"),
    ("November 19, 2019", "R005", "newspaper4k 0.9.6", "tests/data/html/article_with_divs.html"),
    ("February 03, 2019", "R005", "newspaper4k 0.9.6", "tests/data/html/article_with_divs.html"),
    ("Instagram", "R002", "newspaper4k 0.9.6", "tests/data/html/autoindustria.html"),
    ("Subscribe to Newsletter", "R002", "newspaper4k 0.9.6", "tests/data/html/autoindustria.html"),
    (
        "© 2000-2018 AutoIndustriya.com, Inc. All Rights Reserved.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/autoindustria.html",
    ),
    ("December 18, 2015", "R005", "newspaper4k 0.9.6", "tests/data/html/autoindustria.html"),
    ("August 18, 2005", "R005", "newspaper4k 0.9.6", "tests/data/html/autoindustria.html"),
    ("June 15, 2010", "R005", "newspaper4k 0.9.6", "tests/data/html/autoindustria.html"),
    ("May 27, 2014", "R005", "newspaper4k 0.9.6", "tests/data/html/autoindustria.html"),
    (
        "https://www.bbc.com/burmese/burma-45989453",
        "R011",
        "newspaper4k 0.9.6",
        "tests/data/html/burmese_article.html",
    ),
    ("Advertise with Us", "R003", "newspaper4k 0.9.6", "tests/data/html/chinese_article.html"),
    ("2023-11-17 15:13", "R005", "newspaper4k 0.9.6", "tests/data/html/chinese_article_001.html"),
    ("Cleveland.com", "R011", "newspaper4k 0.9.6", "tests/data/html/cleveland.com1.html"),
    ("Follow Us", "R002", "newspaper4k 0.9.6", "tests/data/html/cleveland.com1.html"),
    ("Follow us on Twitter", "R002", "newspaper4k 0.9.6", "tests/data/html/cleveland.com1.html"),
    ("Close", "R010", "newspaper4k 0.9.6", "tests/data/html/cleveland.com1.html"),
    (
        "Change your current location »",
        "R011",
        "newspaper4k 0.9.6",
        "tests/data/html/cleveland.com1.html",
    ),
    ("Sign in to", "R002", "newspaper4k 0.9.6", "tests/data/html/cleveland.com1.html"),
    ("comments", "R002", "newspaper4k 0.9.6", "tests/data/html/cleveland.com1.html"),
    (
        "on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/cleveland.com1.html",
    ),
    (
        "-- By Michael Russell Follow @tdmrussell",
        "R006",
        "newspaper4k 0.9.6",
        "tests/data/html/cleveland.com1.html",
    ),
    ("Related Stories", "R001", "newspaper4k 0.9.6", "tests/data/html/cleveland.com1.html"),
    (
        "• Latest restaurant reviews, news »",
        "R011",
        "newspaper4k 0.9.6",
        "tests/data/html/cleveland.com1.html",
    ),
    ("Advertise with us", "R003", "newspaper4k 0.9.6", "tests/data/html/cleveland.com1.html"),
    (
        "cleveland.com is powered by Plain Dealer Publishing Co. and Northeast Ohio Media Group. All rights reserved (About Us).",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/cleveland.com1.html",
    ),
    ("11 minute read", "R010", "newspaper4k 0.9.6", "tests/data/html/cnn_001.html"),
    (
        "Updated 9:22 PM EST, Mon November 6, 2023",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_001.html",
    ),
    ("Link Copied!", "R010", "newspaper4k 0.9.6", "tests/data/html/cnn_001.html"),
    ("Getty Images/Sipa USA", "R007", "newspaper4k 0.9.6", "tests/data/html/cnn_001.html"),
    ("Erin Schaff/Pool/Getty Images", "R007", "newspaper4k 0.9.6", "tests/data/html/cnn_001.html"),
    ("Related", "R001", "newspaper4k 0.9.6", "tests/data/html/cnn_001.html"),
    (
        "© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_001.html",
    ),
    (
        "© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved. CNN Sans ™ & © 2016 Cable News Network.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_001.html",
    ),
    (
        "By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN",
        "R006",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_002.html",
    ),
    ("7 minute read", "R010", "newspaper4k 0.9.6", "tests/data/html/cnn_002.html"),
    (
        "Updated 4:48 PM EST, Mon November 6, 2023",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_002.html",
    ),
    ("See More Videos", "R001", "newspaper4k 0.9.6", "tests/data/html/cnn_002.html"),
    ("Sign up", "R002", "newspaper4k 0.9.6", "tests/data/html/cnn_article.html"),
    ("SHARE THIS", "R002", "newspaper4k 0.9.6", "tests/data/html/cnn_article.html"),
    (
        "By Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
        "R006",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_article.html",
    ),
    (
        "November 28, 2013 -- Updated 0203 GMT (1003 HKT)",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_article.html",
    ),
    ("HIDE CAPTION", "R010", "newspaper4k 0.9.6", "tests/data/html/cnn_article.html"),
    ("Comments »", "R002", "newspaper4k 0.9.6", "tests/data/html/cnn_article.html"),
    (
        "Part of complete coverage on",
        "R001",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_article.html",
    ),
    (
        "April 26, 2014 -- Updated 1358 GMT (2158 HKT)",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_article.html",
    ),
    (
        "Photos: Weather around the world",
        "R001",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_article.html",
    ),
    (
        "August 7, 2013 -- Updated 1446 GMT (2246 HKT)",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_article.html",
    ),
    (
        "February 9, 2013 -- Updated 1057 GMT (1857 HKT)",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_article.html",
    ),
    ("Most Popular", "R001", "newspaper4k 0.9.6", "tests/data/html/cnn_article.html"),
    (
        "Today's five most popular stories",
        "R001",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_article.html",
    ),
    ("Loading weather data ...", "R010", "newspaper4k 0.9.6", "tests/data/html/cnn_article.html"),
    (
        "© 2014 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_article.html",
    ),
    ("CNN TV | HLN | Transcripts", "R011", "newspaper4k 0.9.6", "tests/data/html/cnn_article.html"),
    ("TRAVEL »", "R011", "newspaper4k 0.9.6", "tests/data/html/cnn_main_site.html"),
    ("FOLLOW US", "R002", "newspaper4k 0.9.6", "tests/data/html/cnn_main_site.html"),
    ("Follow @cnni", "R002", "newspaper4k 0.9.6", "tests/data/html/cnn_main_site.html"),
    (
        "Updated 1323 GMT, Jul 24 all markets»",
        "R011",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_main_site.html",
    ),
    (
        "Photos: The 'Humans of Khartoum'",
        "R001",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_main_site.html",
    ),
    ("MOST POPULAR", "R001", "newspaper4k 0.9.6", "tests/data/html/cnn_main_site.html"),
    (
        "Share your Middle East story",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_main_site.html",
    ),
    (
        "Updated 1323 GMT, Jul 24all markets»",
        "R011",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_main_site.html",
    ),
    (
        "July 24, 2014 -- Updated 1207 GMT (2007 HKT)",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_main_site.html",
    ),
    ("By Eric Bradner, CNN", "R006", "newspaper4k 0.9.6", "tests/data/html/cnn_test_nlp.html"),
    ("2 minute read", "R010", "newspaper4k 0.9.6", "tests/data/html/cnn_test_nlp.html"),
    (
        "Updated 10:53 AM EST, Sun December 18, 2016",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_test_nlp.html",
    ),
    (
        "© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_test_nlp.html",
    ),
    (
        "© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved. CNN Sans ™ & © 2016 Cable News Network.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/cnn_test_nlp.html",
    ),
    ("Watch Now", "R001", "newspaper4k 0.9.6", "tests/data/html/fox13now_001.html"),
    ("Newsletters", "R002", "newspaper4k 0.9.6", "tests/data/html/fox13now_001.html"),
    (
        "Posted at 2013-12-30T14:42:01-0700",
        "R005",
        "newspaper4k 0.9.6",
        "tests/data/html/fox13now_001.html",
    ),
    ("By Leigh Ann Caldwell", "R006", "newspaper4k 0.9.6", "tests/data/html/fox13now_001.html"),
    (
        "™ & © 2013 Cable News Network, Inc., a Time Warner Company. All rights reserved.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/fox13now_001.html",
    ),
    (
        "Copyright 2023 Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/fox13now_001.html",
    ),
    (
        "Sign up for the Breaking News Newsletter and receive up to date information.",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/fox13now_001.html",
    ),
    (
        "Click here to manage all Newsletters",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/fox13now_001.html",
    ),
    ("Privacy Policy", "R008", "newspaper4k 0.9.6", "tests/data/html/fox13now_001.html"),
    ("Terms of Use", "R008", "newspaper4k 0.9.6", "tests/data/html/fox13now_001.html"),
    ("2018/6/19 5:50", "R005", "newspaper4k 0.9.6", "tests/data/html/japanese_article.html"),
    ("Replay", "R010", "newspaper4k 0.9.6", "tests/data/html/latvian_article.html"),
    ("Foto: REUTERS, NTB", "R007", "newspaper4k 0.9.6", "tests/data/html/latvian_article.html"),
    (
        "Facebook Twitter Google plus",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/spanish_article.html",
    ),
    (
        "Patricio Candia | Palma de Mallorca | 08/01/2014",
        "R011",
        "newspaper4k 0.9.6",
        "tests/data/html/spanish_article.html",
    ),
    (
        "FacebookTwitterGoogle plus",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/spanish_article.html",
    ),
    ("Skip to main content", "R010", "newspaper4k 0.9.6", "tests/data/html/thai_article.html"),
    ("Printer-friendly version", "R002", "newspaper4k 0.9.6", "tests/data/html/thai_article.html"),
    ("2019-01-22 20:44", "R005", "newspaper4k 0.9.6", "tests/data/html/thai_article.html"),
    ("2019-01-22 20:23", "R005", "newspaper4k 0.9.6", "tests/data/html/thai_article.html"),
    ("2019-01-22 19:44", "R005", "newspaper4k 0.9.6", "tests/data/html/thai_article.html"),
    ("2019-01-22 17:00", "R005", "newspaper4k 0.9.6", "tests/data/html/thai_article.html"),
    (
        "YouTube Channel: Prachatai | LINE: @prachatai.com | Instagram: @prachatai_quote",
        "R011",
        "newspaper4k 0.9.6",
        "tests/data/html/thai_article.html",
    ),
    ("www.Stats.in.th", "R011", "newspaper4k 0.9.6", "tests/data/html/thai_article.html"),
    (
        "Sign Up for Our Ideas Newsletter",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/time_001.html",
    ),
    ("Connect with Us", "R002", "newspaper4k 0.9.6", "tests/data/html/time_001.html"),
    ("By Alejandro de la Garza", "R006", "newspaper4k 0.9.6", "tests/data/html/time_001.html"),
    ("November 2, 2023 3:53 PM EDT", "R005", "newspaper4k 0.9.6", "tests/data/html/time_001.html"),
    (
        "Read more: A Controversial Technology Is Creating an Unprecedented Rift Among Climate Scientists",
        "R001",
        "newspaper4k 0.9.6",
        "tests/data/html/time_001.html",
    ),
    (
        "Read more: Inside a Controversial Startup's Risky Attempt to Control Our Climate",
        "R001",
        "newspaper4k 0.9.6",
        "tests/data/html/time_001.html",
    ),
    (
        "Read more:A Controversial Technology Is Creating an Unprecedented Rift Among Climate Scientists",
        "R001",
        "newspaper4k 0.9.6",
        "tests/data/html/time_001.html",
    ),
    (
        "Read more:Inside a Controversial Startup's Risky Attempt to Control Our Climate",
        "R001",
        "newspaper4k 0.9.6",
        "tests/data/html/time_001.html",
    ),
    ("7-minute read", "R010", "newspaper4k 0.9.6", "tests/data/html/video_article_02.html"),
    ("Share Article", "R002", "newspaper4k 0.9.6", "tests/data/html/video_article_02.html"),
    ("Credit: Riot Games", "R007", "newspaper4k 0.9.6", "tests/data/html/video_article_02.html"),
    (
        "Credit: Riot Games, ONE Esports",
        "R007",
        "newspaper4k 0.9.6",
        "tests/data/html/video_article_02.html",
    ),
    (
        "Credit: Funko Pop, ONE Esports",
        "R007",
        "newspaper4k 0.9.6",
        "tests/data/html/video_article_02.html",
    ),
    ("Credit: Funko", "R007", "newspaper4k 0.9.6", "tests/data/html/video_article_02.html"),
    (
        "Follow ONE Esports on Facebook and Twitter for more LoL news, guides, and highlights.",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/video_article_02.html",
    ),
    (
        "READ MORE: Riot is considering making these changes to the Worlds 2024 format",
        "R001",
        "newspaper4k 0.9.6",
        "tests/data/html/video_article_02.html",
    ),
    (
        "Subscribe to our monthly newsletter and get top-performing articles delivered right to your inbox.",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/video_article_02.html",
    ),
    ("Load More", "R010", "newspaper4k 0.9.6", "tests/data/html/video_article_02.html"),
    ("© ONE Esports", "R008", "newspaper4k 0.9.6", "tests/data/html/video_article_02.html"),
    (
        "Sign up for a free ONE Esports account and start engaging with other fans!",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/video_article_02.html",
    ),
    ("Nov 7, 2023 2:00 AM", "R005", "newspaper4k 0.9.6", "tests/data/html/wired_001.html"),
    ("More from WIRED", "R001", "newspaper4k 0.9.6", "tests/data/html/wired_001.html"),
    ("More From WIRED", "R001", "newspaper4k 0.9.6", "tests/data/html/wired_001.html"),
    ("Trending Stories", "R001", "newspaper4k 0.9.6", "tests/data/html/wired_main_site.html"),
    (
        "Sign up for the WIRED Daily Newsletter",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/wired_main_site.html",
    ),
    (
        "Privacy Policy & Cookie Statement",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/wired_main_site.html",
    ),
    ("Match.com", "R011", "newspaper4k 0.9.6", "tests/data/html/yahoo_main_site.html"),
    ("Search:", "R010", "newspaper4k 0.9.6", "tests/data/html/yahoo_main_site.html"),
    ("Thursday, 24 July 2014", "R005", "newspaper4k 0.9.6", "tests/data/html/yahoo_main_site.html"),
    ("More ››", "R011", "newspaper4k 0.9.6", "tests/data/html/yahoo_main_site.html"),
    ("Trending Now", "R001", "newspaper4k 0.9.6", "tests/data/html/yahoo_main_site.html"),
    (
        "Sign in to save your preference",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/yahoo_main_site.html",
    ),
    (
        "Sign in to view your portfolios",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/yahoo_main_site.html",
    ),
    ("Back To Top", "R010", "newspaper4k 0.9.6", "tests/data/html/yahoo_main_site.html"),
    ("More stories", "R001", "newspaper4k 0.9.6", "tests/data/html/yahoo_main_site.html"),
    ("AFP", "R007", "newspaper4k 0.9.6", "tests/data/html/yahoo_main_site.html"),
    ("Load more stories", "R010", "newspaper4k 0.9.6", "tests/data/html/yahoo_main_site.html"),
    ("Most Viewed", "R001", "newspaper4k 0.9.6", "tests/data/html/yna_co_kr.html"),
    (
        "Advertise with Yonhap News Agency",
        "R003",
        "newspaper4k 0.9.6",
        "tests/data/html/yna_co_kr.html",
    ),
    ("Copyright", "R008", "newspaper4k 0.9.6", "tests/data/html/yna_co_kr.html"),
    ("Facebook X", "R002", "newspaper4k 0.9.6", "tests/data/html/yna_co_kr.html"),
    (
        "Pinterest Linked in Tumblr Reddit Facebook Messenger",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/yna_co_kr.html",
    ),
    ("SHARE", "R002", "newspaper4k 0.9.6", "tests/data/html/yna_co_kr.html"),
    (
        "Facebook X Pinterest Linked in Tumblr Reddit Facebook Messenger Copy URL",
        "R002",
        "newspaper4k 0.9.6",
        "tests/data/html/yna_co_kr.html",
    ),
    ("FONT SIZE", "R010", "newspaper4k 0.9.6", "tests/data/html/yna_co_kr.html"),
    (
        "Copyright (c) Yonhap News Agency. All Rights Reserved.",
        "R008",
        "newspaper4k 0.9.6",
        "tests/data/html/yna_co_kr.html",
    ),
    (
        "Follow us",
        "R002",
        "html-text 0.7.1",
        "tests/test_webpages/Scrapinghub Enterprise Solutions.html",
    ),
    (
        "© 2010-2017 Scrapinghub",
        "R008",
        "html-text 0.7.1",
        "tests/test_webpages/Scrapinghub Enterprise Solutions.html",
    ),
    (
        "Share on Facebook Share on Twitter",
        "R002",
        "trafilatura 2.3.1",
        "tests/resources/webpage.html.gz",
    ),
    ("Oct. 25, 2021, at 6:00 AM", "R005", "trafilatura 2.3.1", "tests/resources/webpage.html.gz"),
    ("By Geoffrey Skelley", "R006", "trafilatura 2.3.1", "tests/resources/webpage.html.gz"),
    (
        "Jabin Botsford / The Washington Post / Getty Images",
        "R007",
        "trafilatura 2.3.1",
        "tests/resources/webpage.html.gz",
    ),
    ("Comments", "R002", "trafilatura 2.3.1", "tests/resources/webpage.html.gz"),
    ("Newsletter", "R002", "trafilatura 2.3.1", "tests/resources/webpage.html.gz"),
    ("Follow @FiveThirtyEight", "R002", "trafilatura 2.3.1", "tests/resources/webpage.html.gz"),
    ("Advertise With Us", "R003", "trafilatura 2.3.1", "tests/resources/webpage.html.gz"),
    (
        "© 2021 ABC News Internet Ventures. All rights reserved.",
        "R008",
        "trafilatura 2.3.1",
        "tests/resources/webpage.html.gz",
    ),
    (
        "Email check failed, please try again",
        "R010",
        "trafilatura 2.3.1",
        "tests/resources/webpage.html.gz",
    ),
    ("PA", "R007", "trafilatura 2.3.1", "tests/resources/webpage.html.gz"),
]

# Real residue that the rules are known to miss or that no phrase names: kept so that recall is
# measured honestly (from the same extractor output).
REAL_MORE: list[tuple[str, str, str, str]] = [
    ("Most Recent", "R001", NEWSPAPER, "tests/data/html/wired_main_site.html"),
    ("POPULAR THIS WEEK", "R001", NEWSPAPER, "tests/data/html/autoindustria.html"),
    ("Top News", "R001", NEWSPAPER, "tests/data/html/ap_meta_refresh.html"),
    ("StumbleUpon", "R002", NEWSPAPER, "tests/data/html/cnn_article.html"),
    ("More sharing", "R002", NEWSPAPER, "tests/data/html/cnn_article.html"),
    ("View/Post Comments", "R002", NEWSPAPER, "tests/data/html/cleveland.com1.html"),
    ("Visit our Facebook Page", "R002", NEWSPAPER, "tests/data/html/cleveland.com1.html"),
    ("Get more FiveThirtyEight", "R002", TRAFILATURA, "tests/resources/webpage.html.gz"),
    ("Sign in", "R002", NEWSPAPER, "tests/data/html/yahoo_main_site.html"),
    ("Sign Out", "R002", NEWSPAPER, "tests/data/html/fox13now_001.html"),
    ("Subscription", "R002", NEWSPAPER, "tests/data/html/yna_co_kr.html"),
    ("Report a Delivery Issue", "R002", NEWSPAPER, "tests/data/html/cleveland.com1.html"),
    ("Search site", "R010", NEWSPAPER, "tests/data/html/fox13now_001.html"),
    ("Close x", "R010", NEWSPAPER, "tests/data/html/fox13now_001.html"),
    ("01:22 - Source: CNN", "R010", NEWSPAPER, "tests/data/html/cnn_002.html"),
    ("Cancel Submit", "R010", NEWSPAPER, "tests/data/html/cnn_001.html"),
    ("Accessibility Help", "R010", NEWSPAPER, "tests/data/html/wired_001.html"),
    ("Quick Vote", "R010", NEWSPAPER, "tests/data/html/cnn_main_site.html"),
    ("Learn more about our", "R008", NEWSPAPER, "tests/data/html/ap_meta_refresh.html"),
    ("Joyly · 2020-05-20T00:35:35Z", "R011", NEWSPAPER, "tests/data/html/article_with_br.html"),
]
# Headlines of other stories kept between paragraphs: residue, but nothing in the line says so.
# Three of them are in newspaper4k's own expected output for cnn_article (tests/data/txt).
REAL_HARD: list[tuple[str, str, str, str]] = [
    (
        "Don't get trapped by bad Thanksgiving weather: Top tips",
        "R011",
        NEWSPAPER,
        "tests/data/txt/cnn_article.txt",
    ),
    (
        "#ATL24: A day in the life of the world's busiest airport",
        "R011",
        NEWSPAPER,
        "tests/data/txt/cnn_article.txt",
    ),
    (
        "5 healthy eating tips for holiday travelers",
        "R011",
        NEWSPAPER,
        "tests/data/txt/cnn_article.txt",
    ),
    ("10 things to know about tornadoes", "R011", NEWSPAPER, "tests/data/html/cnn_article.html"),
    ("53 spectacular wildlife photos", "R011", NEWSPAPER, "tests/data/html/cnn_main_site.html"),
    ("World Cup star joins Real Madrid", "R011", NEWSPAPER, "tests/data/html/cnn_main_site.html"),
    ("Why is LeBron James saying sorry?", "R011", NEWSPAPER, "tests/data/html/cnn_main_site.html"),
    (
        "Hidden impacts of ferocious volcanic eruption finally revealed",
        "R011",
        NEWSPAPER,
        "tests/data/html/article_with_br.html",
    ),
]
# A later check on sites never looked at while the rules were written: newspaper3k's expected
# outputs (GitHub codelucas/newspaper, tests/data/text; the PyPI source distribution ships no
# tests), read in three rounds after the rules above were written. When first read, 13 of these
# 30 were caught (rounds: 5/14, 2/7, 6/9); the misses prompted the patterns that now catch
# most of them, so they are reported apart ("heldout").
NEWSPAPER3K = "newspaper3k test data (codelucas/newspaper)"
REAL_HELDOUT: list[tuple[str, str, str, str]] = [
    ("Tweet", "R002", NEWSPAPER3K, "tests/data/text/dailycaller.com1.txt"),
    ("4419111", "R011", NEWSPAPER3K, "tests/data/text/dailycaller.com1.txt"),
    (
        "Next Page Continued on Next Page >> 1 2",
        "R010",
        NEWSPAPER3K,
        "tests/data/text/dailycaller.com1.txt",
    ),
    ("Like us on Facebook", "R002", NEWSPAPER3K, "tests/data/text/foxnews.com1.txt"),
    ("Follow us on Twitter & Instagram", "R002", NEWSPAPER3K, "tests/data/text/foxnews.com1.txt"),
    (
        "Follow Lucia I. Suarez on Twitter @luciasuarezsang",
        "R002",
        NEWSPAPER3K,
        "tests/data/text/foxnews.com1.txt",
    ),
    (
        "Credit: WhiteHaven/Shutterstock.com View full size image",
        "R007",
        NEWSPAPER3K,
        "tests/data/text/livescience.com1.txt",
    ),
    (
        "Follow Tia Ghose on Twitter and Google+. Follow Live Science @livescience, Facebook & Google+. Originally published on Live Science.",
        "R002",
        NEWSPAPER3K,
        "tests/data/text/livescience.com1.txt",
    ),
    (
        "This article originally appeared at The Aviationist. Copyright 2014. Follow The Aviationist on Twitter.",
        "R008",
        NEWSPAPER3K,
        "tests/data/text/businessinsider.com1.txt",
    ),
    (
        "More Real estate transactions, awards, mergers and acquisitions, tech notes and grants",
        "R001",
        NEWSPAPER3K,
        "tests/data/text/oregonlive.com1.txt",
    ),
    ("-- Compiled by Vickie Kavanagh", "R006", NEWSPAPER3K, "tests/data/text/oregonlive.com1.txt"),
    ("Top Picks", "R001", NEWSPAPER3K, "tests/data/text/dallasnews.com1.txt"),
    (
        "In order to Find Autos By Brand it is necessary to download a browser that can support it, such as Firefox, Chrome, or Safari.",
        "R010",
        NEWSPAPER3K,
        "tests/data/text/nydailynews.com1.txt",
    ),
    (
        "Thank you for using the New York Daily News to find your next new car.",
        "R011",
        NEWSPAPER3K,
        "tests/data/text/nydailynews.com1.txt",
    ),
    ("Loading Photo Gallery", "R010", NEWSPAPER3K, "tests/data/text/nj.com1.txt"),
    (
        "Matt Friedman may be reached at mfriedman@njadvancemedia.com. Follow him on Twitter @MattFriedmanSL. Find NJ.com on Facebook.",
        "R006",
        NEWSPAPER3K,
        "tests/data/text/nj.com1.txt",
    ),
    ("404 Not Found", "R010", NEWSPAPER3K, "tests/data/text/pe.com1.txt"),
    ("ADVERTISEMENT ADVERTISEMENT", "R003", NEWSPAPER3K, "tests/data/text/pe.com1.txt"),
    (
        "ALSO READ: 5 Top Tech Stocks for 2015 With Potential Big Catalysts",
        "R001",
        NEWSPAPER3K,
        "tests/data/text/247wallst.com1.txt",
    ),
    (
        "Correspondent Joanne Anderson may be reached at joandy42@cableone.net.",
        "R006",
        NEWSPAPER3K,
        "tests/data/text/gulflive.com1.txt",
    ),
    (
        "Related article: Charlize Theron and Sean Penn plan to marry and adopt",
        "R001",
        NEWSPAPER3K,
        "tests/data/text/ok.co.uk1.txt",
    ),
    (
        "Related article: Charlize Theron causes outrage as she compares 'Googling herself to being raped'",
        "R001",
        NEWSPAPER3K,
        "tests/data/text/ok.co.uk1.txt",
    ),
    (
        "Related article: Josie Cunningham is engaged",
        "R001",
        NEWSPAPER3K,
        "tests/data/text/ok.co.uk1.txt",
    ),
    (
        "Related article: Hollyoaks co-stars Emmett Scanlan and Claire Cooper get engaged",
        "R001",
        NEWSPAPER3K,
        "tests/data/text/ok.co.uk1.txt",
    ),
    (
        "Has Sean Penn popped the question? [Wenn]",
        "R007",
        NEWSPAPER3K,
        "tests/data/text/ok.co.uk1.txt",
    ),
    (
        "The couple have been dating for the last year [Splash]",
        "R007",
        NEWSPAPER3K,
        "tests/data/text/ok.co.uk1.txt",
    ),
    (
        "Will it be third time lucky for Madonna's ex-husband? [Splash]",
        "R007",
        NEWSPAPER3K,
        "tests/data/text/ok.co.uk1.txt",
    ),
    (
        "The content you are looking for is unavailable.Please use the search box at the top of this page to find the information you were seeking.",
        "R010",
        NEWSPAPER3K,
        "tests/data/text/pe.com1.txt",
    ),
]
# Real article lines from the same extractor output: they must stay quiet.
REAL_CONTENT: list[tuple[str, str, str]] = [
    ("Overcoming nerves", NEWSPAPER, "tests/data/txt/cnn_001.txt"),
    ("Unprecedented, but to what end?", NEWSPAPER, "tests/data/txt/cnn_001.txt"),
    ("In fair Verona", NEWSPAPER, "tests/data/txt/cnn_001.txt"),
    ("Trump’s beautiful, expensive properties", NEWSPAPER, "tests/data/txt/cnn_002.txt"),
    ("The campaign comes to the courtroom", NEWSPAPER, "tests/data/txt/cnn_002.txt"),
    ("Social media and pot", NEWSPAPER, "tests/data/txt/fox13now_001.txt"),
    ("Local: Guns, family leave and shark fins", NEWSPAPER, "tests/data/txt/fox13now_001.txt"),
    (
        "Federal: Health care, of course, and vending machines",
        NEWSPAPER,
        "tests/data/txt/fox13now_001.txt",
    ),
    ("Illinois and drones", NEWSPAPER, "tests/data/txt/fox13now_001.txt"),
    (
        "— Mike Pompeo, College Station, TX, April 15, 2019",
        NEWSPAPER,
        "tests/data/html/article_with_br.html",
    ),
    (
        "(Sourcing: much of this list was obtained from the National Conference of State Legislatures).",
        NEWSPAPER,
        "tests/data/txt/fox13now_001.txt",
    ),
    (
        "| Member | State | Chamber | Party switch | Switch Year | Ran | Won |",
        TRAFILATURA,
        "tests/resources/webpage.html.gz",
    ),
    (
        "| Wayne Morse | OR | Senate | R to I | 1952 | | |",
        TRAFILATURA,
        "tests/resources/webpage.html.gz",
    ),
    ('Journey to "the dark side"', NEWSPAPER, "tests/data/html/article_with_br.html"),
    ("A CIA front in Chinese territory?", NEWSPAPER, "tests/data/html/article_with_br.html"),
    ("Planes, trains ...", NEWSPAPER, "tests/data/txt/cnn_article.txt"),
    ("Kim Gump, Dallas", NEWSPAPER3K, "tests/data/text/dallasnews.com1.txt"),
    ("GRANTS/DONATIONS", NEWSPAPER3K, "tests/data/text/oregonlive.com1.txt"),
    ("Recipients include:", NEWSPAPER3K, "tests/data/text/oregonlive.com1.txt"),
    ("Making connections", NEWSPAPER3K, "tests/data/text/livescience.com1.txt"),
    (
        "Correction: This posting has been updated with a revised total of 3.9 million unauthorized immigrants affected by the president’s action.",
        NEWSPAPER3K,
        "tests/data/text/pewresearch.org1.txt",
    ),
]
# Residue the test pages do not show, written from the examples and common sites.
TEMPLATES: list[tuple[str, str]] = [
    ("Read more: The UN will seek a humanitarian ceasefire in Ukraine: Antonio Guterres", "R001"),
    ("Read more: What are children to blame for? More than 140 children have been killed", "R001"),
    ("Also read: Kyiv braces for a winter without power", "R001"),
    ("RELATED: Ministers to review energy price cap", "R001"),
    ("Related Coverage", "R001"),
    ("Recommended", "R001"),
    ("Watch: Firefighters tackle blaze at chemical plant", "R001"),
    ("More from Business", "R001"),
    ("You may also like", "R001"),
    ("Share this article", "R002"),
    ("Share on Facebook", "R002"),
    ("Click here to subscribe", "R002"),
    ("Sign up for our newsletter", "R002"),
    ("Follow us on Twitter and Facebook", "R002"),
    ("We use cookies to improve your experience on our website.", "R002"),
    ("This article is for subscribers only.", "R002"),
    ("Subscribe to continue reading", "R002"),
    ("You have reached your limit of free articles this month.", "R002"),
    ("Already a subscriber? Log in", "R002"),
    ("Advertisement", "R003"),
    ("ADVERTISEMENT", "R003"),
    ("Story continues below advertisement", "R003"),
    ("Sponsored", "R003"),
    ("Sponsored content", "R003"),
    ("Article continues after this advertisement", "R003"),
    ("Nov. 20, 2019 6:02 AM EST", "R005"),
    ("November 19, 2019 at 9:47 am", "R005"),
    ("Published 14 March 2022", "R005"),
    ("Last updated: 3 hours ago", "R005"),
    ("By Shirin Ghaffary", "R006"),
    ("By Anna Smith and Tom Jones, BBC News", "R006"),
    ("Reporting by Pavel Polityuk; Editing by Peter Graff", "R006"),
    ("Photo: Hau Dinh, AP", "R007"),
    ("Image copyright Getty Images", "R007"),
    ("Photograph: Sergei Supinsky/AFP via Getty Images", "R007"),
    ("Copyright 2019 The Associated Press. All rights reserved.", "R008"),
    ("All rights reserved.", "R008"),
    ("Home | News | World | Europe", "R011"),
]
# Sentences that only mention the trigger words: they must stay quiet.
DECOYS: list[str] = [
    "Readers can read more about the scheme on the council's website.",
    "Share prices fell 3% in early trading on Monday.",
    "By Tuesday, the talks had collapsed.",
    "Photographs of the scene were shared widely on social media.",
    "Advertisement spending rose by a fifth last year, the trade body said.",
    "Sponsored by the council, the festival drew 3,000 visitors.",
    "Subscribers to the service pay £5 a month.",
    "Follow-up talks are planned for May.",
    "Copyright law is being overhauled, ministers said.",
    "The advert was banned by the regulator after 40 complaints.",
    "Related companies also reported losses in the quarter.",
    "Watch the skies tonight, the forecaster said.",
    "Click here, the instructions said, and the money was gone.",
    "Sign up rates for the scheme doubled in a year.",
    "Updated figures will be published in March.",
    "Photo IDs will be required at polling stations.",
    "Most popular among young voters was the Green Party.",
    "Recommended by the committee, the bill passed easily.",
]

_SPACE_BEFORE_COMMA = re.compile(r"(?<=\w) ,")
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2})(?<!www)\.(?=[A-Z][a-z]+\b(?!\.))")


def _carrier_ok(text: str) -> bool:
    """No defect of the measured kinds, by plain string tests that do not use the rules."""
    if not text.isascii() and set(text) - set("£"):
        non_ascii = {c for c in text if not c.isascii()}
        if non_ascii - {"£"}:
            return False
    bad = (
        "&",
        "<",
        " ,",
        " .",
        " ;",
        " :",
        " ?",
        " !",
        "..",
        ",,",
        "|",
        "»",
        "©",
        "(c)",
        "--",
        "By ",
    )
    if any(marker in text for marker in bad):
        return False
    return (
        re.search(
            r"[a-z][.!?][\"']?[A-Z]|^[A-Z]{3,}|Photo|Image|Copyright|Read more|Subscribe",
            text,
            re.M,
        )
        is None
    )


def carriers(rng: random.Random) -> list[tuple[str, str]]:
    """Clean carriers: title and first three paragraphs of bbc-news articles, shuffled."""
    found = []
    for path in sorted(BBC.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        blocks = [block for block in text.split("\n\n") if block.strip()]
        if len(blocks) < 4:
            continue
        short = "\n\n".join(blocks[:4]) + "\n"
        if _carrier_ok(short):
            found.append((str(path.relative_to(BBC)), short))
    rng.shuffle(found)
    return found


HEADERS = [" date 2022-03-29 ", " date 2021-11-04 ", "date: 2023-01-17 ", " date 2020-06-30 "]
DATELINES: list[tuple[str, str]] = [
    ("Ukraine.- ", "seeds/mt_article.txt"),
    ("WASHINGTON (CNN) — ", f"{NEWSPAPER}: tests/data/html/fox13now_001.html"),
    ("KYIV (Reuters) - ", "template"),
    ("WASHINGTON (AP) — ", "template"),
    ("LONDON, March 3 (Reuters) - ", "template"),
    ("MOSCOW, Oct 4 (Reuters) - ", "template"),
    ("Madrid (EFE).- ", "template"),
    ("BRUSSELS — ", "template"),
    ("Kyiv (AFP) - ", "template"),
    ("NEW YORK -- ", "template"),
    ("Paris.- ", "template"),
    ("NEW ORLEANS - ", f"{NEWSPAPER3K}: tests/data/text/al.com1.txt"),
    ("TRENTON — ", f"{NEWSPAPER3K}: tests/data/text/nj.com1.txt"),
    ("BEAVERTON -- ", f"{NEWSPAPER3K}: tests/data/text/oregonlive.com1.txt"),
]
INLINE_CREDITS = [
    " (Image: Ivan Vuchkov / Getty Images)",
    " (Photo: AP)",
    " (Picture: PA Wire)",
    " (Image: Reuters)",
]
PER_DOC = 3


def _join(items: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, int]]]:
    """Join (separator, text) items; return the text and the spans of every item."""
    parts: list[str] = []
    spans = []
    position = 0
    for index, (separator, text) in enumerate(items):
        parts.append(separator)
        position += len(separator)
        spans.append((index, position, position + len(text)))
        parts.append(text)
        position += len(text)
    return "".join(parts), spans


def residue_records(rng: random.Random, pool: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Records with residue lines, headers, datelines, inline credits and decoys."""
    lines: list[dict[str, str]] = []
    for text, code, package, file in REAL + REAL_MORE:
        lines.append(
            {
                "text": text,
                "code": code,
                "source": f"{package}: {file}",
                "scope": "main",
                "origin": "real",
            }
        )
    for text, code, package, file in REAL_HARD:
        lines.append(
            {
                "text": text,
                "code": code,
                "source": f"{package}: {file}",
                "scope": "hard",
                "origin": "real",
            }
        )
    for text, code, package, file in REAL_HELDOUT:
        lines.append(
            {
                "text": text,
                "code": code,
                "source": f"{package}: {file}",
                "scope": "heldout",
                "origin": "real",
            }
        )
    for text, code in TEMPLATES:
        lines.append(
            {"text": text, "code": code, "source": "template", "scope": "main", "origin": "planted"}
        )
    decoys = [{"text": text, "source": "template"} for text in DECOYS]
    decoys += [
        {"text": text, "source": f"{package}: {file}"} for text, package, file in REAL_CONTENT
    ]
    rng.shuffle(lines)
    records: list[dict[str, Any]] = []
    extras = (
        [("header", h) for h in HEADERS for _ in range(3)]
        + [("dateline", d) for d in DATELINES]
        + [("credit", c) for c in INLINE_CREDITS for _ in range(2)]
    )
    rng.shuffle(extras)
    chunks = [lines[i : i + PER_DOC] for i in range(0, len(lines), PER_DOC)]
    decoy_cycle = decoys * 3
    rng.shuffle(decoy_cycle)
    for number, chunk in enumerate(chunks):
        carrier_name, carrier = pool.pop()
        blocks = carrier.rstrip("\n").split("\n\n")
        extra = extras[number] if number < len(extras) else None
        decoy = decoy_cycle[number % len(decoy_cycle)] if number % 2 == 0 else None
        # Where each planted line goes: after block 0 (the title) .. after the last block.
        slots: dict[int, list[tuple[dict[str, str], bool]]] = {}
        for line in chunk:
            slots.setdefault(rng.randint(1, len(blocks)), []).append((line, False))
        if decoy is not None:
            slots.setdefault(rng.randint(1, len(blocks)), []).append((decoy, True))
        dirty, labels = _assemble(rng, blocks, slots, extra, with_residue=True)
        clean, _ = _assemble(random.Random(0), blocks, slots, None, with_residue=False)
        records.append(
            {
                "id": f"residue-{number:03d}",
                "text": dirty,
                "clean": clean,
                "origin": "real" if any(line["origin"] == "real" for line in chunk) else "planted",
                "carrier": carrier_name,
                "defects": labels,
            }
        )
    return records


def _assemble(
    rng: random.Random,
    blocks: list[str],
    slots: dict[int, list[tuple[dict[str, str], bool]]],
    extra: tuple[str, Any] | None,
    *,
    with_residue: bool,
) -> tuple[str, list[dict[str, object]]]:
    items: list[tuple[str, str]] = []
    meta: list[dict[str, object] | None] = []
    blocks = list(blocks)
    header = dateline = credit = None
    if extra is not None:
        kind, value = extra
        if kind == "header":
            header = str(value)
        elif kind == "dateline":
            dateline = value
        else:
            credit = str(value)
    prose = [i for i, block in enumerate(blocks) if i > 0 and len(block.split()) >= 12]
    dateline_at = prose[0] if prose else -1
    credit_at = prose[1] if len(prose) > 1 else -1
    for index, block in enumerate(blocks):
        separator = "" if index == 0 else "\n\n"
        if index == 0 and header:
            items.append((separator, header.rstrip(" ")))
            meta.append({"code": "R004", "source": "seeds/mt_article.txt", "scope": "main"})
            separator = " "
        if index == dateline_at and dateline:
            text, source = dateline
            items.append((separator, text.rstrip(" ")))
            meta.append({"code": "R009", "source": source, "scope": "main"})
            separator = " "
        if index == credit_at and credit:
            # After the first sentence of the paragraph.
            cut = block.find(". ")
            if cut > 0:
                items.append((separator, block[:cut]))
                meta.append(None)
                items.append(("", credit))
                meta.append({"code": "R007", "source": "template", "scope": "main"})
                block, separator = block[cut:], ""
        items.append((separator, block))
        meta.append(None)
        for line, is_decoy in slots.get(index + 1, []):
            if not with_residue and not is_decoy:
                continue
            glue = "\n" if not is_decoy and rng.random() < 0.3 else "\n\n"
            items.append((glue, line["text"]))
            meta.append(
                None
                if is_decoy
                else {"code": line["code"], "source": line["source"], "scope": line["scope"]}
            )
    text, spans = _join(items)
    labels = []
    for (_index, start, end), info in zip(spans, meta, strict=True):
        if info is not None:
            if info["code"] == "R007" and text[start] == " ":
                start += 1
            labels.append(
                {
                    "code": info["code"],
                    "start": start,
                    "end": end,
                    "source": info["source"],
                    "scope": info["scope"],
                }
            )
            # A real line may carry other damage too ("By Dana A. Ford , James ..."): label it.
            for code, pattern in (("P002", _SPACE_BEFORE_COMMA), ("P001", _GLUED_SENTENCE)):
                for match in pattern.finditer(text, start, end):
                    labels.append(
                        {
                            "code": code,
                            "start": match.start(),
                            "end": match.end() + 1,
                            "source": info["source"],
                            "scope": "main",
                        }
                    )
    return text + "\n", labels


# Inline damage: (code, finder pattern, how to damage the match). Each damage returns the new
# text for the match and the labelled span inside it.
_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_POUND = re.compile(r"£(?=\d)")
_SENTENCE_GAP = re.compile(r"(?<=[a-z]{3})\. (?=[A-Z][a-z]+ )")
_COMMA = re.compile(r"(?<=[a-z]{3}),(?= [a-z])")
_LONG_WORD = re.compile(r"(?<= )[a-z]{8,}(?=[ ,.])")
_WORD_GAP = re.compile(r"(?<=[a-z]{3}) (?=[a-z]{3})")
_AND = re.compile(r"(?<=[a-z]) and (?=[a-z])")


def _damage(code: str, rng: random.Random) -> tuple[re.Pattern[str], object]:
    if code == "E001":
        return rng.choice(
            [
                (_APOSTROPHE, lambda m: ("\u00e2\u20ac\u2122", 0, 3)),
                (_POUND, lambda m: ("\u00c2\u00a3", 0, 2)),
            ]
        )
    if code == "E002":
        return rng.choice(
            [
                (_APOSTROPHE, lambda m: ("&#39;", 0, 5)),
                (_AND, lambda m: (" &amp; ", 1, 6)),
                (_APOSTROPHE, lambda m: ("&rsquo;", 0, 7)),
            ]
        )
    if code == "E003":
        tag = rng.choice(["<br>", "<br />", "</p>", "<p>"])
        return (_SENTENCE_GAP, lambda m: ("." + tag, 1, 1 + len(tag)))
    if code == "E004":
        char = rng.choice(["\u200b", "\u00ad", "\ufeff", "\u200c"])
        return (_LONG_WORD, lambda m: (m.group()[:4] + char + m.group()[4:], 4, 5))
    if code == "E005":
        return (_APOSTROPHE, lambda m: ("\ufffd", 0, 1))
    if code == "E006":
        char = rng.choice(["\x07", "\x1a", "\x00", "\x0b"])
        return (_WORD_GAP, lambda m: (" " + char, 1, 2))
    if code == "E007":
        return (_WORD_GAP, lambda m: ("\u00a0", 0, 1))
    if code == "P001":
        return (_SENTENCE_GAP, lambda m: (".", 0, 1))
    if code == "P002":
        return rng.choice(
            [(_COMMA, lambda m: (" ,", 0, 2)), (_SENTENCE_GAP, lambda m: (" . ", 0, 2))]
        )
    if code == "P003":
        return rng.choice(
            [(_COMMA, lambda m: (",,", 0, 2)), (_SENTENCE_GAP, lambda m: (".. ", 0, 2))]
        )
    raise ValueError(code)


INLINE_CODES = ["E001", "E002", "E003", "E004", "E005", "E006", "E007", "P001", "P002", "P003"]
INLINE_PER_CODE = 14


def inline_records(rng: random.Random, pool: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Records with two inline defects each, of two different codes, in the carrier's body."""
    wanted = [code for code in INLINE_CODES for _ in range(INLINE_PER_CODE)]
    rng.shuffle(wanted)
    records: list[dict[str, Any]] = []
    number = 0
    while wanted:
        carrier_name, carrier = pool.pop()
        body_start = carrier.find("\n\n") + 2
        codes = [wanted.pop()]
        if wanted and wanted[-1] != codes[0]:
            codes.append(wanted.pop())
        edits = []
        taken: list[tuple[int, int]] = []
        for code in codes:
            pattern, damage = _damage(code, rng)
            matches = [
                m
                for m in pattern.finditer(carrier, body_start)
                if all(abs(m.start() - a) > 30 for a, _ in taken)
            ]
            if not matches:
                wanted.insert(0, code)
                continue
            match = rng.choice(matches)
            taken.append((match.start(), match.end()))
            replacement, rel_start, rel_end = damage(match)  # type: ignore[operator]
            edits.append((match.start(), match.end(), replacement, rel_start, rel_end, code))
        if not edits:
            continue
        edits.sort()
        text, labels, shift, cursor = [], [], 0, 0
        for start, end, replacement, rel_start, rel_end, code in edits:
            text.append(carrier[cursor:start])
            new_start = start + shift
            labels.append(
                {
                    "code": code,
                    "start": new_start + rel_start,
                    "end": new_start + rel_end,
                    "source": "planted",
                    "scope": "main",
                }
            )
            text.append(replacement)
            shift += len(replacement) - (end - start)
            cursor = end
        text.append(carrier[cursor:])
        records.append(
            {
                "id": f"inline-{number:03d}",
                "text": "".join(text),
                "origin": "planted",
                "carrier": carrier_name,
                "defects": labels,
            }
        )
        number += 1
    return records


def main() -> None:
    rng = random.Random(SEED)
    pool = carriers(rng)
    records = residue_records(rng, pool) + inline_records(rng, pool)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    defects = sum(len(record["defects"]) for record in records)
    print(
        f"{len(records)} records, {defects} labelled defects, {len(pool)} carriers unused -> {OUT}"
    )


if __name__ == "__main__":
    main()
