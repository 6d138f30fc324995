#pragma once
// Writes the meetings and open follow-ups of a date range as an iCalendar
// file (CalendarExporter) on a worker thread with its own read-only
// connection, through QSaveFile: a cancelled or failed export leaves no file
// (and an existing one untouched).
#include "CalendarExporter.h"
#include "User.h"

#include <QObject>
#include <atomic>

class QThread;

namespace peyvand {

class Clock;

class CalendarExportRunner : public QObject
{
    Q_OBJECT
public:
    CalendarExportRunner(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    ~CalendarExportRunner() override; // cancels and waits

    // The user the worker's connection acts as (DataStore::setActor): the
    // workspace's, set before each start.
    void setUser(const User &user) { m_user = user; }

    void start(const QString &file, const CalendarExportOptions &options);
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    void wait();

signals:
    // ok: the file is complete; cancelled: nothing written; error: in the UI language.
    void finished(bool ok, bool cancelled, qint64 meetings, qint64 followUps, const QString &error);

private:
    QString m_databasePath;
    const Clock &m_clock;
    std::atomic_bool m_cancel { false };
    QThread *m_thread = nullptr;
    User m_user;
};

} // namespace peyvand
