#pragma once
// The managers' corner: the open pipeline of companies (B2B) beside that of
// individuals (B2C) — deals, amount and probability-weighted amount per stage.
#include <QWidget>

class QTableWidget;

namespace peyvand {

class Workspace;

class ReportsView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsView(Workspace &workspace, QWidget *parent = nullptr);
    void reload();

private:
    void fill(QTableWidget *table, qint64 pipelineId);

    Workspace &m_workspace;
    QTableWidget *m_b2b;
    QTableWidget *m_b2c;
};

} // namespace peyvand
