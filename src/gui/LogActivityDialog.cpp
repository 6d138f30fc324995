#include "LogActivityDialog.h"

#include "CustomerPicker.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "JalaliDateEdit.h"
#include "RoleGate.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace peyvand {

namespace {

constexpr ActivityType kTypes[] = { ActivityType::Call, ActivityType::Meeting, ActivityType::Email,
                                    ActivityType::Sms,  ActivityType::Note,    ActivityType::Task };
constexpr Direction kDirections[] = { Direction::None, Direction::Inbound, Direction::Outbound };

QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

// A field with its error line under it, as one form cell.
QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    box->setFocusProxy(field);
    return box;
}

QWidget *row(std::initializer_list<QWidget *> widgets, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addStretch();
    return box;
}

} // namespace

LogActivityDialog::LogActivityDialog(Workspace &workspace, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_picker(new CustomerPicker(workspace, this))
    , m_type(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_date(new JalaliDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_outcome(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_deal(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_followUp(new QCheckBox(tr("&Follow up on"), this))
    , m_followUpDate(new JalaliDateEdit(this))
    , m_followUpTime(new QTimeEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_customerError(errorLabel("customerError", this))
    , m_dateError(errorLabel("dateError", this))
    , m_durationError(errorLabel("durationError", this))
    , m_linkError(errorLabel("linkError", this))
    , m_followUpError(errorLabel("followUpError", this))
    , m_generalError(errorLabel("generalError", this))
{
    setObjectName(QStringLiteral("logActivityDialog"));
    setWindowTitle(tr("Log activity"));
    buildForm();

    connect(m_picker, &CustomerPicker::customerChanged, this, &LogActivityDialog::customerPicked);
    connect(m_followUp, &QCheckBox::toggled, this, &LogActivityDialog::followUpToggled);
    connect(m_save, &QPushButton::clicked, this, &LogActivityDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // An error goes away as soon as its field is touched again.
    connect(m_picker->lineEdit(), &QLineEdit::textEdited, m_customerError, &QLabel::hide);
    connect(m_date, &JalaliDateEdit::textEdited, m_dateError, &QLabel::hide);
    connect(m_followUpDate, &JalaliDateEdit::textEdited, m_followUpError, &QLabel::hide);
    connect(m_followUpTime, &QTimeEdit::timeChanged, m_followUpError, &QLabel::hide);
    connect(m_time, &QTimeEdit::timeChanged, m_followUpError, &QLabel::hide);
    m_notes->installEventFilter(this);

    for (int i = 0; i < int(std::size(kTypes)); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { setType(kTypes[i]); });
    }

    const QDateTime now = m_workspace.clock().now().toLocalTime();
    m_date->setDate(now.date());
    m_time->setTime(QTime(now.time().hour(), now.time().minute()));
    customerPicked(0);
    followUpToggled(false);

    if (customerId) {
        m_picker->setCustomer(customerId);
        m_type->setFocus();
    } else {
        m_picker->setFocus();
    }
}

void LogActivityDialog::buildForm()
{
    // Right to left, QTimeEdit puts the minutes first ("45:10") unless told
    // otherwise before its format is set; a time reads left to right in Persian too.
    m_time->setLayoutDirection(Qt::LeftToRight);
    m_followUpTime->setLayoutDirection(Qt::LeftToRight);
    for (int i = 0; i < int(std::size(kTypes)); ++i)
        m_type->addItem(Display::label(kTypes[i]), int(kTypes[i]));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setToolTip(tr("Ctrl+1 call, Ctrl+2 meeting, Ctrl+3 e-mail, Ctrl+4 SMS, Ctrl+5 note, Ctrl+6 task"));
    for (const Direction d : kDirections)
        m_direction->addItem(d == Direction::None ? tr("No direction") : Display::label(d), int(d));
    m_direction->setObjectName(QStringLiteral("directionCombo"));

    m_picker->setObjectName(QStringLiteral("customerPicker"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setRequired(true);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setPlaceholderText(tr("e.g. asked for a price list"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Notes (Ctrl+Enter saves)"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_deal->setObjectName(QStringLiteral("dealCombo"));
    m_contact->setObjectName(QStringLiteral("contactCombo"));
    m_followUp->setObjectName(QStringLiteral("followUpCheck"));
    m_followUpDate->setObjectName(QStringLiteral("followUpDateEdit"));
    m_followUpTime->setObjectName(QStringLiteral("followUpTimeEdit"));
    m_followUpTime->setDisplayFormat(QStringLiteral("HH:mm"));
    const int timeWidth = fontMetrics().horizontalAdvance(QStringLiteral("۰۰:۰۰")) * 2 + 40;
    m_time->setMinimumWidth(timeWidth);
    m_followUpTime->setMinimumWidth(timeWidth);
    m_duration->setMinimumWidth(timeWidth + 30);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Enter, or Ctrl+Enter in the notes"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &text, QWidget *field, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&Customer:"), withError(m_picker, m_customerError, this), m_picker);
    auto *directionLabel = new QLabel(tr("&Direction:"), this);
    directionLabel->setBuddy(m_direction);
    addRow(tr("&Type:"), row({ m_type, directionLabel, m_direction }, this), m_type);
    addRow(tr("&When:"), withError(row({ m_date, m_time }, this), m_dateError, this), m_date);
    addRow(tr("D&uration:"), withError(row({ m_duration }, this), m_durationError, this), m_duration);
    addRow(tr("&Outcome:"), m_outcome, m_outcome);
    addRow(tr("&Notes:"), m_notes, m_notes);
    addRow(tr("D&eal:"), m_deal, m_deal);
    addRow(tr("Con&tact:"), withError(m_contact, m_linkError, this), m_contact);
    form->addRow(m_followUp, withError(row({ m_followUpDate, m_followUpTime }, this), m_followUpError, this));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    setTabOrder(m_picker, m_type);
    setTabOrder(m_type, m_direction);
    setTabOrder(m_direction, m_date);
    setTabOrder(m_date, m_time);
    setTabOrder(m_time, m_duration);
    setTabOrder(m_duration, m_outcome);
    setTabOrder(m_outcome, m_notes);
    setTabOrder(m_notes, m_deal);
    setTabOrder(m_deal, m_contact);
    setTabOrder(m_contact, m_followUp);
    setTabOrder(m_followUp, m_followUpDate);
    setTabOrder(m_followUpDate, m_followUpTime);
    setTabOrder(m_followUpTime, m_save);
    setTabOrder(m_save, m_cancel);
    setMinimumWidth(480);
}

void LogActivityDialog::setType(ActivityType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void LogActivityDialog::customerPicked(qint64 customerId)
{
    m_deal->clear();
    m_contact->clear();
    m_deal->addItem(tr("No deal"), qint64(0));
    m_contact->addItem(tr("No contact person"), qint64(0));
    bool legal = false;
    if (customerId) {
        m_customerError->hide();
        try {
            const bool amounts = RoleGate::showsDealAmounts(m_workspace.user());
            for (const Deal &deal : m_workspace.store().deals().forCustomer(customerId, true))
                m_deal->addItem(deal.amount && amounts
                                    ? deal.title + QStringLiteral(" — ") + Display::money(deal.amount)
                                    : deal.title,
                                deal.id);
            legal = m_workspace.store().customers().kindOf(customerId) == CustomerKind::Legal;
            if (legal)
                for (const ContactPerson &c : m_workspace.contacts().forCustomer(customerId))
                    m_contact->addItem(c.jobTitle.isEmpty() ? c.displayName()
                                                            : c.displayName() + QStringLiteral(" — ") + c.jobTitle,
                                       c.id);
        } catch (const DatabaseError &e) {
            QMessageBox::warning(this, tr("Database error"), QString::fromUtf8(e.what()));
        }
        // Picked from the popup with Enter: go on to the type instead of saving.
        if (m_picker->lineEdit()->hasFocus()) {
            m_justPicked = true;
            QTimer::singleShot(0, this, [this] { m_justPicked = false; });
            m_type->setFocus();
        }
    }
    m_deal->setEnabled(m_deal->count() > 1);
    m_contact->setEnabled(m_contact->count() > 1);
    m_contact->setToolTip(customerId && !legal ? tr("Contact persons belong to legal entities") : QString());
}

void LogActivityDialog::followUpToggled(bool on)
{
    m_followUpDate->setEnabled(on);
    m_followUpTime->setEnabled(on);
    m_followUpDate->setRequired(on);
    if (!on) {
        m_followUpError->hide();
        return;
    }
    // Same time on the next day unless already filled in.
    if (m_followUpDate->lineEdit()->text().trimmed().isEmpty()) {
        const QDate base = m_date->date().isValid() ? m_date->date() : m_workspace.clock().now().toLocalTime().date();
        m_followUpDate->setDate(base.addDays(1));
        m_followUpTime->setTime(m_time->time());
    }
}

bool LogActivityDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            save();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LogActivityDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (m_justPicked || (m_picker->lineEdit()->hasFocus() && m_picker->customerId() == 0))) {
        // Enter in the customer field finishes the search (or takes its only
        // match) rather than saving a half-filled activity.
        if (!m_justPicked && m_picker->matches().size() == 1)
            m_picker->pickMatch(0);
        m_justPicked = false;
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LogActivityDialog::clearErrors()
{
    for (QLabel *label :
         { m_customerError, m_dateError, m_durationError, m_linkError, m_followUpError, m_generalError })
        label->hide();
}

void LogActivityDialog::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->show();
}

void LogActivityDialog::showValidationError(const ValidationError &error)
{
    const QString field = error.field();
    QLabel *label = m_generalError;
    QWidget *focus = nullptr;
    if (field == QLatin1String("customer_id")) {
        label = m_customerError;
        focus = m_picker;
    } else if (field == QLatin1String("deal_id") || field == QLatin1String("contact_id")) {
        label = m_linkError;
        focus = field == QLatin1String("deal_id") ? static_cast<QWidget *>(m_deal) : m_contact;
    } else if (field == QLatin1String("duration")) {
        label = m_durationError;
        focus = m_duration;
    } else if (field == QLatin1String("follow_up")) {
        label = m_followUpError;
        focus = m_followUpDate;
    } else if (field == QLatin1String("date") || field == QLatin1String("at")) {
        label = m_dateError;
        focus = m_date;
    }
    showError(label, Display::error(error));
    if (focus)
        focus->setFocus();
}

bool LogActivityDialog::collect(Activity &a)
{
    QWidget *firstBad = nullptr;
    auto fail = [&](QLabel *label, const QString &text, QWidget *field) {
        showError(label, text);
        if (!firstBad)
            firstBad = field;
    };
    a.customerId = m_picker->customerId();
    if (!a.customerId)
        fail(m_customerError,
             m_picker->lineEdit()->text().trimmed().isEmpty() ? tr("Pick a customer")
                                                              : tr("Pick the customer from the list of matches"),
             m_picker);
    if (const QString e = m_date->errorText(); !e.isEmpty())
        fail(m_dateError, e, m_date);
    if (m_followUp->isChecked())
        if (const QString e = m_followUpDate->errorText(); !e.isEmpty())
            fail(m_followUpError, e, m_followUpDate);
    if (firstBad) {
        firstBad->setFocus();
        return false;
    }

    a.type = ActivityType(m_type->currentData().toInt());
    a.direction = Direction(m_direction->currentData().toInt());
    const QTime time = m_time->time();
    a.at = QDateTime(m_date->date(), QTime(time.hour(), time.minute()));
    a.durationSeconds = m_duration->value() * 60;
    a.outcome = m_outcome->text();
    a.notes = m_notes->toPlainText();
    if (const qint64 deal = m_deal->currentData().toLongLong())
        a.dealId = deal;
    if (const qint64 contact = m_contact->currentData().toLongLong())
        a.contactId = contact;
    a.ownerId = m_workspace.user().id;
    if (m_followUp->isChecked()) {
        const QTime at = m_followUpTime->time();
        a.followUpAt = QDateTime(m_followUpDate->date(), QTime(at.hour(), at.minute()));
    }
    return true;
}

bool LogActivityDialog::save()
{
    clearErrors();
    Activity activity;
    if (!collect(activity))
        return false;
    try {
        m_activityId = m_workspace.activities().log(activity);
    } catch (const ValidationError &e) {
        showValidationError(e);
        return false;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Could not save the activity"), DatabaseErrorText::whileSaving(e));
        return false;
    }
    emit m_workspace.activityChanged(m_activityId, activity.customerId);
    accept();
    return true;
}

} // namespace peyvand
