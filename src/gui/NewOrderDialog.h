#pragma once
// A new order: for a customer (picked as you type, or given) and optionally
// from one of their won deals, whose title and amount become the first line.
// Lines are edited in place with live totals; saving goes through OrderService.
#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;

namespace peyvand {

class CustomerPicker;
class OrderLinesEditor;
class Workspace;

class NewOrderDialog : public QDialog
{
    Q_OBJECT
public:
    // customerId 0: pick one. dealId: a won deal of that customer.
    NewOrderDialog(Workspace &workspace, qint64 customerId, std::optional<qint64> dealId = std::nullopt,
                   QWidget *parent = nullptr);

    CustomerPicker *customerPicker() const { return m_picker; }
    OrderLinesEditor *linesEditor() const { return m_lines; }
    qint64 orderId() const { return m_orderId; } // after a successful save
    bool canSave() const;

    void accept() override; // saves; stays open and shows why when refused

private:
    void updateSaveButton();
    void checkCustomer(); // may the user make this order (edit_orders on its deal's or customer's owner)?

    Workspace &m_workspace;
    std::optional<qint64> m_dealId;
    qint64 m_customerId = 0;
    qint64 m_orderId = 0;
    qint64 m_dealOwnerId = 0; // an order from a deal is the deal's owner's
    QString m_refusal; // why the user may not order for this customer; empty when they may
    CustomerPicker *m_picker = nullptr;
    OrderLinesEditor *m_lines;
    QLabel *m_formError;
    QPushButton *m_save;
};

} // namespace peyvand
