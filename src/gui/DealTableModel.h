#pragma once
// A customer's deals as a table: open ones first (soonest expected close),
// then closed ones (latest first), with stage, amount, status and lost reason.
#include "Deal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace peyvand {

class DealTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        StageColumn,
        AmountColumn,
        ExpectedCloseColumn,
        StatusColumn,
        LostReasonColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // the deal's id (qint64)

    explicit DealTableModel(QObject *parent = nullptr);

    // `stageNames` maps the deals' stage ids to names.
    void setDeals(QList<Deal> deals, const QHash<qint64, QString> &stageNames);
    const QList<Deal> &deals() const { return m_deals; }
    // Without view_deal_amounts the amount column stays empty (and the view hides it).
    void setShowAmounts(bool show);
    bool showsAmounts() const { return m_showAmounts; }
    qint64 dealId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Deal> m_deals;
    QHash<qint64, QString> m_stageNames;
    bool m_showAmounts = true;
};

} // namespace peyvand
