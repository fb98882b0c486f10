"""Actors of one report from a parsed spaCy Doc: rules over named entities and the parse.

No coreference model installs offline here, so mentions are grouped by these rules, applied
in this order (each step leaves the words it used to the later ones):

1. **Persons** (PERSON entities). Titles inside or just before the name become roles ("U.S.
   Vice President Mike Pence": role vice president, country USA); so do appositions before
   ("Vice President (VP), Mike Pence"; inside a sentence when commas set the name off: "the
   previous Republican presidential nominee, Mitt Romney, called") and after ("Itsunori
   Onodera, the Defense Minister"), also after a possessor, which stays an actor of its own
   ("Lohan's lawyer, Shawn Holley,", "Mike Pence, Trump's running mate"). Full names (two
   words or more) are one person when their words are equal; a shorter name joins the one
   full name it is a short form of (see `names.is_short_form`: "Pence" -> "Mike Pence",
   "Kim" -> "Kim Jong Un"), and so does a full name that is part of exactly one longer one
   ("Kim Jong" of "Kim Jong Un"), and one of two writings of one name ("Pete Santilli",
   "Peter Santilli": `names.is_name_variant`) that are variants of no other name. A short
   name that fits two people is kept apart and marked ambiguous (the same word that the
   recogniser tags otherwise or leaves out is that name too: "Trump" beside Donald and
   Ivanka Trump); a lone surname it leaves out is the one full name ending in it ("said
   Skelly"; "Gates told the AP" or "Trump later defended" opening a sentence as its
   subject, whether tagged a proper or a common noun, singular or plural: "Sanders");
   other different full names are never merged ("Kim Jong Un", "Kim Yong Nam"). A
   one-word PERSON that fits no person but an organisation of the report ("Colts" beside
   "Indianapolis Colts"), or that is written once as a plural after "the" ("the Colts"
   tagged PERSON), is read as an
   organisation, unless the report writes it with a title or an honorific ("Ms. Malik"
   beside "Tashfeen Malik" tagged ORG: that name is then hers, see `mistagged`), and so
   is a full name that begins an institution's name ("Betty Ford" of "the Betty Ford
   Center"). A PERSON name that only stands where places do (after "in",
   "at", "near": "a hit and run in Bloomington", or in front of a noun: "the Bloomington
   man") is read as a place; one that only stands where a thing's name does (with a
   determiner of its own right in front, at least once: "The Deepwater Horizon sank", or in
   front of a noun: "the Deepwater Horizon rig") is no person (the things component takes
   it); one of two words or more written somewhere in front of a programme's or an
   organisation's noun or a role ("the Access Hollywood tape", whatever the recogniser's
   label there) and never with a person's words (a title or role, an honorific, a given name
   the name lists know, a verb of saying) is an organisation even where it stands alone
   ("Trump tells Access Hollywood"). Entities end at a line break, a bracket, or a spaced
   dash between two names ("San Jose - Cisco"; not "African - American", "AK - 47", "Times -
   Picayune": `ResolutionState.breaks_a_name`); in a headline (a title-case line, with no
   full stop unless it is the report's first line, every word but stop words capitalised,
   and a blank line follows) they keep
   the first run of words the body also capitalises ("Obama Reverses Bush" -> "Obama"), and
   none when the body capitalises none of them ("Rehires"); a headline's words that the body
   recognises as a name, or that end a body name ("Chargers" of "San Diego Chargers"), are
   that name ("Bush").
2. **Roles used as names** ("the VP", "the Prime Minister", "the US's VP", "the 21-year-old
   actress"): definite, singular role phrases from `roles.tsv`. They go to the person
   holding that role (of the same country when both are known): the nearest one before, else
   the first one after. A role predicated of a person ("Kim Yong Nam is North Korea's
   ceremonial leader", "Shawn Holley is a lawyer for Lohan", "Smith founded it and is a
   lawyer"), one a verb names someone to ("Mike Pence was named the nominee") or one a
   subject acts as ("Bill Smith served as a senator") is that person's, unless negated
   ("has not been named as a suspect") or said with an object ("rejects Haley as a
   spokeswoman": a view of hers, no role); a role
   written alone that opens a line before a colon ("Lawyer: Lohan will return to rehab", a
   headline's speaker) goes to its holder like a definite one. With no holder, a description
   ("the actress", 'the "American Pie" star', "the woman") means the report's protagonist:
   the most mentioned named person before it (after it, for a lede that names her later) who
   holds no position, only descriptions, and whose honorific, gendered role or given name
   gives no other gender (not for officials, police, judges, lawyers, spokespeople, clergy,
   whose holders deal with protagonists); otherwise it is a person of its own,
   named by the role. A candidate's description ("the Republican nominee", "the candidate")
   with no holder goes to the protagonist, who may hold a government role held before
   ("former Secretary of State Hillary Clinton"), one written beside its party first; a
   campaign's staff ("Paul Manafort, the campaign chairman") hold a role of others. A role
   written in front of a candidate's description ("the billionaire front-runner") picks its
   holder first. A description of a named person's occupation or wealth ("the businessman",
   "the billionaire", "the real estate mogul") goes only to a person the report describes so
   ("businessman Donald Trump", "Trump, a billionaire"), never to the protagonist.
   Indefinite and plural roles ("a judge", "one former executive", "officers") are
   unnamed actors too, except an indefinite predicate of "be" said of no named person
   (`state.indefinite_predicate`: "because she is a woman", "he was a lawyer"; here and in
   step 3b): it says what its subject is and brings in no one ("there was a woman" does).
3b. **Unnamed actors** (after step 3): common nouns of `nominals.tsv` heading a phrase ("the
   man", "police", "the pirates", "the company") are one actor per noun and report (type
   PERSON, ORGANISATION for groups and organisations, LOCATION for places; a plural group
   noun of no CAMEO sector is a group of persons, PERSON and plural like "the robbers":
   "people", "families", "villagers", while "police" and "troops" stay ORGANISATION
   groups with their sector's code; in a title-case
   headline, also such a noun the parser took for a name, read as definite: "Driver
   Charged" is "the driver"); "the center"
   after "the Betty Ford Center" is that named organisation, whatever the recogniser's
   label (a name of two words or more tagged PERSON that "the store" repeats, the "App
   Store", is the organisation); a definite person noun the
   report gave an unnamed person in a sentence that had named the protagonist ("An
   arsonist damaged the church of Sarah Palin ... the arsonist") is that person, not the
   protagonist of step 2; a noun naming people by the side they take or their part in an
   event (`nominals.tsv`'s `others`: "critics", "supporters", "organizers", "the
   moderator") is never the protagonist, and is one actor per side a name in front of it
   or its owner gives ("Clinton allies", "Sanders supporters", "Trump's critics"), keyed
   by the actor that name is ("the RNC member" after "a Republican National Committee
   member"), so that the quotes they say have a speaker a user can look up; "member" and
   "associate" are actors only with such a side ("members" alone may be anyone's); "the
   company" (any
   organisation noun, "the team" too) with no such match is the most mentioned organisation
   before it, or, a business noun written as an owner ("the company's") before any
   organisation is named, the report's most mentioned one ("At the company's own
   conference, Apple CEO …"); "the country" and "the nation" with no country named with them are the
   country named most before them, else the dateline's. A person noun in front of a name
   is that person's role ("publicist Jack Ketsoyan").
3. **Countries, governments, places, organisations** (GPE, NORP, LOC, FAC, ORG entities),
   resolved through the country lexicon: a country's name is the COUNTRY; a name or demonym
   in front of a government word ("the Japanese government", "North Korean officials") or
   a seat ("the White House") is its GOVERNMENT (code e.g. JPNGOV), in front of a military
   word its military (JPNMIL); a capital is the GOVERNMENT when it acts: subject ("Tokyo
   said", "Washington will stand by Japan"), possessor, or object of with/against/between/by
   ("talks with Pyongyang"); otherwise it is the city, a LOCATION. Other places are
   LOCATIONs, but one no country table knows that the report makes the subject of a verb
   of saying and never writes where a place stands is an ORGANISATION ("Cisco states that
   it …" tagged GPE: `speaking_places`); an organisation named by a country and a
   government or military word ("the
   Indian Navy") is that country's GOVERNMENT (INDMIL); other organisations are
   ORGANISATIONs (an acronym joins the organisation it abbreviates), and so is a capitalised
   plural the recogniser left out after "the" ("the Chargers", "the Philadelphia 76ers").
   An entity of another label that names exactly one person of step 1 ("Pence" tagged ORG
   beside "Mike Pence"), or the short name two persons share, is that person, unless it is
   written in capitals outside a headline, an acronym ("UN" is no short form of "Kim Jong
   Un").
3c. **Named groups of people** (`groups`): a NORP entity ending in a plural that names no
   country ("Democrats", "Republicans", "Kurds"; not a demonym: "Palestinians" stay the
   country of step 3) is one group actor per name and report (type ORGANISATION, keyed by
   its words in the singular), of the country a demonym in or just before it names ("Iraqi
   Kurds": IRQ), else of the country whose party's members the word names
   (`party_members.tsv`: "Democrats" USA, "Tories" GBR). It gets no CAMEO code: the codebook
   (v1.1b3, Schrodt 2012) has no role code for a party; a party is GOV or OPP by whether it
   holds power, which a report does not say. "They" and "who" after it are the group
   (step 4), and so are the quotes they say.
4. **Person pronouns** (he/him/his/himself, she/her/hers/herself) resolve to a person named
   before them in the same or the two previous sentences: the nearest sentence first, then
   a named person before a role standing alone, then one in the pronoun's grammatical role
   (an object pronoun prefers an object, any other pronoun a subject), then the closest
   mention. A person any of whose mentions is another argument of the pronoun's own verb
   ("Pence met him", "the driver who hit her": "who" is the driver's) is not a candidate
   (a predicate noun is no other argument: "he will be the CEO"), nor one whose known
   gender differs (from Mr/Mrs/Ms, a gendered word such as "actress" or "mom", the given
   name (see `gender`), or the pronouns that could mean no one else). A short name two
   persons share is a candidate too ("Mr. Bush praised his brother" beside Jeb and George
   W. Bush): the pronoun means whoever that name means. Before that ranking,
   the parse decides where it can (`binding`): himself/herself mean the subject of their
   clause ("the climber escaped being buried alive himself"); he/she saying or thinking
   something in the sentence of a named person's verb of saying or the next one mean that
   person ("“…,” Trump said. He added …"), unless the pronoun's own sentence names or
   describes another person before it; the quotes take their speaker's actor from here.
   A he/she so resolved goes on as the speaker ("“…,” he said. “…,” he added"), and
   sentences all in quotation marks count no distance, for this rule and for the ranking's
   two sentences ("“…,” Butz said. “…” [three quoted sentences] “…,” he said").
   I/me/my/myself in quotation marks mean the person who says the quote: the subject of
   the nearest verb of saying outside the marks, in the sentences the quote starts and
   ends in ("“I will stay on,” Jobs wrote"); outside them, in a transcript's turn, the
   person its label names ("FALLIN: I think …", also on a page flattened into one
   paragraph: the turns of `storyline.extract.turns`, shared with the quotes; "A: …" the
   one person the report's first line names, "Q&A with Vice President Joe Biden"); on a
   line that a person's name and a colon open, that person ("Mark Cuban: I'd consider a
   future White House bid").
   Relative who/whom/whose/which/that/where mean the actor their clause modifies ("Pence,
   who arrived on Tuesday", "the center, where she stayed"; a name set beside that noun
   before the pronoun: "his friend Donald Trump, who"), or the actor that clause's
   noun describes as an apposition or predicate ("said Scott Reed, the Chamber's
   strategist, who added", "Trump is a … birther who"), step by step ("Trump is a liar,
   xenophobe … and bully who", where the parser sets "xenophobe" beside "liar"), also for
   a relative clause joined to another ("who runs a bakery and who said") or hung on its
   auxiliary ("Murdoch, who is … enjoying"); "its", and "it" as the
   subject of a verb other than an empty one (be, seem, take…) and not standing for a
   clause put after its passive verb ("it was reported that …"), the organisation,
   government or country mentioned last before it in the same or the previous sentence,
   the subject of the pronoun's own clause first ("Apple Inc. will license some to Apple
   Corps and continue to use its name": Apple Inc.), for the subject of a main clause a main
   clause's subject ("Samsung lost the case to Apple. It said it would appeal": Samsung),
   the nearest for a pronoun in a clause of its own ("talks with Pyongyang until it
   agrees": Pyongyang), never one mentioned by a plural there ("the
   jurors"); "there" as an adverb of place outside quotation marks (not "there is", "out
   there", "was there") the place or country mentioned last there, not one set beside
   another to say where it is ("Newport Beach, Calif., … remain there": Newport Beach);
   they/them/their the group mentioned last there: plural people ("the
   robbers"), a group ("police") or a named organisation. He/she never mean a group.
   A party member named by a place ("the Wisconsin Republican says", `members`) means the
   named person a he/she there would, one of no other party written with their name; not
   without the place ("the leading Republican on the panel"). An indefinite one ("said a
   New Hampshire Republican", "one senior Democrat", "another New Hampshire Republican";
   after step 3b) is an unnamed person per place and party, of the country its place or
   party gives, unless said of someone ("Lionel Sosa, … an influential Hispanic
   Republican", "Smith is a Democrat").

A person's country is the one the text gives with the name or role, or the country of a
region written there ("Texas Sen. Ted Cruz", "Sen. Marco Rubio of Florida", "the governor of
Ohio": USA). A region's name shared by several countries' regions ("Florida": a US state, a
department of Uruguay) is the region of the one country the report's other places name or
lie in; a country's name that is also another country's region ("Georgia") is that region in
a report where some sentence writes it among that country's other regions ("won Georgia,
Alabama and Tennessee"), in all of the report's mentions (`ResolutionState.region_country_of`);
else the country. Failing that, for
government and military roles only, the nearest country named before the person in the same
sentence, then the report's dateline ("TOKYO —"). Codes are country + the role's CAMEO
sector (USAGOV for the US Vice President); countries get their alpha-3 code (PRK).
International governmental organisations get their CAMEO code from `igos.tsv` ("the United
Nations", "UN", "the UN Security Council": IGOUNO; NATO: IGOWSTNAT), and so does a person
whose title or role follows one ("UN Secretary-General Ban Ki-moon", "Ban Ki-moon, the U.N.
secretary-general", "the U.N. envoy": IGOUNO, not the country named near them; also a
"UN" in capitals that the recogniser left out). Two names of one organisation ("UN", "the
United Nations") are one actor; an organ (the Security Council) is one of its own.
"""

from storyline.extract.actors.resolver import ActorResolver

__all__ = ["ActorResolver"]
