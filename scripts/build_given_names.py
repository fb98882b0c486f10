"""Build `src/storyline/data/given_names.tsv`: given names and their usual gender, from
nomquamgender's name data, for the names the US Census lists (`names` package) lack.

nomquamgender (Ian Van Buskirk, MIT licence, https://github.com/ianvanbuskirk/nomquamgender)
holds, for 720,000 names, how many sources and people bear each and the share of them that
are women, p(gf), gathered from name data of many countries. Its own default classifies a name
when p(gf) <= 0.1 (male) or >= 0.9 (female); we keep that threshold, and keep only names of
letters borne by at least 500 people (rarer keys are mostly misspellings and fragments). The
package itself is not a dependency: it loads 22 MB of JSON and pandas, while the table we
derive is a few hundred kilobytes.

usage: pip download nomquamgender==0.1.4 --no-deps -d DIR && unzip DIR/*.whl -d DIR
       python scripts/build_given_names.py DIR/nomquamgender/name_data.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

THRESHOLD = 0.1  # nomquamgender's default
MIN_PEOPLE = 500
_NAME = re.compile(r"[a-z][a-z'-]*[a-z]")
OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "given_names.tsv"
HEADER = """\
# Given names and their usual gender ("m", "f"), for names the US Census 1990 lists lack
# (`storyline.extract.gender` asks the Census first). Derived by scripts/build_given_names.py
# from nomquamgender 0.1.4's name data: names borne by at least 500 people whose share of
# women p(gf) is at most 0.1 or at least 0.9 (the package's own default threshold).
# nomquamgender: Copyright (c) 2022 Ian Van Buskirk, MIT licence
# (https://github.com/ianvanbuskirk/nomquamgender): "Permission is hereby granted, free of
# charge, to any person obtaining a copy of this software and associated documentation files
# (the "Software"), to deal in the Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies
# of the Software, and to permit persons to whom the Software is furnished to do so, subject
# to the following conditions: The above copyright notice and this permission notice shall be
# included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED
# "AS IS", WITHOUT WARRANTY OF ANY KIND."
name\tgender
"""


def gendered_names(data: dict[str, list]) -> dict[str, str]:
    """The names of letters, borne by enough people, that one gender clearly holds."""
    genders = {}
    for name, (_sources, people, share_female, *_rest) in data.items():
        if not _NAME.fullmatch(name) or people < MIN_PEOPLE:
            continue
        if share_female <= THRESHOLD:
            genders[name] = "m"
        elif share_female >= 1 - THRESHOLD:
            genders[name] = "f"
    return genders


def main(path: str) -> None:
    genders = gendered_names(json.loads(Path(path).read_text(encoding="utf-8")))
    lines = [f"{name}\t{gender}" for name, gender in sorted(genders.items())]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
