#pragma once
// Start-up and responsiveness milestones for measuring the app from outside:
// when on (PEYVAND_TRACE=1 in the environment, or enable()), mark() writes
// "peyvand-trace: <ms> ms <milestone>" to standard error, the milliseconds
// counted from the start of the process (exec), so dynamic loading is included.
// Off, mark() costs one branch. Not a log: figures for tests/bench/app scripts.
#include <QString>
#include <QtGlobal>

namespace peyvand::Trace {

void enable(bool on);
bool enabled();
// Milliseconds since the process started (Linux: from /proc/self/stat; elsewhere
// since the first call into Trace).
double sinceStart();
void mark(const QString &milestone);
// A milestone taken earlier (a sinceStart() value), e.g. before the options were read.
void markAt(double msSinceStart, const QString &milestone);
// Resident memory of this process in KiB from /proc/self/status (VmRSS,
// VmHWM...); 0 where unknown.
qint64 statusKiB(const char *field);

} // namespace peyvand::Trace
