#include "Migrations.h"

#include "ContactSearchText.h"
#include "DatabaseError.h"
#include "SchemaV1.h"
#include "SearchGrams.h"
#include "SqliteDatabase.h"
#include "SqliteTransaction.h"

#include <functional>
#include <spdlog/spdlog.h>
#include <vector>

namespace peyvand::Migrations {

namespace {

// Version 2: the substring search index over customers' normalised text.
void addSearchIndex(SqliteDatabase &db)
{
    db.exec("CREATE VIRTUAL TABLE customer_search USING fts5("
            "  grams, content='', detail=none, prefix='1 2',"
            "  tokenize='unicode61 remove_diacritics 0');");
    auto read = db.prepare("SELECT id, search_text FROM customers");
    auto write = db.prepare("INSERT INTO customer_search(rowid, grams) VALUES (?, ?)");
    while (read->step()) {
        write->bind(1, read->int64(0)).bind(2, SearchGrams::gramsOf(read->text(1)));
        write->run();
    }
}

// Version 3: after-sales service requests and their notes.
void addServiceRequests(SqliteDatabase &db)
{
    db.exec(R"sql(
CREATE TABLE service_requests (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  order_id    INTEGER REFERENCES orders(id) ON DELETE SET NULL,
  subject     TEXT NOT NULL CHECK (subject <> ''),
  description TEXT NOT NULL DEFAULT '',
  priority    INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 3),
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','resolved')),
  assignee_id INTEGER REFERENCES users(id),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  resolved_at INTEGER
);
CREATE INDEX service_requests_customer ON service_requests(customer_id, created_at);
CREATE INDEX service_requests_queue ON service_requests(priority DESC, created_at)
  WHERE status <> 'resolved';
CREATE TABLE request_notes (
  id         INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES service_requests(id) ON DELETE CASCADE,
  at         INTEGER NOT NULL,
  author_id  INTEGER REFERENCES users(id),
  text       TEXT NOT NULL
);
CREATE INDEX request_notes_request ON request_notes(request_id, at);
)sql");
}

// Version 4: an index per sortable column of the customer lists, and a
// search index over contact persons (same grams as customers').
void addListIndexes(SqliteDatabase &db)
{
    db.exec(R"sql(
CREATE INDEX customers_kind_natid_sort ON customers(kind, ifnull(national_id,''), id);
CREATE INDEX customers_kind_phone ON customers(kind, ifnull(phone,''), id);
CREATE INDEX customers_kind_industry ON customers(kind, ifnull(industry,''), id);
CREATE INDEX customers_kind_email ON customers(kind, ifnull(email,''), id);
CREATE INDEX customers_kind_lifecycle ON customers(kind, (CASE lifecycle WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1
  WHEN 'customer' THEN 2 ELSE 3 END), id);
CREATE INDEX customers_kind_owner ON customers(kind, ifnull(owner_id,0), id);
DROP INDEX customers_kind_natid;
CREATE VIRTUAL TABLE contact_search USING fts5(
  grams, content='', detail=none, prefix='1 2', tokenize='unicode61 remove_diacritics 0');
ALTER TABLE contacts ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
)sql");
    auto read = db.prepare("SELECT id, first_name, last_name, job_title, ifnull(mobile,''), ifnull(phone,''), "
                           "ifnull(email,'') FROM contacts");
    auto text = db.prepare("UPDATE contacts SET search_text = ? WHERE id = ?");
    auto write = db.prepare("INSERT INTO contact_search(rowid, grams) VALUES (?, ?)");
    while (read->step()) {
        ContactPerson c;
        c.id = read->int64(0);
        c.firstName = read->text(1);
        c.lastName = read->text(2);
        c.jobTitle = read->text(3);
        c.mobile = read->text(4);
        c.phone = read->text(5);
        c.email = read->text(6);
        const QString searchText = ContactSearchText::of(c);
        text->bind(1, searchText).bind(2, c.id);
        text->run();
        write->bind(1, c.id).bind(2, SearchGrams::gramsOf(searchText));
        write->run();
    }
}

// Version 5 (support desk): the orders list pages newest first over
// (created_at, id), alone or within a status; contact persons are found by
// their landline as well as their mobile (the lookup box).
void addSupportDeskIndexes(SqliteDatabase &db)
{
    db.exec(R"sql(
CREATE INDEX IF NOT EXISTS orders_created ON orders(created_at, id);
CREATE INDEX IF NOT EXISTS orders_status_created ON orders(status, created_at, id);
CREATE INDEX IF NOT EXISTS contacts_phone ON contacts(phone) WHERE phone IS NOT NULL;
)sql");
}

// Version 6: what the manager reports read. Deals remember the furthest stage
// they reached (funnel) and get covering indexes for open, created-in and
// closed-in queries; activities and orders are summarised per Iranian business
// day (day = (unix seconds + 12600) / 86400) by triggers, so a year's report
// reads a few thousand summary rows instead of millions of base rows. The
// customers' kind is read from the customer, so deleting a customer first
// deletes its activities and orders (while the kind is still there).
void addReportSummaries(SqliteDatabase &db)
{
    db.exec(R"sql(
ALTER TABLE deals ADD COLUMN reached_position INTEGER NOT NULL DEFAULT 0;
UPDATE deals SET reached_position = coalesce((SELECT max(s.position) FROM deal_stage_history h
  JOIN stages s ON s.id = h.stage_id WHERE h.deal_id = deals.id AND s.outcome <> 'lost'), 0);
CREATE TRIGGER deal_stage_history_reached AFTER INSERT ON deal_stage_history BEGIN
  UPDATE deals SET reached_position = (SELECT position FROM stages WHERE id = NEW.stage_id)
   WHERE id = NEW.deal_id
     AND reached_position < (SELECT CASE outcome WHEN 'lost' THEN 0 ELSE position END FROM stages
                              WHERE id = NEW.stage_id);
END;
CREATE INDEX deals_report_open ON deals(pipeline_id, created_at, owner_id, stage_id, amount, expected_close)
  WHERE status = 'open';
CREATE INDEX deals_report_created ON deals(pipeline_id, created_at, owner_id, reached_position);
CREATE INDEX deals_report_closed ON deals(pipeline_id, closed_at, owner_id, status, lost_reason, amount, created_at);

CREATE TABLE activity_daily (
  day      INTEGER NOT NULL,
  owner_id INTEGER NOT NULL,
  kind     TEXT NOT NULL,
  type     TEXT NOT NULL,
  n        INTEGER NOT NULL,
  PRIMARY KEY (day, owner_id, kind, type)
) WITHOUT ROWID;
INSERT INTO activity_daily(day, owner_id, kind, type, n)
  SELECT (a.at + 12600) / 86400, ifnull(a.owner_id, 0), c.kind, a.type, count(*)
    FROM activities a JOIN customers c ON c.id = a.customer_id GROUP BY 1, 2, 3, 4;
CREATE TRIGGER activities_daily_insert AFTER INSERT ON activities BEGIN
  INSERT INTO activity_daily(day, owner_id, kind, type, n)
    SELECT (NEW.at + 12600) / 86400, ifnull(NEW.owner_id, 0), c.kind, NEW.type, 1
      FROM customers c WHERE c.id = NEW.customer_id
    ON CONFLICT (day, owner_id, kind, type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER activities_daily_delete AFTER DELETE ON activities BEGIN
  UPDATE activity_daily SET n = n - 1
   WHERE day = (OLD.at + 12600) / 86400 AND owner_id = ifnull(OLD.owner_id, 0)
     AND kind = (SELECT kind FROM customers WHERE id = OLD.customer_id) AND type = OLD.type;
END;
CREATE TRIGGER activities_daily_update AFTER UPDATE OF at, owner_id, customer_id, type ON activities BEGIN
  UPDATE activity_daily SET n = n - 1
   WHERE day = (OLD.at + 12600) / 86400 AND owner_id = ifnull(OLD.owner_id, 0)
     AND kind = (SELECT kind FROM customers WHERE id = OLD.customer_id) AND type = OLD.type;
  INSERT INTO activity_daily(day, owner_id, kind, type, n)
    SELECT (NEW.at + 12600) / 86400, ifnull(NEW.owner_id, 0), c.kind, NEW.type, 1
      FROM customers c WHERE c.id = NEW.customer_id
    ON CONFLICT (day, owner_id, kind, type) DO UPDATE SET n = n + 1;
END;

CREATE TABLE order_daily (
  day      INTEGER NOT NULL,
  kind     TEXT NOT NULL,
  owner_id INTEGER NOT NULL,
  status   TEXT NOT NULL,
  n        INTEGER NOT NULL,
  amount   INTEGER NOT NULL,
  PRIMARY KEY (day, kind, owner_id, status)
) WITHOUT ROWID;
INSERT INTO order_daily(day, kind, owner_id, status, n, amount)
  SELECT (o.created_at + 12600) / 86400, c.kind, ifnull(c.owner_id, 0), o.status, count(*), sum(o.total)
    FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY 1, 2, 3, 4;
CREATE TRIGGER orders_daily_insert AFTER INSERT ON orders BEGIN
  INSERT INTO order_daily(day, kind, owner_id, status, n, amount)
    SELECT (NEW.created_at + 12600) / 86400, c.kind, ifnull(c.owner_id, 0), NEW.status, 1, NEW.total
      FROM customers c WHERE c.id = NEW.customer_id
    ON CONFLICT (day, kind, owner_id, status) DO UPDATE SET n = n + 1, amount = amount + excluded.amount;
END;
CREATE TRIGGER orders_daily_delete AFTER DELETE ON orders BEGIN
  UPDATE order_daily SET n = n - 1, amount = amount - OLD.total
   WHERE day = (OLD.created_at + 12600) / 86400 AND status = OLD.status
     AND (kind, owner_id) = (SELECT kind, ifnull(owner_id, 0) FROM customers WHERE id = OLD.customer_id);
END;
CREATE TRIGGER orders_daily_update AFTER UPDATE OF status, total, created_at, customer_id ON orders BEGIN
  UPDATE order_daily SET n = n - 1, amount = amount - OLD.total
   WHERE day = (OLD.created_at + 12600) / 86400 AND status = OLD.status
     AND (kind, owner_id) = (SELECT kind, ifnull(owner_id, 0) FROM customers WHERE id = OLD.customer_id);
  INSERT INTO order_daily(day, kind, owner_id, status, n, amount)
    SELECT (NEW.created_at + 12600) / 86400, c.kind, ifnull(c.owner_id, 0), NEW.status, 1, NEW.total
      FROM customers c WHERE c.id = NEW.customer_id
    ON CONFLICT (day, kind, owner_id, status) DO UPDATE SET n = n + 1, amount = amount + excluded.amount;
END;
-- Orders count for the customer's current owner: a reassigned customer takes its orders along.
CREATE TRIGGER customers_order_owner AFTER UPDATE OF owner_id ON customers
  WHEN ifnull(OLD.owner_id, 0) <> ifnull(NEW.owner_id, 0) BEGIN
  UPDATE order_daily SET n = order_daily.n - x.n, amount = order_daily.amount - x.amount
    FROM (SELECT (created_at + 12600) / 86400 AS day, status, count(*) AS n, sum(total) AS amount
            FROM orders WHERE customer_id = NEW.id GROUP BY 1, 2) AS x
   WHERE order_daily.day = x.day AND order_daily.status = x.status AND order_daily.kind = OLD.kind
     AND order_daily.owner_id = ifnull(OLD.owner_id, 0);
  INSERT INTO order_daily(day, kind, owner_id, status, n, amount)
    SELECT (created_at + 12600) / 86400, NEW.kind, ifnull(NEW.owner_id, 0), status, count(*), sum(total)
      FROM orders WHERE customer_id = NEW.id GROUP BY 1, 4
    ON CONFLICT (day, kind, owner_id, status) DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;

CREATE TRIGGER customers_report_delete BEFORE DELETE ON customers BEGIN
  DELETE FROM activities WHERE customer_id = OLD.id;
  DELETE FROM orders WHERE customer_id = OLD.id;
END;
)sql");
}

// The open-deals report index was partial (WHERE status = 'open'); SQLite
// 3.40 does not count a partial index's WHERE column as covered, so the
// pipeline and forecast reports read every open deal's row from the table.
// With status as a column it is index-only (same name: the report's INDEXED
// BY clauses stay).
void coverOpenDeals(SqliteDatabase &db)
{
    db.exec(R"sql(
DROP INDEX deals_report_open;
CREATE INDEX deals_report_open ON deals(pipeline_id, status, created_at, owner_id, stage_id, amount, expected_close);
)sql");
}

// Sign-in, record versions and the audit trail (issue 7). Adding a column
// with a constant default rewrites no rows, so this is instant at any size.
void addTrust(SqliteDatabase &db)
{
    db.exec(R"sql(
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN failed_signins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_failed_at INTEGER;
ALTER TABLE customers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contacts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE deals ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE activities ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE orders ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE service_requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,
  user_id    INTEGER REFERENCES users(id),
  action     TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_id  INTEGER,
  old_values TEXT,
  new_values TEXT
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id, id);
CREATE INDEX audit_user ON audit_log(user_id, id);
CREATE INDEX audit_at ON audit_log(at, id);
)sql");
}

struct Step
{
    int version;
    const char *what;
    std::function<void(SqliteDatabase &)> apply;
};

const std::vector<Step> &steps()
{
    static const std::vector<Step> all {
        { 1, "core tables and default pipelines", [](SqliteDatabase &db) { SchemaV1::apply(db); } },
        { 2, "customer search index", addSearchIndex },
        { 3, "service requests", addServiceRequests },
        { 4, "customer list sort indexes, contact search", addListIndexes },
        { 5, "support desk: orders list and contact phone indexes", addSupportDeskIndexes },
        { 6, "report summaries and indexes", addReportSummaries },
        { 7, "covering index for the open-deals reports", coverOpenDeals },
        { 8, "passwords, record versions, audit trail", addTrust },
    };
    return all;
}

bool hasForeignTables(SqliteDatabase &db)
{
    auto q = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    return q->step() && q->int64(0) > 0;
}

} // namespace

int latestVersion()
{
    return steps().back().version;
}

void migrate(SqliteDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = db.userVersion();
    if (current > latestVersion())
        throw DatabaseError(QStringLiteral("%1: database schema version %2 is newer than this program (%3); "
                                           "use a newer Peyvand")
                                .arg(db.path())
                                .arg(current)
                                .arg(latestVersion()));
    if (current == 0 && hasForeignTables(db))
        throw DatabaseError(QStringLiteral("%1: not a Peyvand database (it holds other tables)").arg(db.path()));
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        SqliteTransaction tx(db);
        // Another process may have migrated while we waited for the write lock.
        if (db.userVersion() >= step.version)
            continue;
        step.apply(db);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version).toUtf8().constData());
        tx.commit();
        spdlog::info("{}: migrated to schema {} ({})", db.path().toStdString(), step.version, step.what);
    }
}

void ensureReadable(SqliteDatabase &db)
{
    const int current = db.userVersion();
    if (current != latestVersion())
        throw DatabaseError(QStringLiteral("%1: schema version %2, this program needs %3; open it once read-write")
                                .arg(db.path())
                                .arg(current)
                                .arg(latestVersion()));
}

} // namespace peyvand::Migrations
