#pragma once
// The ChangeFeed of a PostgreSQL database (docs/team-mode.md "Live updates"):
// a PgNoticeReader on a worker thread of its own (its own connection, LISTEN,
// reconnecting after the server restarts) hands the notices of PgChangeNotices
// to this object, which lives in the thread that made it (the GUI's) and emits
// them there. Notices written by the session `ownBackendPid` returns (the
// program's main connection, asked each time: it changes when that connection
// reconnects) are dropped: the program told its views already. A batch with a
// reset, or more than kMaxBatch notices, becomes one dataReset(); so does a
// reconnection (notices in the gap are lost). QtCore only.
#include "ChangeFeed.h"
#include "PgUrl.h"

#include <QByteArrayList>
#include <QThread>
#include <functional>

namespace peyvand {

class PgNoticeReader;

class PgChangeListener final : public ChangeFeed
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 200;

    PgChangeListener(const PgUrl &url, std::function<int()> ownBackendPid, QObject *parent = nullptr);
    ~PgChangeListener() override; // stops the worker thread (waits for a connect in progress)

    bool isListening() const override { return m_listening; }

private:
    void take(const QByteArrayList &payloads);

    std::function<int()> m_ownBackendPid;
    QThread m_thread;
    bool m_listening = false;
};

} // namespace peyvand
