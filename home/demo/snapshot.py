"""The demo site loaded once a test session and lent to the tests that need it.

Loading the demo takes most of a minute; a module borrows a copy in a moment
(the ``demo`` and ``demo_live`` fixtures of the project's ``conftest.py``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from django.db import connection
from django.test import override_settings

from .build import load_demo


class DemoDatabase:
    """The demo site loaded once a test session, and lent to each module that
    asks for it (:func:`demo`).

    Loading it takes most of a minute; a module borrows a copy in a moment.
    On SQLite (an in-memory database) the copy is kept with SQLite's backup
    API and copied in and out of the test database; on PostgreSQL it is a
    database of its own, made from the test database as a template, which
    the connection points at while the module runs.
    """

    def __init__(self, media: Path) -> None:
        self.media = media
        self.connection = connection
        self.postgresql = connection.vendor == "postgresql"
        self.name = f"{connection.settings_dict['NAME']}_demo"

    def load(self) -> None:
        """Load the demo and keep it: in a database of its own (PostgreSQL),
        or as a copy taken of the test database, then emptied again (SQLite)."""
        with override_settings(MEDIA_ROOT=self.media):
            if self.postgresql:
                self._create_database()
                with self._pointed_at(self.name):
                    load_demo()
            else:
                before = self._sqlite_copy()
                load_demo()
                self.snapshot = self._sqlite_copy(sqlite3.connect(":memory:"))
                self._sqlite_restore(before)

    @contextlib.contextmanager
    def lent(self) -> Iterator[None]:
        """The test database holds the demo inside the block, as it was loaded."""
        if self.postgresql:
            with self._pointed_at(self.name):
                yield
            return
        before = self._sqlite_copy()
        self._sqlite_restore(self.snapshot)
        try:
            yield
        finally:
            self._sqlite_restore(before)

    @contextlib.contextmanager
    def lent_committed(self) -> Iterator[None]:
        """The demo, committed, for a server answering from another thread.

        On PostgreSQL a copy of the demo's database made for the block (a
        file copy, where loading the demo again takes a minute or two) and
        dropped after it; on SQLite, whose in-memory database that thread
        shares, the session's copy as :meth:`lent` gives it.
        """
        if not self.postgresql:
            with self.lent():
                yield
            return
        copy = f"{self.name}_live"
        self._run_outside(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
        self._run_outside(f'CREATE DATABASE "{copy}" TEMPLATE "{self.name}"')
        try:
            with self._pointed_at(copy):
                yield
        finally:
            # The server thread may still hold a connection to the copy.
            self._run_outside(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')

    def drop(self) -> None:
        """Remove the demo's own database at the end of the session."""
        if self.postgresql:
            self._run_outside(f'DROP DATABASE IF EXISTS "{self.name}"')

    # PostgreSQL: a database made from the test database as a template.
    def _create_database(self) -> None:
        self.connection.close()  # a template may have no other session
        self._run_outside(f'DROP DATABASE IF EXISTS "{self.name}"')
        template = self.connection.settings_dict["NAME"]
        self._run_outside(f'CREATE DATABASE "{self.name}" TEMPLATE "{template}"')

    def _run_outside(self, sql: str) -> None:
        with self.connection._nodb_cursor() as cursor:
            cursor.execute(sql)

    @contextlib.contextmanager
    def _pointed_at(self, name: str) -> Iterator[None]:
        settings_dict = self.connection.settings_dict
        own = settings_dict["NAME"]
        self.connection.close()
        settings_dict["NAME"] = name
        try:
            yield
        finally:
            self.connection.close()
            settings_dict["NAME"] = own

    # SQLite: whole-database copies through the backup API.
    def _sqlite_copy(
        self, into: sqlite3.Connection | None = None
    ) -> sqlite3.Connection:
        self.connection.ensure_connection()
        into = into or sqlite3.connect(":memory:")
        self.connection.connection.backup(into)
        return into

    def _sqlite_restore(self, copy: sqlite3.Connection) -> None:
        self.connection.ensure_connection()
        copy.backup(self.connection.connection)
