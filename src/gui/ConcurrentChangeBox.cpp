#include "ConcurrentChangeBox.h"

#include "ConcurrentChangeError.h"

#include <QPushButton>

namespace peyvand {

namespace {

QString headline(const QString &entity)
{
    if (entity == QLatin1String("customer"))
        return ConcurrentChangeBox::tr("Someone else saved this customer after you opened it.");
    if (entity == QLatin1String("contact"))
        return ConcurrentChangeBox::tr("Someone else saved this contact person after you opened it.");
    if (entity == QLatin1String("deal"))
        return ConcurrentChangeBox::tr("Someone else changed this deal after it was shown here.");
    if (entity == QLatin1String("activity"))
        return ConcurrentChangeBox::tr("Someone else changed this follow-up after it was shown here.");
    if (entity == QLatin1String("order"))
        return ConcurrentChangeBox::tr("Someone else changed this order after you opened it.");
    if (entity == QLatin1String("request"))
        return ConcurrentChangeBox::tr("Someone else changed this service request after you opened it.");
    return ConcurrentChangeBox::tr("Someone else changed this record after you opened it.");
}

} // namespace

ConcurrentChangeBox::ConcurrentChangeBox(const ConcurrentChangeError &error, QWidget *parent,
                                         const QString &consequences)
    : QMessageBox(QMessageBox::Warning, tr("Changed by someone else"), QString(), QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("concurrentChangeBox"));
    setText(headline(error.entity()) + QLatin1Char(' ') + tr("Your change was not saved."));
    setInformativeText(!consequences.isEmpty()
                           ? consequences
                           : tr("Reload: show what is saved now. The changes you made in this window are "
                                "discarded.\nKeep editing: your changes stay on screen so that you can copy them; "
                                "saving again is refused until you reload."));
    m_reload = addButton(tr("&Reload"), QMessageBox::AcceptRole);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *keep = addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    // Nothing is lost by the default (Enter or Escape).
    setDefaultButton(keep);
    setEscapeButton(keep);
}

ConcurrentChangeBox::Choice ConcurrentChangeBox::choice() const
{
    return clickedButton() == m_reload ? Choice::Reload : Choice::KeepEditing;
}

ConcurrentChangeBox::Choice ConcurrentChangeBox::ask(const ConcurrentChangeError &error, QWidget *parent,
                                                     const QString &consequences)
{
    ConcurrentChangeBox box(error, parent, consequences);
    box.exec();
    return box.choice();
}

} // namespace peyvand
