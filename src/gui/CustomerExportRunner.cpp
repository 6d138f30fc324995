#include "CustomerExportRunner.h"

#include "CustomerCsvExport.h"
#include "DataStoreFactory.h"

#include <QSaveFile>
#include <QThread>
#include <spdlog/spdlog.h>

namespace peyvand {

CustomerExportRunner::CustomerExportRunner(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
}

CustomerExportRunner::~CustomerExportRunner()
{
    m_cancel = true;
    wait();
}

bool CustomerExportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CustomerExportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void CustomerExportRunner::start(const QString &file, const CustomerQuery &query, bool persianHeaders)
{
    wait();
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this, user = m_user, file, query, persianHeaders] {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error;
        try {
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly)) {
                error = tr("Cannot write %1: %2").arg(file, out.errorString());
            } else {
                const auto opened = DataStoreFactory::open(m_databasePath, StoreOpenMode::ReadOnly);
                DataStore &store = *opened;
                store.setActor(user);
                CustomerCsvExport::Options options;
                options.persianHeaders = persianHeaders;
                options.cancel = &m_cancel;
                options.progress = [this](qint64 done, qint64 total) { emit progress(done, total); };
                if (CustomerCsvExport(store).run(query, out, options, &rows)) {
                    ok = out.commit();
                    if (!ok)
                        error = tr("Cannot write %1: %2").arg(file, out.errorString());
                } else {
                    out.cancelWriting();
                    cancelled = true;
                }
            }
        } catch (const std::exception &e) {
            error = tr("The export failed: %1").arg(QString::fromUtf8(e.what()));
        }
        spdlog::info("export of {} customers to {}: {}", rows, file.toStdString(),
                     ok              ? "done"
                         : cancelled ? "cancelled"
                                     : error.toStdString());
        QMetaObject::invokeMethod(
            this, [this, ok, cancelled, rows, error] { emit finished(ok, cancelled, rows, error); },
            Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
}

} // namespace peyvand
