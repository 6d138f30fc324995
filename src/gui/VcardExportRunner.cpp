#include "VcardExportRunner.h"

#include "DataStoreFactory.h"
#include "Display.h"
#include "ValidationError.h"
#include "VcardExporter.h"

#include <QSaveFile>
#include <QThread>
#include <spdlog/spdlog.h>

namespace peyvand {

VcardExportRunner::VcardExportRunner(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
}

VcardExportRunner::~VcardExportRunner()
{
    m_cancel = true;
    wait();
}

bool VcardExportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void VcardExportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void VcardExportRunner::startCustomers(const QString &file, const CustomerQuery &query, VcardVersion version)
{
    start(file, version, query, 0);
}

void VcardExportRunner::startContacts(const QString &file, qint64 companyId, VcardVersion version)
{
    start(file, version, {}, companyId);
}

void VcardExportRunner::start(const QString &file, VcardVersion version, const CustomerQuery &query, qint64 companyId)
{
    wait();
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this, user = m_user, file, version, query, companyId] {
        bool ok = false;
        bool cancelled = false;
        qint64 cards = 0;
        QString error;
        try {
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly)) {
                error = tr("Cannot write %1: %2").arg(file, out.errorString());
            } else {
                const auto opened = DataStoreFactory::open(m_databasePath, StoreOpenMode::ReadOnly);
                DataStore &store = *opened;
                store.setActor(user);
                VcardExportOptions options;
                options.version = version;
                options.cancel = &m_cancel;
                options.progress = [this](qint64 done, qint64 total) { emit progress(done, total); };
                VcardExporter exporter(store);
                cards = companyId != 0 ? exporter.exportContacts(out, companyId, options)
                                       : exporter.exportCustomers(out, query, options);
                if (m_cancel) {
                    out.cancelWriting();
                    cancelled = true;
                } else {
                    ok = out.commit();
                    if (!ok)
                        error = tr("Cannot write %1: %2").arg(file, out.errorString());
                }
            }
        } catch (const ValidationError &e) {
            error = tr("The export failed: %1").arg(Display::persian() ? e.persianMessage() : e.message());
        } catch (const std::exception &e) {
            error = tr("The export failed: %1").arg(QString::fromUtf8(e.what()));
        }
        spdlog::info("vCard export of {} cards to {}: {}", cards, file.toStdString(),
                     ok              ? "done"
                         : cancelled ? "cancelled"
                                     : error.toStdString());
        QMetaObject::invokeMethod(
            this, [this, ok, cancelled, cards, error] { emit finished(ok, cancelled, cards, error); },
            Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
}

} // namespace peyvand
