#include "CustomerHeader.h"

#include "Display.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace peyvand {

namespace {

QString chipStyle(const char *background, const char *foreground)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 2px 8px; }")
        .arg(QLatin1String(background), QLatin1String(foreground));
}

// "Caption: value" with the caption dimmed; hidden when there is no value.
void setFact(QLabel *label, const QString &caption, const QString &value)
{
    label->setVisible(!value.isEmpty());
    label->setText(
        QStringLiteral("<span style='color:#757575'>%1</span> %2").arg(caption.toHtmlEscaped(), value.toHtmlEscaped()));
    label->setProperty("value", value);
}

} // namespace

CustomerHeader::CustomerHeader(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("nameLabel"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_name->setFont(big);
    top->addWidget(m_name);
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("kindLabel"));
    m_kind->setStyleSheet(chipStyle("#e3f2fd", "#0d47a1"));
    top->addWidget(m_kind, 0, Qt::AlignVCenter);
    m_lifecycle = new QLabel(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleLabel"));
    m_lifecycle->setStyleSheet(chipStyle("#ede7f6", "#4527a0"));
    top->addWidget(m_lifecycle, 0, Qt::AlignVCenter);
    m_doNotCall = new QLabel(tr("Do not call"), this);
    m_doNotCall->setObjectName(QStringLiteral("doNotCallBadge"));
    m_doNotCall->setStyleSheet(chipStyle("#c62828", "white"));
    top->addWidget(m_doNotCall, 0, Qt::AlignVCenter);
    m_doNotSms = new QLabel(tr("No SMS"), this);
    m_doNotSms->setObjectName(QStringLiteral("doNotSmsBadge"));
    m_doNotSms->setStyleSheet(chipStyle("#c62828", "white"));
    top->addWidget(m_doNotSms, 0, Qt::AlignVCenter);
    top->addStretch(1);
    layout->addLayout(top);

    m_facts = new QWidget(this);
    auto *facts = new QHBoxLayout(m_facts);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setSpacing(18);
    m_owner = addLabel("ownerLabel");
    m_nationalId = addLabel("nationalIdLabel");
    m_phone = addLabel("phoneLabel");
    m_city = addLabel("cityLabel");
    m_tags = addLabel("tagsLabel");
    for (QLabel *label : { m_owner, m_nationalId, m_phone, m_city, m_tags })
        facts->addWidget(label);
    facts->addStretch(1);
    layout->addWidget(m_facts);
    clear();
}

QLabel *CustomerHeader::addLabel(const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void CustomerHeader::setCustomer(const Customer &c, const QString &ownerName)
{
    m_name->setText(c.displayName());
    m_kind->setText(Display::label(c.kind));
    m_kind->show();
    m_lifecycle->setText(Display::label(c.lifecycle));
    m_lifecycle->show();
    m_doNotCall->setVisible(c.doNotCall);
    m_doNotSms->setVisible(c.doNotSms);
    setFact(m_owner, tr("Owner:"), ownerName.isEmpty() ? tr("nobody") : ownerName);
    setFact(m_nationalId, c.kind == CustomerKind::Legal ? tr("National ID:") : tr("National code:"),
            c.nationalIdentifier().isEmpty() ? QString() : Display::isolate(Display::digits(c.nationalIdentifier())));
    setFact(m_phone, tr("Phone:"), c.primaryPhone().isEmpty() ? QString() : Display::phone(c.primaryPhone()));
    setFact(m_city, tr("City:"), c.city());
    setFact(m_tags, tr("Tags:"), c.tags.join(Display::persian() ? QStringLiteral("، ") : QStringLiteral(", ")));
    m_facts->show();
}

void CustomerHeader::clear()
{
    m_name->clear();
    for (QLabel *label : { m_kind, m_lifecycle, m_doNotCall, m_doNotSms })
        label->hide();
    m_facts->hide();
}

} // namespace peyvand
