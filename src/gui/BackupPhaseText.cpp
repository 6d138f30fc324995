#include "BackupPhaseText.h"

namespace peyvand {

QString BackupPhaseText::of(BackupPhase phase)
{
    switch (phase) {
    case BackupPhase::Copying:
        return tr("Backing up…");
    case BackupPhase::Verifying:
        return tr("Checking the backup…");
    case BackupPhase::Checking:
        return tr("Checking the backup file…");
    case BackupPhase::SavingCurrent:
        return tr("Keeping a copy of the current data…");
    case BackupPhase::Restoring:
        return tr("Restoring…");
    case BackupPhase::Migrating:
        return tr("Updating the restored data…");
    }
    return {};
}

} // namespace peyvand
