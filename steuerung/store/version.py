"""What marks a SQLite file as ours, and which schema this program writes.

Kept apart from :mod:`migrations` so that opening a file needs only ``sqlite3``
(sqlite-utils costs ≈ 0.5× the start-up floor and is imported only to migrate).
"""

#: ``PRAGMA application_id`` of every steuerung database: "STRG" in ASCII.
APPLICATION_ID = 0x53545247

#: The schema version this program writes (the number of its last migration);
#: a file with a higher ``PRAGMA user_version`` is refused.  A test keeps it
#: equal to the number of migrations.
SCHEMA_VERSION = 9
