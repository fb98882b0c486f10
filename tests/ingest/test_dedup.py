from storyline.ingest.dedup import DuplicateIndex, minhash_from_bytes, minhash_of, minhash_to_bytes

TEXT = (
    "Senior Japanese officials said Tuesday Japan and the United States continue to share the "
    "same stance on North Korea even after U.S. Vice President Mike Pence expressed readiness "
    "to talk with Pyongyang without preconditions in a newspaper interview. The government's "
    "top spokesman said Tokyo and Washington remain on the same page on the issue."
)


def test_near_duplicate_found_and_unrelated_not() -> None:
    index = DuplicateIndex(threshold=0.8)
    index.add("a", "h1", minhash_of(TEXT))
    edited = TEXT.replace("Tuesday", "on Tuesday") + " Updated."
    match = index.near(minhash_of(edited))
    assert match is not None and match[0] == "a" and match[1] > 0.8
    other = "Apple released the iPhone software development kit at a media event in Cupertino."
    assert index.near(minhash_of(other)) is None


def test_exact_lookup_keeps_first_copy() -> None:
    index = DuplicateIndex(threshold=0.9)
    index.add("first", "hash", minhash_of(TEXT))
    index.add("second", "hash", minhash_of(TEXT))
    assert index.exact("hash") == "first"


def test_signature_round_trip() -> None:
    signature = minhash_of(TEXT)
    assert minhash_from_bytes(minhash_to_bytes(signature)).jaccard(signature) == 1.0
