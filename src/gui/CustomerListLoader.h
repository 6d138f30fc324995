#pragma once
// Loads what a large customer list needs off the UI thread, on its own
// read-only connection to the database file: a query's first page of rows,
// then every id the query matches in its order (the count, and the position of
// every row). A newer request makes older ones moot: they are skipped, and the
// statement running for one is interrupted, so typing a search never waits
// for the count of the letters typed before.
#include "CustomerQuery.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace peyvand {

class CustomerListLoader : public QObject
{
    Q_OBJECT
public:
    explicit CustomerListLoader(const QString &databasePath, QObject *parent = nullptr);
    ~CustomerListLoader() override;

    // firstPage > 0: first the query's first rows (firstPageLoaded), then the
    // ids (idsLoaded); 0: only the ids. Returns the request's generation, which
    // the signals carry; only the latest request's results are delivered.
    quint64 load(const CustomerQuery &query, int firstPage);
    void cancel(); // drops what is queued or running; nothing more is delivered

signals:
    void firstPageLoaded(quint64 generation, const QList<peyvand::CustomerRow> &rows);
    void idsLoaded(quint64 generation, const QList<qint64> &ids);
    void failed(quint64 generation, const QString &message);

private:
    struct Shared;
    class Worker;

    void interruptMoot();
    bool isCurrent(quint64 generation) const;

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace peyvand
