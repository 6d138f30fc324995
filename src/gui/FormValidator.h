#pragma once
// The validation state of a whole form: its field validators, which service
// field names (ValidationError::field()) each one answers for, and a general
// error label ("formError") for a rejection no field claims.
#include "FieldValidator.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <exception>
#include <functional>

class QLabel;
class QPushButton;
class QWidget;

namespace peyvand {

class ConcurrentChangeError;
class ValidationError;

class FormValidator : public QObject
{
    Q_OBJECT
public:
    explicit FormValidator(QWidget *form);

    // A validator named `name` ("nationalCode": label "nationalCodeError")
    // that also shows the service's errors for `serviceFields` ("national_code").
    FieldValidator *add(const QString &name, const QStringList &serviceFields, FieldValidator::Check check = {});
    FieldValidator *field(const QString &name) const;

    QLabel *formErrorLabel() const { return m_formError; }
    bool isValid() const;
    QString firstError() const; // of the first invalid field, shown or not
    void revalidateAll();
    void touchAll();
    // Shows a service's rejection beside its field, or in the general label.
    void showServiceError(const ValidationError &error);
    void showFormError(const QString &message);
    void clearFormError();
    // A database that failed under the save: a message box over the form.
    void showDatabaseError(const std::exception &error);

    // Enables `save` only when every field is valid and there is no
    // `blockingError` (shown in the general label); its tooltip says why not.
    void updateSaveButton(QPushButton *save, const QString &blockingError = {});
    // Runs `save`; a service rejection is shown beside its field, a database
    // failure in a message box. A refusal because someone else changed the
    // record since the form loaded it goes to `onConflict` when given (the
    // form offers to reload), else to the general label. True when it went through.
    bool trySave(const std::function<void()> &save,
                 const std::function<void(const ConcurrentChangeError &)> &onConflict = {});

signals:
    void validityChanged(bool valid);

private:
    QWidget *m_form;
    QList<FieldValidator *> m_fields;
    QHash<QString, FieldValidator *> m_byName;
    QHash<QString, FieldValidator *> m_byServiceField;
    QLabel *m_formError;
};

} // namespace peyvand
