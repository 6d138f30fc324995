#include "FormValidator.h"

#include "ConcurrentChangeError.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "ValidationError.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace peyvand {

FormValidator::FormValidator(QWidget *form)
    : QObject(form)
    , m_form(form)
    , m_formError(new QLabel(form))
{
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_formError->hide();
}

FieldValidator *FormValidator::add(const QString &name, const QStringList &serviceFields, FieldValidator::Check check)
{
    auto *validator = new FieldValidator(name, std::move(check), m_form, this);
    m_fields << validator;
    m_byName.insert(name, validator);
    for (const QString &serviceField : serviceFields)
        m_byServiceField.insert(serviceField, validator);
    connect(validator, &FieldValidator::validityChanged, this, [this] {
        clearFormError();
        emit validityChanged(isValid());
    });
    return validator;
}

FieldValidator *FormValidator::field(const QString &name) const
{
    return m_byName.value(name);
}

bool FormValidator::isValid() const
{
    for (const FieldValidator *f : m_fields)
        if (!f->isValid())
            return false;
    return true;
}

QString FormValidator::firstError() const
{
    for (const FieldValidator *f : m_fields)
        if (!f->isValid())
            return f->error();
    return {};
}

void FormValidator::revalidateAll()
{
    for (FieldValidator *f : m_fields)
        f->revalidate();
    emit validityChanged(isValid());
}

void FormValidator::touchAll()
{
    for (FieldValidator *f : m_fields)
        f->touch();
}

void FormValidator::showServiceError(const ValidationError &error)
{
    if (FieldValidator *f = m_byServiceField.value(error.field())) {
        f->showServiceError(Display::error(error));
        emit validityChanged(isValid());
    } else {
        showFormError(Display::error(error));
    }
}

void FormValidator::showFormError(const QString &message)
{
    m_formError->setText(message);
    m_formError->setVisible(!message.isEmpty());
}

void FormValidator::clearFormError()
{
    showFormError(QString());
}

void FormValidator::showDatabaseError(const std::exception &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Could not save"), DatabaseErrorText::whileSaving(error),
                                QMessageBox::Ok, m_form);
    box->setObjectName(QStringLiteral("databaseErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FormValidator::updateSaveButton(QPushButton *save, const QString &blockingError)
{
    if (!blockingError.isEmpty()) // edits clear the general error label; this one stays
        showFormError(blockingError);
    const bool ok = blockingError.isEmpty() && isValid();
    save->setEnabled(ok);
    save->setToolTip(ok ? QString() : firstError());
}

bool FormValidator::trySave(const std::function<void()> &save,
                            const std::function<void(const ConcurrentChangeError &)> &onConflict)
{
    try {
        save();
        return true;
    } catch (const ConcurrentChangeError &e) {
        if (onConflict)
            onConflict(e);
        else
            showServiceError(e);
    } catch (const ValidationError &e) {
        showServiceError(e);
    } catch (const DatabaseError &e) {
        showDatabaseError(e);
    }
    return false;
}

} // namespace peyvand
