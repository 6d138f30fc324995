#pragma once
// Exports a customer list (its query: kind, search, filters, sort) to a CSV
// file on a worker thread with its own read-only connection, page by page
// (CustomerCsvExport), so a million rows neither freeze the window nor fill
// the memory. The file is written through QSaveFile: a cancelled or failed
// export leaves no file (and an existing one untouched).
#include "CustomerQuery.h"
#include "User.h"

#include <QObject>
#include <atomic>

class QThread;

namespace peyvand {

class CustomerExportRunner : public QObject
{
    Q_OBJECT
public:
    CustomerExportRunner(const QString &databasePath, QObject *parent = nullptr);
    ~CustomerExportRunner() override; // cancels and waits

    // The user the worker's connection acts as (DataStore::setActor): the
    // workspace's, set before each start.
    void setUser(const User &user) { m_user = user; }

    void start(const QString &file, const CustomerQuery &query, bool persianHeaders);
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    void wait();

signals:
    void progress(qint64 written, qint64 total);
    // ok: the file is complete; cancelled: nothing written; error: in the UI language.
    void finished(bool ok, bool cancelled, qint64 rows, const QString &error);

private:
    QString m_databasePath;
    std::atomic_bool m_cancel { false };
    QThread *m_thread = nullptr;
    User m_user;
};

} // namespace peyvand
