#pragma once
// One measure of the Reports view: its chart(s) with the table(s) beside
// them, or a message when the period has nothing to show. With one chart per
// pipeline (B2B and B2C), the two charts stand side by side above the tables.
#include "ReportTable.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QTableView;

namespace peyvand {

class ReportTableModel;

class ReportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPage(const QString &name, QWidget *parent = nullptr);

    // Takes ownership of `charts`. `emptyText` non-empty: the charts are
    // replaced by that message (the tables stay, with their zeros).
    void show(const QList<QChart *> &charts, const QList<ReportTable> &tables, const QString &emptyText);
    // No report (bad filter or computing failed): only `message`.
    void clear(const QString &message);

    QList<QChartView *> chartViews() const { return m_charts; }
    QList<QTableView *> tableViews() const { return m_tables; }
    QTableView *tableView(const QString &code) const;
    ReportTableModel *model(const QString &code) const;
    QString message() const;

signals:
    void rowActivated(const QString &tableCode, int row);

private:
    void reset();

    QWidget *m_content;
    QGridLayout *m_grid;
    QLabel *m_message;
    QList<QChartView *> m_charts;
    QList<QTableView *> m_tables;
};

} // namespace peyvand
