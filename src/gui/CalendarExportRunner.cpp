#include "CalendarExportRunner.h"

#include "DataStoreFactory.h"

#include <QSaveFile>
#include <QThread>
#include <spdlog/spdlog.h>

namespace peyvand {

CalendarExportRunner::CalendarExportRunner(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
{
}

CalendarExportRunner::~CalendarExportRunner()
{
    m_cancel = true;
    wait();
}

bool CalendarExportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CalendarExportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void CalendarExportRunner::start(const QString &file, const CalendarExportOptions &options)
{
    wait();
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this, user = m_user, file, options] {
        bool ok = false;
        bool cancelled = false;
        CalendarExportCounts counts;
        QString error;
        try {
            const auto opened = DataStoreFactory::open(m_databasePath, StoreOpenMode::ReadOnly);
            DataStore &store = *opened;
            store.setActor(user);
            const QByteArray ics = CalendarExporter(store, m_clock).exportRange(options, &counts);
            // The exporter reads the range in one go: a cancel while it ran writes nothing.
            if (m_cancel) {
                cancelled = true;
            } else {
                QSaveFile out(file);
                ok = out.open(QIODevice::WriteOnly) && out.write(ics) == ics.size() && out.commit();
                if (!ok)
                    error = tr("Cannot write %1: %2").arg(file, out.errorString());
            }
        } catch (const std::exception &e) {
            error = tr("The export failed: %1").arg(QString::fromUtf8(e.what()));
        }
        spdlog::info("calendar export of {} meetings and {} follow-ups to {}: {}", counts.meetings, counts.followUps,
                     file.toStdString(),
                     ok              ? "done"
                         : cancelled ? "cancelled"
                                     : error.toStdString());
        QMetaObject::invokeMethod(
            this,
            [this, ok, cancelled, counts, error] {
                emit finished(ok, cancelled, counts.meetings, counts.followUps, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
}

} // namespace peyvand
