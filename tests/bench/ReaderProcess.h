#pragma once
// Another process reading the database while a bench case writes, as a second
// desktop app or a CLI on the same file would: `peyvand-bench --reader-loop`
// opens the file read-only and opens customer pages and counts searches until
// it is terminated, then says how many reads it did.
#include <QProcess>
#include <QString>

namespace peyvand::bench {

// The child's side: runs until SIGTERM; returns the exit code.
int readerLoop(const QString &dbPath);

// The parent's side: starts the child and waits until it reads; the
// destructor stops it and reports its reads on stderr.
class ReaderProcess
{
public:
    explicit ReaderProcess(const QString &dbPath);
    ~ReaderProcess();
    ReaderProcess(const ReaderProcess &) = delete;
    ReaderProcess &operator=(const ReaderProcess &) = delete;

private:
    QProcess m_process;
};

} // namespace peyvand::bench
