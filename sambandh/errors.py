"""Every error sambandh raises, and the numbered messages they carry.

Messages say what went wrong, why it usually happens and what to do; the code
in brackets (``[E003]``) makes a message easy to search for.
"""

from __future__ import annotations


class SambandhError(Exception):
    """Base class of every error sambandh raises on purpose."""


class InputError(SambandhError, ValueError):
    """An input could not be read or understood."""


class DataFileError(SambandhError, ValueError):
    """A bundled or user data file is malformed."""


class StoreError(SambandhError):
    """The database could not be opened, migrated, read or written."""


E001 = "[E001] {path}:{line}: expected {expected} tab-separated columns ({columns}), found {found}."
E002 = "[E002] Data file {name!r} not found in {package}. Known files: {known}."
E003 = "[E003] No reader for format {fmt!r}. Known formats: {known}. Name the format explicitly."
E004 = "[E004] Cannot read {path}: {reason}."
E005 = "[E005] {path}:{line}: {reason}."
E006 = "[E006] Input is empty: {path}. Nothing to extract."
E007 = "[E007] Input {path} is {size} bytes, above the limit of {limit}. Raise max_bytes to read it."
E008 = "[E008] {path}:{line}: not valid JSON ({reason}). Each line must be one JSON object."
E009 = "[E009] {path}:{line}: a JSON Lines record needs 'text' or 'html'; found keys {keys}."
E010 = "[E010] Path does not exist: {path}."
E011 = "[E011] Unknown CAMEO code {code!r} in {source}. Codes come from events/data/cameo.tsv."
E012 = "[E012] The database {path} could not be opened: {reason}."
E013 = "[E013] Unknown output format {fmt!r}. Known formats: {known}."
E014 = "[E014] Stage {stage!r} reads {field!r}, which no earlier stage writes. Order: {order}."
E015 = "[E015] Unknown stage {stage!r} in disable=. Known stages: {known}."
E016 = "[E016] {path} is not an extraction gold folder: {missing} is missing."
E070 = "[E070] Name an actor: got an empty name. Give a name, an ISO code (PRK) or an entity id (Q7747)."
E071 = ("[E071] No actor is known as {text!r}. Give an English or Hindi name, an ISO 3166-1 alpha-3 code "
        "(PRK), a CAMEO actor code (RUSMIL) or an entity id (Q7747).{hint}")
E072 = "[E072] Unknown period {by!r}. Known periods: {known}."
E073 = "[E073] Unknown trending kind {kind!r}. Known kinds: {known}."
E074 = "[E074] The search query {text!r} has no words to look for."
E075 = "[E075] No stored article has the id {id!r}."
E076 = "[E076] Unknown related-articles method {method!r}. Known methods: {known}."
E077 = "[E077] baseline_days must be a positive number of days, got {days!r}."
E040 = "[E040] Could not write to the database {path}: {reason}. Nothing from the failed batch was stored."
E041 = "[E041] Could not read from the database {path}: {reason}."
E042 = "[E042] Migration {id} ({name}) failed on {path}: {reason}. The migration was rolled back."
E043 = ("[E043] The database {path} needs {count} migration(s) ({names}) but was opened read-only. "
        "Open it once without read_only to upgrade it.")
E044 = ("[E044] The database {path} has migrations this sambandh does not know ({ids}): it was written by a "
        "newer version. Upgrade sambandh to open it.")
E045 = ("[E045] Store.sql runs exactly one read query (SELECT or WITH ... SELECT); got {kind}. "
        "Writes go through Store methods such as add_articles.")
E046 = "[E046] The store {path} is closed. Open it again with Store.open()."
E047 = "[E047] batch_size must be a positive integer, got {value!r}."
E048 = ("[E048] Stored article {id!r} could not be rebuilt from its JSON: {reason}. "
        "The database may be damaged.")
E049 = ("[E049] The parquet export needs pyarrow, which is not installed. "
        "Install it with: pip install 'sambandh[parquet]'.")
E050 = "[E050] {path}:{line}: the record's {key!r} is empty; there is no article to read."
E051 = ("[E051] Running on a Ray cluster needs ray, which is not installed. "
        "Install it with: pip install 'sambandh[ray]'.")
