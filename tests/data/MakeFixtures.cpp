// Writes tests/data/schema_vN.sqlite for every schema version before the
// latest, each with a few rows, using the migration code of that version.
// Run it once when a migration is added and commit the new file:
//   build/tests/peyvand-make-fixtures tests/data
#include "ContactSearchText.h"
#include "Migrations.h"
#include "SearchGrams.h"
#include "SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <cstdio>

using namespace peyvand;

namespace {

void fill(SqliteDatabase &db, int version)
{
    db.exec(R"sql(
INSERT INTO users(id, username, full_name, role, active, created_at) VALUES (1, 'rep1', 'علی احمدی', 'sales_rep', 1, 1700000000);
INSERT INTO customers(id, kind, owner_id, lifecycle, source, name, sort_name, national_id, phone, city, search_text,
                      company_name, employees, created_at, updated_at)
  VALUES (1, 'legal', 1, 'customer', 'direct', 'شرکت فولاد پارس', 'x', '10380284790', '02188776655', 'تهران',
          'شرکتفولادپارس 10380284790 02188776655', 'شرکت فولاد پارس', 120, 1700000000, 1700000000);
INSERT INTO customers(id, kind, owner_id, lifecycle, source, name, sort_name, national_id, phone, city, search_text,
                      first_name, last_name, created_at, updated_at)
  VALUES (2, 'individual', 1, 'lead', 'internet', 'مریم کریمی', 'y', '0084575948', '09121234567', 'شیراز',
          'مریمکریمی 0084575948 09121234567', 'مریم', 'کریمی', 1700000000, 1700000000);
INSERT INTO customer_phones(customer_id, position, number, label) VALUES (1, 1, '02188776655', 'دفتر'), (2, 1, '09121234567', 'موبایل');
INSERT INTO contacts(id, customer_id, first_name, last_name, job_title, role, influence, attitude)
  VALUES (1, 1, 'حسن', 'صادقی', 'مدیر خرید', 'decider', 5, 'supporter');
INSERT INTO deals(id, customer_id, pipeline_id, stage_id, title, amount, owner_id, status, created_at)
  VALUES (1, 1, 1, 2, 'قرارداد سالانه', 5000000000, 1, 'open', 1700000000);
INSERT INTO deal_stage_history(deal_id, stage_id, entered_at, left_at) VALUES (1, 1, 1700000000, 1700086400), (1, 2, 1700086400, NULL);
INSERT INTO activities(customer_id, type, direction, at, duration, outcome, owner_id, created_at)
  VALUES (2, 'call', 'in', 1700000000, 120, 'علاقه‌مند است', 1, 1700000000);
INSERT INTO orders(id, number, customer_id, status, total, created_at, updated_at)
  VALUES (1, '100001', 2, 'registered', 650000000, 1700000000, 1700000000);
INSERT INTO order_lines(order_id, position, product, quantity, unit_price) VALUES (1, 1, 'یخچال', 1, 650000000);
INSERT INTO order_status_history(order_id, from_status, to_status, at) VALUES (1, NULL, 'registered', 1700000000);
)sql");
    if (version >= 2) {
        auto q = db.prepare("SELECT id, search_text FROM customers");
        while (q->step()) {
            auto w = db.prepare("INSERT INTO customer_search(rowid, grams) VALUES (?, ?)");
            w->bind(1, q->int64(0)).bind(2, SearchGrams::gramsOf(q->text(1)));
            w->run();
        }
    }
    if (version >= 4) {
        // Schema 4 keeps contacts' search text and grams, written on every save.
        ContactPerson c;
        c.id = 1;
        c.firstName = QStringLiteral("حسن");
        c.lastName = QStringLiteral("صادقی");
        c.jobTitle = QStringLiteral("مدیر خرید");
        const QString text = ContactSearchText::of(c);
        auto u = db.prepare("UPDATE contacts SET search_text = ? WHERE id = 1");
        u->bind(1, text);
        u->run();
        auto w = db.prepare("INSERT INTO contact_search(rowid, grams) VALUES (1, ?)");
        w->bind(1, SearchGrams::gramsOf(text));
        w->run();
    }
    if (version >= 3)
        db.exec(
            "INSERT INTO service_requests(customer_id, order_id, subject, priority, status, created_at, updated_at) "
            "VALUES (2, 1, 'یخچال صدا می‌دهد', 2, 'open', 1700100000, 1700100000);");
}

} // namespace

int main(int argc, char **argv)
{
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    for (int version = 1; version < Migrations::latestVersion(); ++version) {
        const QString path = QDir(dir).filePath(QStringLiteral("schema_v%1.sqlite").arg(version));
        QFile::remove(path);
        // An empty file, migrated only up to this version.
        SqliteDatabase db(path, SqliteDatabase::OpenMode::Unmigrated);
        Migrations::migrate(db, version);
        db.begin();
        fill(db, version);
        db.commit();
        db.exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
        std::printf("wrote %s (schema %d)\n", qPrintable(path), version);
    }
    return 0;
}
