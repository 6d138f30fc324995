#pragma once
// Opens a new deal in the pipeline of one customer kind: a B2B deal names a
// legal entity and which of its contacts are involved, a B2C deal a person.
#include "Customer.h"
#include "Pipeline.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace peyvand {

class CustomerPicker;
class JalaliDateEdit;
class Workspace;

class DealDialog : public QDialog
{
    Q_OBJECT
public:
    DealDialog(Workspace &workspace, CustomerKind kind, qint64 customerId = 0, QWidget *parent = nullptr);

    CustomerPicker *customerPicker() const { return m_picker; }
    qint64 dealId() const { return m_dealId; } // after a successful save

    void accept() override; // saves; stays open and shows why when the deal is refused

private:
    void loadContacts(qint64 customerId);
    void updateAmount();
    void updateSaveButton();
    void clearErrors();
    void showError(const QString &field, const QString &text);
    std::optional<qint64> amountRials(QString *error) const;

    Workspace &m_workspace;
    CustomerKind m_kind;
    std::optional<Pipeline> m_pipeline;
    qint64 m_dealId = 0;

    CustomerPicker *m_picker;
    QListWidget *m_contacts = nullptr;
    QLabel *m_contactsHint = nullptr;
    QLineEdit *m_title;
    QLineEdit *m_amount;
    QLabel *m_amountPreview;
    QComboBox *m_stage;
    JalaliDateEdit *m_expectedClose;
    QComboBox *m_owner;
    QPushButton *m_save;
    QHash<QString, QLabel *> m_errors; // by field: customer, contacts, title, amount, stage, expectedClose, owner, form
};

} // namespace peyvand
