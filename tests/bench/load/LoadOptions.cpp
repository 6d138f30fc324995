#include "LoadOptions.h"

namespace peyvand::load {

namespace {

bool range(const QString &text, int *min, int *max)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool ok1 = false, ok2 = false;
    if (parts.size() == 1) {
        *min = *max = parts[0].toInt(&ok1);
        return ok1 && *min >= 0;
    }
    if (parts.size() != 2)
        return false;
    *min = parts[0].toInt(&ok1);
    *max = parts[1].toInt(&ok2);
    return ok1 && ok2 && *min >= 0 && *max >= *min;
}

} // namespace

QString LoadOptions::usage()
{
    return QStringLiteral(
        "usage: peyvand-load [--url URL] [--reps N] [--managers N] [--desk N] [--seconds S]\n"
        "                    [--think-ms MIN-MAX] [--customers-per-rep N] [--deals-per-rep N]\n"
        "                    [--orders-per-rep N] [--manager-deals N]\n"
        "                    [--restart-server-at SEC --server-dir DIR [--server-script PATH] [--down-seconds S]]\n"
        "                    [--keep-database] [--json FILE] [--markdown FILE] [--break-one-write]\n"
        "URL: a PostgreSQL administrator's URL (default: $PEYVAND_TEST_PG_URL, or the URL of --server-dir);\n"
        "a fresh database is created on that server for the run.\n");
}

std::optional<LoadOptions> LoadOptions::parse(const QStringList &args, QString *error)
{
    LoadOptions o;
    o.url = QString::fromUtf8(qgetenv("PEYVAND_TEST_PG_URL"));
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString *out) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1 needs a value").arg(a);
                return false;
            }
            *out = args[++i];
            return true;
        };
        auto integer = [&](int *out, int min) {
            QString v;
            if (!value(&v))
                return false;
            bool ok = false;
            *out = v.toInt(&ok);
            if (!ok || *out < min) {
                *error = QStringLiteral("%1: not a number >= %2: %3").arg(a).arg(min).arg(v);
                return false;
            }
            return true;
        };
        auto number = [&](double *out) {
            QString v;
            if (!value(&v))
                return false;
            bool ok = false;
            *out = v.toDouble(&ok);
            if (!ok || *out < 0) {
                *error = QStringLiteral("%1: not a number: %2").arg(a, v);
                return false;
            }
            return true;
        };
        auto int64 = [&](qint64 *out) {
            QString v;
            if (!value(&v))
                return false;
            bool ok = false;
            *out = v.toLongLong(&ok);
            return ok;
        };
        bool ok = true;
        if (a == QLatin1String("--url"))
            ok = value(&o.url);
        else if (a == QLatin1String("--reps"))
            ok = integer(&o.reps, 1);
        else if (a == QLatin1String("--managers"))
            ok = integer(&o.managers, 0);
        else if (a == QLatin1String("--desk"))
            ok = integer(&o.desk, 0);
        else if (a == QLatin1String("--seconds"))
            ok = number(&o.seconds);
        else if (a == QLatin1String("--think-ms")) {
            QString v;
            ok = value(&v) && range(v, &o.thinkMinMs, &o.thinkMaxMs);
            if (!ok && error->isEmpty())
                *error = QStringLiteral("--think-ms: MS or MIN-MAX, not %1").arg(v);
        } else if (a == QLatin1String("--customers-per-rep"))
            ok = integer(&o.customersPerRep, 1);
        else if (a == QLatin1String("--deals-per-rep"))
            ok = integer(&o.dealsPerRep, 1);
        else if (a == QLatin1String("--orders-per-rep"))
            ok = integer(&o.ordersPerRep, 1);
        else if (a == QLatin1String("--manager-deals"))
            ok = integer(&o.managerDeals, 1);
        else if (a == QLatin1String("--restart-server-at"))
            ok = number(&o.restartAt);
        else if (a == QLatin1String("--server-dir"))
            ok = value(&o.serverDir);
        else if (a == QLatin1String("--server-script"))
            ok = value(&o.serverScript);
        else if (a == QLatin1String("--down-seconds"))
            ok = integer(&o.downSeconds, 0);
        else if (a == QLatin1String("--keep-database"))
            o.keepDatabase = true;
        else if (a == QLatin1String("--break-one-write"))
            o.breakOneWrite = true;
        else if (a == QLatin1String("--json"))
            ok = value(&o.jsonFile);
        else if (a == QLatin1String("--markdown"))
            ok = value(&o.markdownFile);
        else if (a == QLatin1String("--worker"))
            ok = integer(&o.worker, 0);
        else if (a == QLatin1String("--plan"))
            ok = value(&o.planFile);
        else if (a == QLatin1String("--out"))
            ok = value(&o.outFile);
        else if (a == QLatin1String("--start-ns"))
            ok = int64(&o.startNs);
        else if (a == QLatin1String("--end-ns"))
            ok = int64(&o.endNs);
        else {
            *error = QStringLiteral("unknown option %1").arg(a);
            return std::nullopt;
        }
        if (!ok) {
            if (error->isEmpty())
                *error = QStringLiteral("bad value for %1").arg(a);
            return std::nullopt;
        }
    }
    if (o.restartAt >= 0 && o.serverDir.isEmpty()) {
        *error = QStringLiteral("--restart-server-at needs --server-dir (the DIR given to scripts/pg-server.sh start)");
        return std::nullopt;
    }
    return o;
}

} // namespace peyvand::load
