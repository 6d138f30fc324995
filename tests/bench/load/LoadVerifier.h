#pragma once
// The end-of-run checks, on the database itself (plain SQL on a connection of
// the parent's own):
//  * every acknowledged activity is stored (id, customer, its token), once, with its audit entry;
//  * every acknowledged deal move and order status change is in the audit
//    trail at the version the server returned, with the stage / status and
//    the user written; no version was given out twice (a lost update);
//  * each deal's and order's version grew by exactly the number of
//    acknowledged changes plus those of unknown outcome that did commit, and
//    so did its stage / status history;
//  * nothing was written that no worker asked for or was told failed.
// A write whose commit lost the connection (outcome unknown) is looked up and
// reported as committed or not; it never fails the run.
#include "LoadRecord.h"

#include <QHash>
#include <QStringList>

namespace peyvand {
class PgConnection;
}

namespace peyvand::load {

struct LoadBaseline
{
    qint64 auditId = 0;
    QHash<qint64, qint64> dealVersion, dealHistory, orderVersion, orderHistory;
};

struct LoadVerdict
{
    QStringList failures;
    qint64 acknowledgedChecked = 0;
    qint64 unknownCommitted = 0;
    qint64 unknownNotCommitted = 0;
    QStringList unknownDetails; // one line per unknown outcome: what it was and what happened
};

class LoadVerifier
{
public:
    static LoadBaseline baseline(PgConnection &connection);
    static LoadVerdict verify(PgConnection &connection, const LoadBaseline &baseline, const QList<LoadRecord> &records);
};

} // namespace peyvand::load
