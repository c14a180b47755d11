"""Second review of the sixteenth session's attribution rules (commits 7c5a2ab, d9d8958,
f536c4f, 654b421, 8e12433, 38fc64a, a388858, dd40a20): near misses, sentences of ordinary
journalism, profiles, reviews and digests that each rule also fires on. The ones the
extractor gets wrong are strict xfails for the lead to fix (their reason says when the wrong
answer is older than the rule); the ones it gets right guard the rule. Every sentence is
written for its test."""

from __future__ import annotations

import pytest
from test_extract import doc, people, quotes, speaker_of

from tealeaves.extract import extract, load_registry
from tealeaves.model import Block, Document


def _zh(*paragraphs: str):
    blocks = [Block("body", p) for p in paragraphs]
    d = Document.build(id="t", title="T", blocks=blocks, language="zh")
    return extract(d, load_registry())


def _zh_names(x) -> dict[str, str]:
    return {p.native_name or p.name: p.kind for p in x.people}


def _zh_speaker(x, fragment: str) -> str | None:
    (q,) = [q for q in x.quotes if q.text.startswith(fragment)]
    names = {p.id: p.native_name or p.name for p in x.people}
    return names.get(q.speaker) if q.speaker else None


_HEAD = {0: "heading"}
_PRIMAKOV = "Yevgeny Primakov, the spy who became premier"
_KALLAS = "Kaja Kallas and the Estonian way"


# -- f536c4f: _profiled, a "he"/"she" in a paragraph naming nobody goes to the headlined ---


def test_profile_paragraph_about_the_subjects_stepfather():
    """_profiled, obituary: a paragraph about the subject's unnamed stepfather (introduced
    in the paragraph before) whose "he wrote" is his, not the headlined subject's."""
    d = doc(
        "Yevgeny Primakov, who died in 2015, ran the foreign intelligence service and later "
        "the government. Primakov was 85.",
        "Primakov grew up in Tbilisi. Primakov's stepfather, a railway engineer, was arrested "
        "in 1937.",
        "For two years the engineer wrote letters from the camp. “Do not forget me,” he wrote "
        "to his wife.",
        title=_PRIMAKOV,
    )
    assert speaker_of(d, "Do not forget me") is None


def test_profile_book_review_where_he_is_the_tsar():
    """_profiled, book review: the headline names the book's author, who is the most named;
    "he" in a paragraph of the book's story is a character (an unnamed tsar)."""
    d = doc(
        "Orlando Figes has written a history of the Crimean War. Figes is a careful writer, "
        "and Figes knows the archives.",
        "The war began with a quarrel over the keys of a church in Bethlehem.",
        "In the spring of 1853 he summoned the British ambassador. “The sick man is dying,” "
        "he told the envoy.",
        title="Orlando Figes on the Crimean War",
    )
    assert speaker_of(d, "The sick man is dying") is None


def test_profile_obituary_witness_introduced_the_paragraph_before():
    """_profiled, obituary: "A border guard in Berlin remembered …. ¶ He had expected
    orders …. “…,” he said": only the quote's own paragraph is searched for someone
    unnamed, so the guard's words go to Gorbachev."""
    d = doc(
        "Mikhail Gorbachev, who died on Tuesday, ended the Cold War. Gorbachev was 91. "
        "Gorbachev never regretted it.",
        "A border guard in Berlin remembered the night the wall opened.",
        "He had expected orders to shoot. “None came,” he said.",
        title="Mikhail Gorbachev, 1931-2022",
    )
    assert speaker_of(d, "None came") is None


def test_profile_paragraph_about_the_subjects_mother():
    """_profiled, profile of a woman: "Her mother was deported …. ¶ She was six months old.
    “…,” she told …": the mother speaks, not the headlined subject."""
    d = doc(
        "Kaja Kallas has made Estonia's case in Brussels for a decade. Kallas is blunt, and "
        "Kallas is tireless.",
        "Her mother was deported to Siberia in 1949 with her own mother and grandmother.",
        "She was six months old. “We had nothing but a blanket,” she told Estonian "
        "television decades later.",
        title=_KALLAS,
    )
    assert speaker_of(d, "We had nothing") is None


def test_profile_she_is_our_reporter():
    """_profiled, profile written as a visit: "Our reporter spent a day …. ¶ She was let in
    at seven. “…,” she wrote in her notes": the reporter, not the subject."""
    d = doc(
        "Maria Zakharova has spoken for the foreign ministry since 2015. Zakharova is famous "
        "for her briefings. Zakharova rarely gives interviews.",
        "Our reporter spent a day at the ministry.",
        "She was let in at seven. “Nobody sleeps here,” she wrote in her notes.",
        title="Maria Zakharova, the voice of Smolenskaya Square",
    )
    assert speaker_of(d, "Nobody sleeps here") is None


def test_profile_subject_after_a_nameless_paragraph():
    """_profiled, the case it is for: "Born in 1950, he studied …. ¶ In those years he
    learned …. “…,” he said"."""
    d = doc(
        "Sergei Lavrov has been foreign minister since 2004. Lavrov spoke to us in Moscow. "
        "Lavrov was relaxed.",
        "Born in 1950, he studied at MGIMO.",
        "In those years he learned Sinhalese. “It was the only language left,” he said.",
        title="Sergei Lavrov: the long view",
    )
    assert speaker_of(d, "It was the only language") == "sergei-lavrov"


def test_profile_headline_naming_two_men():
    """_profiled, two people in full in the headline: no profile subject."""
    d = doc(
        "Henry Kissinger met Zhou Enlai in 1971. Kissinger admired Zhou. Kissinger wrote "
        "about it often.",
        "Decades later he returned to Beijing. “China remembers its friends,” he said.",
        title="Henry Kissinger and Zhou Enlai",
    )
    assert speaker_of(d, "China remembers") in (None, "henry-kissinger")


def test_profile_review_whose_subject_outnumbers_the_author():
    """_profiled, a review headlined with author and subject: the character named most."""
    d = doc(
        "Serhii Plokhy's new book follows Nikita Khrushchev through the Cuban crisis. "
        "Khrushchev wins and Khrushchev loses.",
        "In October 1962 he read a letter twice. “We must not pull the knot tighter,” he "
        "wrote back.",
        title="Serhii Plokhy on Nikita Khrushchev's gamble",
    )
    assert speaker_of(d, "We must not pull") in (None, "nikita-khrushchev")


def test_profile_he_of_an_unnamed_envoy_in_the_paragraph():
    """_profiled, a paragraph that speaks of someone unnamed before the "he"."""
    d = doc(
        "Sergei Lavrov has been foreign minister since 2004. Lavrov spoke to us in Moscow. "
        "Lavrov was relaxed.",
        "Our correspondent asked about the American envoy.",
        "He is a businessman, not a diplomat. “He wants a deal by Friday,” he said.",
        title="Sergei Lavrov: the long view",
    )
    assert speaker_of(d, "He wants a deal") in (None, "sergei-lavrov")


# -- 654b421: _SINGLE_BY_FIRST_NAME, _NAMED_AS, the chain, _mid_tag_before, _A_WORK_BEFORE --


def test_first_name_of_a_boat():
    """_SINGLE_BY_FIRST_NAME: ships are 'her'; "known by her first name, Marta" of a boat."""
    d = doc(
        "The smugglers' boat was known by her first name, Marta, among the fishermen of the coast."
    )
    assert "Marta" not in people(d)


def test_first_name_of_a_horse():
    """_SINGLE_BY_FIRST_NAME: an animal's name in a profile."""
    d = doc(
        "The general's horse, called by his given name Thunder in the stable book, outlived him."
    )
    assert "Thunder" not in people(d)


def test_first_name_of_a_driver_who_speaks():
    """_SINGLE_BY_FIRST_NAME, the case it is for."""
    d = doc(
        "A driver who asked to be identified only by his first name, Sergei, has crossed the "
        "border twice this month. “The queue is forty hours,” he said."
    )
    assert speaker_of(d, "The queue is forty") == "sergei"


def test_first_name_given_only_by_a_nurse():
    """_SINGLE_BY_FIRST_NAME, 'gave her name only as': "she said" is hers."""
    d = doc(
        "A nurse in Kherson who gave her name only as Olena has worked nights since March. "
        "“We sleep in the corridor,” she said."
    )
    assert speaker_of(d, "We sleep in") == "olena"


def test_first_name_rule_leaves_a_nickname_alone():
    """_SINGLE_BY_FIRST_NAME: "known to his comrades by his first name, Koba" (the name
    follows 'to his comrades', so no match): no second person."""
    d = doc(
        "Joseph Stalin, known to his comrades by his first name, Koba, robbed a bank in "
        "Tiflis in 1907."
    )
    assert "Koba" not in people(d)


def test_unnamed_official_who_called_a_minister():
    """_unnamed_subject/_NAMED_AS: "A senior official who called Sergei Lavrov … said …. ¶
    “…,” he said": the official speaks; Lavrov is the one called. (Wrong before 654b421
    too: the guard for unnamed subjects misses the who-clause.)"""
    d = doc(
        "Sergei Lavrov flew to Ankara on Sunday.",
        "A senior European official who called Sergei Lavrov on Monday said the talks would "
        "resume.",
        "“There is a window, but it is small,” he said.",
    )
    assert speaker_of(d, "There is a window") is None


def test_unnamed_diplomat_who_named_a_minister():
    """_NAMED_AS: "who named Wang Yi as the key": 'named' is a verb here, not a name given
    to the unnamed subject. (Wrong before 654b421 too.)"""
    d = doc(
        "Wang Yi arrived in Berlin on Thursday.",
        "A German diplomat who named Wang Yi as the key to any deal described the mood as tense.",
        "“He listens, but he does not move,” he said.",
    )
    assert speaker_of(d, "He listens") is None


def test_chain_over_a_quote_only_paragraph_then_a_new_man():
    """only_one_named chain: a run-on quote paragraph keeps Medvedev; Merz then speaks."""
    d = doc(
        "“We are not afraid,” Dmitry Medvedev wrote on Telegram.",
        "“The West has run out of ideas.”",
        "Chancellor Friedrich Merz replied within hours.",
        "“Threats are not a policy,” he said.",
    )
    assert speaker_of(d, "The West has run out") == "dmitry-medvedev"
    assert speaker_of(d, "Threats are not") == "friedrich-merz"


def test_chain_over_a_read_out_letter():
    """Chain over quote-only paragraphs: a letter read out by Lavrov is nobody's, and his
    "“…,” he said" after it is his."""
    d = doc(
        "Sergei Lavrov read out a letter from an American senator.",
        "“Dear Minister, we want peace.”",
        "“We also want our prisoners back.”",
        "“It is a good letter,” he said.",
    )
    assert speaker_of(d, "Dear Minister") is None
    assert speaker_of(d, "It is a good letter") == "sergei-lavrov"


def test_chain_over_two_run_on_paragraphs():
    """Chain over quote-only paragraphs, the case it is for: three paragraphs back."""
    d = doc(
        "“We are not going anywhere,” Vladimir Putin told the forum.",
        "“Not this year, not next year.”",
        "“The West knows it.”",
        "“It is just a mood,” he said.",
    )
    assert speaker_of(d, "It is just a mood") == "vladimir-putin"


@pytest.mark.xfail(
    strict=True,
    reason="'Maria' tells no sex; a Russian surname's ending would (tried in session 17: it "
    "added a wrong credit on the held-out set, so it was taken out)",
)
def test_chain_he_after_a_womans_run_on_quote():
    """Chain over quote-only paragraphs: Ryabkov, then Zakharova and her run-on paragraph;
    "“…,” he said" is Ryabkov's (the only man), never Zakharova's. (Wrong before 654b421
    too.)"""
    d = doc(
        "“The talks are over,” Sergei Ryabkov told Interfax.",
        "“We expect nothing from Washington,” Maria Zakharova added on Telegram.",
        "“Nothing at all.”",
        "“We may return in spring,” he said.",
    )
    assert speaker_of(d, "We may return") in (None, "sergei-ryabkov")


def test_mid_tag_before_of_the_one_who_spoke():
    """_mid_tag_before, the case it is for: "Putin, he said, wanted …. “…,” he added"."""
    d = doc(
        "Marco Rubio spoke on Fox News on Sunday. Putin, he said, wanted a deal more than "
        "ever. “The question is the price,” he added."
    )
    assert speaker_of(d, "The question is the price") == "marco-rubio"


def test_mid_tag_before_after_two_men():
    """_mid_tag_before: "Lavrov spoke after Rubio. Putin, he pointed out, …": Lavrov."""
    d = doc(
        "Lavrov spoke after Rubio. Putin, he pointed out, had raised the matter in Anchorage. "
        "“We will not repeat ourselves,” he added."
    )
    assert speaker_of(d, "We will not repeat") == "sergey-lavrov"


@pytest.mark.xfail(strict=True, reason="mid-tag 'he added' lost when a man was the object before")
def test_mid_tag_before_when_the_aside_names_the_one_asked_about():
    """_mid_tag_before: "Peskov was asked about Zelensky. Zelensky, he noted, had refused ….
    “…,” he added": the rule's own pattern, but the quote is left to nobody."""
    d = doc(
        "Dmitry Peskov was asked about Zelensky. Zelensky, he noted, had refused to meet in "
        "Istanbul. “The door stays open,” he added."
    )
    assert speaker_of(d, "The door stays open") == "dmitry-peskov"


def test_work_said_in_a_lecture():
    """_A_WORK_BEFORE: "in a lecture," before a real quotation, not a title."""
    d = doc(
        "Fyodor Lukyanov said in a lecture, “Russia has stopped waiting for Europe to change "
        "its mind.”"
    )
    assert speaker_of(d, "Russia has stopped") == "fyodor-lukyanov"


def test_work_wrote_in_her_memoir():
    """_A_WORK_BEFORE: a memoir's sentence quoted, "wrote in her memoir,"."""
    d = doc("Madeleine Albright wrote in her memoir, “I never doubted that NATO had to grow.”")
    assert speaker_of(d, "I never doubted") == "madeleine-albright"


def test_work_argued_in_a_new_paper():
    """_A_WORK_BEFORE: two words between the article and the work ('a new paper,')."""
    d = doc(
        "Alexander Gabuev argued in a new paper, “Beijing sees Moscow as a junior partner with "
        "nuclear weapons.”"
    )
    assert speaker_of(d, "Beijing sees Moscow") == "alexander-gabuev"


def test_work_asked_in_his_documentary():
    """_A_WORK_BEFORE: a film's narrator asks a question."""
    d = doc(
        "Oliver Stone asked in his documentary, “Why does nobody in Washington talk to Moscow?”"
    )
    assert speaker_of(d, "Why does nobody") == "oliver-stone"


def test_work_wrote_in_a_recent_column():
    """_A_WORK_BEFORE near miss the extractor keeps: 'wrote in a recent column, “…”'."""
    d = doc(
        "Dmitry Trenin wrote in a recent column, “The war will end at the negotiating table, "
        "not before.”"
    )
    assert speaker_of(d, "The war will end") == "dmitry-trenin"


def test_work_report_then_a_tag_after_the_quote():
    """_A_WORK_BEFORE: "presented his report, “…,” he told the board": the tag wins."""
    d = doc(
        "Rafael Grossi presented his report, “The situation at the plant remains "
        "precarious,” he told the board."
    )
    assert speaker_of(d, "The situation at the plant") == "rafael-grossi"


def test_work_memoir_title():
    """_A_WORK_BEFORE, the case it is for: 'published his memoir, “Duty,”'."""
    d = doc(
        "In 2014 Robert Gates published his memoir, “Duty,” and the book angered the White House."
    )
    assert speaker_of(d, "Duty") is None


# -- 38fc64a: _WHO_BEFORE after an apposition; "minister, Name, told" ---------------------


def test_who_clause_of_the_late_husband():
    """_WHO_BEFORE: "Yulia Navalnaya, the widow of Alexei Navalny, who called … weeks before
    his death": 'his death' makes the who-clause Navalny's (right before 38fc64a)."""
    d = doc(
        "Yulia Navalnaya, the widow of Alexei Navalny, who called the Kremlin “a nest of "
        "murderers” weeks before his death, now lives in exile."
    )
    assert speaker_of(d, "a nest of murderers") in (None, "alexei-navalny")


def test_who_clause_of_the_leader_himself():
    """_WHO_BEFORE: "Yuri Ushakov, an aide to Vladimir Putin, who has said himself that …":
    the who-clause is Putin's; its quote now goes to Ushakov while its reported span goes
    to Putin."""
    d = doc(
        "The visit was arranged by Yuri Ushakov, an aide to Vladimir Putin, who has said "
        "himself that Trump is “a man one can deal with.”"
    )
    assert speaker_of(d, "a man one can deal") in (None, "vladimir-putin")


def test_who_clause_of_the_sister():
    """_WHO_BEFORE, the case it is for."""
    d = doc(
        "The statement came from Kim Yo Jong, the sister of leader Kim Jong Un, who called "
        "the drills “a rehearsal for invasion.”"
    )
    assert speaker_of(d, "a rehearsal for invasion") == "kim-yo-jong"


def test_who_clause_of_the_deputy():
    """_WHO_BEFORE: "Ryabkov, the deputy of Lavrov, who told Interfax …": the deputy's."""
    d = doc(
        "Sergei Ryabkov, the deputy of Sergei Lavrov, who told Interfax that the treaty was "
        "“dead,” spoke on Monday."
    )
    assert speaker_of(d, "dead") == "sergei-ryabkov"


def test_who_clause_of_the_father_as_president():
    """_WHO_BEFORE: "who as president called Putin …" is the father's; nobody is fine."""
    d = doc(
        "Hunter Biden, the son of Joe Biden, who as president called Putin “a killer,” has "
        "kept out of the debate."
    )
    assert speaker_of(d, "a killer") in (None, "joe-biden")


def test_named_then_comma_verb_in_a_list_of_verbs():
    """_NAMED_THEN_VERB ', said': "Trump called Vladimir Putin, said …, and left": the
    object of 'called' is not the subject of 'said'."""
    d = doc(
        "Donald Trump called Vladimir Putin, said the call had been “very productive,” and "
        "left for Florida."
    )
    assert speaker_of(d, "very productive") in (None, "donald-trump")


def test_named_then_comma_verb_after_met():
    """_NAMED_THEN_VERB ', said': "Rubio met Wang Yi …, said …": not Wang Yi."""
    d = doc(
        "Marco Rubio met Wang Yi in Kuala Lumpur, said the meeting was “constructive,” and "
        "flew on to Tokyo."
    )
    assert speaker_of(d, "constructive") in (None, "marco-rubio")


def test_role_then_name_set_off_then_told():
    """SUBJECT_LEAD 'minister,', the case it is for."""
    d = doc("South Korea's foreign minister, Cho Hyun, told reporters the talks were “frank.”")
    assert speaker_of(d, "frank") == "cho-hyun"


def test_role_then_name_set_off_as_an_object():
    """SUBJECT_LEAD: "Asked about the defence minister, Andrei Belousov, Peskov told …"."""
    d = doc(
        "Asked about the defence minister, Andrei Belousov, Peskov told reporters that he was "
        "“doing his job.”"
    )
    assert speaker_of(d, "doing his job") == "dmitry-peskov"


def test_two_roles_each_with_a_name_set_off():
    """SUBJECT_LEAD/_NAMED_THEN_VERB: "China's foreign minister, Wang Yi, and his Russian
    counterpart, Sergei Lavrov, told reporters …": a joint statement, not Lavrov's alone
    (wrong before 38fc64a too)."""
    d = doc(
        "China's foreign minister, Wang Yi, and his Russian counterpart, Sergei Lavrov, told "
        "reporters that the partnership was “unshakeable.”"
    )
    assert speaker_of(d, "unshakeable") is None


def test_role_of_a_ministry_then_name_set_off():
    """SUBJECT_LEAD: "The spokesman of the foreign ministry, Lin Jian, said …"."""
    d = doc("The spokesman of the foreign ministry, Lin Jian, said the claim was “groundless.”")
    assert speaker_of(d, "groundless") == "lin-jian"


def test_role_and_name_set_off_inside_an_opening_phrase():
    """SUBJECT_LEAD: "Speaking after talks with Ukraine's foreign minister, Andrii Sybiha,
    Sergei Lavrov told …": the subject after the phrase."""
    d = doc(
        "Speaking after the talks with Ukraine's foreign minister, Andrii Sybiha, Sergei "
        "Lavrov told reporters the war would go on until “its causes are removed.”"
    )
    assert speaker_of(d, "its causes are removed") == "sergei-lavrov"


# -- a388858: _CREDIT_AT_END, two quoted paragraphs under one dash credit -----------------


def test_dash_credit_of_an_answer_to_a_readers_question():
    """_CREDIT_AT_END: a newsletter's 'Ask the analyst': the question paragraph is nobody's."""
    d = doc(
        "Ask the analyst",
        "“Will China ever send weapons to Russia?”",
        "“Not openly, and not while it needs European markets.” - Li Lifan (李立凡), SASS",
        kinds=_HEAD,
    )
    assert speaker_of(d, "Will China ever") is None


def test_dash_credit_after_an_item_with_its_own_lead():
    """_CREDIT_AT_END: "Sergei Lavrov, on Tuesday in Minsk:" ¶ “…” ¶ “…” - Zhao Huasheng:
    the first quote is Lavrov's (it was before a388858)."""
    d = doc(
        "Quotes of the week",
        "Sergei Lavrov, on Tuesday in Minsk:",
        "“We are ready to talk, but not to surrender.”",
        "“Talks are not a favour to anyone.” - Zhao Huasheng, Fudan University",
        kinds=_HEAD,
    )
    assert speaker_of(d, "We are ready to talk") == "sergei-lavrov"


def test_dash_credit_after_an_epigraph():
    """_CREDIT_AT_END: a proverb set as an epigraph above a credited item."""
    d = doc(
        "“History does not repeat itself, but it rhymes.”",
        "“This summit rhymes with Yalta.” - Fyodor Lukyanov, Russia in Global Affairs",
    )
    assert speaker_of(d, "History does not") is None


def test_dash_credit_after_a_quote_led_by_another_expert():
    """_CREDIT_AT_END: "Zhao Huasheng … was blunter. ¶ “…” ¶ “…” - Alexander Gabuev": the
    first quote is Zhao's (or nobody's), never Gabuev's."""
    d = doc(
        "Zhao Huasheng of Fudan University was blunter.",
        "“Moscow needs Beijing more than Beijing needs Moscow.”",
        "“Both need each other for now.” - Alexander Gabuev, Carnegie",
    )
    assert speaker_of(d, "Moscow needs Beijing") in (None, "zhao-huasheng")


def test_dash_credit_of_an_editorial_after_a_tagged_quote():
    """_CREDIT_AT_END: a tagged quote keeps its speaker; the credit names no person."""
    d = doc(
        "“The sanctions have failed,” Dmitry Peskov told reporters on Monday.",
        "“Have they?” - Editorial, Financial Times",
    )
    assert speaker_of(d, "The sanctions have failed") == "dmitry-peskov"
    assert speaker_of(d, "Have they?") is None


# -- dd40a20: _heading_words_of, a heading's quote credited from below --------------------


def test_heading_scare_term_used_by_an_official_below():
    """_heading_words_of: a scare term in a heading is nobody's (README), even when Peskov
    uses the words in a statement below."""
    d = doc(
        "How the “special military operation” became a war",
        "The Kremlin still avoids the word war.",
        "“The special military operation will continue until its goals are met,” Dmitry "
        "Peskov said on Monday.",
        kinds=_HEAD,
    )
    assert speaker_of(d, "special military operation") is None


def test_heading_words_of_a_leader_echoed_by_an_analyst():
    """_heading_words_of: "Trump wants a deal “within two weeks”" over an analyst mocking
    the phrase."""
    d = doc(
        "Trump wants a deal “within two weeks”",
        "The White House did not set a date.",
        "“Everything with him is within two weeks,” said Fiona Hill, a former adviser.",
        kinds=_HEAD,
    )
    assert speaker_of(d, "within two weeks") in (None, "donald-trump")


def test_heading_labelled_with_one_speaker_repeated_by_another():
    """_heading_words_of: "Lavrov: the West is “at war with us”" over Zakharova repeating it."""
    d = doc(
        "Lavrov: the West is “at war with us”",
        "Sergei Lavrov spoke in Minsk on Tuesday.",
        "His spokeswoman Maria Zakharova later repeated the line: “The West is at war with "
        "us, and everyone knows it.”",
        kinds=_HEAD,
    )
    assert speaker_of(d, "at war with us") in (None, "sergei-lavrov")


def test_heading_words_of_a_leader_disputed_by_a_historian():
    """_heading_words_of: "Putin: Ukraine is “not a real state”" over a historian who
    quotes the words to dispute them."""
    d = doc(
        "Putin: Ukraine is “not a real state”",
        "Vladimir Putin has said it many times.",
        "“To call Ukraine not a real state is to ignore a thousand years,” said Serhii "
        "Plokhy, a Harvard historian.",
        kinds=_HEAD,
    )
    assert speaker_of(d, "not a real state") in (None, "vladimir-putin")


def test_heading_words_of_the_leader_who_says_them():
    """_heading_words_of, the case it is for."""
    d = doc(
        "3. Xi: ties are “at their best in history”",
        "Xi Jinping told Putin on Thursday that relations were “at their best in history.”",
        kinds=_HEAD,
    )
    heading = [q for q in quotes(d) if q.text == "at their best in history"]
    assert [q.speaker for q in heading] == ["xi-jinping"]


# -- 7c5a2ab: Chinese trade roles (总裁, 经理, 律师 …) open a name's slot ----------------------


def test_zh_trade_roles_that_are_not_followed_by_names():
    """TRADE roles: 经理人, 律师团队, 工程师们, 厂长负责制, 船长告诉: no person."""
    for text in (
        "一位基金经理人表示，市场“已经消化了制裁”。",
        "纳瓦利内的律师团队表示：“我们会上诉。”",
        "现场的工程师们告诉记者：“设备已经老化。”",
        "当年实行厂长负责制，老工人回忆说：“厂长说了算。”",
        "船长告诉记者：“冰层比往年厚。”",
    ):
        assert _zh_names(_zh(text)) == {}, text


def test_zh_trade_role_in_a_law_firm():
    """TRADE roles: 律师事务所合伙人张伟: one person, of kind other."""
    x = _zh("北京一家律师事务所合伙人张伟说：“合同条款必须重新谈判。”")
    assert _zh_names(x) == {"张伟": "other"}
    assert _zh_speaker(x, "合同条款") == "张伟"


def test_zh_trade_role_company_head():
    """TRADE roles, the case it is for: 俄气总裁米勒."""
    x = _zh("俄罗斯天然气工业股份公司总裁米勒说：“西伯利亚力量2号管道将按期建设。”")
    assert _zh_speaker(x, "西伯利亚力量") == "米勒"


def test_zh_trade_role_head_of_an_international_body():
    """TRADE_END: 总裁 also heads the IMF and the World Bank, whose heads are officials."""
    x = _zh("国际货币基金组织总裁格奥尔基耶娃（Kristalina Georgieva）表示：“全球增长将放缓。”")
    assert _zh_names(x).get("格奥尔基耶娃") == "official"


# -- d9d8958: name_sex / _last_woman and _CONNECTIVE ---------------------------------------


def test_zh_she_of_a_spokeswoman_named_by_surname():
    """_last_woman: 扎哈罗娃 (surname alone) tells no sex, so 她 after 卡申 goes to the
    scholar she answered, the one woman by her name."""
    x = _zh(
        "俄外交部发言人扎哈罗娃周四回应了学者李丽梅的文章。瓦西里·卡申此前也批评过这篇文章。"
        "但她强调：“文章的结论是错误的。”"
    )
    assert _zh_speaker(x, "文章的结论") in (None, "扎哈罗娃")


def test_zh_she_of_an_unnamed_woman_diplomat():
    """_last_woman: 一位…女外交官 is the one interviewed; the reporter 李娟 does not speak."""
    x = _zh(
        "记者李娟上周在莫斯科采访了一位不愿透露姓名的女外交官。瓦西里·卡申也参加了采访。"
        "不过她认为：“制裁不会很快解除。”"
    )
    assert _zh_speaker(x, "制裁不会") is None


def test_zh_she_of_the_paragraph_before():
    """_last_woman looks in the paragraph only: 扎哈罗娃 of the paragraph before speaks."""
    x = _zh(
        "扎哈罗娃周四召开例行记者会。",
        "谈到中国学者李丽梅的新书时，德米特里·佩斯科夫表示不予置评。但她说：“这本书值得一读。”",
    )
    assert _zh_speaker(x, "这本书值得") in (None, "扎哈罗娃")


def test_zh_she_of_the_one_woman_after_a_man():
    """_last_woman, the case it is for."""
    x = _zh(
        "俄罗斯专家亚历山大·加布耶夫与中国学者王丽梅座谈。加布耶夫说，合作“在加深”。"
        "但她认为：“还要看美国。”"
    )
    assert _zh_speaker(x, "还要看美国") == "王丽梅"


def test_zh_she_of_an_unnamed_wife():
    """_last_woman: no woman named, the wife unnamed: nobody."""
    x = _zh("瓦西里·卡申的妻子是一位钢琴家。她说：“他总是在工作。”")
    assert _zh_speaker(x, "他总是在工作") is None


def test_zh_connective_then_other_countries():
    """_CONNECTIVE: "但他国官员表示" is 'officials of other countries', not Lavrov."""
    x = _zh("拉夫罗夫周三在记者会上说，俄方愿意谈判。但他国官员表示：“俄方没有诚意。”")
    assert _zh_speaker(x, "俄方没有诚意") is None


def test_zh_connective_then_her_ministry():
    """_CONNECTIVE: "不过她所在的外交部…发表声明称" is the ministry's statement."""
    x = _zh(
        "扎哈罗娃周四批评了欧盟的决定。不过她所在的外交部随后发表声明称：“俄方将采取对等措施。”"
    )
    assert _zh_speaker(x, "俄方将采取") is None


def test_zh_connective_then_his_spokesman():
    """_CONNECTIVE: "但他的发言人佩斯科夫随后表示" is Peskov's."""
    x = _zh("普京周二会见了来访的印度总理莫迪。但他的发言人佩斯科夫随后表示：“会谈没有涉及石油。”")
    assert _zh_speaker(x, "会谈没有涉及") == "佩斯科夫"


# -- 8e12433: _HAN_THEN_LATIN, a role then up to six Han characters and a Latin name -------


def test_zh_han_then_latin_reporters_without_borders():
    """_HAN_THEN_LATIN: 记者 + 无国界组织 (five characters) + a Latin name of three words."""
    x = _zh("记者无国界组织（Reporters Without Borders）周三发表声明称，这是“新闻自由的倒退”。")
    assert _zh_names(x) == {}


def test_zh_han_then_latin_standing_committee():
    """_HAN_THEN_LATIN: 代表 + 大会常委会 (five characters) + (Standing Committee); the
    statement is its unnamed spokesman's."""
    x = _zh("人民代表大会常委会（Standing Committee）发言人说：“法律已经通过。”")
    assert _zh_names(x) == {}
    assert _zh_speaker(x, "法律已经通过") is None


def test_zh_han_then_latin_advisory_council():
    """_HAN_THEN_LATIN: 总统顾问委员会（Presidential Advisory Council） is a body."""
    x = _zh("总统顾问委员会（Presidential Advisory Council）在报告中写道：“改革不能停。”")
    assert _zh_names(x) == {}


def test_zh_han_then_latin_economist_intelligence_unit():
    """_HAN_THEN_LATIN: 经济学家 + 情报社 + (Economist Intelligence Unit)."""
    x = _zh("经济学家情报社（Economist Intelligence Unit）分析师认为，增长“将放缓”。")
    assert _zh_names(x) == {}


def test_zh_han_then_latin_bar_council():
    """_HAN_THEN_LATIN near miss the extractor keeps out: 律师协会理事会（Bar Council …）."""
    x = _zh("英国律师协会理事会（Bar Council of England）表示：“法治不容妥协。”")
    assert _zh_names(x) == {}


def test_zh_han_then_latin_central_bank_governor():
    """_HAN_THEN_LATIN, the case it is for: 纳比乌林娜（Elvira Nabiullina）."""
    x = _zh("俄罗斯央行行长纳比乌林娜（Elvira Nabiullina）表示：“通胀仍然过高。”")
    assert _zh_speaker(x, "通胀仍然过高") == "纳比乌林娜"
