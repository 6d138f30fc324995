#pragma once
// A small dialog to move a follow-up to a Jalali date and time of one's choice.
#include <QDateTime>
#include <QDialog>

class QLabel;
class QTimeEdit;

namespace peyvand {

class JalaliDateEdit;

class RescheduleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RescheduleDialog(const QDateTime &initial, QWidget *parent = nullptr);

    QDateTime when() const; // local time; invalid while the date is not valid

    void accept() override; // refuses (with the reason beside the date) an invalid date

private:
    JalaliDateEdit *m_date;
    QTimeEdit *m_time;
    QLabel *m_error;
};

} // namespace peyvand
