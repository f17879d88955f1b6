"""Limits shared by the Python side and the browser: written once, here.

Templates use them (maxlength) and every component's config JSON carries
them to the scripts, so that what a reader can save can always be imported
back: export and import read the same numbers.
"""

LIMITS = {
    # A file larger than this is refused on import, before it is read.
    "import_max_bytes": 2 * 1024 * 1024,
    # Dated snapshots kept per self-assessment, when saving and importing.
    "max_snapshots": 100,
    # Characters in a snapshot's name.
    "snapshot_name_max": 80,
    # Characters in one answer to a text field.
    "text_max": 10000,
    # Rows in one repeating group.
    "max_rows": 100,
    # The largest number a number field takes (hours, euros).
    "number_max": 100_000_000,
}
