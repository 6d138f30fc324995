#pragma once
// What `backup` and `restore` share: progress on standard error (a line that
// rewrites itself on a terminal, a line per tenth otherwise) and file names in JSON.
#include "DatabaseBackup.h"

#include <QString>

namespace peyvand::cli {

class BackupOutput
{
public:
    explicit BackupOutput(bool quiet);
    ~BackupOutput(); // ends a progress line left open

    // Options that report to standard error (nothing when quiet).
    BackupOptions options();
    static const char *phaseName(BackupPhase phase);

private:
    void report(BackupPhase phase, qint64 done, qint64 total);

    bool m_quiet;
    bool m_terminal;
    bool m_lineOpen = false;
    int m_lastPhase = -1;
    int m_lastPercent = -1;
};

} // namespace peyvand::cli
