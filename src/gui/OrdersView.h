#pragma once
// Every order, newest first, over any number of orders (OrderListModel, paged
// by key): search by order number, customer or phone; filter by status and a
// Jalali date range. Double-click or Enter opens the order; "New order…" picks
// the customer as you type.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace peyvand {

class JalaliDateEdit;
class OrderListModel;
class Workspace;

class OrdersView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 150;

    explicit OrdersView(Workspace &workspace, QWidget *parent = nullptr);

    OrderListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    void searchNow(); // applies the typed text at once (tests, Enter)
    void reload();

signals:
    void openOrder(qint64 orderId);
    void newOrderRequested();

private:
    void applyDates();
    void openCurrent();
    void updateCount();

    Workspace &m_workspace;
    OrderListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    JalaliDateEdit *m_from;
    JalaliDateEdit *m_to;
    QLabel *m_count;
    QLabel *m_dateError;
    QTableView *m_table;
    QTimer *m_timer;
};

} // namespace peyvand
