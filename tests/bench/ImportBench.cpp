// CSV import of 100,000 individuals (issue 8: under 10 s). The CSV is written
// once into a temporary directory; every run imports it into a fresh copy of an
// empty, migrated database. Ours = CsvImporter (what peyvand-cli import and the
// wizard call: decoding, parsing, validation, duplicate lookups, the
// repository's writes with search grams); raw = the plainest prepared INSERTs
// of the same rows, already normalised, in one transaction. The --db file of
// the harness is not used.
#include "BenchHarness.h"
#include "CsvImporter.h"
#include "CustomerSearchText.h"
#include "IranianIds.h"
#include "JalaliDate.h"
#include "PersianText.h"
#include "SearchGrams.h"

#include <QFile>
#include <QTemporaryDir>
#include <spdlog/spdlog.h>

using namespace peyvand;
using namespace peyvand::bench;

namespace {

const char *const kFirst[] = { "علی", "محمد", "رضا", "مریم", "زهرا", "فاطمه", "حسین", "سارا", "امیر", "نرگس" };
const char *const kLast[] = { "رضایی", "محمدی", "کاظمی", "حسینی", "احمدی", "کریمی", "موسوی", "جعفری", "رحیمی", "نوری" };
const char *const kCity[] = { "تهران", "اصفهان", "شیراز", "مشهد", "تبریز", "کرج", "قم", "اهواز" };

struct Row
{
    QString first, last, code, mobile, email, city, line;
    QDate birth;
    // What the raw side inserts, computed once: the normalised texts.
    QByteArray name, sortName, searchText, grams, birthIso;
};

struct Data
{
    QTemporaryDir dir;
    QString csv;
    QString emptyDb;
    QList<Row> rows;
    int runs = 0;

    QString freshCopy(const char *what)
    {
        const QString path = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QLatin1String(what)).arg(++runs));
        QFile::copy(emptyDb, path);
        return path;
    }
    static void remove(const QString &path)
    {
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
    }
};

std::shared_ptr<Data> prepare(int rowCount)
{
    auto d = std::make_shared<Data>();
    d->emptyDb = d->dir.filePath(QStringLiteral("empty.sqlite"));
    {
        // Migration logs at info level would land in the bench's table (or --json).
        const auto level = spdlog::get_level();
        spdlog::set_level(spdlog::level::warn);
        SqliteDataStore migrate(d->emptyDb);
        spdlog::set_level(level);
        // Who imports (import_data): a manager.
        migrate.transaction([&] {
            migrate.users().add(User { 0, QStringLiteral("bench"), QStringLiteral("bench"), UserRole::Manager, true });
        });
    }
    QByteArray csv = "\xEF\xBB\xBFنام,نام خانوادگی,کد ملی,موبایل,ایمیل,تاریخ تولد,شهر,آدرس\r\n";
    csv.reserve(rowCount * 150);
    for (int i = 0; i < rowCount; ++i) {
        Row r;
        r.first = QString::fromUtf8(kFirst[i % 10]);
        r.last = QString::fromUtf8(kLast[(i / 10) % 10]) + QString::number(i);
        const QString nine = QStringLiteral("%1").arg(100000000 + i * 7, 9, 10, QLatin1Char('0'));
        r.code = nine + IranianIds::nationalCodeCheckDigit(nine);
        r.mobile = QStringLiteral("0912%1").arg(i, 7, 10, QLatin1Char('0'));
        r.email = QStringLiteral("user%1@example.ir").arg(i);
        r.city = QString::fromUtf8(kCity[i % 8]);
        r.line = QStringLiteral("خیابان %1، پلاک %2").arg(i % 300).arg(i % 97);
        r.birth = JalaliDate::fromJalali(1340 + i % 50, 1 + i % 12, 1 + i % 29);
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,\"%8\"\r\n")
                   .arg(r.first, r.last, r.code, r.mobile, r.email, JalaliDate::format(r.birth), r.city, r.line)
                   .toUtf8();
        const QString name = r.first + QLatin1Char(' ') + r.last;
        const QString searchText = PersianText::searchKey(r.first + r.last) + QLatin1Char(' ') + r.code
            + QLatin1Char(' ') + PersianText::searchKey(r.email) + QLatin1Char(' ') + r.mobile;
        r.name = name.toUtf8();
        r.sortName = PersianText::sortKey(name).toUtf8();
        r.searchText = searchText.toUtf8();
        r.grams = SearchGrams::gramsOf(searchText).toUtf8();
        r.birthIso = r.birth.toString(Qt::ISODate).toUtf8();
        d->rows << r;
    }
    d->csv = d->dir.filePath(QStringLiteral("customers.csv"));
    QFile f(d->csv);
    f.open(QIODevice::WriteOnly);
    f.write(csv);
    return d;
}

qint64 importOurs(Data &d)
{
    const QString path = d.freshCopy("ours");
    qint64 imported = 0;
    {
        SqliteDataStore store(path);
        store.setActor(*store.users().byUsername(QStringLiteral("bench")));
        SystemClock clock;
        QFile f(d.csv);
        f.open(QIODevice::ReadOnly);
        const ImportResult r = CsvImporter(store, clock).run(f, {});
        if (!r.written())
            std::fprintf(stderr, "import/100k: not written: %s\n",
                         r.problems.isEmpty() ? "?" : qPrintable(r.problems.front().message));
        imported = r.counts.imported;
    }
    Data::remove(path);
    return imported;
}

void bind(sqlite3_stmt *s, int i, const QByteArray &utf8)
{
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void bind(sqlite3_stmt *s, int i, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

qint64 insertRaw(Data &d)
{
    const QString path = d.freshCopy("raw");
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *customer = nullptr, *phone = nullptr, *address = nullptr, *search = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO customers(kind, lifecycle, source, do_not_call, do_not_sms, name, sort_name, "
                       "national_id, phone, city, tags, search_text, first_name, last_name, email, birth_date, "
                       "created_at, updated_at) VALUES ('individual','lead','direct',0,0,?,?,?,?,?,'',?,?,?,?,?,?,?)",
                       -1, &customer, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO customer_phones(customer_id, position, number, label) VALUES (?,1,?,'موبایل')",
                       -1, &phone, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO customer_addresses(customer_id, position, label, province, city, line) "
                       "VALUES (?,1,'اصلی','',?,?)",
                       -1, &address, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO customer_search(rowid, grams) VALUES (?, ?)", -1, &search, nullptr);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 n = 0;
    for (const Row &r : d.rows) {
        bind(customer, 1, r.name);
        bind(customer, 2, r.sortName);
        bind(customer, 3, r.code);
        bind(customer, 4, r.mobile);
        bind(customer, 5, r.city);
        bind(customer, 6, r.searchText);
        bind(customer, 7, r.first);
        bind(customer, 8, r.last);
        bind(customer, 9, r.email);
        bind(customer, 10, r.birthIso);
        sqlite3_bind_int64(customer, 11, now);
        sqlite3_bind_int64(customer, 12, now);
        sqlite3_step(customer);
        sqlite3_reset(customer);
        const qint64 id = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(phone, 1, id);
        bind(phone, 2, r.mobile);
        sqlite3_step(phone);
        sqlite3_reset(phone);
        sqlite3_bind_int64(address, 1, id);
        bind(address, 2, r.city);
        bind(address, 3, r.line);
        sqlite3_step(address);
        sqlite3_reset(address);
        sqlite3_bind_int64(search, 1, id);
        bind(search, 2, r.grams);
        sqlite3_step(search);
        sqlite3_reset(search);
        ++n;
    }
    for (sqlite3_stmt *s : { customer, phone, address, search })
        sqlite3_finalize(s);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    Data::remove(path);
    return n;
}

} // namespace

PEYVAND_BENCH("import/100k customers csv")
{
    // The smoke run (CI) checks the case still works on a small file.
    auto data = prepare(ctx.smoke ? 2000 : 100000);
    Measure m { [data] { return importOurs(*data); }, [data] { return insertRaw(*data); } };
    m.repeat = 3;
    m.budget = Budget::Import;
    return m;
}
