#pragma once
// Orders at a glance: how many orders are in each status, the orders of one
// status most recently changed first, and a lookup by order number. Opening
// an order opens its customer's page.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace peyvand {

class Workspace;

class OrdersView : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersView(Workspace &workspace, QWidget *parent = nullptr);
    void reload();

signals:
    void openCustomer(qint64 customerId);

private:
    void lookUp();

    Workspace &m_workspace;
    QLabel *m_counts;
    QComboBox *m_status;
    QLineEdit *m_number;
    QLabel *m_lookupMessage;
    QTableWidget *m_table;
};

} // namespace peyvand
