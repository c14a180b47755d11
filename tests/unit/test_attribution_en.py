"""English attribution, one kind of sentence per test (sixteenth session onwards; the
earlier kinds are in test_attribution_kinds.py). Every sentence is written for its test."""

from __future__ import annotations

from test_extract import doc, quotes, speaker_of

from tealeaves.extract import extract, load_registry


def extract_people(d):
    return extract(d, load_registry()).people


def test_a_name_inside_the_subjects_apposition_as_the_object_of_its_role_noun():
    """ "Kim Yo Jong, … the sister of leader Kim Jong Un, said that “…”": the name after
    "sister of" belongs to the role, the subject before it speaks; a name that could be the
    subject of its own clause inside the apposition still leaves the quote unsettled."""
    d = doc(
        "Ri Son Gwon, a veteran of the party's international department and an adviser to "
        "leader Kim Jong Un, said on state television that the talks were “a door we opened "
        "ourselves.”",
        "Choe Son Hui, who Kim Jong Un appointed minister in 2024 and keeps close, said that "
        "the treaty was “a shield against blackmail.”",
    )
    assert speaker_of(d, "a door we opened") == "ri-son-gwon"
    assert speaker_of(d, "a shield against") != "kim-jong-un"


def test_a_surname_just_after_a_namesake_in_an_article_that_follows_the_other():
    """An article that follows the envoy Li Hui names Premier Li Qiang in one sentence and
    then says "Li told reporters …": the one just named or the one the article follows is
    not settled, so nobody; the sentence's end inside a closing mark counts as an end."""
    d = doc(
        "Li Hui, China's special envoy, arrived in Warsaw on Monday.",
        "Li met the Polish foreign minister for two hours. Li later visited a grain terminal.",
        "The trip came days after Premier Li Qiang said in Tianjin that China was “nobody’s "
        "supplier of weapons.” Li told reporters in Warsaw that Beijing would “keep the door "
        "open.”",
    )
    assert speaker_of(d, "keep the door") is None
    assert speaker_of(d, "nobody’s supplier") == "li-qiang"


def test_a_surname_in_the_sentence_after_the_only_one_of_that_name():
    """With one Li in the article, "Li said" in the next sentence is still Li Qiang."""
    d = doc(
        "Premier Li Qiang spoke in Tianjin on Tuesday. Li told delegates that growth would "
        "be “steady, not spectacular.”",
    )
    assert speaker_of(d, "steady, not") == "li-qiang"


def test_a_surname_after_a_namesake_who_opened_the_sentence_before():
    """ "Feng Shaolei … worries …. Feng has called for “…”" in an article mostly about Feng
    Yujun: the subject of the sentence before goes on, so the surname is his."""
    d = doc(
        "Feng Yujun teaches at Peking University. Feng has written on Russia for decades, and "
        "Feng is blunt about the war.",
        "Feng Shaolei, a Shanghai scholar, is more cautious. Feng has asked Beijing to be "
        "“an honest broker, not a bystander” in the talks.",
    )
    assert speaker_of(d, "an honest broker") == "feng-shaolei"


def test_he_after_a_sentence_whose_subject_has_a_who_clause_naming_another_man():
    """ "Pantucci, who co-wrote a book with Alexandros Petersen, has warned …. “…,” he told
    the author": the one in the who-clause does not act; when the second man is named
    outside such a clause ("Pantucci met Petersen"), "he" stays unsettled."""
    d = doc(
        "Temur Umarov of the Carnegie centre, who once shared a panel with Alexander Cooley, "
        "has doubted the corridor for years. “Cargo follows tariffs, not speeches,” he said.",
        "Nargis Kassenova met Marlene Laruelle in Almaty. Then Umarov met Cooley in Bishkek. "
        "“The maps are ahead of the money,” he said.",
    )
    assert speaker_of(d, "Cargo follows tariffs") == "temur-umarov"
    assert speaker_of(d, "The maps are ahead") is None


def test_shot_back_and_joked_are_tags_after_a_quote():
    """ "“…,” García-Herrero shot back": a retort's verb of two words names its speaker,
    not the one who spoke before; "joked" too."""
    d = doc(
        "Clara Nyström asked whether Europe could live without Chinese batteries. “We lived "
        "without them in 2010,” she said.",
        "“And we drove slower cars in 2010,” Ruan Zongze shot back.",
        "“Then let us drive slower,” Nyström joked.",
    )
    assert speaker_of(d, "And we drove slower") == "ruan-zongze"
    assert speaker_of(d, "Then let us drive") == "clara-nystrom"


def test_the_role_after_a_quote_is_the_one_met_unnamed_in_the_paragraph():
    """ "Hartwig spoke to a trader outside the hall. “…,” the trader said": the trader has
    no name, so nobody, not the reporter; "Ivan Sokolov, a trader, …" names him."""
    d = doc(
        "Our reporter Mirela Dobre talked to a grain trader at the border crossing. “The "
        "queues are shorter since the spring,” the trader said.",
        "Ivan Sokolov, a trader from Blagoveshchensk, waited at the depot. “Nobody pays in "
        "dollars now,” the trader said.",
    )
    assert speaker_of(d, "The queues are shorter") is None
    assert speaker_of(d, "Nobody pays in dollars") == "ivan-sokolov"


def test_he_after_an_unnamed_minister_in_the_sentence_before():
    """ "A Kazakh deputy minister I met smiled. “…,” he said": an unnamed minister, not the
    man the paragraph before named."""
    d = doc(
        "Timofei Bordachev has called the region a hinge between two giants.",
        "Trade through it keeps growing. A Kyrgyz deputy minister I met in Bishkek laughed "
        "at the question. “We sell to whoever pays,” he said.",
    )
    assert speaker_of(d, "We sell to whoever") is None


def test_she_after_an_unnamed_minister_who_called_her():
    """ "A deputy minister called her the next morning. ¶ “…,” she recalled": the one
    called, named before, speaks; a minister who called nobody leaves "he" unsettled."""
    d = doc(
        "Gulnara Bekova wrote a column on the new border rules.",
        "In 2021 she wrote another, on the factories. A deputy minister phoned her the "
        "same evening.",
        "“He was charming and he wanted it deleted,” she recalled.",
    )
    assert speaker_of(d, "He was charming") == "gulnara-bekova"


def test_an_expert_poll_with_each_name_and_role_in_bold_over_their_words():
    """ "**Name, role**" in a bold paragraph of its own, then plain paragraphs: that
    person's words (a quote in them with no tag of its own too), up to the next bold name
    or heading; a bold run-in subhead naming nobody ends the run."""
    d = doc(
        "We asked three scholars one question.",
        "Alexander Korolev, senior lecturer at the University of New South Wales",
        "Moscow will not leave the region to Beijing. It has too much to lose there.",
        "“Nobody in Astana wants a single patron,” as one minister put it to me.",
        "Nargis Kassenova, Harvard University",
        "The region has learned to say yes to everyone and mean it to no one.",
        "What comes next",
        "Editors will return to the question in the spring.",
        kinds={1: "bold", 4: "bold", 6: "bold"},
    )
    assert speaker_of(d, "Moscow will not leave") == "alexander-korolev"
    assert speaker_of(d, "The region has learned") == "nargis-kassenova"
    assert speaker_of(d, "Nobody in Astana") is None  # the minister's, whom it names not
    assert not [q for q in quotes(d) if q.text.startswith("Editors")]


def test_a_tag_after_a_quote_with_an_adverb_before_its_verb():
    """ "“…,” he once told an interviewer", "“…,” Karaganov later wrote": an adverb between
    the subject and the verb of the tag after a quote."""
    d = doc(
        "Sergei Karaganov has advised the Kremlin for thirty years. “Europe is a spent "
        "force,” Karaganov later wrote. “We should look east,” he once told a reporter.",
    )
    assert speaker_of(d, "Europe is a spent") == "sergei-karaganov"
    assert speaker_of(d, "We should look east") == "sergei-karaganov"


def test_a_surname_after_a_relative_named_as_such_stays_the_articles_subject():
    """An obituary of Gennady Mikheyev names "His son, Andrei Mikheyev"; "Mikheyev joined
    the institute" in the next paragraph is still its subject, not the son."""
    d = doc(
        "Lev Pavlovich Orlov, a Soviet sinologist, died on Monday. His son, Pyotr Orlov, said "
        "the cause was a stroke.",
        "Orlov joined the institute in 1968. “I came to study an enemy,” he said in 1999.",
        title="Lev Orlov, sinologist, dies at 88",
    )
    assert speaker_of(d, "I came to study") == "lev-orlov"


def test_a_surname_in_a_paragraph_that_speaks_of_the_relative_again():
    """When the paragraph of a bare surname speaks of the relative who shares it ("her
    husband's words"), either could be meant: nobody."""
    d = doc(
        "Anna Kovacs has written the better book. Her husband, Laszlo Kovacs, was a diplomat "
        "in Beijing, and Kovacs draws on his letters. Kovacs writes well.",
        "At times her husband's voice takes over. At a launch where both spoke, Kovacs said "
        "that “Moscow needs Beijing more than it admits.”",
        title="Anna Kovacs on the reluctant partners",
    )
    assert speaker_of(d, "Moscow needs Beijing") is None


def test_he_in_a_profile_paragraph_that_names_nobody_is_the_headlined_subject():
    """A profile headlined "Lev Orlov, …": a paragraph that names nobody before its "he" is
    about him, though other men were named paragraphs before; a paragraph that names
    another man first leaves its "he" to the usual rules (here unsettled)."""
    d = doc(
        "Lev Pavlovich Orlov, a Soviet sinologist, has died. Orlov taught at Moscow State "
        "University for forty years, and Orlov wrote six books.",
        "He met Deng Xiaoping in 1989, and Mikhail Gorbachev asked him to translate.",
        "In his last years he was gloomy. “We are too weak to matter,” he told a newspaper.",
        "Gorbachev once praised Orlov's Chinese. Andrei Kozyrev agreed. “A rare ear,” he said.",
        title="Lev Orlov, translator of China, dies at 88",
    )
    assert speaker_of(d, "We are too weak") == "lev-orlov"
    assert speaker_of(d, "A rare ear") != "lev-orlov"


def test_he_added_after_a_sentence_whose_he_is_an_aside():
    """ "Professor Zhao was careful. … Putin, he pointed out, had raised it …. “…,” he
    added": the "he" of the aside in the sentence before is the one who goes on, not Putin
    (the subject of that sentence)."""
    d = doc(
        "Professor Feng Yujun was cautious about the banks. He said they decide for "
        "themselves. President Vladimir Putin, he noted, had raised the matter with Xi "
        "Jinping twice. “Presidents agree on principles,” he added.",
    )
    assert speaker_of(d, "Presidents agree") == "feng-yujun"


def test_a_person_known_by_a_first_name_only_and_a_quote_over_paragraphs():
    """ "A forwarder who asked to be identified only by his first name, Sergei, …": a person
    (named after all, so no unnamed speaker); his quote runs over three paragraphs, each
    reopening its mark, and the "he said" in the third is his."""
    d = doc(
        "A lorry driver who asked to be identified only by his first name, Timur, has "
        "crossed at Khorgos for ten years. He has seen the queues grow.",
        "“In the beginning there were twenty trucks a day.",
        "“Now there are two hundred,” he said, pointing at the line. “And one road.”",
    )
    assert "Timur" in [p.name for p in extract_people(d)]
    assert speaker_of(d, "In the beginning") == "timur"
    assert speaker_of(d, "And one road") == "timur"


def test_a_work_named_after_a_verb_of_writing_is_a_title_not_words():
    """ "In 2012 he wrote an essay, “…”": the quote is the essay's title, nobody's words;
    "he wrote that “…”" is still his."""
    d = doc(
        "Yan Xuetong has taught at Tsinghua for decades. In 2011 he wrote a book titled "
        "“Ancient Chinese Thought, Modern Chinese Power”. In 2019 he wrote that “the bipolar "
        "world is already here.”",
    )
    assert speaker_of(d, "Ancient Chinese Thought") is None
    assert speaker_of(d, "the bipolar world") == "yan-xuetong"


def test_an_unnamed_subject_and_another_person_named_in_the_same_sentence():
    """ "A Chinese journalist asked me whether Europeans remember Qin Gang. … She said: “…”":
    the name is what she asked about, not hers; her words stay nobody's."""
    d = doc(
        "A Chinese journalist asked me whether Europeans still remember Qin Gang. I said most "
        "of us do. She said: “In Beijing, nobody asks any more.”",
    )
    assert speaker_of(d, "In Beijing, nobody") is None


def test_a_who_clause_after_an_apposition_that_names_another():
    """ "a statement from Kim Yo Jong, the sister of leader Kim Jong Un, who called them
    “…”": the who-clause is hers, not her brother's."""
    d = doc(
        "State media carried remarks by Choe Son Hui, an adviser to leader Kim Jong Un, who "
        "called the sanctions team “a club of paid spies.”",
    )
    assert speaker_of(d, "a club of paid spies") == "choe-son-hui"


def test_a_tag_after_a_quote_whose_name_is_set_off_after_its_role():
    """ "“…,” South Korea's foreign minister, Cho Hyun, told reporters": the role, a comma,
    the name and a comma before the verb."""
    d = doc(
        "“Someone has to keep counting,” Japan's foreign minister, Takeshi Iwaya, told "
        "reporters in Tokyo.",
    )
    assert speaker_of(d, "Someone has to keep") == "takeshi-iwaya"


def test_two_quoted_paragraphs_under_one_dash_credit():
    """A digest's item: a quoted paragraph, then another that ends "- Name, affiliation":
    both are that person's; a quoted paragraph followed by narration stays nobody's."""
    d = doc(
        "3/ THE VIEW FROM ALMATY",
        "“Kazakhstan does not pick sides. It picks projects.”",
        "“Every corridor is welcome if it pays its own way.” - Nargis Kassenova, Harvard",
        "4/ THE VIEW FROM MOSCOW",
        "“Nobody here believes in corridors any more.”",
        "The editors could not confirm who said this.",
    )
    assert speaker_of(d, "Kazakhstan does not pick") == "nargis-kassenova"
    assert speaker_of(d, "Nobody here believes") is None


def test_a_subheading_quoting_words_of_the_statement_below_it():
    """ "2. Gabuev: Moscow “has no plan B”" over the paragraph where he says it: his words;
    a heading whose words nobody below says stays nobody's."""
    d = doc(
        "2. Gabuev: Moscow “has no plan B”",
        "Alexander Gabuev was blunt. “The Kremlin has no plan B. It never needed one,” he said.",
        "3. The “pivot to Asia”",
        "Officials no longer use the phrase.",
        kinds={0: "heading", 2: "heading"},
    )
    assert speaker_of(d, "has no plan B") == "alexander-gabuev"
    assert speaker_of(d, "pivot to Asia") is None


def test_an_interview_whose_guest_spoke_to_a_named_reporter():
    """ "Wang Yiwei, a professor at Renmin University, spoke to reporter Li Na": the answers
    are the professor's, not the reporter's; "We spoke to Temur Umarov" makes a person."""
    d = doc(
        "This interview first appeared in Chinese. It has been translated and edited.",
        "Jin Canrong, a professor at Renmin University, spoke to reporter Zhou Mei.",
        "Q: Will China mediate?",
        "A: China is already mediating, quietly.",
        "Q: How?",
        "A: By talking to both capitals every week.",
    )
    assert speaker_of(d, "China is already mediating") == "jin-canrong"
    d = doc(
        "We spoke to Temur Umarov about the region.",
        "Q: Is Central Asia drifting east?",
        "A: It drifts wherever the money is.",
        "Q: And Russia?",
        "A: Russia still has the migrants.",
    )
    assert speaker_of(d, "It drifts wherever") == "temur-umarov"


def test_an_interview_headlined_with_a_guest_the_introduction_does_not_name():
    """ "Zhao Huasheng: “Gas will wait”" as the headline over an introduction that names
    only Xi Jinping: the answers are not Xi's."""
    d = doc(
        "Xi Jinping's visit to Moscow raised old questions about the partnership.",
        "Q: Was the visit a success?",
        "A: For Beijing, yes.",
        "Q: What about gas?",
        "A: Gas will wait, as it always has.",
        title="Zhao Huasheng: “Gas will wait”",
    )
    assert speaker_of(d, "For Beijing, yes") is None


def test_an_interview_whose_guest_he_spoke_to_a_named_interviewer():
    """ "Zhao Huasheng … has written on Russia for decades. He spoke to Hanna Lindqvist":
    the one who spoke is the guest; the one spoken to asks."""
    d = doc(
        "Feng Shaolei, a professor at East China Normal University, has studied Russia "
        "since the 1980s. He spoke to Maria Holm in Shanghai.",
        "Q: Is the partnership stable?",
        "A: More stable than Europe thinks.",
        "Q: Why?",
        "A: Because both sides need it.",
    )
    assert speaker_of(d, "More stable than") == "feng-shaolei"


def test_an_interview_introduced_after_a_leaders_visit():
    """ "Vladimir Putin's visit to Beijing ended on Friday. Jin Canrong, a professor at Renmin
    University, explains what it meant.": the guest is the one given a role, not the leader
    whose visit it was (a possessor is no guest)."""
    d = doc(
        "Narendra Modi's trip to Moscow ended on Tuesday. Zhang Hong, a researcher at the "
        "Chinese Academy of Social Sciences, explains what Beijing made of it.",
        "Q: Was Beijing worried?",
        "A: Not worried. Attentive.",
        "Q: Why?",
        "A: Because India buys what China does not.",
    )
    assert speaker_of(d, "Not worried") == "zhang-hong"


def test_phrases_named_as_someones_words_or_coinage():
    """ "In Lukin's words, …“…”", "Lukin has coined the term “…”", "Lukin's phrase, “…”,":
    the sentence says whose words they are; "the Kremlin's phrase" names no person, praise
    of a "“pragmatic” tone" is no one's words, and "a commentary signed Guo Ping talked about
    “…”" is the commentary's."""
    d = doc(
        "In Artyom Lukin's words, the alliance is “a marriage of necessity”.",
        "Artyom Lukin has coined the term “Eurasian Pacific” for the region.",
        "Artyom Lukin's phrase, “neither friends nor rivals”, has stuck.",
        "A commentary signed Zhong Sheng talked about “mutual respect” and little else.",
        "The Kremlin's phrase, “a multipolar world”, is everywhere now.",
        "Artyom Lukin praised the “pragmatic” tone of the talks.",
    )
    for words in (
        "a marriage of necessity",
        "Eurasian Pacific",
        "neither friends nor rivals",
    ):
        assert speaker_of(d, words) == "artyom-lukin", words
    assert speaker_of(d, "a multipolar world") is None
    assert speaker_of(d, "pragmatic") is None
    assert speaker_of(d, "mutual respect") is None


def test_a_beat_after_asked_and_a_view_after_the_quote():
    """ "Asked about the summit, Gabuev shrugged. “…”" (a beat whose sentence opens with
    "Asked …,"), and "“…,” in Gabuev's view." (the view named after the quote)."""
    d = doc(
        "Asked about the pipeline, Ivan Zuenko smiled. “I will believe it when I see the gas.”",
        "“The border is busier than ever,” in Ivan Zuenko's view.",
        "“Trade has found other roads,” in the words of Ivan Zuenko.",
    )
    assert speaker_of(d, "I will believe it") == "ivan-zuenko"
    assert speaker_of(d, "The border is busier") == "ivan-zuenko"
    assert speaker_of(d, "Trade has found") == "ivan-zuenko"


def test_an_interview_with_q_labels_and_plain_answers():
    """ "Q: …?" lines and the plain paragraphs after each: the guest's answers, up to the
    next question; an editor's closing note is nobody's."""
    d = doc(
        "Nargis Kassenova, a senior fellow at Harvard, spoke to us about Central Asia.",
        "Q: Is the region drifting towards China?",
        "It is drifting towards whoever builds roads.",
        "And right now that is mostly Beijing.",
        "Q: What about Russia?",
        "Russia still has the migrants and the language.",
        "This interview has been edited for length.",
    )
    assert speaker_of(d, "It is drifting") == "nargis-kassenova"
    assert speaker_of(d, "And right now") == "nargis-kassenova"
    assert speaker_of(d, "Russia still has") == "nargis-kassenova"
    assert not [q for q in quotes(d) if q.text.startswith("This interview")]


def test_words_owned_after_the_quote_or_by_a_possessive_before_a_colon():
    """ "“…” Those were Zhao's words in 2023.", "“…” That is how Lukin sums it up.",
    "Lukin's verdict is blunt: “…”": the sentence says whose the words are; "“…” Those were
    the days." names nobody."""
    d = doc(
        "“Moscow has no plan B.” Those were Artyom Lukin's words in 2023.",
        "“The summit changed little.” That is how Artyom Lukin sums it up.",
        "Artyom Lukin's verdict is blunt: “Beijing pays, Moscow waits.”",
    )
    assert speaker_of(d, "Moscow has no plan B") == "artyom-lukin"
    assert speaker_of(d, "The summit changed") == "artyom-lukin"
    assert speaker_of(d, "Beijing pays") == "artyom-lukin"
    d = doc("“We were young and the steppe was empty.” Those were the days.")
    assert speaker_of(d, "We were young") is None


def test_a_judgement_whose_complement_is_the_quote():
    """ "X sees the shift as “…”", "X considers such fears “…”" (the quote ends the clause),
    "X uses the word “…”", "X popularised “…”", "For X, the summit was “…”": the words are
    the judge's; a label that is the object judged ("considers the “no limits” label
    misleading"), a thing seen as something, or nobody named after "For" stay nobody's."""
    d = doc(
        "Yun Sun sees the shift as “irreversible.”",
        "Zhao Huasheng considers such fears “overblown.”",
        "Temur Umarov uses the word “hedging” for what Astana does.",
        "Janet Yellen popularised “friend-shoring” in a 2022 speech.",
        "For Evan Medeiros, the summit was “a turning point.”",
        "Zhao Huasheng considers the “no limits” label misleading.",
        "Yun Sun sees Russia’s “pivot to the East” as a long project.",
        "For Ukraine, the deal would be “a disaster,” a Kyiv official said.",
    )
    assert speaker_of(d, "irreversible") == "yun-sun"
    assert speaker_of(d, "overblown") == "zhao-huasheng"
    assert speaker_of(d, "hedging") == "temur-umarov"
    assert speaker_of(d, "friend-shoring") == "janet-yellen"
    assert speaker_of(d, "a turning point") == "evan-medeiros"
    assert speaker_of(d, "no limits") is None
    assert speaker_of(d, "pivot to the East") is None
    assert speaker_of(d, "a disaster") is None


def test_the_minister_of_two_ministers():
    """The registry's facts hold for a name in another romanisation ("Sergei Lavrov" is its
    Sergey Lavrov, a minister), so "the minister said" after two ministers named together is
    nobody's; after a sentence that names one of them alone, it is that one's."""
    d = doc(
        "Sergei Lavrov and Wang Yi met in Tashkent. “We see no threat,” the minister said.",
        "Sergei Lavrov spoke at length about the war. Wang Yi was shorter. The talks, the "
        "minister said, had been “useful and frank.”",
    )
    assert speaker_of(d, "We see no threat") is None
    assert speaker_of(d, "useful and frank") == "wang-yi"


def test_registry_lookup_by_another_romanisation():
    """ "Sergei Lavrov" finds the registry's Sergey Lavrov; a name two entries could be is
    nobody's."""
    from tealeaves.extract.registry import Registry, RegistryPerson

    reg = load_registry()
    assert reg.lookup_spelling("Sergei Lavrov").name == "Sergey Lavrov"
    two = Registry(
        (
            RegistryPerson("Alexey Ivanov", "test", "", "expert"),
            RegistryPerson("Alexei Ivanov", "test", "", "official"),
        )
    )
    assert two.lookup_spelling("Aleksei Ivanov") is None


def test_an_object_pronoun_of_the_named_ones_own_verb_is_someone_else():
    """ "Xi Jinping did not receive her." says nothing of Xi's sex (she is someone else), so
    a later "she said" is not his. (A pronoun after another subject, "…, the director did
    not contradict him", still tells the named one's sex: tune21's profile keeps it.)"""
    d = doc(
        "Kaja Kallas travelled to Beijing in July. Xi Jinping did not receive her.",
        "She is used to that. “We are not naive about China,” she said.",
    )
    assert speaker_of(d, "We are not naive") in (None, "kaja-kallas")


def test_verbs_that_cast_something_as_the_quote():
    """ "hailed the agreement as “…”", "framed the trip as “…”", "summed it up as “…”",
    "denounced the sanctions as “…”", "likened the arrangement to “…”": the words are the
    subject's; "described Russia’s “pivot to the East” as irreversible" (the quote is the
    thing cast) stays nobody's."""
    d = doc(
        "Xi Jinping hailed the agreement as “a new era” for the region.",
        "Dmitry Peskov framed the trip as “a working visit, nothing more.”",
        "Alexander Gabuev summed it up as “two sides of one coin.”",
        "Mao Ning denounced the sanctions as “illegal and unilateral.”",
        "Alexander Gabuev likened the arrangement to “a marriage without love.”",
        "Dmitry Peskov denounced Kyiv’s “peace formula” as a dead end.",
    )
    assert speaker_of(d, "a new era") == "xi-jinping"
    assert speaker_of(d, "a working visit") == "dmitry-peskov"
    assert speaker_of(d, "two sides of one coin") == "alexander-gabuev"
    assert speaker_of(d, "illegal and unilateral") == "mao-ning"
    assert speaker_of(d, "a marriage without love") == "alexander-gabuev"
    assert speaker_of(d, "peace formula") is None


def test_a_title_with_of_before_the_subject_and_what_someone_sees():
    """ "Secretary of State Antony Blinken spoke of “…”": the "of" inside the title does not
    make him an object ("under Secretary …" still does); "X sees “…” in …": the words of
    the one who sees it."""
    d = doc(
        "Secretary of State Antony Blinken spoke of “red lines” on Taiwan.",
        "Alicia Garcia-Herrero, chief Asia economist at Natixis, sees “a long game” in the "
        "lending.",
        "Talks under Foreign Minister Wang Yi produced what officials called “a breakthrough.”",
    )
    assert speaker_of(d, "red lines") == "antony-blinken"
    assert speaker_of(d, "a long game") == "alicia-garcia-herrero"
    assert speaker_of(d, "a breakthrough") is None


def test_the_sentence_after_a_quote_says_whose_verdict_it_was():
    """ "“…” That was Fiona Hill's verdict.", "“…” So says Temur Umarov of Carnegie.", "In
    her reading, “…”": whose words; "That was Putin's message, Lavrov said." names the one
    whose message was relayed, not who spoke, and stays nobody's."""
    d = doc(
        "“It is a bad sign when both capitals go quiet at once.” That was Fiona Hill's verdict.",
        "“Trade follows the flag, and the flag is Chinese now.” So says Temur Umarov of Carnegie.",
        "Alexandra Prokopenko sees it differently. In her reading, “Putin needs the money more "
        "than Xi needs the gas.”",
        "“We will not be rushed.” That was Vladimir Putin's message, Sergei Lavrov said later.",
    )
    assert speaker_of(d, "It is a bad sign") == "fiona-hill"
    assert speaker_of(d, "Trade follows the flag") == "temur-umarov"
    assert speaker_of(d, "Putin needs the money") == "alexandra-prokopenko"
    assert speaker_of(d, "We will not be rushed") is None


def test_a_beat_after_an_asked_lead_that_names_someone():
    """ "Asked by Elena Chernenko about the sanctions, Lavrov smiled. “…”": a name in the
    lead (the asker, or the one asked about) is not the one whose beat it is."""
    d = doc(
        "Sergei Lavrov arrived late.",
        "Asked by Elena Chernenko about the sanctions, Lavrov smiled. “We have lived with worse.”",
        "Asked whether Wang Yi would come to Moscow, Lavrov laughed. “He is always welcome.”",
    )
    assert speaker_of(d, "We have lived with worse") == "sergei-lavrov"
    assert speaker_of(d, "He is always welcome") == "sergei-lavrov"


def test_an_interview_with_two_guests_and_a_moderator_label():
    """ "Moderator Shen Dingli" is Shen Dingli (a moderator is no part of a name); a bare
    "A:" after "spoke with Fiona Hill and Angela Stent" is either guest's, so nobody's; one
    guest keeps the answers."""
    x = extract(
        doc(
            "Moderator Shen Dingli spoke with Fiona Hill and Angela Stent in Munich.",
            "Q: Does Europe have a China policy?",
            "A: Not yet, and it shows.",
        ),
        load_registry(),
    )
    assert "Shen Dingli" in {p.name for p in x.people}
    assert [q.speaker for q in x.quotes if q.text.startswith("Not yet")] == [None]
    d = doc(
        "Moderator Shen Dingli spoke with Fiona Hill in Munich.",
        "Q: Does Europe have a China policy?",
        "A: Not yet, and it shows.",
    )
    assert speaker_of(d, "Not yet") == "fiona-hill"


def test_the_guest_is_the_one_the_introduction_says_will_answer():
    """An interview's introduction that opens with a leader and says who answers ("Alexander
    Gabuev explains what it means", "On Monday Yun Sun joined us", "Sergei Ryabkov spoke to
    our correspondent"): the answers are that person's, not the leader's."""
    for intro, guest in (
        (
            "Xi Jinping, in power since 2012, has changed his team again. Alexander Gabuev "
            "explains what it means.",
            "alexander-gabuev",
        ),
        ("Vladimir Putin spoke in Kazan on Friday. On Monday Yun Sun joined us.", "yun-sun"),
        (
            "Sergei Lavrov's deputy Sergei Ryabkov spoke to our correspondent on Friday.",
            "sergei-ryabkov",
        ),
    ):
        d = doc(intro, "Q: Why now?", "A: Because the clock is running.", title="Interview")
        assert speaker_of(d, "Because the clock") == guest, intro


def test_he_after_someone_unnamed_who_called_the_one_named():
    """ "An aide who phoned Mark Rutte …" / "A Turkish diplomat who called Hakan Fidan …"
    then "“…,” he said" in the next paragraph: the one named is the object of someone
    unnamed, who may be the "he"; "A forwarder called Sergei" names him."""
    d = doc(
        "Hakan Fidan landed in Moscow on Sunday.",
        "A Turkish diplomat who called Hakan Fidan that evening said the meeting went well.",
        "“They agreed on more than they expected,” he said.",
    )
    assert speaker_of(d, "They agreed on more") is None
    d = doc(
        "Hakan Fidan landed in Moscow on Sunday.",
        "Hakan Fidan told a Turkish diplomat that evening that the meeting went well.",
        "“They agreed on more than they expected,” he said.",
    )
    assert speaker_of(d, "They agreed on more") == "hakan-fidan"


def test_a_womans_name_is_not_overruled_by_a_him_in_her_sentence():
    """ "Anna Kuznetsova … sat beside him": her first name says she is a woman, and a "him"
    in her sentence (someone else) does not make her the "he" who speaks next."""
    d = doc(
        "Dmitry Peskov opened the briefing with a schedule.",
        "Anna Kuznetsova, a ministry adviser, sat beside him and read a statement on grain.",
        "“The corridor will stay open for now,” he said.",
    )
    assert speaker_of(d, "The corridor will stay") in (None, "dmitry-peskov")


def test_words_used_invoked_blamed_proposed_or_quoted_as_calling():
    """ "invoked “…”", "blamed “…”", "proposed “…”", "has spoken repeatedly of “…”", "was
    quoted as calling it “…”": words the subject said; "championed “…”", "pushed for “…”",
    "made the case for “…”" (a cause, not words) stay nobody's."""
    d = doc(
        "Wang Yi invoked “peaceful coexistence” three times in his speech.",
        "Sergei Lavrov blamed “Western meddling” for the unrest.",
        "Olaf Scholz proposed “a Marshall Plan for Ukraine” in 2022.",
        "Ursula von der Leyen has spoken repeatedly of “de-risking, not decoupling.”",
        "Janet Yellen was quoted as calling it “friend-shoring.”",
        "Emmanuel Macron has championed “strategic autonomy” since 2017.",
        "Vladimir Putin has long pushed for “a new security architecture” in Europe.",
    )
    assert speaker_of(d, "peaceful coexistence") == "wang-yi"
    assert speaker_of(d, "Western meddling") == "sergei-lavrov"
    assert speaker_of(d, "a Marshall Plan") == "olaf-scholz"
    assert speaker_of(d, "de-risking") == "ursula-von-der-leyen"
    assert speaker_of(d, "friend-shoring") == "janet-yellen"
    assert speaker_of(d, "strategic autonomy") is None
    assert speaker_of(d, "a new security architecture") is None


def test_a_titled_surname_with_a_possessive_is_the_person_named_in_full():
    """ "Prime Minister Takaichi's 'values-based' vocabulary" after "Sanae Takaichi": the
    possessive is no part of the name, so no second person "Takaichi's"."""
    x = extract(
        doc(
            "Sanae Takaichi spoke in Tokyo on Monday.",
            "Prime Minister Takaichi's 'values-based' vocabulary does not travel well.",
        ),
        load_registry(),
    )
    assert [p.name for p in x.people] == ["Sanae Takaichi"]


def test_a_short_quote_with_a_pronoun_tag_is_a_statement_even_when_nobody_is_credited():
    """ "“We are not naive,” she said.", with two women "she" could be: nobody is credited,
    but the words are a statement said, not a phrase."""
    d = doc(
        "Kaja Kallas met Ursula von der Leyen in Brussels.",
        "“We are not naive,” she said.",
    )
    (q,) = [q for q in quotes(d) if q.text.startswith("We are not naive")]
    assert q.speaker is None
    assert q.kind == "statement"


def test_two_subjects_each_set_off_by_a_role_speak_together():
    """ "Kazakhstan's president, Kassym-Jomart Tokayev, and his Uzbek counterpart, Shavkat
    Mirziyoyev, told reporters …“…”": a joint statement, neither's alone; one subject with
    a role set off keeps it."""
    d = doc(
        "Kazakhstan's president, Kassym-Jomart Tokayev, and his Uzbek counterpart, Shavkat "
        "Mirziyoyev, told reporters that the corridor was “open for business.”",
        "Kazakhstan's president, Kassym-Jomart Tokayev, told reporters that the border was "
        "“calm and open.”",
    )
    assert speaker_of(d, "open for business") is None
    assert speaker_of(d, "calm and open") == "kassym-jomart-tokayev"


def test_a_reported_statement_of_someone_in_apposition_with_a_role_of_another():
    """ "Yuri Ushakov, an aide to President Vladimir Putin, said that the visit would be
    “short but busy.”": the statement and its words are Ushakov's, not Putin's."""
    x = extract(
        doc(
            "Yuri Ushakov, an aide to President Vladimir Putin, said on Monday that the visit "
            "would be “short but busy.”"
        ),
        load_registry(),
    )
    speakers = {q.kind: q.speaker for q in x.quotes}
    assert speakers.get("reported") == "yuri-ushakov"
    assert [q.speaker for q in x.quotes if q.text.startswith("short but")] == ["yuri-ushakov"]


def test_a_beat_of_he_or_she_or_a_head_shaken_before_a_quote():
    """ "Then she spoke. “…”", "Her message was simple. “…”", "X shook his head … “…”": the
    one the beat is about (when one person of that sex can be meant); two women before
    "Then she spoke." leave it nobody's."""
    d = doc(
        "Kaja Kallas listened to the Chinese delegation for an hour. Then she spoke. “This is "
        "a trap, and we will not walk into it.”",
        "Fiona Hill followed with charts on trade. Her message was simple. “The numbers are "
        "clear.”",
        "Evan Medeiros shook his head when the question came. “I disagree with the premise.”",
        "Kaja Kallas met Ursula von der Leyen before lunch. Then she spoke. “We need unity.”",
    )
    assert speaker_of(d, "This is a trap") == "kaja-kallas"
    assert speaker_of(d, "The numbers are clear") == "fiona-hill"
    assert speaker_of(d, "I disagree") == "evan-medeiros"
    assert speaker_of(d, "We need unity") is None


def test_the_kind_of_person_a_named_role_makes_is_no_stranger():
    """ "The veteran diplomat paused. “…,” he said." after an ambassador is named: "the
    diplomat" is him, and the quote after his tagged one goes on with him; "the executive"
    after a cabinet chairman is still someone the text has not named."""
    d = doc(
        "Michael McFaul, a former US ambassador to Russia, spoke last.",
        "McFaul was asked whether sanctions had failed. The veteran diplomat paused. "
        "“They were never meant to end the war,” he said. “They were meant to make it "
        "dearer, and they have.”",
        "Ulukbek Maripov, who was Kyrgyzstan's cabinet chairman, opened the forum.",
        "At the depot, the executive shrugged. “Rails do not care who is in charge,” he said.",
    )
    assert speaker_of(d, "They were never meant") == "michael-mcfaul"
    assert speaker_of(d, "They were meant to make") == "michael-mcfaul"
    assert speaker_of(d, "Rails do not care") is None


def test_a_title_as_the_subject_of_a_view_right_after_the_one_person_named():
    """ "… was how Kristi Raik put it. The director of the ICDS, now also at …, argues that
    …. “…”": the title is the one just named and the quote after the view is hers; not
    when someone else the article named holds that title ("the former ambassador to
    Kazakhstan" met earlier), nor when the sentence before names two people."""
    d = doc(
        "“A neighbour that sells to both sides,” was how Kristi Raik described Beijing. The "
        "director of the ICDS, now also a lecturer in Tartu, argues that Europe is slow to "
        "notice. “Estonia noticed in 2022. Brussels noticed in 2024.”",
    )
    assert speaker_of(d, "Estonia noticed") == "kristi-raik"
    d = doc(
        "George Krol, a former ambassador to Kazakhstan, spoke in the morning.",
        "“A crossroads, not a corridor,” was how Nargis Kassenova described the steppe. The "
        "former ambassador to Kazakhstan thinks the corridor will be built anyway. “Money "
        "finds the shortest road, and the shortest road runs through Aktau.”",
        "Temur Umarov and Alexander Gabuev spoke next. The director thinks little will "
        "change. “Nobody in Tashkent wants to be anybody's corridor.”",
    )
    assert speaker_of(d, "Money finds the shortest") is None
    assert speaker_of(d, "Nobody in Tashkent") is None


def test_a_quote_after_a_tag_that_names_someone_else_as_its_object_goes_on():
    """ "“…,” Baerbock said after talks with Wang Yi in Beijing. “…”": the one she talked
    with is the tag's object, so the next quote is still hers; not when the other one is
    quoted by her ("quoting Wang Yi") or owns the words ("Wang Yi's reply")."""
    d = doc(
        "“We do not ask Beijing to pick a side,” Annalena Baerbock said after three hours of "
        "talks with Wang Yi in Beijing. “We ask it to stop paying for one.”",
        "“The door stays open,” Baerbock said, quoting Wang Yi. “Europe has heard that "
        "before and is still waiting.”",
        "“Trade is not a weapon,” Baerbock said, pointing to Wang Yi's reply. “Nor should "
        "it become one, whatever happens in Ukraine.”",
    )
    assert speaker_of(d, "We ask it to stop") == "annalena-baerbock"
    assert speaker_of(d, "Europe has heard") is None
    assert speaker_of(d, "Nor should it become") is None


def test_more_verbs_that_frame_someone_s_words_before_a_quote():
    """ "complained … that", "posted on X that", "signalled … possible", "concedes that",
    "will tell you that", "remembered him as" frame the subject's words; "remembered a
    dinner at which a host proposed a toast to “…”" does not (the host's words)."""
    d = doc(
        "Energy Minister Sergei Tsivilev complained at a forum in Tyumen that Chinese buyers "
        "were “slow to sign, quick to haggle.”",
        "Foreign Minister Wang Yi posted on Weibo that “dialogue beats any sanction”.",
        "Governor Elvira Nabiullina signalled more cuts were likely “if prices keep cooling.”",
        "Michael Kofman, who studies the Russian army, concedes that the drones were “better "
        "than anyone expected.”",
        "In private, Sergei Ryabkov will tell you that the treaty is “dead, but not buried.”",
        "Yuri Tavrovsky, who knew him for decades, remembered him as “a man who read every "
        "footnote.”",
        "Alexander Lomanov remembered a dinner at which a Chinese host proposed a toast to "
        "“friendship without end.”",
    )
    assert speaker_of(d, "slow to sign") == "sergei-tsivilev"
    assert speaker_of(d, "dialogue beats") == "wang-yi"
    assert speaker_of(d, "if prices keep") == "elvira-nabiullina"
    assert speaker_of(d, "better than anyone") == "michael-kofman"
    assert speaker_of(d, "dead, but not") == "sergei-ryabkov"
    assert speaker_of(d, "a man who read every") == "yuri-tavrovsky"
    assert speaker_of(d, "friendship without end") is None


def test_a_stance_or_a_way_of_putting_it_before_a_quote_that_ends_its_paragraph():
    """ "She was not surprised by the timing. “…”" and "X, a professor at …, puts the
    question most clearly. “…”": the one announced speaks; "He was not surprised by the
    slogan. “…”" is the slogan's."""
    d = doc(
        "Her RAND colleague Andrew Scobell had predicted the drills in a paper last spring.",
        "Dara Massicot, a senior fellow at Carnegie, had warned of it too. She was not "
        "surprised by the timing. “Moscow likes an answer that arrives within a week. So "
        "does Beijing.”",
        "Alexander Korolev, a lecturer at the University of New South Wales, puts the case "
        "most plainly. “They are aligned on what they oppose and on little else.”",
        "Vasily Kashin was not impressed by the new slogan. “Friendship without borders, "
        "cooperation without end.”",
    )
    assert speaker_of(d, "Moscow likes an answer") == "dara-massicot"
    assert speaker_of(d, "They are aligned") == "alexander-korolev"
    assert speaker_of(d, "Friendship without borders") is None


def test_a_verb_of_saying_used_as_a_noun_is_no_framing_verb():
    """ "Kaja Kallas called the warning “…”": "the warning" is a noun, so "called" frames
    her words; "his saying" likewise."""
    d = doc(
        "Kaja Kallas called the warning “a script we have heard before” on Monday.",
        "Radoslaw Sikorski, Poland's foreign minister, dismissed the warning as “theatre for "
        "a home audience.”",
        "Josep Borrell remembered his saying that Europe must “learn the language of power.”",
    )
    assert speaker_of(d, "a script we have heard") == "kaja-kallas"
    assert speaker_of(d, "theatre for a home") == "radoslaw-sikorski"


def test_a_person_named_as_an_object_inside_the_speaker_s_apposition():
    """ "X, a professor who served under President Y, wrote that … “…”": Y is the object
    of a preposition inside X's role, so the framing is X's."""
    d = doc(
        "Fiona Hill, a scholar who served on the National Security Council under President "
        "Donald Trump, wrote last year that the idea rested on “a fantasy about Moscow.”",
        "Li Xin, a researcher at SIIS who has written with Alexander Lukin on the border, "
        "said the talks were “slower than anyone admits.”",
    )
    assert speaker_of(d, "a fantasy about") == "fiona-hill"
    assert speaker_of(d, "slower than anyone") == "li-xin"


def test_sir_and_dame_are_no_part_of_a_name():
    """ "Sir Laurie Bristow", "Dame Fiona Hill": the honorific goes, one person each."""
    d = doc(
        "Sir Laurie Bristow, a former British ambassador to Moscow, said the rules were "
        "“written for another era.”",
        "Dame Fiona Hill said the summit was “theatre with real stakes.”",
    )
    people = {p.id for p in extract_people(d)}
    assert {"laurie-bristow", "fiona-hill"} <= people
    assert not [p for p in people if p.startswith(("sir-", "dame-"))]
    assert speaker_of(d, "written for another") == "laurie-bristow"


def test_the_minister_after_two_ministers_or_a_counterpart_is_nobody_settled():
    """ "The two ministers spoke to reporters. “…,” the minister said" and "the foreign
    minister" after "X, and his Uzbek counterpart, Y": either could be meant, so nobody;
    "the president" with one president named is still his."""
    d = doc(
        "China's foreign minister, Wang Yi, and his Kazakh counterpart, Murat Nurtleu, met in "
        "Astana on Monday.",
        "The two ministers spoke to reporters afterwards. “The corridor is a timetable now,” "
        "the minister said.",
        "The foreign minister also promised faster customs. “Trucks should not queue for a "
        "week,” he said.",
        "President Kassym-Jomart Tokayev received both men later. “Our roads are open,” the "
        "president said.",
    )
    assert speaker_of(d, "The corridor is") is None
    assert speaker_of(d, "Trucks should not") is None
    assert speaker_of(d, "Our roads are open") == "kassym-jomart-tokayev"


def test_talk_of_something_as_a_label_is_not_the_dismisser_s_label():
    """ "X has dismissed Western talk of Russia as a Chinese “vassal” as “…”": the first
    quote is the talk's, the second X's; "calling talk of it “…”" is the caller's label."""
    d = doc(
        "Sergei Karaganov has dismissed Western talk of Russia as a Chinese “satellite” as "
        "“the hope of people who lost.”",
        "Kim Yo Jong issued a statement on Monday, calling talk of disarmament “a fairy tale "
        "from another century”.",
    )
    assert speaker_of(d, "satellite") is None
    assert speaker_of(d, "the hope of people") == "sergei-karaganov"
    assert speaker_of(d, "a fairy tale") == "kim-yo-jong"


def test_a_word_spoken_of_or_a_name_others_give_is_not_the_speaker_s():
    """ "He said that the word “…” had become …": a word spoken of; "he wrote a history that
    younger colleagues still call “…”": the colleagues' name for it; "uses the word “…”" and
    "that the call “…”" (a noun, not a verb) are still the speaker's."""
    d = doc(
        "Rohan Mukherjee was blunt. He said that the word “strategic” had become a polite "
        "cover for anything.",
        "Mikhail Titarenko wrote a two-volume history that his students still call “the red book.”",
        "Temur Umarov uses the word “balancing” for what Tashkent does.",
        "The paper quoted Wang Wen, a dean at Renmin University, as saying that the call "
        "“settles nothing yet.”",
    )
    assert speaker_of(d, "strategic") is None
    assert speaker_of(d, "the red book") is None
    assert speaker_of(d, "balancing") == "temur-umarov"
    assert speaker_of(d, "settles nothing") == "wang-wen"


def test_someone_unnamed_by_a_trade_speaks_as_he_after_a_named_official():
    """ "A Tianjin freight forwarder, who would not give his name, said …. “…,” he said":
    the forwarder's words, not the minister named in the paragraph before; so for an
    importer, a broker, a lawyer. One named and then "she said" is still hers."""
    d = doc(
        "Trade Minister Wang Wentao has called the corridor “a road with two lanes.”",
        "A Tianjin freight forwarder, who would not give his name, said rates had doubled. "
        "“Every captain wants cash before he leaves port,” he said.",
        "Lin Jian spoke in the morning. A grain importer in Dalian said the paperwork was "
        "worse. “We wait three weeks for one stamp,” he said.",
        "Maria Shagina, a sanctions expert, said the banks were careful. “Nobody wants to be "
        "the test case,” she said.",
    )
    assert speaker_of(d, "Every captain wants") is None
    assert speaker_of(d, "We wait three weeks") is None
    assert speaker_of(d, "Nobody wants to be") == "maria-shagina"


def test_a_title_settles_which_of_two_namesakes_a_surname_means():
    """ "Prof. Alexander Lukin … Dr Artyom Lukin … Dr Lukin added": the one written with
    that title; "Prof. Yang" when both Yangs are professors is either."""
    d = doc(
        "On the panel: Prof. Alexander Lukin of HSE University and Dr Artyom Lukin of Far "
        "Eastern Federal University; Prof. Yang Cheng and Prof. Yang Jiemian of Shanghai.",
        "Dr Lukin added a warning. “Vladivostok watches Pyongyang more closely than Moscow "
        "does,” he said.",
        "Prof. Lukin disagreed. “Moscow watches it closely enough,” he said.",
        "As Prof. Yang put it over coffee, “the Americans never really leave.”",
    )
    assert speaker_of(d, "Vladivostok watches") == "artyom-lukin"
    assert speaker_of(d, "Moscow watches it") == "alexander-lukin"
    assert speaker_of(d, "the Americans never") is None


def test_said_the_scholar_after_the_quote_is_the_one_named_before():
    """ "Wang Wen spoke first. “…,” said the Renmin scholar, who …": the role after the verb
    is the one person named before it; with a name after the role, that name."""
    d = doc(
        "Wang Wen spoke first. “The yuan has become the border's currency,” said the Renmin "
        "scholar, who has studied the trade for a decade.",
        "Alicja Bachulska followed. “Europe is watching,” said the analyst, Alicja Bachulska.",
    )
    assert speaker_of(d, "The yuan has become") == "wang-wen"
    assert speaker_of(d, "Europe is watching") == "alicja-bachulska"


def test_what_others_call_a_thing_inside_someones_reported_words_is_theirs():
    """ "Local traders, he said, … refer to the bridge as “…”": the traders' name for it,
    not the one reporting; "he thinks of it as “…”" is his own."""
    d = doc(
        "Alexander Gabuev has studied the border for years.",
        "Local traders, he said, care about customs queues, and refer to the new bridge as "
        "“the golden gate.”",
        "The deal, he said, was one that he thinks of as “a lease, not a marriage.”",
    )
    assert speaker_of(d, "the golden gate") is None
    assert speaker_of(d, "a lease, not a marriage") == "alexander-gabuev"


def test_a_quote_after_someone_rejects_an_idea_is_theirs():
    """ "Kashin dismissed the idea that Moscow's generals were worried. “…”": the one who
    rejects it goes on, a possessive inside the idea notwithstanding."""
    d = doc(
        "Vasily Kashin, a defence analyst, dismissed the idea that Beijing's generals were "
        "worried. “They have seen this film before. They know how it ends.”",
    )
    assert speaker_of(d, "They have seen this film") == "vasily-kashin"


def test_a_dash_credit_in_the_paragraph_under_a_quotation():
    """A digest's quotation, then its credit as a paragraph of its own ("- Name, Place"):
    that person's words, not the one credited above."""
    d = doc(
        "“Beijing will not pick a side, whatever Washington says.” - Da Wei, Tsinghua University",
        "“Moscow needs Beijing more than the reverse, and both know it.”",
        "- Alexander Gabuev, Carnegie Russia Eurasia Center",
    )
    assert speaker_of(d, "Beijing will not pick") == "da-wei"
    assert speaker_of(d, "Moscow needs Beijing") == "alexander-gabuev"


def test_said_then_title_words_then_the_name():
    """ "“…,” said Foreign Minister Wang Yi", "said Kremlin spokesman Dmitry Peskov": title
    words between the verb and the name; "said Putin's spokesman" alone is nobody's."""
    d = doc(
        "“Dialogue is the only way out,” said Foreign Minister Wang Yi.",
        "“We have heard these threats before,” said Kremlin spokesman Dmitry Peskov.",
        "“Nothing has been decided yet,” said Putin's spokesman.",
    )
    assert speaker_of(d, "Dialogue is the only way") == "wang-yi"
    assert speaker_of(d, "We have heard these") == "dmitry-peskov"
    assert speaker_of(d, "Nothing has been decided") is None


def test_going_further_and_promising_that_frame_the_words():
    """ "He goes further. “…”" goes on with the one named before; "went further, promising
    that … “…”" is the subject's."""
    d = doc(
        "Dmitri Trenin, in a column this week, calls the talks theatre.",
        "He goes further. “Europe will get a seat at the table when it stops paying.”",
        "Alexander Novak, the deputy prime minister, went further, promising that the pipe "
        "would be laid “before the decade is out.”",
    )
    assert speaker_of(d, "Europe will get a seat") == "dmitri-trenin"
    assert speaker_of(d, "before the decade is out") == "alexander-novak"


def test_his_sentence_before_a_colon_and_one_who_answered():
    """ "His central sentence: “…”" is the one "his" means; "passed the question to X, who
    answered with a shrug. “…”" is X's."""
    d = doc(
        "Zhao Huasheng of Fudan University wrote a long essay on Central Asia. His central "
        "sentence: “Central Asia chooses between them every day, and chooses both.”",
        "The moderator passed the question to Temur Umarov, who answered with a smile. "
        "“Tashkent has learned to say yes to everyone.”",
    )
    assert speaker_of(d, "Central Asia chooses") == "zhao-huasheng"
    assert speaker_of(d, "Tashkent has learned") == "temur-umarov"


def test_someone_who_heads_something_is_a_person_whatever_their_name():
    """ "Almasadam Satkaliyev, who heads Kazakhstan's atomic agency, …": a person, though
    no list knows the first name; "According to Satkaliyev, …“…”" is his."""
    d = doc(
        "Almasadam Satkaliyev, who heads Kazakhstan's atomic energy agency, spoke in Astana. "
        "According to Satkaliyev, the plant would be “the start of a national industry.”",
    )
    assert speaker_of(d, "the start of a national") == "almasadam-satkaliyev"


def test_names_with_an_inner_capital_and_likes_to_say():
    """ "Rosemary DiCarlo … she said" (the inner capital of DiCarlo, DeSantis, LeBlanc kept);
    "Saidov likes to say that the railway “…”" frames his words."""
    d = doc(
        "Rosemary DiCarlo, the UN political chief, told the Council that casualties had "
        "risen. “Every winter of this war has been harder than the last,” she said.",
        "Bakhtiyor Saidov, Uzbekistan's foreign minister, likes to say that the railway "
        "“turns a landlocked country into a crossroads.”",
    )
    assert speaker_of(d, "Every winter") == "rosemary-dicarlo"
    assert speaker_of(d, "turns a landlocked") == "bakhtiyor-saidov"


def test_called_someone_a_name_as_they_walked_in():
    """ "Xi called his guest an “old friend” as they walked in": "as" opens a clause of time,
    the words are Xi's; "described Russia's “pivot” as irreversible" stays a thing
    described."""
    d = doc(
        "Xi Jinping called his guest an “old friend” as they walked in.",
        "Fyodor Lukyanov described Russia's “pivot to the East” as irreversible.",
    )
    assert speaker_of(d, "old friend") == "xi-jinping"
    assert speaker_of(d, "pivot to the East") is None


def test_said_the_retired_colonel_after_the_quote():
    """ "Zhou Bo was dismissive …. “…,” said the retired PLA senior colonel, now a fellow at
    Tsinghua": the one named before, the words not about him."""
    d = doc(
        "In Beijing, Zhou Bo was dismissive of the alarm in Tokyo. “Two neighbours practise "
        "together at sea. That is normal,” said the retired PLA senior colonel, now a senior "
        "fellow at Tsinghua University.",
    )
    assert speaker_of(d, "Two neighbours practise") == "zhou-bo"


def test_a_question_that_quotes_the_one_asked():
    """ "Q: You wrote in 2023 that China's footprint was “small, quiet and growing.”": the
    words of the one whose answer comes next; a question quoting someone else stays
    nobody's."""
    d = doc(
        "Our guest is Niva Yau, a fellow at the Atlantic Council.",
        "Q: You wrote in 2023 that China's security footprint was “small, quiet and growing.” "
        "Is it still quiet?",
        "A: Quieter than people think, but it is growing.",
        "Q: Some officials call it “a shadow presence.” Is that fair?",
        "A: Not really. It is in plain sight.",
    )
    assert speaker_of(d, "small, quiet and growing") == "niva-yau"
    assert speaker_of(d, "a shadow presence") is None
