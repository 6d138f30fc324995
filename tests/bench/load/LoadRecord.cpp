#include "LoadRecord.h"

#include <QFile>
#include <QTextStream>

namespace peyvand::load {

const char *opName(Op op)
{
    switch (op) {
    case Op::Search:
        return "search customers";
    case Op::Log:
        return "log activity";
    case Op::Move:
        return "move deal stage";
    case Op::Status:
        return "change order status";
    }
    return "?";
}

const char *outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return "ok";
    case Outcome::Conflict:
        return "conflict";
    case Outcome::Unknown:
        return "unknown";
    case Outcome::Unavailable:
        return "unavailable";
    case Outcome::Error:
        return "error";
    }
    return "?";
}

namespace {

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

void writeWrite(QTextStream &out, const char *kind, const Write &w)
{
    out << kind << '\t' << int(w.op) << '\t' << w.id << '\t' << w.version << '\t' << oneLine(w.value) << '\t'
        << w.customerId << '\t' << w.userId << '\n';
}

} // namespace

bool LoadRecord::write(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    out << "worker\t" << worker << '\t' << username << '\t' << role << '\n';
    for (const Sample &s : samples)
        out << "sample\t" << int(s.op) << '\t' << s.startNs << '\t' << s.durationNs << '\t' << int(s.outcome) << '\n';
    for (const Write &w : acknowledged)
        writeWrite(out, "ack", w);
    for (const Write &w : unknown)
        writeWrite(out, "unknown", w);
    for (auto it = counters.begin(); it != counters.end(); ++it)
        out << "counter\t" << it.key() << '\t' << it.value() << '\n';
    for (const QString &e : errors)
        out << "error\t" << oneLine(e) << '\n';
    out << "end\n";
    out.flush();
    return file.flush() && out.status() == QTextStream::Ok;
}

bool LoadRecord::read(const QString &path, LoadRecord *r, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString());
        return false;
    }
    QTextStream in(&file);
    bool ended = false;
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char('\t'));
        const QString &kind = f.value(0);
        if (kind == QLatin1String("worker") && f.size() >= 4) {
            r->worker = f[1].toInt();
            r->username = f[2];
            r->role = f[3];
        } else if (kind == QLatin1String("sample") && f.size() >= 5) {
            r->samples.append(Sample { Op(f[1].toInt()), f[2].toLongLong(), f[3].toLongLong(), Outcome(f[4].toInt()) });
        } else if ((kind == QLatin1String("ack") || kind == QLatin1String("unknown")) && f.size() >= 7) {
            const Write w { Op(f[1].toInt()),  f[2].toLongLong(), f[3].toLongLong(), f[4],
                            f[5].toLongLong(), f[6].toLongLong() };
            (kind == QLatin1String("ack") ? r->acknowledged : r->unknown).append(w);
        } else if (kind == QLatin1String("counter") && f.size() >= 3) {
            r->counters[f[1]] = f[2].toLongLong();
        } else if (kind == QLatin1String("error") && f.size() >= 2) {
            r->errors.append(f.mid(1).join(QLatin1Char(' ')));
        } else if (kind == QLatin1String("end")) {
            ended = true;
        }
    }
    if (!ended) {
        *error = QStringLiteral("%1: incomplete (the worker did not finish writing it)").arg(path);
        return false;
    }
    return true;
}

} // namespace peyvand::load
