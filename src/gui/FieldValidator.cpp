#include "FieldValidator.h"

#include "Display.h"
#include "ValidationError.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace peyvand {

FieldValidator::FieldValidator(const QString &name, Check check, QWidget *labelParent, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_check(std::move(check))
    , m_label(new QLabel(labelParent))
{
    setObjectName(name + QStringLiteral("Validator"));
    m_label->setObjectName(name + QStringLiteral("Error"));
    // One line: a wrapped label in a form row gets clipped; the row widens instead.
    m_label->setWordWrap(false);
    m_label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_label->hide();
}

FieldValidator::Check FieldValidator::normaliser(QLineEdit *edit, std::function<void(const QString &)> normalise)
{
    return [edit, normalise = std::move(normalise)]() -> QString {
        const QString text = edit->text();
        if (text.trimmed().isEmpty())
            return {};
        try {
            normalise(text);
            return {};
        } catch (const ValidationError &e) {
            return Display::error(e);
        }
    };
}

void FieldValidator::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textEdited, this, &FieldValidator::edited);
    // Programmatic changes (loading, paste from code) are checked too, without
    // counting as the user's edit.
    connect(edit, &QLineEdit::textChanged, this, &FieldValidator::revalidate);
}

void FieldValidator::setRequired(std::function<bool()> isEmpty, const QString &message)
{
    m_isEmpty = std::move(isEmpty);
    m_requiredMessage = message;
    revalidate();
}

QWidget *FieldValidator::wrap(QWidget *field) const
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(m_label);
    box->setFocusProxy(field);
    return box;
}

QString FieldValidator::shownError() const
{
    return m_label->isHidden() ? QString() : m_label->text();
}

void FieldValidator::setExternalError(const QString &message)
{
    if (m_externalError == message)
        return;
    m_externalError = message;
    refresh();
}

void FieldValidator::showServiceError(const QString &message)
{
    m_serviceError = message;
    m_touched = true;
    refresh();
}

void FieldValidator::edited()
{
    m_touched = true;
    m_serviceError.clear();
    refresh();
}

void FieldValidator::revalidate()
{
    refresh();
}

void FieldValidator::touch()
{
    m_touched = true;
    refresh();
}

void FieldValidator::refresh()
{
    const QString checked = m_check ? m_check() : QString();
    m_missing = checked.isEmpty() && m_isEmpty && m_isEmpty();
    QString error = m_serviceError;
    if (error.isEmpty())
        error = checked;
    if (error.isEmpty() && m_missing)
        error = m_requiredMessage;
    if (error.isEmpty())
        error = m_externalError;

    const bool changed = error != m_error;
    m_error = error;
    // A value the user has not got to yet is missing quietly; everything else shows at once.
    const bool quiet = m_missing && !m_touched && m_serviceError.isEmpty();
    const bool show = !error.isEmpty() && !quiet;
    m_label->setText(show ? error : QString());
    m_label->setVisible(show);
    if (changed)
        emit validityChanged();
}

} // namespace peyvand
