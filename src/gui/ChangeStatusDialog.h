#pragma once
// Asks for an order's next status: only the statuses OrderStatusFlow allows
// from the current one are offered, with an optional note for the history.
#include "Order.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace peyvand {

class ChangeStatusDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeStatusDialog(const QString &orderNumber, OrderStatus current, QWidget *parent = nullptr);

    QList<OrderStatus> offered() const; // in the order shown
    void select(OrderStatus status);
    OrderStatus status() const;
    QString note() const;

private:
    QComboBox *m_next;
    QLineEdit *m_note;
    QPushButton *m_apply;
};

} // namespace peyvand
