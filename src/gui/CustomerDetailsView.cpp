#include "CustomerDetailsView.h"

#include "Display.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace peyvand {

namespace {

QString householdRoleText(const QString &code)
{
    if (code == QLatin1String("head"))
        return CustomerDetailsView::tr("Head of household");
    if (code == QLatin1String("spouse"))
        return CustomerDetailsView::tr("Spouse");
    if (code == QLatin1String("child"))
        return CustomerDetailsView::tr("Child");
    if (code == QLatin1String("other"))
        return CustomerDetailsView::tr("Other member");
    return code;
}

QString listSeparator()
{
    return Display::persian() ? QStringLiteral("، ") : QStringLiteral(", ");
}

} // namespace

CustomerDetailsView::CustomerDetailsView(Workspace &workspace, QWidget *parent)
    : QScrollArea(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("detailsView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    clear();
}

void CustomerDetailsView::clear()
{
    m_content = new QWidget;
    auto *columns = new QHBoxLayout(m_content);
    for (QVBoxLayout *&column : m_columns) {
        column = new QVBoxLayout;
        column->addStretch(1);
        columns->addLayout(column, 1);
    }
    setWidget(m_content); // deletes the previous content
}

QGroupBox *CustomerDetailsView::addGroup(const QString &title, const char *objectName, int column)
{
    auto *group = new QGroupBox(title, m_content);
    group->setObjectName(QLatin1String(objectName));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    QVBoxLayout *layout = m_columns[column];
    layout->insertWidget(layout->count() - 1, group); // above the stretch
    return group;
}

void CustomerDetailsView::addRow(QFormLayout *form, const QString &caption, const QString &value,
                                 const char *objectName)
{
    // A leading mark gives values without letters of their own (digits, codes,
    // e-mail) the page's direction, so every value lines up on the same side.
    const QChar mark = layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    auto *label = new QLabel(mark + (value.isEmpty() ? QStringLiteral("—") : value));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    form->addRow(caption, label);
}

void CustomerDetailsView::setCustomer(const Customer &c)
{
    clear();
    auto *details = addGroup(tr("Details"), "detailsGroup", 0);
    auto *form = static_cast<QFormLayout *>(details->layout());
    if (c.kind == CustomerKind::Legal)
        fillLegal(form, c);
    else
        fillIndividual(form, c);
    addRow(form, tr("Source"), Display::label(c.source), "sourceValue");
    addRow(form, tr("Created"), Display::dateTime(c.createdAt), "createdValue");
    addRow(form, tr("Last edited"), Display::dateTime(c.updatedAt), "updatedValue");
    if (c.kind == CustomerKind::Individual)
        fillHousehold(c);
    fillPhonesAndAddresses(c);
}

void CustomerDetailsView::fillLegal(QFormLayout *form, const Customer &c)
{
    const LegalDetails &d = c.legal;
    addRow(form, tr("Company"), d.companyName, "companyNameValue");
    addRow(form, tr("National ID"), Display::digits(d.nationalId), "nationalIdValue");
    addRow(form, tr("Economic code"), Display::digits(d.economicCode), "economicCodeValue");
    addRow(form, tr("Registration no."), Display::digits(d.registrationNo), "registrationNoValue");
    addRow(form, tr("Registration date"), Display::longDate(d.registrationDate), "registrationDateValue");
    addRow(form, tr("Industry"), d.industry, "industryValue");
    QString employees;
    if (d.employees > 0)
        employees = tr("%1 (%2)").arg(Display::number(d.employees), d.isEnterprise() ? tr("enterprise") : tr("SME"));
    addRow(form, tr("Employees"), employees, "employeesValue");
    addRow(form, tr("Website"), Display::isolate(d.website), "websiteValue");
    addRow(form, tr("Parent company"), d.parentId ? customerName(*d.parentId) : QString(), "parentValue");
}

void CustomerDetailsView::fillIndividual(QFormLayout *form, const Customer &c)
{
    const IndividualDetails &d = c.individual;
    addRow(form, tr("First name"), d.firstName, "firstNameValue");
    addRow(form, tr("Last name"), d.lastName, "lastNameValue");
    addRow(form, tr("National code"), Display::digits(d.nationalCode), "nationalCodeValue");
    addRow(form, tr("E-mail"), Display::isolate(d.email), "emailValue");
    addRow(form, tr("Birth date"), Display::longDate(d.birthDate), "birthDateValue");
    addRow(form, tr("Preferences"), d.preferences, "preferencesValue");
    addRow(form, tr("Loyalty card"), Display::isolate(Display::digits(d.loyaltyCard)), "loyaltyCardValue");
}

void CustomerDetailsView::fillHousehold(const Customer &c)
{
    const IndividualDetails &d = c.individual;
    if (!d.householdId)
        return;
    auto *group = addGroup(tr("Household"), "householdGroup", 1);
    auto *form = static_cast<QFormLayout *>(group->layout());
    const auto household = m_workspace.store().customers().household(*d.householdId);
    addRow(form, tr("Household"), household ? household->name : QString(), "householdValue");
    addRow(form, tr("Role"), householdRoleText(d.householdRole), "householdRoleValue");
    addRow(form, tr("Decides on"), d.householdDecides, "householdDecidesValue");
    QStringList others;
    for (const qint64 id : m_workspace.store().customers().householdMembers(*d.householdId))
        if (id != c.id)
            others << customerName(id);
    addRow(form, tr("Other members"), others.join(listSeparator()), "householdMembersValue");
}

void CustomerDetailsView::fillPhonesAndAddresses(const Customer &c)
{
    auto *phones = static_cast<QFormLayout *>(addGroup(tr("Phones"), "phonesGroup", 1)->layout());
    if (c.phones.isEmpty())
        addRow(phones, tr("Phone"), QString());
    for (int i = 0; i < c.phones.size(); ++i) {
        const PhoneEntry &p = c.phones.at(i);
        QString caption = p.label.isEmpty() ? tr("Phone") : p.label;
        if (i == 0 && c.phones.size() > 1)
            caption = tr("%1 (primary)").arg(caption);
        addRow(phones, caption, Display::phone(p.number));
    }
    auto *addresses = static_cast<QFormLayout *>(addGroup(tr("Addresses"), "addressesGroup", 1)->layout());
    if (c.addresses.isEmpty())
        addRow(addresses, tr("Address"), QString());
    for (const Address &a : c.addresses) {
        QStringList parts;
        for (const QString &part : { a.province, a.city, a.line })
            if (!part.isEmpty())
                parts << part;
        QString text = parts.join(listSeparator());
        if (!a.postalCode.isEmpty())
            text = tr("%1 — postal code %2").arg(text, Display::isolate(Display::digits(a.postalCode)));
        addRow(addresses, a.label.isEmpty() ? tr("Address") : a.label, text);
    }
}

QString CustomerDetailsView::customerName(qint64 id) const
{
    const auto other = m_workspace.store().customers().get(id);
    return other ? other->displayName() : tr("customer %1").arg(Display::digits(QString::number(id)));
}

} // namespace peyvand
