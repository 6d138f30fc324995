#include "CustomerSalesBox.h"

#include "EnumCombo.h"
#include "FormValidator.h"
#include "RoleGate.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace peyvand {

CustomerSalesBox::CustomerSalesBox(Workspace &workspace, FormValidator &validation, QWidget *parent)
    : QGroupBox(tr("Sales"), parent)
    , m_workspace(workspace)
    , m_owner(new QComboBox(this))
    , m_lifecycle(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_doNotCall(new QCheckBox(tr("Do not call"), this))
    , m_doNotSms(new QCheckBox(tr("Do not send SMS"), this))
{
    setObjectName(QStringLiteral("salesBox"));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->addItem(tr("Nobody"), qint64(0));
    for (const User &user : workspace.users())
        m_owner->addItem(user.fullName.isEmpty() ? user.username : user.fullName, user.id);
    selectOwner(workspace.user().id);
    // Giving a customer to someone else is reassign_owners; a rep's new customers are their own.
    RoleGate::apply(m_owner, RoleGate::decideField(workspace.user(), Permission::ReassignOwners));

    m_lifecycle->setObjectName(QStringLiteral("lifecycleCombo"));
    EnumCombo::fill<Lifecycle>(m_lifecycle);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    EnumCombo::fill<SourceChannel>(m_source);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_doNotCall->setObjectName(QStringLiteral("doNotCallCheck"));
    m_doNotSms->setObjectName(QStringLiteral("doNotSmsCheck"));

    FieldValidator *owner = validation.add(QStringLiteral("owner"), { QStringLiteral("owner") });
    connect(m_owner, &QComboBox::currentIndexChanged, owner, &FieldValidator::edited);

    auto *flags = new QHBoxLayout;
    flags->addWidget(m_doNotCall);
    flags->addWidget(m_doNotSms);
    flags->addStretch(1);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Owner:"), owner->wrap(m_owner));
    form->addRow(tr("L&ifecycle:"), m_lifecycle);
    form->addRow(tr("So&urce:"), m_source);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), flags);
}

void CustomerSalesBox::selectOwner(qint64 userId)
{
    int index = m_owner->findData(userId);
    if (index < 0) { // an inactive user still owns it
        m_owner->addItem(m_workspace.userName(userId), userId);
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(index);
}

void CustomerSalesBox::load(const Customer &c)
{
    selectOwner(c.ownerId);
    EnumCombo::select(m_lifecycle, c.lifecycle);
    EnumCombo::select(m_source, c.source);
    m_tags->setText(c.tags.join(Display::persian() ? QStringLiteral("، ") : QStringLiteral(", ")));
    m_doNotCall->setChecked(c.doNotCall);
    m_doNotSms->setChecked(c.doNotSms);
}

void CustomerSalesBox::apply(Customer &c) const
{
    c.ownerId = m_owner->currentData().toLongLong();
    c.lifecycle = EnumCombo::value<Lifecycle>(m_lifecycle);
    c.source = EnumCombo::value<SourceChannel>(m_source);
    c.tags = splitTags(m_tags->text());
    c.doNotCall = m_doNotCall->isChecked();
    c.doNotSms = m_doNotSms->isChecked();
}

QStringList CustomerSalesBox::splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,،;؛]"));
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    return tags;
}

QList<QWidget *> CustomerSalesBox::tabOrder() const
{
    return { m_owner, m_lifecycle, m_source, m_tags, m_doNotCall, m_doNotSms };
}

} // namespace peyvand
