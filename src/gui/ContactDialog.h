#pragma once
// Adds or edits a contact person of a legal-entity customer (a member of its
// buying center: role, influence, attitude), with fields checked as they are
// typed and saving through ContactService.
#include "ContactPerson.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace peyvand {

class ConcurrentChangeError;
class FormValidator;
class Workspace;

class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    // A new contact of `customerId`, or (contactId != 0) an existing one of it.
    ContactDialog(Workspace &workspace, qint64 customerId, qint64 contactId = 0, QWidget *parent = nullptr);

    qint64 contactId() const { return m_contact.id; } // 0 until a new contact is saved
    qint64 customerId() const { return m_contact.customerId; }
    bool isEditing() const { return m_editing; }
    qint64 loadedVersion() const { return m_contact.version; } // 0 for a new contact
    // Reads the contact again into the form, discarding unsaved edits.
    void reload();

public slots:
    void accept() override; // saves; stays open and shows why when refused

private:
    void load(qint64 customerId, qint64 contactId);
    void resolveConflict(const ConcurrentChangeError &error);
    void buildLayout();
    void fillFields();
    ContactPerson collect() const;
    void updateSaveButton();

    Workspace &m_workspace;
    ContactPerson m_contact;
    bool m_editing = false;
    QString m_companyName;
    QString m_loadError;
    FormValidator *m_validation;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    QComboBox *m_role = nullptr;
    QSpinBox *m_influence = nullptr;
    QComboBox *m_attitude = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace peyvand
