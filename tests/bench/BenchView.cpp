#include "BenchView.h"

#include "BenchHarness.h"

#include <QModelRoleData>
#include <algorithm>
#include <array>

namespace peyvand::bench {

qint64 showRows(Context &ctx, const QAbstractItemModel &model, int first, int count, int idRole)
{
    const int last = std::min(first + count, model.rowCount());
    const int columns = model.columnCount();
    qint64 shown = 0;
    for (int row = std::max(first, 0); row < last; ++row) {
        for (int column = 0; column < columns; ++column) {
            std::array<QModelRoleData, 7> roles {
                QModelRoleData(Qt::FontRole),       QModelRoleData(Qt::TextAlignmentRole),
                QModelRoleData(Qt::ForegroundRole), QModelRoleData(Qt::CheckStateRole),
                QModelRoleData(Qt::DecorationRole), QModelRoleData(Qt::DisplayRole),
                QModelRoleData(Qt::BackgroundRole)
            };
            model.multiData(model.index(row, column), roles);
        }
        if (idRole >= 0 && ctx.noting())
            ctx.note(model.data(model.index(row, 0), idRole).toLongLong());
        ++shown;
    }
    return shown;
}

} // namespace peyvand::bench
