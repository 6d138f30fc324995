#!/usr/bin/env python3
"""Copies the rows the manager reports read from a Peyvand SQLite file into a
migrated, empty PostgreSQL database, for DISABLED_PgReportTiming (until
`peyvand-cli migrate-to` exists). Not a migration: it writes COPY data for
psql with triggers and foreign-key checks off (session_replication_role =
replica, so the server's superuser), and copies activity_daily / order_daily
and deals.reached_position as they are instead of letting the triggers
count them. Other tables (contacts, stage history, order lines…) are left out.

    python3 tests/pg/report_timing_load.py /tmp/r.sqlite | psql -q -v ON_ERROR_STOP=1 "$URL" -f -
    psql "$URL" -c 'VACUUM ANALYZE'
"""
import sqlite3
import sys

TABLES = ["users", "households", "customers", "deals", "activities", "orders", "activity_daily", "order_daily"]


def field(value):
    """One value in COPY's text format."""
    if value is None:
        return "\\N"
    text = value.decode() if isinstance(value, bytes) else str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def main():
    db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
    out = sys.stdout
    out.write("SET session_replication_role = replica;\n")
    for table in TABLES:
        columns = ", ".join(row[1] for row in db.execute("PRAGMA table_info(%s)" % table))
        out.write("COPY %s(%s) FROM STDIN;\n" % (table, columns))
        for row in db.execute("SELECT %s FROM %s" % (columns, table)):
            out.write("\t".join(field(v) for v in row))
            out.write("\n")
        out.write("\\.\n")
        sys.stderr.write("%s copied\n" % table)
    out.write("SET session_replication_role = origin;\n")


if __name__ == "__main__":
    main()
