#include "JalaliDateEdit.h"

#include "Display.h"
#include "JalaliDate.h"
#include "ValidationError.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace peyvand {

JalaliDateEdit::JalaliDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setPlaceholderText(Display::digits(QStringLiteral("1403/01/31")));
    m_button->setObjectName(QStringLiteral("dateButton"));
    m_button->setText(QStringLiteral("…"));
    m_button->setToolTip(tr("Pick from the calendar"));
    m_button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    connect(m_button, &QToolButton::clicked, this, &JalaliDateEdit::openCalendar);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        emit textEdited();
        emit dateChanged(date());
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &JalaliDateEdit::reformat);
}

QDate JalaliDateEdit::date() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    try {
        return JalaliDate::parseDate(text);
    } catch (const ValidationError &) {
        return {};
    }
}

void JalaliDateEdit::setDate(const QDate &value)
{
    m_edit->setText(value.isValid() ? Display::date(value) : QString());
    emit dateChanged(value);
}

void JalaliDateEdit::setRequired(bool required)
{
    m_required = required;
}

QString JalaliDateEdit::errorText() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return m_required ? tr("Enter a date") : QString();
    try {
        JalaliDate::parseDate(text);
        return {};
    } catch (const ValidationError &e) {
        return Display::error(e);
    }
}

void JalaliDateEdit::reformat()
{
    const QDate value = date();
    if (value.isValid() && m_edit->text() != Display::date(value))
        m_edit->setText(Display::date(value));
}

void JalaliDateEdit::openCalendar()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setObjectName(QStringLiteral("jalaliCalendar"));
    calendar->setCalendar(JalaliDate::calendar());
    calendar->setFirstDayOfWeek(Qt::Saturday);
    calendar->setLocale(Display::persian() ? QLocale(QLocale::Persian, QLocale::Iran) : QLocale(QLocale::English));
    calendar->setGridVisible(true);
    const QDate current = date();
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    connect(calendar, &QCalendarWidget::clicked, menu, [this, menu](const QDate &picked) {
        setDate(picked);
        emit textEdited();
        menu->close();
    });
    connect(calendar, &QCalendarWidget::activated, menu, [this, menu](const QDate &picked) {
        setDate(picked);
        emit textEdited();
        menu->close();
    });
    menu->popup(m_button->mapToGlobal(QPoint(0, m_button->height())));
}

} // namespace peyvand
