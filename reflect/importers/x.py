"""X (Twitter): the archive from Settings → "Download an archive of your data".

Read: ``data/tweets.js`` (``window.YTD.tweets.part0 = [{"tweet": {…}}, …]``) and the
variants of other export versions: ``tweets-part1.js`` … for large archives, ``tweet.js``
(2019–2020, items with or without the ``"tweet"`` wrapper), ``community-tweet.js`` and the
month files ``data/js/tweets/2013_01.js`` of the oldest archives. Counted per tweet, keyed by
its ``id_str``: a retweet (text starting ``RT @``) is a share, a reply
(``in_reply_to_status_id_str``) a comment, anything else a post. ``like.js`` holds no dates,
so likes are not counted, and the report says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reflect.activity import MeasuredItem
from reflect.importers import dates
from reflect.importers.base import Archive, Context, Found, ImportFailed, Member
from reflect.importers.jsonstream import JsonStream

PLATFORM = "x"
TWEET_FILES = re.compile(r"(community-)?tweets?(-part\d+)?\.js|\d{4}_\d{2}\.js", re.IGNORECASE)
_MONTH_FILE = re.compile(r"\d{4}_\d{2}\.js")
_PREFIX = re.compile(r"(?:window\.YTD\.[\w.]+|Grailbird\.data\.\w+)\s*=\s*")
_DIGITS = re.compile(r"\d{1,25}")
NO_LIKES = "like.js has no dates, so likes were not counted."


def find(archive: Archive) -> Found:
    if archive.is_container:
        candidates = archive.find(TWEET_FILES)
        # The archive's own layout first; a zip someone made of tweets.js alone works too.
        tweets = [m for m in candidates if _in_data_folder(m)] or [
            m for m in candidates if not _MONTH_FILE.fullmatch(m.basename)
        ]
        if not tweets:
            raise ImportFailed(
                archive.label,
                "not_this_platform",
                "there is no data/tweets.js in this zip, so it is not an X archive.",
            )
    else:
        tweets = archive.members  # a tweets.js taken out of the archive, whatever its name
    return Found({"tweets": tweets})


def _in_data_folder(member: Member) -> bool:
    path = "/" + member.name.lower()
    if _MONTH_FILE.fullmatch(member.basename):
        return "/js/tweets/" in path
    return "/data/" in path


def read(archive: Archive, found: Found, context: Context) -> Iterator[MeasuredItem]:
    for member in found.roles["tweets"]:
        stream = JsonStream(archive.text_chunks(member, context), archive.where(member))
        if not stream.skip_assignment(_PREFIX) and stream.peek() != "[":
            raise stream.shape(
                "does not start like an X archive file (window.YTD.tweets.part0 = [ …), so "
                "it is not an X tweets file."
            )
        if stream.kind() != "array":
            raise stream.shape("holds no list of tweets.")
        for _ in stream.elements():
            item = _item(stream.value(), context)
            if item is not None:
                yield item
        stream.finish(";")
    context.note(NO_LIKES)
    if archive.find(r"deleted-tweets?(-part\d+)?\.js"):
        context.note("Deleted tweets (deleted-tweets.js) were not counted.")


def _item(element: object, context: Context) -> MeasuredItem | None:
    if not isinstance(element, dict):
        context.skip("{n} entr(y|ies) of the tweets file (was|were) not a tweet")
        return None
    tweet = element.get("tweet", element)
    if not isinstance(tweet, dict):
        context.skip("{n} entr(y|ies) of the tweets file (was|were) not a tweet")
        return None
    key = tweet.get("id_str", tweet.get("id"))
    if isinstance(key, int) and not isinstance(key, bool):
        key = str(key)
    if not isinstance(key, str) or not _DIGITS.fullmatch(key):
        context.skip("{n} tweet(s) had no id")
        return None
    moment = dates.parse_x(tweet.get("created_at"))
    if moment is None:
        context.skip("{n} tweet(s) had no readable date")
        return None
    text = tweet.get("full_text", tweet.get("text"))
    if (isinstance(text, str) and text.startswith("RT @")) or "retweeted_status" in tweet:
        kind = "shares"
    elif tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"):
        kind = "comments"
    else:
        kind = "posts"
    return MeasuredItem(key, kind, moment)
