#pragma once
// Records a payment against an order: amount (in the money unit of the
// settings), method, bank reference and the Jalali day it was paid. When
// someone else changed the order since it was shown (its version), the payment
// is refused and ConcurrentChangeBox asks: "Reload" closes this dialog so the
// order page shows what is saved (reloaded()), "Keep editing" keeps the fields.
#include "Order.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand {

class JalaliDateEdit;
class Workspace;

class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    // expectedVersion: the order's version as the order page shows it (0: not checked).
    PaymentDialog(Workspace &workspace, qint64 orderId, qint64 remaining, QWidget *parent = nullptr,
                  qint64 expectedVersion = 0);

    qint64 paymentId() const { return m_paymentId; } // after a successful save
    // Closed because the user chose to reload the changed order (nothing saved).
    bool reloaded() const { return m_reloaded; }
    void accept() override; // saves through OrderService; stays open and shows why when refused

private:
    std::optional<qint64> amountRials(QString *error) const;
    void validate();

    Workspace &m_workspace;
    qint64 m_orderId;
    qint64 m_expectedVersion;
    qint64 m_paymentId = 0;
    bool m_reloaded = false;
    QLineEdit *m_amount;
    QLabel *m_preview;
    QComboBox *m_method;
    QLineEdit *m_reference;
    JalaliDateEdit *m_paidOn;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace peyvand
