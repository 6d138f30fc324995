#pragma once
// What one worker did, written by the worker to its file and read back by the
// parent: a sample per operation (start, duration, outcome), every write the
// server acknowledged, every write whose commit lost the connection (outcome
// unknown), the store's retry counters and unexpected errors. One line each,
// fields separated by tabs.
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace peyvand::load {

enum class Op { Search, Log, Move, Status };
inline constexpr int kOpCount = 4;
const char *opName(Op op);

enum class Outcome {
    Ok,
    Conflict, // ConcurrentChangeError: someone saved the record since it was read
    Unknown, // the connection was lost during COMMIT (PgError 08007)
    Unavailable, // the server was not there (restarting): nothing was written
    Error // anything else: fails the run
};
const char *outcomeName(Outcome outcome);

struct Sample
{
    Op op = Op::Search;
    qint64 startNs = 0; // steady clock
    qint64 durationNs = 0;
    Outcome outcome = Outcome::Ok;
};

// A write: an activity (id or, when unknown, its token), a deal move or an
// order status change (the version the server gave, or for an unknown outcome
// the version expected before it; the stage id or status code written).
struct Write
{
    Op op = Op::Log;
    qint64 id = 0; // activity, deal or order id (0 for an activity of unknown outcome)
    qint64 version = 0;
    QString value; // activity: its token; deal: stage id; order: status code
    qint64 customerId = 0; // activity
    qint64 userId = 0;
};

struct LoadRecord
{
    int worker = -1;
    QString username;
    QString role;
    QList<Sample> samples;
    QList<Write> acknowledged;
    QList<Write> unknown;
    QMap<QString, qint64> counters;
    QStringList errors;

    bool write(const QString &path) const;
    static bool read(const QString &path, LoadRecord *record, QString *error);
};

} // namespace peyvand::load
