"""The words of the demo data set: one person's plain sentences, picked by ``reflect.demo``
and ``reflect.demo_checkins``.

The person: a consultant who helps organisations with their intranets and internal social
networks, writes a blog, lives near Red Rocks, and went through a family crisis last year when
her husband was ill. ``{top}`` in an answer becomes the network she used most that week.
"""

from __future__ import annotations

#: Purpose lines, in her voice, by preset key.
PURPOSES = {
    "linkedin": "Clients and peers: what I learn on intranet projects, and others' good work.",
    "x": "Quick links, conference chatter and the odd complaint about an airline.",
    "mastodon": "Slower conversations with people who care about digital workplaces.",
    "blog": "Longer pieces in my own words, about once a month.",
    "company": "Questions and lessons for my colleagues, inside the firewall.",
}

#: Charter answers by preset key and standard question key.
CHARTERS = {
    "linkedin": {
        "follow": "People I have worked with, and people whose writing I actually read.",
        "followers": "Clients, peers in internal communications, and students who ask.",
        "block": "Recruiters who send the same message three times. Nobody else so far.",
        "profile": "What I do and for whom, and one line saying I also have a life.",
        "post_kinds": "Lessons from projects, with the client's name left out.",
        "post_often": "Once a week, when I have something worth saying.",
        "share": "When someone did good work that deserves a bigger audience.",
        "political": "Not at all, apart from how workplaces treat people.",
        "disclosure": "A little: a hike, a book, a hard week. Never my family's details.",
        "comment": "Posts where I can add an example or a question, not just applause.",
    },
    "company": {
        "follow": "People I have worked with directly, and the communities I belong to.",
        "followers": "Anyone who finds it useful. I never ask my own team to.",
        "block": "Nobody. I mute the lunch-order channel.",
        "profile": "Work contact details and links to my public profiles. No hobbies.",
        "post_kinds": "Questions, lessons from client work, and fixes other people can reuse.",
        "share": "When it answers somebody's question.",
        "political": "Zero.",
        "comment": "Questions I can answer, and ideas I can build on.",
        "linking": "I point to colleagues as the experts on their subjects.",
    },
    "mastodon": {
        "post_kinds": "Half-formed ideas, photos from walks, questions I cannot ask at work.",
        "disclosure": "More than on LinkedIn, less than in person.",
    },
}

#: Answers she rewrote later, so the charter has a history.
CHARTER_REVISIONS = {
    "linkedin": {
        "post_often": "Two or three times a week: one thing I learned, one by someone else.",
    },
    "company": {
        "comment": "Questions I can answer within two days, and ideas I can build on.",
    },
}

#: Goal titles by the names in ``reflect.demo.GOALS``.
GOALS = {
    "posts": "Post on LinkedIn twice a week",
    "weekday": "Post on X every weekday",
    "company": "Answer three questions a week on the company network",
    "blog": "Mostly a creator on my blog",
    "x": "At most 60 minutes a week on X",
    "promote": "Promote others on LinkedIn",
    "evenings": "Switch off by nine on weekday evenings",
    "mastodon": "Start more conversations on Mastodon",
}
#: The LinkedIn goal's title once she raised it from two posts a week to three.
GOAL_RAISED = "Post on LinkedIn three times a week"

#: Her own charter question: (preset key, question, answer).
OWN_QUESTION = (
    "linkedin",
    "What will I do when a thread turns into an argument?",
    "Say my piece once, ask one honest question, then leave it.",
)

#: Answers by prompt key, in the first person. A sentence may start with tags ("heavy|") that
#: say which weeks it fits: heavy (workload 4–5), calm (1–3), light (1–2), steady (3), active
#: (three posts or more), quiet (little posted or said), travel.
ANSWERS: dict[str, tuple[str, ...]] = {
    "works_for_you": (
        "{top}, mostly. I used it to ask how other teams handle intranet ownership.",
        "{top} worked best: short exchanges with people I already trust.",
        "{top}, for once. Two colleagues answered my question within an hour.",
        "quiet|Mastodon, for reading. I did not post much but I learned a lot from the threads.",
        "active|{top}. I had things to say and it was the right room for them.",
    ),
    "different_things": (
        "Different things. Project lessons on LinkedIn, the half-formed version on Mastodon.",
        "I caught myself about to paste the same link everywhere and stopped after LinkedIn.",
        "Mostly different. The blog post got a link on LinkedIn and nothing elsewhere.",
        "The same thing twice, on X and Mastodon. Nobody seemed to mind, but it felt lazy.",
    ),
    "role_this_week": (
        "quiet|A reader, and that was a choice: I had nothing to add this week.",
        "Mostly a commenter. Replying felt easier than starting something new.",
        "active|A creator for once. I wrote posts I had been carrying around for weeks.",
        "Reader on X, commenter on Mastodon. It felt like the right mix.",
        "heavy|A reader. There was no room for more, and I did not force it.",
    ),
    "ebb_flow": (
        "heavy|A heavy week at work, so I mostly read in the evenings. That is fine.",
        "light|Work was lighter and I had room to write. It showed.",
        "heavy|The workshop prep took everything. I only looked at the company network.",
        "steady|Busy but steady. I kept to ten minutes in the morning and it was enough.",
        "light|A slow week at work, so I finally answered the replies I owed people.",
        "The busier the week, the more I read and the less I write. This one was no exception.",
    ),
    "stalled_post": (
        "The piece about failed intranet launches. I worry a client will recognise themselves.",
        "A post about saying no to a project. I rewrote it three times and then let it go.",
        "travel|No. I wrote it on the train and posted it before I could fuss over it.",
        "A photo from the trail. It felt too personal for LinkedIn, so it went to Mastodon.",
        "No. When I had something, I posted it. Less fuss than I used to make.",
    ),
    "quiet_ok": (
        "light|I read a novel on the porch and did not miss anything.",
        "light|Long walks and an early night most evenings.",
        "quiet|I cooked properly for the first time in weeks.",
        "heavy|It was not quiet. I would have liked one evening with a book.",
        "active|Not quiet at all, and I enjoyed it for a change.",
    ),
    "personal_elements": (
        "I mentioned the workout at Red Rocks. Three people asked which trail.",
        "A line about my garden at the end of a work post. It got more replies than the work part.",
        "Nothing personal this week, and I did not feel the lack.",
        "I said I was taking Friday off for my husband's birthday. People were kind about it.",
    ),
    "unplugged": (
        "Saturday, all day. The phone stayed in the kitchen drawer.",
        "calm|Every evening after dinner, which is the habit I want.",
        "heavy|Hardly at all. I kept checking during the deadline and I felt it by Thursday.",
        "Sunday morning at Red Rocks with my husband. Nothing else mattered.",
    ),
    "real_work": (
        "A colleague's answer on the company network saved me half a day of digging.",
        "I found the person who ran the same migration last year and we talked on Thursday.",
        "A LinkedIn thread turned into a real lead for the spring workshop.",
        "Someone on Mastodon pointed me to a study I needed for the client report.",
    ),
    "habit": (
        "Ten minutes with coffee before I open my mail.",
        "Reading the company network over lunch instead of the news.",
        "heavy|I had none this week, and I noticed the difference.",
        "Saving links into one note and sharing the best one on Friday.",
    ),
    "traction": (
        "active|The {top} post with a concrete checklist. People like things they can use.",
        "A question, not a statement. It got three times the replies.",
        "Nothing much. The post I liked best got two reactions, which is fine.",
        "The short story about the client who wanted an intranet nobody would need to read.",
    ),
    "noise": (
        "Engagement-bait polls on LinkedIn. I scroll past them now without a second thought.",
        "The daily outrage on X. I muted three words and felt better.",
        "Vendor webinars announced five times each.",
        "Threads that are really advertisements. I can spot them by the second line.",
    ),
    "give_back": (
        "I answered a newcomer's question about governance on the company network.",
        "I sent a student my old workshop slides and a few notes on what I would change.",
        "calm|I spent twenty minutes on a careful reply to someone's first blog post.",
        "heavy|Not much this week. Next week I owe Priya a proper answer.",
    ),
    "black_hole": (
        "My question on the company network. Not a single reply in four days.",
        "The blog post. A few views, no comments. It still needed writing.",
        "No, everything got at least one answer this week.",
        "A long LinkedIn post on Tuesday morning. Wrong day, maybe, or wrong topic.",
    ),
    "feedback_from": (
        "Tom from the platform team, on the company network, with a fix I had missed.",
        "Two people I have never met, on Mastodon. One of them disagreed, politely.",
        "A former client on LinkedIn, asking if we could talk next month.",
        "My own team, mostly. It was nice to be noticed close to home.",
    ),
    "same_needs": (
        "A colleague followed me on Mastodon. That was fine; it is where I am most myself.",
        "heavy|Working evenings blurred it completely. Not fine, and not for long, I hope.",
        "I asked the same question inside and outside. The answers were equally good.",
        "calm|It did not blur this week. Work stayed at work.",
    ),
    "experiment": (
        "Posting in the afternoon instead of the morning. No difference I could see.",
        "Asking a question at the end of every post.",
        "Replying to three posts before writing my own.",
        "heavy|Nothing new. I stuck with what works while work was heavy.",
    ),
    "golden_rule": (
        "No. I deleted one reply before sending it, which is the system working.",
        "My boss would roll her eyes at one joke, but she would not mind.",
        "No, though the post about meetings came close.",
        "quiet|Nothing at all. I posted too little for that.",
    ),
    "policy_kept": (
        "Yes, apart from sharing a link on X and LinkedIn on the same day.",
        "I bent it on LinkedIn by getting into a political argument. I left after one reply.",
        "calm|Kept it everywhere. It is easier when the week is calm.",
        "travel|Mostly. I posted more than my charter says on X, bored in an airport.",
    ),
    "constructive": (
        "I asked Lena why the rollout skipped the field teams instead of just liking the update.",
        "On Mastodon I added a counter-example to a thread about adoption metrics.",
        "I built on a colleague's idea about office hours and she picked it up.",
        "I mostly agreed with people this week. Next time, a question.",
    ),
    "be_a_person": (
        "The post about getting lost on the way to a client's new office.",
        "I admitted I still print long documents to read them. People admitted the same.",
        "A photo of the sky over the foothills, no caption needed.",
        "heavy|Not this week. I was all job title.",
    ),
    "vulnerability": (
        "That I still do not know how to measure whether an intranet is working.",
        "That I misjudged how long the migration would take, in front of the whole team.",
        "That I find video calls harder than I let on.",
        "That I am slow at writing. The blog post took four evenings.",
    ),
    "provoke": (
        "I said most intranet homepages should be deleted. It started a good thread.",
        "I questioned the idea that adoption means logins. Some people pushed back, usefully.",
        "No, I kept my head down this week.",
        "I asked whether we need a new tool or just fewer meetings. Silence, then three replies.",
    ),
    "promote_others": (
        "Priya's talk on search. I shared the recording with a paragraph on why it matters.",
        "A junior colleague's write-up on the company network. I made sure her manager saw it.",
        "A small blog about accessibility that deserves ten times the readers.",
        "Nobody this week, which is a pity. I will make up for it.",
    ),
    "seed_feed_weed": (
        "Started a conversation with a librarian who runs an internal wiki.",
        "Fed an old connection with a proper message instead of a like.",
        "Unfollowed a handful of accounts that only make me angry.",
        "Introduced two people who should know each other. They are meeting next week.",
    ),
}

#: A second sentence, sometimes, by what kind of week it was.
TAILS: dict[str, tuple[str, ...]] = {
    "heavy": (
        "Work ate most of my evenings.",
        "Next week should be lighter.",
        "I am tired, and it shows in what I wrote.",
        "The client report is nearly done, which helps.",
    ),
    "light": (
        "A calmer week made room for it.",
        "I had time to think before typing, for a change.",
        "Summer pace, and I am enjoying it.",
    ),
    "travel": (
        "Most of it happened in airports.",
        "Hotel wifi did the rest.",
        "Travelling always makes me a reader.",
    ),
    "normal": (
        "An ordinary week, in a good way.",
        "I want to keep this rhythm.",
        "Small steps, but they count.",
    ),
}

#: Short, kind answers for weeks when life came first.
QUIET = {
    "holiday": (
        "On holiday. I left the apps alone and did not miss them.",
        "Holiday. Mountains, books, no feeds.",
        "Away, and glad of it.",
    ),
    "family": (
        "A quiet week, and that was fine. Family first.",
        "Nothing online. I was at the hospital most days.",
        "I only read messages from friends. Everything else can wait.",
        "Still mostly offline. People have been kind.",
        "A little better this week. I read a few posts in the evening.",
        "Coming back slowly. No need to rush.",
    ),
}

#: Notes on an entry, by network and how the week went there ("lot", "none" or "any").
NOTES: dict[tuple[str, str], tuple[str, ...]] = {
    ("linkedin", "lot"): (
        "The checklist post got more comments than anything this year.",
        "A former colleague reshared my post with a kind line of her own.",
    ),
    ("linkedin", "none"): ("Posted at the wrong time, I think. Nothing came back.",),
    ("linkedin", "any"): (
        "Shared Priya's talk and wrote why it matters.",
        "Mostly comments on other people's project stories.",
        "Kept it short. One post, a few thoughtful replies.",
    ),
    ("x", "lot"): ("A quick joke about conference wifi went further than any serious post.",),
    ("x", "none"): ("Shouting into the wind. I should post this kind of thing elsewhere.",),
    ("x", "any"): (
        "Too much scrolling on the train.",
        "Live-posted a conference session, which people seemed to like.",
        "Mostly links. I am not sure X is for me anymore.",
    ),
    ("mastodon", "lot"): (
        "A long thread on intranet search, with people who know more than I do.",
    ),
    ("mastodon", "none"): ("Asked a question on a Sunday night. Quiet.",),
    ("mastodon", "any"): (
        "Found three new people to follow through one good thread.",
        "Replied more than I posted, on purpose.",
        "Posted a photo from the trail and got into a chat about boots.",
    ),
    ("blog", "lot"): ("The post on intranet homepages got comments from people I did not know.",),
    ("blog", "none"): ("Published the governance piece. No comments yet, and that is fine.",),
    ("blog", "any"): (
        "Replied to comments on last month's post.",
        "Answered a reader who tried the checklist at her company.",
    ),
    ("company", "lot"): ("My question about the release checklist got eleven answers.",),
    ("company", "none"): ("Asked about the travel policy. No answer: pearls into a black hole.",),
    ("company", "any"): (
        "Answered two questions about search in the help community.",
        "Linked my blog post instead of reposting it here.",
        "Thanked the platform team in public for the quick fix.",
    ),
}

FAMILY_NOTE = "Told the team I would be away for a while. Lots of kind replies."
HOLIDAY_NOTE = "One photo from the coast, then I put the phone away."

EXPERIMENTS = (
    (
        "Reply before posting for four weeks",
        "mastodon",
        "Before each post of my own I reply to three posts by others. I expect to post less, "
        "but to have more real conversations and fewer posts nobody answers.",
        "I posted about half as often, but most of my posts got answers, and two replies turned "
        "into proper conversations. I am keeping the habit.",
        "finished",
    ),
    (
        "A photo from my Friday walk on LinkedIn",
        "linkedin",
        "Mixing in something personal will make people more likely to talk to me about work.",
        "Dropped it after two weeks. It felt forced there; the photos belong on Mastodon.",
        "abandoned",
    ),
    (
        "One question a week on the company network",
        "company",
        "Asking instead of telling will get more colleagues talking, and I will learn who knows "
        "what.",
        "",
        "running",
    ),
)
