#pragma once
// Opens an after-sales service request for a customer (picked as you type,
// or given) and optionally one of its orders: subject, description, priority
// and who handles it.
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace peyvand {

class CustomerPicker;
class Workspace;

class OpenRequestDialog : public QDialog
{
    Q_OBJECT
public:
    // customerId 0: pick one. orderId: preselect that order of the customer.
    OpenRequestDialog(Workspace &workspace, qint64 customerId, qint64 orderId = 0, QWidget *parent = nullptr);

    CustomerPicker *customerPicker() const { return m_picker; }
    qint64 requestId() const { return m_requestId; } // after a successful save

    void accept() override; // saves; stays open and shows why when refused

private:
    void loadOrders(qint64 customerId, qint64 selectOrderId);
    void updateSaveButton();

    Workspace &m_workspace;
    qint64 m_customerId = 0;
    qint64 m_requestId = 0;
    CustomerPicker *m_picker = nullptr;
    QComboBox *m_order;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QComboBox *m_priority;
    QComboBox *m_assignee;
    QLabel *m_formError;
    QPushButton *m_save;
};

} // namespace peyvand
