"""``python -m jixiao.datasette ARCHIVE.db``: print the metadata for that file's database name."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from jixiao.datasette import metadata_for

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m jixiao.datasette ARCHIVE.db > metadata.json")
    print(json.dumps(metadata_for(Path(sys.argv[1]).stem), ensure_ascii=False, indent=2))
