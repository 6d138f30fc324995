#include "PgNoticeReader.h"

#include "PgChangeNotices.h"
#include "PgConnection.h"

#include <QSocketNotifier>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

constexpr int kConnectTimeoutSeconds = 3;
constexpr int kFirstRetryMs = 200;
constexpr int kLastRetryMs = 5000;
constexpr int kPingMs = 15000; // a dead network gives no socket event: ask now and then

} // namespace

PgNoticeReader::PgNoticeReader(const PgUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_retry(this)
    , m_ping(this)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PgNoticeReader::connectNow);
    m_ping.setInterval(kPingMs);
    connect(&m_ping, &QTimer::timeout, this, &PgNoticeReader::ping);
}

PgNoticeReader::~PgNoticeReader() = default;

void PgNoticeReader::start()
{
    connectNow();
}

void PgNoticeReader::connectNow()
{
    try {
        auto connection = std::make_unique<PgConnection>(m_url, kConnectTimeoutSeconds);
        connection->exec(QStringLiteral("LISTEN ") + QLatin1String(PgChangeNotices::kChannel));
        m_connection = std::move(connection);
    } catch (const std::exception &e) {
        m_retryMs = m_retryMs ? qMin(m_retryMs * 2, kLastRetryMs) : kFirstRetryMs;
        spdlog::warn("change notices: cannot listen on {} ({}); trying again in {} ms", m_url.redacted().toStdString(),
                     e.what(), m_retryMs);
        m_retry.start(m_retryMs);
        return;
    }
    m_retryMs = 0;
    m_notifier = new QSocketNotifier(PQsocket(m_connection->handle()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgNoticeReader::read);
    m_ping.start();
    const bool afterGap = m_everListened;
    m_everListened = true;
    if (afterGap)
        spdlog::info("change notices: listening again on {}", m_url.redacted().toStdString());
    emit listening(afterGap);
}

void PgNoticeReader::read()
{
    if (!m_connection)
        return;
    const bool ok = PQconsumeInput(m_connection->handle()) == 1;
    drain();
    if (!ok || PQstatus(m_connection->handle()) != CONNECTION_OK)
        dropConnection();
}

void PgNoticeReader::drain()
{
    QByteArrayList payloads;
    while (PGnotify *n = PQnotifies(m_connection->handle())) {
        payloads << QByteArray(n->extra);
        PQfreemem(n);
    }
    if (!payloads.isEmpty())
        emit notices(payloads);
}

void PgNoticeReader::ping()
{
    if (!m_connection)
        return;
    try {
        m_connection->exec(QStringLiteral("SELECT 1"));
        drain(); // what arrived with the answer
    } catch (const std::exception &) {
        dropConnection();
    }
}

void PgNoticeReader::dropConnection()
{
    spdlog::warn("change notices: connection to {} lost; reconnecting", m_url.redacted().toStdString());
    m_ping.stop();
    delete m_notifier; // before its socket closes
    m_notifier = nullptr;
    m_connection.reset();
    emit lost();
    m_retryMs = kFirstRetryMs;
    m_retry.start(m_retryMs);
}

} // namespace peyvand
