#pragma once
// One validated input of a form: re-checks its value on every edit (usually
// with a core normaliser) and shows why it cannot be accepted, in the UI
// language, in a red label under the field.
#include <QObject>
#include <functional>

class QLabel;
class QLineEdit;
class QWidget;

namespace peyvand {

class FieldValidator : public QObject
{
    Q_OBJECT
public:
    // Why the field's current value cannot be accepted, or an empty string.
    using Check = std::function<QString()>;

    // `name` names the error label: "nationalCode" → "nationalCodeError".
    FieldValidator(const QString &name, Check check, QWidget *labelParent, QObject *parent = nullptr);

    // A check that runs a core normaliser (which throws ValidationError) on the
    // edit's text and returns its message in the UI language; empty text passes.
    static Check normaliser(QLineEdit *edit, std::function<void(const QString &)> normalise);

    // Re-checks on every keystroke in `edit`.
    void watch(QLineEdit *edit);
    // The field needs a value. It counts as invalid at once, but says so only
    // after the user has edited it or touch() was called.
    void setRequired(std::function<bool()> isEmpty, const QString &message);

    QLabel *errorLabel() const { return m_label; }
    // The field with its error label under it, for a form layout row.
    QWidget *wrap(QWidget *field) const;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // even when not shown yet
    QString shownError() const;

    // A problem found elsewhere (a duplicate); blocks until cleared with an empty string.
    void setExternalError(const QString &message);
    // A rejection from the service; shown until the field is edited again.
    void showServiceError(const QString &message);

public slots:
    void edited(); // the user changed the value: clear a service error, re-check
    void revalidate();
    void touch(); // show a missing required value too

signals:
    void validityChanged();

private:
    void refresh();

    QString m_name;
    Check m_check;
    std::function<bool()> m_isEmpty;
    QString m_requiredMessage;
    QString m_externalError;
    QString m_serviceError;
    QString m_error;
    bool m_touched = false;
    bool m_missing = false;
    QLabel *m_label;
};

} // namespace peyvand
