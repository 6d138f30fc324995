#pragma once
// Runs an import (CsvImporter, or VcardImporter for a vCard file) on a worker
// thread with its own connection to the database file, so the window keeps
// painting; reports progress and stops, writing nothing, when cancelled (the
// importer's cancel flag is checked after every chunk of rows, inside its
// single transaction).
#include "ImportOptions.h"
#include "ImportResult.h"
#include "User.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QThread;

namespace peyvand {

class Clock;

class ImportRunner : public QObject
{
    Q_OBJECT
public:
    ImportRunner(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    ~ImportRunner() override; // cancels and waits

    // The user the worker's connection acts as (DataStore::setActor): the
    // workspace's, set before each start.
    void setUser(const User &user) { m_user = user; }

    enum class Format { Csv, Vcard };

    // Imports `file` with `options` (its progress and cancel hooks are set here).
    // A vCard file: options.kind is Individual, or Contact with options.companyId.
    void start(const QString &file, const ImportOptions &options, Format format = Format::Csv);
    void cancel() { m_cancel = true; }
    bool isCancelling() const { return m_cancel; }
    bool isRunning() const;
    void wait();

    // Tests: called on the worker thread after each chunk's progress report.
    void setChunkHook(std::function<void()> hook) { m_chunkHook = std::move(hook); }

signals:
    void progress(qint64 rows, qint64 bytesRead, qint64 totalBytes); // rows: cards for a vCard file
    // `error` is set (in the UI language) when the import failed outside the
    // file (the database locked, a disk error, a company that is gone): nothing
    // was written then either.
    void finished(const peyvand::ImportResult &result, const QString &error);

private:
    QString m_path;
    const Clock &m_clock;
    std::atomic_bool m_cancel { false };
    QThread *m_thread = nullptr;
    std::function<void()> m_chunkHook;
    User m_user;
};

} // namespace peyvand
