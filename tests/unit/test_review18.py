"""Review of the eighteenth session's English attribution rules (commits c63fd4b, af33733,
5b8be39, 68e021b, 78a1387, a8ef972, b72e64b): near misses, sentences of ordinary
journalism that each rule also fires on and where it should not, and a few plain variants
it should fire on but does not. The ones the extractor gets wrong are strict xfails for the
lead to fix; the ones it gets right guard the rule. Every sentence is written for its test;
the quotations are invented."""

from __future__ import annotations

import pytest
from test_extract import doc, speaker_of

# -- c63fd4b: "the diplomat"/"the official" as a subject is the named ambassador/minister --


def test_c63_a_junior_diplomat_met_after_a_named_minister():
    """c63fd4b, _KINDS_OF: "Lavrov, the foreign minister, hosted …. Afterwards a junior
    diplomat from the Japanese delegation spoke …. The diplomat shrugged. “…,” he said.":
    the diplomat is the unnamed Japanese one, not Lavrov."""
    d = doc(
        "Sergei Lavrov, the foreign minister, hosted the talks in Moscow.",
        "Afterwards a junior diplomat from the Japanese delegation spoke to reporters outside. "
        "The diplomat shrugged. “We heard nothing new,” he said.",
    )
    assert speaker_of(d, "We heard nothing new") is None


def test_c63_an_unnamed_ambassador_received_by_a_named_leader():
    """c63fd4b, _KINDS_OF searched in the text after the name: "Xi Jinping received the new
    American ambassador …. The diplomat looked tired afterwards. “…,” he said.": the
    ambassador (unnamed) speaks, not Xi."""
    d = doc(
        "Xi Jinping received the new American ambassador in Beijing on Tuesday. The diplomat "
        "looked tired afterwards. “It was a long morning,” he said.",
    )
    assert speaker_of(d, "It was a long morning") is None


def test_c63_an_unnamed_spokesman_sent_by_a_named_leader():
    """c63fd4b, _KINDS_OF["official"]: "Xi Jinping sent a spokesman to the briefing. The
    official read a short statement. “…,” he said.": the spokesman, not Xi."""
    d = doc(
        "Xi Jinping sent a spokesman to the briefing. The official read a short statement. "
        "“China will respond in its own time,” he said.",
    )
    assert speaker_of(d, "China will respond in its own") is None


def test_c63_two_former_ambassadors_named():
    """c63fd4b: "McFaul, a former ambassador to Russia, and Sullivan, who held the same post
    later, both spoke. ¶ The former diplomat paused. “…,” he said.": either; nobody."""
    d = doc(
        "Michael McFaul, a former ambassador to Russia, and John Sullivan, who held the same "
        "post later, both spoke.",
        "The former diplomat paused. “Nobody in Moscow believed us,” he said.",
    )
    assert speaker_of(d, "Nobody in Moscow believed") is None


def test_c63_the_named_foreign_minister_is_the_diplomat():
    """c63fd4b (should fire): "Wang Yi, China's foreign minister, arrived late. The diplomat
    apologised. “…,” he said. “…”": his, both quotes."""
    d = doc(
        "Wang Yi, China's foreign minister, arrived late. The diplomat apologised. “The "
        "traffic in Moscow is worse than in Beijing,” he said. “And that is saying something.”",
    )
    assert speaker_of(d, "The traffic in Moscow") == "wang-yi"
    assert speaker_of(d, "And that is saying") == "wang-yi"


def test_c63_a_deputy_secretary_is_the_official():
    """c63fd4b (should fire): "Kurt Campbell, the deputy secretary of state, flew to Manila.
    In the hotel lobby, the official was relaxed. “…,” he said.": his."""
    d = doc(
        "Kurt Campbell, the deputy secretary of state, flew to Manila. In the hotel lobby, the "
        "official was relaxed. “Alliances are a habit,” he said.",
    )
    assert speaker_of(d, "Alliances are a habit") == "kurt-campbell"


def test_c63_a_special_representative_is_the_diplomat():
    """c63fd4b (should fire): "Li Hui, China's special representative for Eurasian affairs,
    toured five capitals. The diplomat was patient in Warsaw. “…,” he said.": his."""
    d = doc(
        "Li Hui, China's special representative for Eurasian affairs, toured five capitals. "
        "The diplomat was patient in Warsaw. “We have time, and we have tea,” he said.",
    )
    assert speaker_of(d, "We have time, and we have tea") == "li-hui"


# -- af33733: a title as the subject of a view, right after the one person named ----------


def test_af3_a_title_the_person_named_before_does_not_hold():
    """af33733, _title_view: "Ursula von der Leyen opened the summit …. The economist thinks
    little will come of it. “…”": an unnamed economist, not von der Leyen."""
    d = doc(
        "Ursula von der Leyen opened the summit with a short speech. The economist thinks "
        "little will come of it. “Summits are where plans go to be photographed.”",
    )
    assert speaker_of(d, "Summits are where plans") is None


def test_af3_the_president_of_a_country_after_a_scholar():
    """af33733, _title_view: "… was how Nargis Kassenova described the steppe. The president
    of Kazakhstan thinks …. “…”": the president's, not Kassenova's."""
    d = doc(
        "“A crossroads, not a corridor,” was how Nargis Kassenova described the steppe. The "
        "president of Kazakhstan thinks the corridor will be built anyway. “Money finds the "
        "shortest road.”",
    )
    assert speaker_of(d, "Money finds the shortest") is None


def test_af3_the_person_before_is_the_agent_of_a_passive():
    """af33733, _title_view: "The delegation was met at the airport by Wang Yi. The former
    ambassador to Moscow, now at Renmin University, argues …. “…”": someone else."""
    d = doc(
        "The delegation was met at the airport by Wang Yi. The former ambassador to Moscow, "
        "now at Renmin University, argues that the timing was deliberate. “Nothing in Beijing "
        "is an accident.”",
    )
    assert speaker_of(d, "Nothing in Beijing is") is None


def test_af3_the_former_holder_named_earlier_without_the_word_former():
    """af33733, holds(title, roles): "Fu Ying, China's ambassador to Britain until 2010, …
    ¶ Xi Jinping spoke …. The former ambassador to Britain thinks …. “…”": Fu Ying's view,
    never Xi's."""
    d = doc(
        "Fu Ying, China's ambassador to Britain until 2010, was in the audience.",
        "Xi Jinping spoke for forty minutes. The former ambassador to Britain thinks the "
        "speech was aimed at Washington. “Every line was written for an American reader.”",
    )
    assert speaker_of(d, "Every line was written") != "xi-jinping"


def test_af3_the_former_holder_named_earlier_in_a_who_clause():
    """af33733: "John Herbst, who served as ambassador in Kyiv, spoke …. ¶ … was how Kristi
    Raik described the border. The former ambassador thinks …. “…”": Herbst's or nobody's,
    not Raik's."""
    d = doc(
        "John Herbst, who served as ambassador in Kyiv, spoke in the morning.",
        "“A corridor, not a wall,” was how Kristi Raik described the border. The former "
        "ambassador thinks the wall will come anyway. “Walls are cheaper than armies.”",
    )
    assert speaker_of(d, "Walls are cheaper") != "kristi-raik"


def test_af3_a_former_holder_in_apposition_blocks_the_view():
    """af33733: "Fu Ying, a former ambassador to Britain, … ¶ Xi Jinping spoke …. The former
    ambassador thinks …. “…”": hers or nobody's, never Xi's."""
    d = doc(
        "Fu Ying, a former ambassador to Britain, was in the audience.",
        "Xi Jinping spoke for forty minutes. The former ambassador thinks the speech was aimed "
        "at Washington. “Every line was written for an American reader.”",
    )
    assert speaker_of(d, "Every line was written") != "xi-jinping"


def test_af3_the_scholar_now_at_is_the_one_named():
    """af33733 (should fire): "… was how Nargis Kassenova described the steppe. The scholar,
    now at Harvard, argues …. “…”": hers."""
    d = doc(
        "“A crossroads, not a corridor,” was how Nargis Kassenova described the steppe. The "
        "scholar, now at Harvard, argues that the corridor will be built anyway. “Money finds "
        "the shortest road.”",
    )
    assert speaker_of(d, "Money finds the shortest") == "nargis-kassenova"


@pytest.mark.xfail(
    strict=True,
    reason="af33733 (too narrow): THE_TITLE has no 'fellow', so 'The senior fellow at …' "
    "is no title view",
)
def test_af3_a_senior_fellow_as_the_title():
    """af33733 (should fire): "… was how Nargis Kassenova described the steppe. The senior
    fellow at Harvard, now also an adviser in Astana, argues …. “…”": hers."""
    d = doc(
        "“A crossroads, not a corridor,” was how Nargis Kassenova described the steppe. The "
        "senior fellow at Harvard, now also an adviser in Astana, argues that the corridor "
        "will be built anyway. “Money finds the shortest road.”",
    )
    assert speaker_of(d, "Money finds the shortest") == "nargis-kassenova"


# -- 5b8be39: the next quote goes on when the other person is a preposition's object -----


def test_5b8_handing_the_microphone_to_the_other():
    """5b8be39, _OBJECT_AFTER_TAG: "“…,” Baerbock said, handing the microphone to Wang Yi.
    “…”": the next words are Wang's (or nobody's), not hers."""
    d = doc(
        "“We came to listen,” Annalena Baerbock said, handing the microphone to Wang Yi. "
        "“China has always been a friend of Europe.”",
    )
    assert speaker_of(d, "China has always been") != "annalena-baerbock"


def test_5b8_the_object_who_answers():
    """5b8be39: "“…,” Baerbock said after talks with Wang Yi, who disagreed. “…”": the next
    quote is his disagreement, not hers."""
    d = doc(
        "“We do not ask Beijing to pick a side,” Annalena Baerbock said after talks with Wang "
        "Yi, who disagreed. “Beijing has never paid for anything.”",
    )
    assert speaker_of(d, "Beijing has never paid") != "annalena-baerbock"


def test_5b8_talks_with_a_titled_object():
    """5b8be39 (should fire): "“…,” Baerbock said after talks with Chinese Foreign Minister
    Wang Yi. “…”": hers."""
    d = doc(
        "“We do not ask Beijing to pick a side,” Annalena Baerbock said after talks with "
        "Chinese Foreign Minister Wang Yi. “We ask it to stop paying for one.”",
    )
    assert speaker_of(d, "We ask it to stop") == "annalena-baerbock"


@pytest.mark.xfail(
    strict=True,
    reason="5b8be39 (too narrow): of two objects joined by 'and', the second has no "
    "preposition right before it and blocks",
)
def test_5b8_talks_with_two_objects():
    """5b8be39 (should fire): "“…,” Baerbock said after a call with Wang Yi and Sergei
    Lavrov. “…”": hers."""
    d = doc(
        "“We came to listen,” Annalena Baerbock said after a call with Wang Yi and Sergei "
        "Lavrov. “Listening is not agreeing.”",
    )
    assert speaker_of(d, "Listening is not agreeing") == "annalena-baerbock"


def test_5b8_citing_the_other():
    """5b8be39: "“…,” Baerbock said, citing Wang Yi. “…”": whose the next words are is
    open; nobody."""
    d = doc(
        "“We do not ask Beijing to pick a side,” Annalena Baerbock said, citing Wang Yi. "
        "“China has always been a friend of Europe.”",
    )
    assert speaker_of(d, "China has always been") is None


def test_5b8_a_letter_to_the_other():
    """5b8be39 (should fire): "“…,” Baerbock said in a letter to Wang Yi. “…”": hers."""
    d = doc(
        "“We do not ask Beijing to pick a side,” Annalena Baerbock said in a letter to Wang Yi. "
        "“We ask it to stop paying for one.”",
    )
    assert speaker_of(d, "We ask it to stop") == "annalena-baerbock"


# -- 68e021b: complained/posted/tweeted/signalled/concedes/tell you/remembered him as ------


def test_68e_posted_someone_else_s_remark():
    """68e021b, FRAMING 'posted': "Zakharova posted Antony Blinken's remark that Russia was
    “a pariah” …": Blinken's words (or nobody's), not hers."""
    d = doc(
        "Maria Zakharova posted Antony Blinken's remark that Russia was “a pariah” with a "
        "laughing emoji.",
    )
    assert speaker_of(d, "a pariah") != "maria-zakharova"


def test_68e_posted_a_headline():
    """68e021b, FRAMING 'posted': "Zakharova posted a screenshot of a headline that read
    “Russia isolated”, …": a headline's words, nobody's."""
    d = doc(
        "Maria Zakharova posted a screenshot of a headline that read “Russia isolated”, with "
        "a laughing emoji.",
    )
    assert speaker_of(d, "Russia isolated") is None


def test_68e_complained_about_someone_else_s_phrase():
    """68e021b, FRAMING 'complained': "Wang Yi complained about the phrase “de-risking”,
    which Ursula von der Leyen coined in 2023.": von der Leyen's or nobody's, not Wang's."""
    d = doc(
        "Wang Yi complained about the phrase “de-risking”, which Ursula von der Leyen coined "
        "in 2023.",
    )
    assert speaker_of(d, "de-risking") != "wang-yi"


def test_68e_complained_about_a_slogan():
    """68e021b, FRAMING 'complained': "Sergei Lavrov has complained about the slogan
    “rules-based order” for years.": a slogan, not his words."""
    d = doc("Sergei Lavrov has complained about the slogan “rules-based order” for years.")
    assert speaker_of(d, "rules-based order") is None


def test_68e_complained_to_a_named_official():
    """68e021b: "Residents complained to Sergei Sobyanin that the new buses were “…”": the
    residents', not the mayor's."""
    d = doc(
        "Residents complained to Sergei Sobyanin that the new buses were “always late and "
        "always cold.”",
    )
    assert speaker_of(d, "always late and") is None


def test_68e_posted_by_an_unnamed_aide():
    """68e021b: "An aide to Sergei Lavrov posted on Telegram that the talks were “…”": the
    aide's, not Lavrov's."""
    d = doc(
        "An aide to Sergei Lavrov posted on Telegram that the talks were “over before they began.”"
    )
    assert speaker_of(d, "over before they") is None


def test_68e_remembered_him_as_by_unnamed_students():
    """68e021b: "Students of Yevgeny Primakov remembered him as “…”": theirs, not his."""
    d = doc("Students of Yevgeny Primakov remembered him as “a man who never raised his voice.”")
    assert speaker_of(d, "a man who never raised") is None


def test_68e_any_diplomat_will_tell_you():
    """68e021b, 'tell you': "Sergei Ryabkov spoke first. Any diplomat in Geneva will tell you
    that the treaty is “…”": anyone's, not Ryabkov's."""
    d = doc(
        "Sergei Ryabkov spoke first. Any diplomat in Geneva will tell you that the treaty is "
        "“dead, but not buried.”",
    )
    assert speaker_of(d, "dead, but not buried") is None


def test_68e_the_ministry_posted_after_a_named_spokesman():
    """68e021b: "Dmitry Peskov declined to comment. The ministry posted on Telegram that the
    offer was “…”": the ministry's, not Peskov's."""
    d = doc(
        "Dmitry Peskov declined to comment. The ministry posted on Telegram that the offer was "
        "“not serious.”",
    )
    assert speaker_of(d, "not serious") is None


def test_68e_a_spokesman_in_apposition_complained():
    """68e021b (should fire): "Wang Yi's spokesman, Lin Jian, complained that the report was
    “…”": Lin Jian's."""
    d = doc("Wang Yi's spokesman, Lin Jian, complained that the report was “full of lies.”")
    assert speaker_of(d, "full of lies") == "lin-jian"


@pytest.mark.xfail(
    strict=True,
    reason="68e021b (too narrow): 'remembered' frames only before him/her/them/it, not "
    "before a name",
)
def test_68e_remembered_a_named_person_as():
    """68e021b (should fire): "Henry Kissinger remembered Zhou Enlai as “…”": Kissinger's."""
    d = doc("Henry Kissinger remembered Zhou Enlai as “the most impressive man I ever met.”")
    assert speaker_of(d, "the most impressive man") == "henry-kissinger"


def test_68e_tweets_that():
    """68e021b (should fire): "Kaja Kallas tweets that Europe is “…”": hers."""
    d = doc("Kaja Kallas tweets that Europe is “not a bystander.”")
    assert speaker_of(d, "not a bystander") == "kaja-kallas"


def test_68e_posts_that():
    """68e021b (should fire): "Mao Ning posts that the report is “…”": hers."""
    d = doc("Mao Ning posts that the report is “full of lies.”")
    assert speaker_of(d, "full of lies") == "mao-ning"


# -- 78a1387: a stance or a way of putting it before a quote that ends its paragraph ------


def test_78a_not_impressed_by_a_headline():
    """78a1387, _STANCE 'impressed': "Vasily Kashin was not impressed by the headline.
    “…”": the headline's words."""
    d = doc(
        "Vasily Kashin was not impressed by the headline. “Russia and China: friends forever.”",
    )
    assert speaker_of(d, "Russia and China: friends") is None


def test_78a_alarmed_by_a_message():
    """78a1387, _STANCE 'alarmed': "Michael Kofman was alarmed by the message from Moscow.
    “Any convoy is a target.”": Moscow's message, not Kofman's words."""
    d = doc("Michael Kofman was alarmed by the message from Moscow. “Any convoy is a target.”")
    assert speaker_of(d, "Any convoy is a target") is None


def test_78a_put_the_question_to_someone():
    """78a1387, _STANCE 'put the question': "Kaja Kallas put the question to the Chinese
    envoy directly. “Taiwan is an internal matter for China.”": the envoy's answer."""
    d = doc(
        "Kaja Kallas put the question to the Chinese envoy directly. “Taiwan is an internal "
        "matter for China.”",
    )
    assert speaker_of(d, "Taiwan is an internal") is None


def test_78a_not_convinced_by_someone_unnamed():
    """78a1387, _STANCE 'convinced': "Kaja Kallas was not convinced by the Chinese envoy.
    “…”": the envoy's line."""
    d = doc(
        "Kaja Kallas was not convinced by the Chinese envoy. “Taiwan is an internal matter for "
        "China.”",
    )
    assert speaker_of(d, "Taiwan is an internal") is None


def test_78a_she_was_worried_about_a_headline():
    """78a1387, _PRONOUN_VIEW stance: "Angela Stent was not worried about the timing. She was
    more worried about the headline. “…”": the headline's."""
    d = doc(
        "Angela Stent was not worried about the timing. She was more worried about the "
        "headline. “Russia wins again.”",
    )
    assert speaker_of(d, "Russia wins again") is None


def test_78a_she_was_not_convinced_by_an_offer():
    """78a1387, _PRONOUN_VIEW stance: "… She was not convinced by the Kremlin's offer. “We are
    ready to talk to anyone.”": the Kremlin's words."""
    d = doc(
        "Angela Stent spoke on the panel. She was not convinced by the Kremlin's offer. “We "
        "are ready to talk to anyone.”",
    )
    assert speaker_of(d, "We are ready to talk") is None


def test_78a_she_after_two_women_in_one_sentence():
    """78a1387: "Fiona Hill and Angela Stent both wrote …. She was not surprised by the
    timing. “…”": either; nobody."""
    d = doc(
        "Fiona Hill and Angela Stent both wrote about the summit. She was not surprised by the "
        "timing. “Moscow always answers within a week.”",
    )
    assert speaker_of(d, "Moscow always answers") is None


def test_78a_she_after_one_woman_interviewed_another():
    """78a1387: "Fiona Hill interviewed Angela Stent for the podcast. She was not surprised
    …. “…”": either; nobody."""
    d = doc(
        "Fiona Hill interviewed Angela Stent for the podcast. She was not surprised by the "
        "timing. “Moscow always answers within a week.”",
    )
    assert speaker_of(d, "Moscow always answers") is None


def test_78a_she_after_the_other_woman_in_the_paragraph_before():
    """78a1387 (should fire): "Fiona Hill wrote the first report. ¶ Angela Stent wrote the
    second. She was not surprised …. “…”": the woman of her paragraph."""
    d = doc(
        "Fiona Hill wrote the first report.",
        "Angela Stent wrote the second. She was not surprised by the timing. “Moscow always "
        "answers within a week.”",
    )
    assert speaker_of(d, "Moscow always answers") == "angela-stent"


def test_78a_call_for_by_leaders_among_them_one_named():
    """78a1387, 'call for': "European leaders, among them Emmanuel Macron, call for “…”":
    many speak; not Macron alone."""
    d = doc("European leaders, among them Emmanuel Macron, call for “strategic autonomy.”")
    assert speaker_of(d, "strategic autonomy") is None


# -- a8ef972: a verb of saying after a determiner is a noun ---------------------------------


def test_a8e_dismissed_the_warning_from_someone_named():
    """a8ef972: "Antony Blinken dismissed the warning from Sergei Lavrov that NATO would face
    “grave consequences.”": Lavrov's words, not Blinken's."""
    d = doc(
        "Antony Blinken dismissed the warning from Sergei Lavrov that NATO would face “grave "
        "consequences.”",
    )
    assert speaker_of(d, "grave consequences") != "antony-blinken"


def test_a8e_said_he_had_heard_the_warning_from_someone_named():
    """a8ef972: "Sergei Lavrov said Moscow had heard the warning from Kaja Kallas that Russia
    faced “a long isolation.”": Kallas's words, not Lavrov's."""
    d = doc(
        "Sergei Lavrov said Moscow had heard the warning from Kaja Kallas that Russia faced “a "
        "long isolation.”",
    )
    assert speaker_of(d, "a long isolation") != "sergei-lavrov"


@pytest.mark.xfail(
    strict=True,
    reason="a8ef972 (too narrow): only a determiner right before the verb makes it a noun; "
    "'the latest warning' is still taken as the framing verb",
)
def test_a8e_called_the_latest_warning():
    """a8ef972 (should fire): "Kaja Kallas called the latest warning from Moscow “…”":
    hers."""
    d = doc("Kaja Kallas called the latest warning from Moscow “a script we have heard before.”")
    assert speaker_of(d, "a script we have heard") == "kaja-kallas"


@pytest.mark.xfail(
    strict=True,
    reason="a8ef972 (too narrow): 'that' is no determiner in _DETERMINER_BEFORE",
)
def test_a8e_called_that_warning():
    """a8ef972 (should fire): "Kaja Kallas called that warning “…”": hers."""
    d = doc("Kaja Kallas called that warning “a script we have heard before.”")
    assert speaker_of(d, "a script we have heard") == "kaja-kallas"


def test_a8e_repeated_his_warning():
    """a8ef972 (should fire): "Josep Borrell repeated his warning that Europe must “…”":
    his."""
    d = doc("Josep Borrell repeated his warning that Europe must “learn the language of power.”")
    assert speaker_of(d, "learn the language") == "josep-borrell"


# -- b72e64b: a preposition's object inside the speaker's apposition no longer blocks -----


def test_b72_alongside_a_co_author():
    """b72e64b: "Fiona Hill, alongside Angela Stent, wrote in 2019 that the policy was
    “…”": both wrote; nobody (as for "Hill and Stent wrote")."""
    d = doc(
        "Fiona Hill, alongside Angela Stent, wrote in 2019 that the policy was “built on sand.”"
    )
    assert speaker_of(d, "built on sand") is None


def test_b72_together_with_a_co_author():
    """b72e64b: "Fiona Hill, together with Clifford Gaddy, wrote that Putin was “…”": both
    wrote; nobody."""
    d = doc("Fiona Hill, together with Clifford Gaddy, wrote that Putin was “a man of many masks.”")
    assert speaker_of(d, "a man of many masks") is None


def test_b72_responding_to_a_question_about_someone():
    """b72e64b (should fire): "Dmitry Peskov, responding to a question about Emmanuel
    Macron, said the idea was “…”": Peskov's."""
    d = doc(
        "Dmitry Peskov, responding to a question about Emmanuel Macron, said the idea was "
        "“dangerous.”",
    )
    assert speaker_of(d, "dangerous") == "dmitry-peskov"


@pytest.mark.xfail(
    strict=True,
    reason="b72e64b (too narrow): 'after' is not among the prepositions, so 'speaking after "
    "Wang Yi' still blocks the speaker",
)
def test_b72_speaking_after_someone():
    """b72e64b (should fire): "Sergei Lavrov, speaking after Wang Yi, said the two sides were
    “…”": Lavrov's."""
    d = doc(
        "Sergei Lavrov, speaking after Wang Yi, said the two sides were “closer than ever.”",
    )
    assert speaker_of(d, "closer than ever") == "sergei-lavrov"


@pytest.mark.xfail(
    strict=True,
    reason="b72e64b (too narrow): 'by' is not among the prepositions, so 'an envoy sent by "
    "Xi Jinping' still blocks the envoy",
)
def test_b72_an_envoy_sent_by_someone():
    """b72e64b (should fire): "Li Hui, a special envoy sent by Xi Jinping, said the plan was
    “…”": Li Hui's."""
    d = doc("Li Hui, a special envoy sent by Xi Jinping, said the plan was “a starting point.”")
    assert speaker_of(d, "a starting point") == "li-hui"
