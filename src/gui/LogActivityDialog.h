#pragma once
// The quick "log an activity" dialog: pick a customer, say what happened (call,
// meeting, e-mail…), optionally tie it to a deal or contact, and leave a
// follow-up that becomes a reminder. Enter saves; errors show beside fields.
#include "Activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace peyvand {

class CustomerPicker;
class JalaliDateEdit;
class ValidationError;
class Workspace;

class LogActivityDialog : public QDialog
{
    Q_OBJECT
public:
    // customerId 0: the user picks the customer (focus starts there).
    explicit LogActivityDialog(Workspace &workspace, qint64 customerId = 0, QWidget *parent = nullptr);

    qint64 activityId() const { return m_activityId; } // 0 until saved
    CustomerPicker *customerPicker() const { return m_picker; }
    // Selects a type in the type combo (also Ctrl+1 … Ctrl+6).
    void setType(ActivityType type);

    // Validates and logs; on success emits Workspace::activityChanged and accepts.
    bool save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildForm();
    void customerPicked(qint64 customerId);
    void followUpToggled(bool on);
    void clearErrors();
    void showError(QLabel *label, const QString &text);
    void showValidationError(const ValidationError &error);
    bool collect(Activity &activity);

    Workspace &m_workspace;
    qint64 m_activityId = 0;
    bool m_justPicked = false; // the customer was just picked with Enter

    CustomerPicker *m_picker;
    QComboBox *m_type;
    QComboBox *m_direction;
    JalaliDateEdit *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_duration;
    QLineEdit *m_outcome;
    QPlainTextEdit *m_notes;
    QComboBox *m_deal;
    QComboBox *m_contact;
    QCheckBox *m_followUp;
    JalaliDateEdit *m_followUpDate;
    QTimeEdit *m_followUpTime;
    QPushButton *m_save;
    QPushButton *m_cancel;

    QLabel *m_customerError;
    QLabel *m_dateError;
    QLabel *m_durationError;
    QLabel *m_linkError;
    QLabel *m_followUpError;
    QLabel *m_generalError;
};

} // namespace peyvand
