#include "ImportRunner.h"

#include "CsvImporter.h"
#include "DataStoreFactory.h"
#include "Display.h"
#include "ValidationError.h"
#include "VcardImporter.h"

#include <QFile>
#include <QThread>
#include <spdlog/spdlog.h>

namespace peyvand {

ImportRunner::ImportRunner(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_clock(clock)
{
}

ImportRunner::~ImportRunner()
{
    m_cancel = true;
    wait();
}

bool ImportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ImportRunner::start(const QString &file, const ImportOptions &given, Format format)
{
    wait();
    delete m_thread;
    m_cancel = false;
    ImportOptions options = given;
    options.cancel = &m_cancel;
    options.progress = [this](const ImportProgress &p) {
        emit progress(p.rows, p.bytesRead, p.totalBytes);
        if (m_chunkHook)
            m_chunkHook();
    };
    m_thread = QThread::create([this, user = m_user, file, options, format] {
        ImportResult result;
        QString error;
        try {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly)) {
                error = tr("Cannot open %1: %2").arg(file, input.errorString());
            } else {
                const auto opened = DataStoreFactory::open(m_path, StoreOpenMode::MigrateExisting);
                DataStore &store = *opened;
                store.setActor(user);
                result = format == Format::Vcard ? VcardImporter(store, m_clock).run(input, options)
                                                 : CsvImporter(store, m_clock).run(input, options);
            }
        } catch (const ValidationError &e) {
            // The company to import into is gone or is not a company any more.
            error = tr("The import failed and nothing was written: %1")
                        .arg(Display::persian() ? e.persianMessage() : e.message());
        } catch (const std::exception &e) {
            error = tr("The import failed and nothing was written: %1").arg(QString::fromUtf8(e.what()));
        }
        spdlog::info("import {} into {}: {} rows, {} imported, {} updated, {} skipped, {} invalid, outcome {}{}",
                     file.toStdString(), m_path.toStdString(), result.counts.rows, result.counts.imported,
                     result.counts.updated, result.counts.skippedDuplicates, result.counts.invalid, int(result.outcome),
                     error.isEmpty() ? std::string() : ": " + error.toStdString());
        QMetaObject::invokeMethod(
            this, [this, result, error] { emit finished(result, error); }, Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
}

} // namespace peyvand
