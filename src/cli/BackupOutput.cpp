#include "BackupOutput.h"

#include <cstdio>
#include <unistd.h>

namespace peyvand::cli {

BackupOutput::BackupOutput(bool quiet)
    : m_quiet(quiet)
    , m_terminal(isatty(fileno(stderr)) != 0)
{
}

BackupOutput::~BackupOutput()
{
    if (m_lineOpen)
        std::fputc('\n', stderr);
}

const char *BackupOutput::phaseName(BackupPhase phase)
{
    switch (phase) {
    case BackupPhase::Copying:
        return "copying";
    case BackupPhase::Verifying:
        return "verifying the copy";
    case BackupPhase::Checking:
        return "checking the backup";
    case BackupPhase::SavingCurrent:
        return "keeping the current database";
    case BackupPhase::Restoring:
        return "restoring";
    case BackupPhase::Migrating:
        return "updating the schema";
    }
    return "";
}

BackupOptions BackupOutput::options()
{
    BackupOptions options;
    if (!m_quiet)
        options.progress = [this](BackupPhase phase, qint64 done, qint64 total) { report(phase, done, total); };
    return options;
}

void BackupOutput::report(BackupPhase phase, qint64 done, qint64 total)
{
    if (total <= 1) {
        // A step without a measure (a check, a migration): named once, when it starts.
        if (done == 0 && int(phase) != m_lastPhase) {
            if (m_lineOpen)
                std::fputc('\n', stderr);
            m_lineOpen = false;
            m_lastPhase = int(phase);
            m_lastPercent = -1;
            std::fprintf(stderr, "%s…\n", phaseName(phase));
            std::fflush(stderr);
        }
        return;
    }
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    const bool newPhase = int(phase) != m_lastPhase;
    if (!newPhase && (percent == m_lastPercent || (!m_terminal && percent / 10 == m_lastPercent / 10)))
        return;
    if (newPhase && m_lineOpen) {
        std::fputc('\n', stderr);
        m_lineOpen = false;
    }
    m_lastPhase = int(phase);
    m_lastPercent = percent;
    std::fprintf(stderr, m_terminal ? "\r%s: %d%%" : "%s: %d%%\n", phaseName(phase), percent);
    m_lineOpen = m_terminal;
    std::fflush(stderr);
}

} // namespace peyvand::cli
