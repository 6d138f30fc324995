#pragma once
// Computes a ReportSet off the UI thread: each run is a worker thread with its
// own SqliteDataStore connection to the database file (WAL lets the window
// keep reading and writing). Only the latest run's result is delivered; a
// run overtaken by a newer filter is dropped when it finishes.
#include "ReportSet.h"
#include "User.h"

#include <QObject>
#include <QString>

class QThread;

namespace peyvand {

class Clock;

class ReportRunner : public QObject
{
    Q_OBJECT
public:
    ReportRunner(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    ~ReportRunner() override;

    // The user the worker's connection acts as (DataStore::setActor): the
    // workspace's, set before each start.
    void setUser(const User &user) { m_user = user; }

    void run(const ReportFilter &filter);
    // Forgets the run under way (its result will be dropped).
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void finished(const peyvand::ReportSet &reports);
    void failed(const QString &message); // in the UI language

private:
    void deliver(quint64 generation, const ReportSet &reports, const QString &error);

    QString m_path;
    const Clock &m_clock;
    quint64 m_generation = 0;
    bool m_busy = false;
    QList<QThread *> m_threads;
    User m_user;
};

} // namespace peyvand
