#include "PgChangeListener.h"

#include "PgChangeNotices.h"
#include "PgNoticeReader.h"

#include <QSet>
#include <utility>

namespace peyvand {

PgChangeListener::PgChangeListener(const PgUrl &url, std::function<int()> ownBackendPid, QObject *parent)
    : ChangeFeed(parent)
    , m_ownBackendPid(std::move(ownBackendPid))
{
    m_thread.setObjectName(QStringLiteral("PgChangeListener"));
    auto *reader = new PgNoticeReader(url);
    reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, reader, &PgNoticeReader::start);
    connect(&m_thread, &QThread::finished, reader, &QObject::deleteLater);
    connect(reader, &PgNoticeReader::notices, this, &PgChangeListener::take);
    connect(reader, &PgNoticeReader::lost, this, [this] { m_listening = false; });
    connect(reader, &PgNoticeReader::listening, this, [this](bool afterGap) {
        m_listening = true;
        emit listening();
        if (afterGap)
            emit dataReset();
    });
    m_thread.start();
}

PgChangeListener::~PgChangeListener()
{
    m_thread.quit();
    m_thread.wait();
}

void PgChangeListener::take(const QByteArrayList &payloads)
{
    const int own = m_ownBackendPid ? m_ownBackendPid() : 0;
    QList<PgChangeNotices::Notice> changes;
    QSet<QString> seen;
    bool reset = false;
    for (const QByteArray &payload : payloads) {
        const auto notice = PgChangeNotices::parse(payload);
        if (!notice || (own != 0 && notice->writerPid == own))
            continue;
        if (notice->entity == QLatin1String("reset")) {
            reset = true;
            continue;
        }
        const QString key = notice->entity + QLatin1Char(':') + QString::number(notice->id);
        if (!seen.contains(key)) {
            seen.insert(key);
            changes << *notice;
        }
    }
    if (reset || changes.size() > kMaxBatch) {
        emit dataReset();
        return;
    }
    for (const PgChangeNotices::Notice &n : std::as_const(changes))
        emit changed(n.entity, n.id, n.customerId);
}

} // namespace peyvand
