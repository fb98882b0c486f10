"""The ingest job: read inputs, clean, find duplicates, run NLP, store each article whole."""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from storyline.errors import Rejected
from storyline.extract.page import page_record, segment_page, with_page
from storyline.extract.quotes.headline import store_title_quotes
from storyline.extract.times.headline import store_title_times
from storyline.extract.turns import segment_records, transcript_turns, with_turns
from storyline.ingest.article import Article, build_article
from storyline.ingest.dedup import DuplicateIndex, minhash_from_bytes, minhash_of, minhash_to_bytes
from storyline.ingest.defaults import DEFAULT_MAX_BYTES, DEFAULT_NEAR_DUPLICATE
from storyline.ingest.page_quotes import page_quotes
from storyline.ingest.sources import SourceItem, count_units, discover, read_sources
from storyline.link.corpus import link_corpus
from storyline.link.stories.corpus import StoryFiling, file_stories
from storyline.link.stories.embed import Embedder
from storyline.link.stories.headlines import headline_actors
from storyline.nlp.annotations import Annotations, annotations_of
from storyline.nlp.segments import MAX_SEGMENT_CHARS, join, segment_bounds
from storyline.store.database import Database, StoredArticle

# Whole articles are buffered and written together: one transaction per article would cost
# more than all other work of the main process. A kill loses at most this much work.
FLUSH_ARTICLES = 32
FLUSH_SECONDS = 0.5


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Settings of one ingest run, shared by the CLI, the benchmark and the library."""

    max_bytes: int = DEFAULT_MAX_BYTES
    near_duplicate_threshold: float = DEFAULT_NEAR_DUPLICATE
    processes: int = 1
    batch_size: int = 16
    chunk_size: int = 500  # segments per spaCy worker pool (see `annotate_chunk`)
    max_segment_chars: int = MAX_SEGMENT_CHARS  # longer texts go through NLP in pieces


@dataclass
class IngestReport:
    """What an ingest run did.

    `rejects` holds (file[:line], reason) pairs; `skipped` the files inside folders that
    were not read (hidden, or of a type storyline does not read).
    """

    total: int | None = None
    accepted: int = 0
    duplicates: int = 0
    unchanged: int = 0
    rejected: int = 0
    words: int = 0
    seconds: float = 0.0
    rejects: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    stories: StoryFiling | None = None
    stage: str = "ingest"  # then "stories" (filing new reports)
    stage_done: int = 0
    stage_total: int | None = None

    @property
    def done(self) -> int:
        return self.accepted + self.duplicates + self.unchanged + self.rejected


ProgressCallback = Callable[[IngestReport], None]


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of an article's text on its way through the NLP pass (see `nlp.segments`)."""

    article: Article
    signature: bytes
    start: int
    end: int
    last: bool
    turns: list[list[int | str]] | None = None  # a transcript's turns, read on the whole page
    page: dict[str, object] | None = None  # what the page says outside a segment of it

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]

    def input(self, nlp: Language) -> str | Doc:
        """What the NLP pass reads: the text, or, for a segment of a longer page, a Doc that
        holds what the whole page says (`storyline.extract.page`) and a transcript's turns
        (a segment alone may read none, or lose a speaker's name)."""
        if self.page is None:
            return self.text
        doc = with_page(nlp.make_doc(self.text), self.page)
        return with_turns(doc, self.turns) if self.turns is not None else doc


def ingest(
    paths: list[str],
    db: Database,
    nlp: Language,
    options: IngestOptions = IngestOptions(),
    on_progress: ProgressCallback | None = None,
) -> IngestReport:
    """Ingest files, folders or `-` (JSONL on stdin) into `db`; return what happened.

    Each article is written with its sentences, mentions and actors in one transaction, so
    an interrupted run leaves only whole articles, and running it again finishes the job.
    At the end, the statements and times of the new reports' headlines are found
    (`extract.quotes.headline`, `extract.times.headline`), the new reports are filed into
    stories, then the actors of the whole corpus are linked into entities again, within those
    stories.
    """
    with frozen_heap() as freeze:
        return _ingest(paths, db, nlp, options, on_progress, freeze)


def _ingest(
    paths: list[str],
    db: Database,
    nlp: Language,
    options: IngestOptions,
    on_progress: ProgressCallback | None,
    freeze: Callable[[], None],
) -> IngestReport:
    """`ingest`, with the heap frozen (`frozen_heap`): `freeze` again once the embedding
    model is loaded."""
    files, skipped = discover(paths)
    report = IngestReport(total=count_units(files), skipped=skipped)
    run = _IngestRun(db, options, report, on_progress)
    started = time.perf_counter()
    candidates = run.candidates(read_sources(files, options.max_bytes))
    try:
        while not run.read_all:  # (a last, empty chunk would fork a pool for nothing)
            chunk = islice(candidates, options.chunk_size)  # segments, not articles
            if not annotate_chunk(nlp, chunk, run, options):
                break
        run.flush()
        unfiled = db.unfiled_articles(0)  # the reports filed next: new or changed
        store_title_quotes(db, unfiled)
        store_title_times(nlp, db, unfiled)
        run.warm_up.wait()  # before anything embeds: the model must not load twice
        freeze()
        embedder = Embedder()  # stories read the actors, linking reads the stories
        run.report.stories = file_stories(
            db,
            embedder,
            on_progress=run.stage("stories"),
            headlines=lambda titles: headline_actors(nlp, titles),
        )
        link_corpus(db)
    except KeyboardInterrupt:
        run.flush()  # what is buffered is whole: keep it
        raise
    finally:
        run.warm_up.wait()
        run.report.seconds = time.perf_counter() - started
    return run.report


@contextlib.contextmanager
def frozen_heap() -> Iterator[Callable[[], None]]:
    """Keep the garbage collector off the objects that live for the whole run.

    Python's full collections walk every container object the process holds; an ingest holds
    hundreds of thousands that never become garbage (the spaCy pipeline, the lexicons, later
    the embedding model); in a one-process ingest of 150 long reports the full collections
    took 2.5 s of its 66 s of CPU, 1.4 s frozen. `gc.freeze` moves the objects alive now
    out of the collector's reach, and the yielded function does so again (once the embedding
    model is loaded); everything is handed back (`gc.unfreeze`) at the end, so what became
    garbage meanwhile is collected then. Collection frees unreachable objects only: no
    result changes. Left alone when something else of the process froze objects already.
    Worker processes forked by spaCy inherit the frozen objects and leave them be too.
    """
    if gc.get_freeze_count():
        yield lambda: None
        return
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def warm_up_embedder() -> None:
    """Load the sentence-embedding model (its first use loads it, once per process)."""
    Embedder().embed(["warm-up"])


class EmbedderWarmUp:
    """Loads the embedding model in a thread while a one-process NLP pass runs, on the CPU
    it leaves idle (importing sentence-transformers and loading the model took 6-23 s on
    2 CPUs, after the NLP pass, when the first role noun or lead was embedded).

    Not with worker processes: they keep both CPUs busy, and at load 2.5 an ingest of 150
    reports with two was no faster with the thread started for the last chunk (94.0 against
    89.4 s); spaCy forks a pool per chunk, and a fork must not copy a thread in the middle
    of an import, nor map torch into later workers. A failed load is left to the model's
    first use, which loads it again and raises."""

    def __init__(self, processes: int, load: Callable[[], None] | None = None) -> None:
        self.processes = processes
        self.load = load or warm_up_embedder
        self.thread: threading.Thread | None = None

    def annotated(self) -> None:
        """A Doc came back from the NLP pass: start the thread, once, with one process."""
        if self.thread is None and self.processes == 1:
            self.thread = threading.Thread(target=self._run, name="embedder-warm-up", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        with contextlib.suppress(Exception):  # raised again where the model is first used
            self.load()

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()


def annotate_chunk(
    nlp: Language, chunk: Iterable[Segment], run: _IngestRun, options: IngestOptions
) -> int:
    """Run NLP over one chunk of the stream and hand the results on; return how many it held.

    spaCy's vocabulary grows with every new word, in this process and in each worker, and
    never shrinks. A memory zone per chunk here, and fresh workers per chunk, keep that growth
    from accumulating over a long run (on Timeline17 the peak was set by batch weight instead,
    see `nlp.segments`); Docs are reduced to plain annotations inside the zone.
    Plain strings go to `nlp.pipe` (with `as_tuples`, spaCy would tokenize and serialize each
    text in this process), but for a long transcript's segments, a Doc that holds the page's
    turns (`Segment.input`); the segments wait in a queue, in the order spaCy keeps.
    """
    queue: deque[Segment] = deque()

    def texts() -> Iterator[str | Doc]:
        for segment in chunk:
            queue.append(segment)
            yield segment.input(nlp)

    n = 0
    with nlp.memory_zone():
        for doc in nlp.pipe(texts(), n_process=options.processes, batch_size=options.batch_size):
            run.annotated(queue.popleft(), doc)
            run.warm_up.annotated()
            n += 1
    return n


class _IngestRun:
    """State of one run: what is stored, what is in flight in the NLP pipe, the counts."""

    def __init__(
        self,
        db: Database,
        options: IngestOptions,
        report: IngestReport,
        on_progress: ProgressCallback | None,
    ) -> None:
        self.db = db
        self.report = report
        self.on_progress = on_progress
        self.stored = db.known_keys()
        self.seen: set[str] = set()
        self.index = DuplicateIndex(options.near_duplicate_threshold)
        for key, digest, signature in db.originals():
            self.index.add(key, digest, minhash_from_bytes(signature))
        # duplicates whose original is still in the NLP pipe wait for it, so that the
        # original is always written first
        self.waiting: dict[str, list[StoredArticle]] = {}
        self.buffer: list[StoredArticle] = []
        self.max_segment_chars = options.max_segment_chars
        self.parts: list[Annotations] = []  # of the article whose segments are coming in
        self.flushed_at = time.monotonic()
        self.warm_up = EmbedderWarmUp(options.processes)
        self.read_all = False  # every segment has been handed to the NLP pass

    def _tick(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.report)

    def stage(self, name: str) -> Callable[[int, int], None]:
        """A progress callback for a stage after the NLP pass (done, total)."""

        def update(done: int, total: int) -> None:
            self.report.stage, self.report.stage_done, self.report.stage_total = name, done, total
            self._tick()

        return update

    def candidates(self, items: Iterator[SourceItem]) -> Iterator[Segment]:
        """Segments of the articles that need NLP; everything else is settled here."""
        for item in items:
            try:
                article = build_article(item)
            except Rejected as exc:
                self.reject(item, exc)
                continue
            if article.key in self.seen or self.stored.get(article.key) == article.content_hash:
                self.report.unchanged += 1
                self._tick()
                continue
            self.seen.add(article.key)
            signature = minhash_of(article.text)
            original = self.index.exact(article.content_hash)
            match = (original, 1.0) if original else self.index.near(signature)
            if match is not None and match[0] != article.key:
                self.duplicate(StoredArticle(article, None, None, *match))
                continue
            self.index.add(article.key, article.content_hash, signature)
            self.waiting[article.key] = []
            signature_bytes = minhash_to_bytes(signature)
            long = len(article.text) > self.max_segment_chars
            turns = transcript_turns(article.text) if long else []
            bounds = segment_bounds(article.text, article.blocks, self.max_segment_chars, turns)
            page = page_record(article.text) if len(bounds) > 1 else None
            for i, (start, end) in enumerate(bounds):
                records = segment_records(turns, start, end) if turns else None
                segment_of_page = segment_page(page, start) if page is not None else None
                last = i == len(bounds) - 1
                yield Segment(article, signature_bytes, start, end, last, records, segment_of_page)
        self.read_all = True

    def annotated(self, segment: Segment, doc: Doc) -> None:
        """Take a segment's Doc; store the article once its last segment is in."""
        before = sum(len(part.sentences) for part in self.parts)
        self.parts.append(annotations_of(doc, segment.article.blocks, segment.start, before))
        if segment.last:
            annotations = join(self.parts, segment.article.meta.published)
            annotations = page_quotes(segment.article, annotations)  # a listing's, a reader's
            self.parts = []
            self.store(StoredArticle(segment.article, segment.signature, annotations))

    def reject(self, item: SourceItem, error: Rejected) -> None:
        self.db.record_reject(item.key, item.path, item.line, error)
        self.report.rejected += 1
        self.report.rejects.append((item.where, error.reason))
        self._tick()

    def duplicate(self, stored: StoredArticle) -> None:
        assert stored.duplicate_of_key is not None
        self.report.duplicates += 1
        if stored.duplicate_of_key in self.waiting:
            self.waiting[stored.duplicate_of_key].append(stored)
        else:
            self._buffer([stored])
        self._tick()

    def store(self, stored: StoredArticle) -> None:
        """Queue an original for writing, followed by the duplicates that waited for it."""
        self._buffer([stored, *self.waiting.pop(stored.article.key, [])])
        self.report.accepted += 1
        self.report.words += stored.article.n_words
        self._tick()

    def _buffer(self, items: list[StoredArticle]) -> None:
        self.buffer.extend(items)
        full = len(self.buffer) >= FLUSH_ARTICLES
        if full or time.monotonic() - self.flushed_at >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the buffered articles, whole, in one transaction."""
        self.db.write_articles(self.buffer)
        self.buffer = []
        self.flushed_at = time.monotonic()
