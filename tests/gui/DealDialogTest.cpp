// The new-deal dialog: a company and its contacts for B2B, a person for B2C,
// amounts in any digits and either unit, inline errors, saving.
#include "DealDialog.h"

#include "CustomerPicker.h"
#include "GuiFixture.h"
#include "JalaliDateEdit.h"
#include "PipelineBoard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace peyvand;
using peyvand::testing::GuiFixture;
using peyvand::testing::typeText;

namespace {

template<typename W> W *child(QWidget &parent, const char *name)
{
    W *w = parent.findChild<W *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

qint64 addContact(GuiFixture &f, qint64 company, const QString &first, const QString &last, const QString &job,
                  BuyingRole role)
{
    ContactPerson c;
    c.customerId = company;
    c.firstName = first;
    c.lastName = last;
    c.jobTitle = job;
    c.role = role;
    return f.workspace->contacts().add(c);
}

} // namespace

TEST(DealDialog, b2b_deal_picks_only_a_company_and_checks_which_contacts_are_involved)
{
    GuiFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت پارس پمپ"));
    f.addIndividual(QStringLiteral("پارسا"), QStringLiteral("پارسی"));
    const qint64 buyer = addContact(f, company, QStringLiteral("رضا"), QStringLiteral("احمدی"),
                                    QStringLiteral("مدیر خرید"), BuyingRole::Buyer);
    addContact(f, company, QStringLiteral("نرگس"), QStringLiteral("صادقی"), QStringLiteral("مدیرعامل"),
               BuyingRole::Decider);
    PipelineBoard board(*f.workspace, CustomerKind::Legal);
    const Pipeline b2b = *f.store->pipelines().defaultFor(CustomerKind::Legal);
    QSignalSpy changed(f.workspace.get(), &Workspace::dealChanged);

    DealDialog dialog(*f.workspace, CustomerKind::Legal);
    auto *save = child<QPushButton>(dialog, "saveButton");
    auto *contacts = child<QListWidget>(dialog, "contactsList");
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(contacts->count(), 0);

    CustomerPicker *picker = dialog.customerPicker();
    typeText(picker->lineEdit(), QStringLiteral("پارس"));
    picker->searchNow();
    ASSERT_EQ(picker->matches().size(), 1); // the company, not the person named Parsa
    EXPECT_EQ(picker->matches()[0].first, company);
    picker->pickMatch(0);
    EXPECT_FALSE(save->isEnabled()); // no title yet
    ASSERT_EQ(contacts->count(), 2);
    QStringList names;
    for (int i = 0; i < contacts->count(); ++i)
        names << contacts->item(i)->text();
    EXPECT_TRUE(names.join(QLatin1Char('|')).contains(QStringLiteral("رضا احمدی")));
    EXPECT_TRUE(names.join(QLatin1Char('|')).contains(QStringLiteral("تصمیم‌گیرنده")));
    for (int i = 0; i < contacts->count(); ++i)
        if (contacts->item(i)->text().contains(QStringLiteral("رضا")))
            contacts->item(i)->setCheckState(Qt::Checked);

    typeText(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("۴۰ پمپ صنعتی"));
    EXPECT_TRUE(save->isEnabled());
    typeText(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("۱۲۰٬۰۰۰٬۰۰۰"));
    EXPECT_EQ(child<QLabel>(dialog, "amountPreview")->text(), QStringLiteral("۱۲۰٬۰۰۰٬۰۰۰ ریال"));
    auto *stage = child<QComboBox>(dialog, "stageCombo");
    ASSERT_EQ(stage->count(), 5);
    EXPECT_EQ(stage->currentIndex(), 0);
    stage->setCurrentIndex(2);
    typeText(child<JalaliDateEdit>(dialog, "expectedCloseEdit")->lineEdit(), QStringLiteral("۱۴۰۳/۱۱/۱۵"));
    auto *owner = child<QComboBox>(dialog, "ownerCombo");
    EXPECT_EQ(owner->currentData().toLongLong(), f.rep.id);
    save->click();

    ASSERT_NE(dialog.dealId(), 0) << child<QLabel>(dialog, "formError")->text().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const Deal deal = f.workspace->deals().get(dialog.dealId());
    EXPECT_EQ(deal.customerId, company);
    EXPECT_EQ(deal.pipelineId, b2b.id);
    EXPECT_EQ(deal.stageId, stage->itemData(2).toLongLong());
    EXPECT_EQ(deal.title, QStringLiteral("۴۰ پمپ صنعتی"));
    EXPECT_EQ(deal.amount, 120'000'000);
    EXPECT_EQ(deal.expectedClose, QDate(2025, 2, 3));
    EXPECT_EQ(deal.ownerId, f.rep.id);
    EXPECT_EQ(deal.contactIds, QList<qint64> { buyer });
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].toLongLong(), dialog.dealId());
    // The open board heard about it.
    EXPECT_EQ(board.cardTitles(deal.stageId), QStringList { QStringLiteral("۴۰ پمپ صنعتی") });
}

TEST(DealDialog, b2c_deal_picks_a_person_has_no_contacts_and_takes_toman)
{
    GuiFixture f;
    Display::setMoneyUnit(UiSettings::MoneyUnit::Toman);
    const qint64 person = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"));
    f.addLegal(QStringLiteral("شرکت کریم‌خان"));
    DealDialog dialog(*f.workspace, CustomerKind::Individual);
    EXPECT_EQ(dialog.findChild<QListWidget *>(QStringLiteral("contactsList")), nullptr);
    EXPECT_TRUE(child<QLabel>(dialog, "amountLabel")->text().contains(QStringLiteral("Toman")));
    EXPECT_EQ(child<QComboBox>(dialog, "stageCombo")->count(), 3);

    CustomerPicker *picker = dialog.customerPicker();
    typeText(picker->lineEdit(), QStringLiteral("کریم"));
    picker->searchNow();
    ASSERT_EQ(picker->matches().size(), 1);
    EXPECT_EQ(picker->matches()[0].first, person);
    picker->pickMatch(0);
    typeText(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("دستگاه تصفیه آب"));
    typeText(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("18,500,000"));
    EXPECT_EQ(child<QLabel>(dialog, "amountPreview")->text(), QStringLiteral("۱۸٬۵۰۰٬۰۰۰ تومان"));
    child<QPushButton>(dialog, "saveButton")->click();
    Display::setMoneyUnit(UiSettings::MoneyUnit::Rial);
    ASSERT_NE(dialog.dealId(), 0);
    const Deal deal = f.workspace->deals().get(dialog.dealId());
    EXPECT_EQ(deal.amount, 185'000'000); // Rials
    EXPECT_EQ(deal.pipelineId, f.store->pipelines().defaultFor(CustomerKind::Individual)->id);
    EXPECT_EQ(deal.stageId, f.store->pipelines().defaultFor(CustomerKind::Individual)->firstOpenStage()->id);
}

TEST(DealDialog, errors_show_inline_in_persian_and_nothing_is_saved)
{
    GuiFixture f;
    const qint64 person = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"));
    const qint64 company = f.addLegal(QStringLiteral("شرکت نوین"));
    DealDialog dialog(*f.workspace, CustomerKind::Individual, person);
    EXPECT_EQ(dialog.customerPicker()->customerId(), person); // preset
    auto *save = child<QPushButton>(dialog, "saveButton");
    auto *title = child<QLineEdit>(dialog, "titleEdit");
    EXPECT_FALSE(save->isEnabled());
    typeText(title, QStringLiteral(" "));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(child<QLabel>(dialog, "titleError")->isHidden());
    typeText(title, QStringLiteral("کولر"));
    EXPECT_TRUE(save->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "titleError")->isHidden());

    auto *amount = child<QLineEdit>(dialog, "amountEdit");
    typeText(amount, QStringLiteral("۱۲x"));
    auto *amountError = child<QLabel>(dialog, "amountError");
    EXPECT_FALSE(amountError->isHidden());
    EXPECT_EQ(amountError->text(), QStringLiteral("مبلغ باید عدد صحیح به ریال باشد"));
    EXPECT_TRUE(child<QLabel>(dialog, "amountPreview")->isHidden());
    typeText(child<JalaliDateEdit>(dialog, "expectedCloseEdit")->lineEdit(), QStringLiteral("۱۴۰۲/۱۲/۳۰"));
    EXPECT_FALSE(child<QLabel>(dialog, "expectedCloseError")->isHidden());
    save->click();
    EXPECT_EQ(dialog.dealId(), 0);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(f.store->deals().forCustomer(person, false).size(), 0);

    amount->clear();
    typeText(amount, QStringLiteral("۲۵۰۰۰۰۰۰"));
    EXPECT_TRUE(amountError->isHidden());
    EXPECT_EQ(child<QLabel>(dialog, "amountPreview")->text(), QStringLiteral("۲۵٬۰۰۰٬۰۰۰ ریال"));
    child<JalaliDateEdit>(dialog, "expectedCloseEdit")->lineEdit()->clear();
    save->click();
    EXPECT_NE(dialog.dealId(), 0);

    // A company preset on a B2C dialog is not taken.
    DealDialog other(*f.workspace, CustomerKind::Individual, company);
    EXPECT_EQ(other.customerPicker()->customerId(), 0);
}
