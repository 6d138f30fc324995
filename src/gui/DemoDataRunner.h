#pragma once
// Fills a database with demo data in a worker thread, on its own connection to
// the file, through the store's bulk loader (the same fast path as `peyvand-cli
// seed`; the window's own connection keeps the file in WAL, so the window keeps
// reading), so the window stays responsive; reports progress and can be
// cancelled (the chunks already committed stay, each one whole).
#include <QDate>
#include <QObject>
#include <atomic>

class QThread;

namespace peyvand {

class DemoDataRunner : public QObject
{
    Q_OBJECT
public:
    DemoDataRunner(const QString &path, qint64 customers, const QDate &asOf, QObject *parent = nullptr);
    ~DemoDataRunner() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message); // message: English, for logs and details

private:
    QString m_path;
    qint64 m_customers;
    QDate m_asOf;
    std::atomic<bool> m_cancelled { false };
    QThread *m_thread = nullptr;
};

} // namespace peyvand
