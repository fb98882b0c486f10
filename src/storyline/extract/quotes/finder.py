"""Who said what in one parsed Doc: quotes in marks and reported speech, with speakers.

No attribution model installs offline here, so these are rules over the parse (our own;
textacy finds direct quotes only, and refuses texts with an odd number of quote marks):

1. **Reported speech**: a cue verb (`speech_cues.tsv`: say, tell, vow, warn, deny, believe…)
   with a clausal complement ("X said (that) …", "…, X said", "X told reporters …") or, for
   verbs of intent, an infinitive ("vowed to improve ties"); "according to X, …"; and media
   reporting ("official media quoted Kim as vowing …": the speaker is Kim, via the media);
   "…, according to X." and an inverted tag ("…, reported the Washington Examiner.")
   closing a sentence report the whole sentence before their comma.
   "X said …" runs to the sentence's end, or to the next cue verb after its clause that has
   a subject of its own and is joined to it ("…, but he called …") or reports a clause of
   its own ("After Beck asked who he thought would win, D'Souza replied, “…”", "… - “…,”
   she said - …"). What is said keeps the "that" opening it, as PolNeAR's contents do
   ("said that the talks would resume"); another speaker's quote in an adverbial or
   relative clause inside it ("…, to which O'Malley interjected: “…”") is not its words:
   it says the parts around that quote (`nested`). A source that reports someone's quote
   ("“…,” O'Malley said, according to the Las Vegas Sun") is an attribution of its own
   around it.
   The speaker is the agent of a passive cue ("called a “witch hunt” by Democrats"), the
   cue's subject (also a number that names a person: "One of the executives said", "said
   the 46-year-old"), or the subject of the verb a participle or a run of conjoined verbs
   hangs on ("…, saying …", "declared … and added …"), or of the relative clause in a
   pseudo-cleft ("all she could do was shout “…”"); a name right after an inverted
   verb of saying ("…, said Geert Wilders"; also with an apposition between commas before
   what follows: "Any interpretation, said Michael Kofman, an expert …, would read …");
   where the parse lost the subject, the phrase before the cue ("Col. Steven Warren, a
   military spokesman in Baghdad, said"), a name it hung on the cue as a compound ("“…,”
   Beck joked") or as the object of the marker opening the clause ("As Akhil Amar, …, put
   it"), an adjective with a determiner the cue hangs on ("the 43-year-old asked"), or
   "one" after an inverted cue ("“…,” read one."); never a
   dateline ("WASHINGTON, Aug. 24 (UPI) —"); of two subjects the parser hung on one cue,
   the nearest before it ("…, as an American diplomat put it, …"). A verb of saying,
   writing or reporting that ends its sentence after a comma ("…, The Washington Post
   reported in 1991.") reports the clause before the comma, whatever the parser hung it
   on. A cue verb with nothing of its own to report whose paragraph ends in a colon after
   it reports the next paragraph, unless that opens with a quotation mark or markup
   ("Hewitt writes:" over "The movie mentions …"; "In the text accompanying the video,
   Wallnau wrote:" over "I think …", not the phrase before the comma). A cue that
   reports a thing reports its object, the whole noun phrase ("announced the update that
   was released …"), never the relative clause alone.
2. **Quotes in marks** (`marks.quoted_passages`): a tag right after a passage that ends
   in a comma, question or exclamation mark, a cue verb and its speaker in either order,
   says it ("… Moscow strongly denies — “why …?” asked Dunn", also where the parser took
   the tag's last word for a noun: "“…,” the two write."; "“…,” according to Judicial
   Watch."; not a clause opened by a conjunction, a cue of words of its own, nor a name
   after a preposition: "on “CBS This Morning,” Sanders said"); then a cue verb with a
   subject of its own whose clause ends in the colon opening the passage ("“…,” Cruz said
   as the heckler yelled: “You suck!”"); otherwise the nearest cue verb above a passage in
   the parse reports it ("and Trump vowed to “bomb the hell” out of …"), or the owner of a
   noun of speech whose complement holds it ("her comment that “…”") or that follows it
   ("Obama's “…” promise"); "in the words of X, “…”" is X's, "a hat reading “…”" the
   hat's, "Here's Clinton in 1992: “…”" Clinton's; a passage right
   after a noun of chanting is the chanters' ("the crowd reprised the chant “…”", "roused
   the crowd to chants of “…”"); a passage inside
   the content of reported speech takes that speech's cue and speaker ("said there has
   been “no particular policy change”") and is then part of that one statement, not a
   second quote (`told_once`); otherwise the nearest cue verb of its sentence
   outside the marks ("“…,” Kono told reporters", "Suga said: “…”", "“…,” said Suga"; the
   sentence after the passage only where the passage opens a sentence or goes on with a
   comma, not after one ending a sentence begun before it), or
   the last cue verb of a clause ending in a colon before it ("… and the NRA responded:
   “…”"); a passage split by its cue (`“…,” he said, “…”`) is one quote in parts. A long
   passage with no cue continues the previous quote's speaker, or takes the cue of the
   next sentence in its paragraph ("… ” He said.").
   A passage with no cue verb is said by the subject of the verb it hangs on ("Moore thanked
   him for “stepping up”", "“…,” Bennett shot back"), or of the verb that takes that verb's
   clause ("she vented that it would be “ugly”"), but not a passive subject acted on ("was
   allowed to use its name to market “…”"), before any continuing speaker; a quote the
   parser made the head of the clause before it, after a comma or a dash, speaks for that
   clause's person ("Jobs extended an invitation to the label, “we have …”"); one
   that opens its sentence, by the speaker of the last cue verb of the sentence before
   ("Cruz tweeted a warning. “Missouri: …”"). A line under a quote that is a dash and a
   name signs it ("“…”\n\n- Sanders."); a line with no verb that names a source after
   "from" before the colon introduces it ("From the report: “…”").
3. **Terms**: a passage of up to four words inside a sentence, with no cue, is a term (the
   “maximum pressure” line), not speech; so is a quoted name inside a noun phrase (the
   “Apple” brand), whatever cue the sentence has.

The rules live by family: `reported` (1) with `content` (what a cue reports) and `media`
("according to", "quoted … as"); `direct` (2) with `governing` (the verb or noun a passage
hangs on) and `layout` (colons, signatures); `terms` (3); `speakers` (who speaks through a
cue); `build` (spans, split quotes, nested attributions); `nested` (another speaker's
quote inside reported speech); `speech` (what the rules find); `transcript` (a broadcast or
interview transcript's turns "NAME: …": each turn that states something is a direct quote of
the speaker its label names, and a turn's "I" and "we" are that speaker).

Where several rules answer a passage with different speakers, a small learned chooser
(`chooser`, weights in ``data/quote_chooser.json``) may pick another of their pairs; without
that file the first rule that answers decides.

Speakers are the subject phrase; its actor is the `storyline_actors` actor whose mention
covers the phrase's head (so "he", "the spokesman" and "Japanese officials" resolve as the
actors component resolved them, "he" going on from a named speaker included:
`storyline.extract.actors.binding`), or, for someone's statement, the owner's actor ("Pence's
statement implies …": Pence), as for what a name in front issued or runs ("the Sanders
campaign said", "an AP-GfK poll found": Sanders, AP-GfK); what someone issued speaks for them
("A statement from Apple Computer stated …", "according to a report by X": Apple Computer,
X); a share of respondents speaks through the poll that found it ("In a X poll, 75 percent
said …": the poll); "the statement", "the ad" or "the campaign" with no owner of its own is
the last one named before ("The Holocaust Museum issued a statement … the statement urged":
the museum). Attribute values of markup left in the text (`<tweet author="…">`) are no
quotations.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from storyline.extract.component import actor_of_token
from storyline.extract.quotes.build import make_quote, reported_quotes, without_marks
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.direct import Picker, direct_quotes
from storyline.extract.quotes.marks import quoted_passages, tokens_in_captions, tokens_inside
from storyline.extract.quotes.model import Quote
from storyline.extract.quotes.nested import around_others
from storyline.extract.quotes.reported import reported_speech
from storyline.extract.quotes.transcript import turn_speakers
from storyline.nlp.text import doc_text


class QuoteFinder:
    """Find the quotes of a Doc (see the module docstring)."""

    def __init__(self, cues: CueLexicon, chooser: Picker | None = None) -> None:
        self.cues = cues
        self.chooser = chooser  # picks among the rules' offers (`chooser`); None: the rules

    def __call__(self, doc: Doc) -> list[Quote]:
        text = doc_text(doc)  # spaCy joins the tokens at each `doc.text`: once per Doc
        passages = quoted_passages(text)
        inside = tokens_inside(doc, passages) | tokens_in_captions(doc, passages)
        actors = actor_of_token(doc)
        speeches = reported_speech(doc, inside, self.cues)
        quotes = direct_quotes(
            doc, text, passages, speeches, inside, actors, self.cues, self.chooser
        )
        direct = [q for q in quotes if q.kind == "direct"]
        for speech in speeches:
            start, end = without_marks(text, *speech.content)
            quoted = sum(
                max(0, min(end, q.content.end) - max(start, q.content.start)) for q in direct
            )
            inner = reported_quotes(speech, direct)
            if inner:  # nested: the outer attribution holds the quotes it reports
                start = min(speech.content[0], *(q.content.start for q in inner))
                end = max(speech.content[1], *(q.content.end for q in inner))
                speech = replace(speech, content=(start, end))
            elif quoted * 10 >= (end - start) * 9:
                continue  # all quoted: the direct quote tells it
            quotes.append(make_quote(text, speech, "indirect", actors))
        quotes = turn_speakers(told_once(quotes), doc, text)
        return sorted(around_others(quotes, doc), key=lambda q: q.content.start)


def told_once(quotes: list[Quote]) -> list[Quote]:
    """Quoted words inside reported speech are part of it, not a second quote: "Kono said
    there has been “no particular policy change”" is one statement by Kono, in its words in
    part, as PolNeAR annotates it (one attribution; of train half 0's 1,026 contents holding
    a quotation inside, none has the quotation as an attribution of its own with the same
    source). A quote keeps its own entry where another cue reports it ("“…,” O'Malley
    said, according to the Las Vegas Sun")."""
    reported = [q for q in quotes if q.kind == "indirect" and q.cue is not None]
    return [
        q
        for q in quotes
        if q.kind != "direct"
        or not any(
            r.cue == q.cue
            and r.content.start <= q.content.start
            and q.content.end <= r.content.end
            for r in reported
        )
    ]

