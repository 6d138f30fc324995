#pragma once
// Creates or edits a customer of either kind: fields checked as they are typed
// (Persian messages beside each), a warning when the national identifier or a
// phone already belongs to another customer, and saving through CustomerService.
#include "Customer.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QPushButton;

namespace peyvand {

class ConcurrentChangeError;
class CustomerSalesBox;
class DuplicateWarning;
class FormValidator;
class IndividualDetailsBox;
class LegalDetailsBox;
class Workspace;

class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    // A new customer of `kind`, or (customerId != 0) the existing one, whose own kind wins.
    CustomerDialog(Workspace &workspace, CustomerKind kind, qint64 customerId = 0, QWidget *parent = nullptr);

    qint64 customerId() const { return m_id; } // 0 until a new customer is saved
    CustomerKind kind() const { return m_customer.kind; }
    bool isEditing() const { return m_customer.id != 0; }
    // The stored version the form was loaded with (or saved as); 0 for a new customer.
    qint64 loadedVersion() const { return m_customer.version; }
    // Reads the customer again into the form, discarding unsaved edits (the
    // "Reload" answer when someone else saved it meanwhile).
    void reload();

public slots:
    void accept() override; // saves; stays open and shows why when refused

signals:
    // The user chose to open the customer the duplicate warning named (the dialog rejects itself).
    void openExistingRequested(qint64 customerId);

private:
    void load(qint64 customerId);
    void resolveConflict(const ConcurrentChangeError &error);
    void buildLayout();
    QWidget *buildContactBox();
    QWidget *buildAddressBox();
    void fillFields();
    Customer collect() const;
    QList<PhoneEntry> collectPhones() const;
    void checkDuplicates();
    std::optional<qint64> otherWithIdentifier(const QString &text) const;
    std::optional<qint64> otherWithPhone(const QString &text, QString *canonical) const;
    QString nameOf(qint64 customerId) const;
    void updateSaveButton();
    bool legal() const { return m_customer.kind == CustomerKind::Legal; }

    Workspace &m_workspace;
    Customer m_customer; // as loaded, or a blank one of the kind
    qint64 m_id = 0;
    QString m_loadError;
    int m_phoneSlot[2] = { -1, -1 }; // indexes into m_customer.phones shown in the two phone fields
    FormValidator *m_validation;
    LegalDetailsBox *m_legal = nullptr;
    IndividualDetailsBox *m_individual = nullptr;
    CustomerSalesBox *m_sales = nullptr;
    QLineEdit *m_phone = nullptr; // legal: main phone; individual: mobile
    QLineEdit *m_phone2 = nullptr; // legal: second phone; individual: landline
    QLineEdit *m_email = nullptr; // individual only
    QLineEdit *m_website = nullptr; // legal only
    QLineEdit *m_city = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    DuplicateWarning *m_duplicate = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace peyvand
