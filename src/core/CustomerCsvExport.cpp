#include "CustomerCsvExport.h"

#include "AccessPolicy.h"
#include "CsvWriter.h"
#include "JalaliDate.h"
#include "SpreadsheetSafe.h"

#include <QIODevice>
#include <algorithm>

namespace peyvand {

namespace {

// 09121234567 -> 0912 123 4567; 02188776655 -> 021 8877 6655; others as they are.
QString groupedPhone(const QString &phone)
{
    if (phone.size() == 11 && phone.startsWith(QLatin1String("09")))
        return phone.left(4) + u' ' + phone.mid(4, 3) + u' ' + phone.mid(7);
    if (phone.size() == 11 && phone.startsWith(u'0'))
        return phone.left(3) + u' ' + phone.mid(3, 4) + u' ' + phone.mid(7);
    return phone;
}

void writeRecord(QIODevice &out, const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += u',';
        line += CsvWriter::field(SpreadsheetSafe::text(fields[i]));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (out.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write the CSV file: " + out.errorString().toStdString());
}

} // namespace

CustomerCsvExport::CustomerCsvExport(DataStore &store)
    : m_store(store)
{
}

QStringList CustomerCsvExport::headers(std::optional<CustomerKind> kind, bool persian)
{
    const auto t
        = [persian](const char *en, const char *fa) { return persian ? QString::fromUtf8(fa) : QString::fromUtf8(en); };
    QStringList h { t("Number", "شماره") };
    if (!kind) {
        h << t("Kind", "نوع") << t("Name", "نام") << t("National ID or code", "شناسه/کد ملی") << t("Phone", "تلفن")
          << t("Industry", "صنعت") << t("E-mail", "ایمیل");
    } else if (*kind == CustomerKind::Legal) {
        h << t("Company name", "نام شرکت") << t("National ID", "شناسه ملی") << t("Phone", "تلفن")
          << t("Industry", "صنعت");
    } else {
        h << t("Name", "نام") << t("National code", "کد ملی") << t("Mobile", "موبایل") << t("E-mail", "ایمیل");
    }
    h << t("City", "شهر") << t("Lifecycle", "مرحله") << t("Owner", "مسئول") << t("Created", "تاریخ ایجاد");
    return h;
}

QString CustomerCsvExport::ownerName(qint64 id)
{
    if (id == 0)
        return {};
    if (!m_ownersLoaded) {
        for (const User &u : m_store.users().all())
            m_owners.insert(u.id, u.fullName.isEmpty() ? u.username : u.fullName);
        m_ownersLoaded = true;
    }
    return m_owners.value(id);
}

QStringList CustomerCsvExport::cells(const CustomerRow &r, std::optional<CustomerKind> kind)
{
    QStringList c { QString::number(r.id) };
    if (!kind)
        c << (m_persian ? toPersian(r.kind) : toCode(r.kind));
    c << r.name << r.nationalId << groupedPhone(r.phone);
    if (!kind)
        c << r.industry << r.email;
    else
        c << (*kind == CustomerKind::Legal ? r.industry : r.email);
    c << r.city << (m_persian ? toPersian(r.lifecycle) : toCode(r.lifecycle)) << ownerName(r.ownerId)
      << (r.createdAt.isValid() ? JalaliDate::format(r.createdAt.toLocalTime().date()) : QString());
    return c;
}

bool CustomerCsvExport::run(const CustomerQuery &query, QIODevice &out, const Options &options, qint64 *written)
{
    AccessPolicy::require(m_store.actor(), Permission::ExportData);
    const std::optional<CustomerKind> kind = query.kind;
    qint64 done = 0;
    m_persian = options.persianHeaders;
    if (written)
        *written = 0;
    if (options.byteOrderMark && out.write("\xEF\xBB\xBF", 3) != 3)
        throw std::runtime_error("cannot write the CSV file: " + out.errorString().toStdString());
    writeRecord(out, headers(kind, options.persianHeaders));

    // Both kinds: one kind after the other, each walking its own sort index
    // (an ORDER BY across kinds would sort the whole table for every page).
    QList<CustomerQuery> pages;
    for (const CustomerKind k : { CustomerKind::Legal, CustomerKind::Individual }) {
        if (query.kind && *query.kind != k)
            continue;
        CustomerQuery page = query;
        page.kind = k;
        page.after.reset();
        page.limit = std::max(1, options.pageRows);
        page.matchCount = m_store.customers().count(page);
        pages << page;
    }
    qint64 total = 0;
    for (const CustomerQuery &page : pages)
        total += page.matchCount;
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    if (options.progress)
        options.progress(0, total);
    for (CustomerQuery &page : pages) {
        while (true) {
            if (cancelled())
                return false;
            const QList<CustomerRow> rows = page.matchCount > 0 ? m_store.customers().list(page) : QList<CustomerRow>();
            for (const CustomerRow &r : rows)
                writeRecord(out, cells(r, kind));
            done += rows.size();
            if (written)
                *written = done;
            if (options.progress)
                options.progress(done, std::max(total, done));
            if (rows.size() < page.limit)
                break;
            page.after = CustomerCursor { rows.back().sortValue, rows.back().id };
        }
    }
    return true;
}

} // namespace peyvand
