#pragma once
// The worker-thread half of PgChangeListener: its own connection (libpq: one
// connection per thread, and LISTEN wants a connection of its own), LISTEN on
// PgChangeNotices' channel, a QSocketNotifier on the connection's socket and
// PQconsumeInput + PQnotifies when it is readable. A lost connection (server
// restarted, session terminated, network) is noticed when the socket reports
// it or a periodic ping fails; the reader then connects again, waiting a
// little longer after each failure (0.2 s doubling to 5 s), and says so with
// listening(true): notices sent in the gap are lost.
#include "PgUrl.h"

#include <QByteArrayList>
#include <QObject>
#include <QTimer>
#include <memory>

class QSocketNotifier;

namespace peyvand {

class PgConnection;

class PgNoticeReader : public QObject
{
    Q_OBJECT
public:
    explicit PgNoticeReader(const PgUrl &url, QObject *parent = nullptr);
    ~PgNoticeReader() override;

    void start(); // in the worker thread

signals:
    // The payloads one read brought, in commit order.
    void notices(const QByteArrayList &payloads);
    // LISTEN is active; afterGap: this is a reconnection.
    void listening(bool afterGap);
    void lost();

private:
    void connectNow();
    void read();
    void ping();
    void drain();
    void dropConnection();

    PgUrl m_url;
    std::unique_ptr<PgConnection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_retry;
    QTimer m_ping;
    int m_retryMs = 0;
    bool m_everListened = false;
};

} // namespace peyvand
