#pragma once
// A Jalali date field: type it (۱۴۰۳/۰۵/۱۲, 1403-5-12, ١٤٠٣/٥/١٢ or an ISO
// date) or pick it from a Jalali calendar that starts the week on Saturday.
// Shows the date with the UI's digits; an empty field is "no date" unless
// the field is required.
#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace peyvand {

class JalaliDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit JalaliDateEdit(QWidget *parent = nullptr);

    QDate date() const; // invalid when empty or not a date
    void setDate(const QDate &date);
    void setRequired(bool required);
    // Empty when the text is a date (or empty and optional), else why not, in the UI language.
    QString errorText() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void dateChanged(const QDate &date);
    void textEdited(); // any keystroke, for validation as you type

private:
    void openCalendar();
    void reformat();

    QLineEdit *m_edit;
    QToolButton *m_button;
    bool m_required = false;
};

} // namespace peyvand
