#pragma once
// What a backup or restore is doing, in the UI language (status bar, progress dialog).
#include "DatabaseBackup.h"

#include <QCoreApplication>

namespace peyvand {

class BackupPhaseText
{
    Q_DECLARE_TR_FUNCTIONS(peyvand::BackupPhaseText)
public:
    static QString of(BackupPhase phase);
};

} // namespace peyvand
