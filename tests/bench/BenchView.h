#pragma once
// What a QTableView asks of its model to paint rows, without painting: for
// each cell of the visible rows, the roles QStyledItemDelegate::initStyleOption
// reads in one multiData() call. The bench's "ours" side of every screen that
// shows a table goes through this, so the model's own work counts.
#include <QAbstractItemModel>

namespace peyvand::bench {

struct Context;

// Rows an office screen shows at once in a list (a 1080p window, default font).
constexpr int kVisibleRows = 40;

// Asks for rows [first, first + count) that exist; notes each row's `idRole`
// value for the answer check (none when `idRole` < 0); returns how many rows
// were shown.
qint64 showRows(Context &ctx, const QAbstractItemModel &model, int first, int count, int idRole);

} // namespace peyvand::bench
