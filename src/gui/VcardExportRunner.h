#pragma once
// Writes vCards (VcardExporter) on a worker thread with its own read-only
// connection: the customers of a list's query (as filtered and sorted on
// screen) or a company's contact persons. The file goes through QSaveFile, so
// a cancelled or failed export leaves no file (and an existing one untouched).
#include "CustomerQuery.h"
#include "User.h"
#include "VcardContact.h"

#include <QObject>
#include <atomic>

class QThread;

namespace peyvand {

class VcardExportRunner : public QObject
{
    Q_OBJECT
public:
    explicit VcardExportRunner(const QString &databasePath, QObject *parent = nullptr);
    ~VcardExportRunner() override; // cancels and waits

    // The user the worker's connection acts as (DataStore::setActor): the
    // workspace's, set before each start.
    void setUser(const User &user) { m_user = user; }

    void startCustomers(const QString &file, const CustomerQuery &query, VcardVersion version);
    void startContacts(const QString &file, qint64 companyId, VcardVersion version);
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    void wait();

signals:
    void progress(qint64 written, qint64 total);
    // ok: the file is complete; cancelled: nothing written; error: in the UI language.
    void finished(bool ok, bool cancelled, qint64 cards, const QString &error);

private:
    void start(const QString &file, VcardVersion version, const CustomerQuery &query, qint64 companyId);

    QString m_databasePath;
    std::atomic_bool m_cancel { false };
    QThread *m_thread = nullptr;
    User m_user;
};

} // namespace peyvand
