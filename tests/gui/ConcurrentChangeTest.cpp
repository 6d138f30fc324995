// Someone else saves a record while it is open on screen (a second connection
// to the same file, as another user's app or the CLI would): saving here is
// refused, ConcurrentChangeBox offers "Reload" or "Keep editing", and nothing
// is ever overwritten silently.
#include "ConcurrentChangeBox.h"
#include "ContactDialog.h"
#include "CustomerDialog.h"
#include "DialogTestSupport.h"
#include "LanguageSetup.h"
#include "OrderDialog.h"
#include "PipelineBoard.h"
#include "RequestDialog.h"
#include "StageCardList.h"
#include "StageColumn.h"
#include "SupportTestSupport.h"
#include "TodayView.h"

#include <QDir>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace peyvand;
using peyvand::testing::child;
using peyvand::testing::GuiFixture;
using peyvand::testing::onNextDialog;
using peyvand::testing::retype;

namespace {

// Another user's connection to the fixture's file.
std::unique_ptr<SqliteDataStore> otherUser(GuiFixture &f)
{
    auto store = std::make_unique<SqliteDataStore>(f.dir.filePath(QStringLiteral("gui.sqlite")));
    store->setActor(f.rep);
    return store;
}

// Answers the next ConcurrentChangeBox with `button` ("reloadButton" or
// "keepEditingButton") and records its texts.
struct BoxAnswer
{
    bool shown = false;
    QString text;
    QString details;
};
std::shared_ptr<BoxAnswer> answerNextBox(const char *button)
{
    auto answer = std::make_shared<BoxAnswer>();
    onNextDialog<ConcurrentChangeBox>([answer, button](ConcurrentChangeBox *box) {
        answer->shown = true;
        answer->text = box->text();
        answer->details = box->informativeText();
        QTest::mouseClick(child<QPushButton>(*box, QString::fromLatin1(button)), Qt::LeftButton);
    });
    return answer;
}

void clickSave(QWidget &dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
}

qint64 addPerson(GuiFixture &f)
{
    return f.addIndividual(QStringLiteral("حسین"), QStringLiteral("رحیمی"),
                           peyvand::testing::validNationalCode(QStringLiteral("123456780")),
                           QStringLiteral("09351112233"));
}

} // namespace

TEST(ConcurrentChange, customer_dialog_offers_to_reload_and_then_shows_the_other_users_values)
{
    GuiFixture f;
    const qint64 id = addPerson(f);
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual, id);
    dialog.show();
    EXPECT_EQ(dialog.loadedVersion(), 1);

    // The other user changes the name and the city while the form is open.
    auto other = otherUser(f);
    Customer theirs = *other->customers().get(id);
    theirs.individual.lastName = QStringLiteral("رحیمی‌پور");
    theirs.addresses = { Address { QStringLiteral("منزل"), {}, QStringLiteral("تبریز"), {}, {} } };
    other->transaction([&] { other->customers().update(theirs); });

    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("کریمی"));
    QSignalSpy changed(f.workspace.get(), &Workspace::customerChanged);
    const auto answer = answerNextBox("reloadButton");
    clickSave(dialog);

    ASSERT_TRUE(answer->shown);
    EXPECT_FALSE(answer->text.isEmpty());
    EXPECT_FALSE(answer->details.isEmpty());
    EXPECT_NE(dialog.result(), QDialog::Accepted); // still open, nothing saved
    EXPECT_EQ(changed.count(), 0);
    // The form shows the other user's values now…
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("lastNameEdit"))->text(), QStringLiteral("رحیمی‌پور"));
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("cityEdit"))->text(), QStringLiteral("تبریز"));
    EXPECT_EQ(dialog.loadedVersion(), 2);
    // …and so does the database.
    const Customer stored = f.workspace->customers().get(id);
    EXPECT_EQ(stored.individual.lastName, QStringLiteral("رحیمی‌پور"));
    EXPECT_EQ(stored.city(), QStringLiteral("تبریز"));
    EXPECT_EQ(stored.version, 2);

    // Saving on top of what was reloaded goes through.
    retype(dialog, QStringLiteral("firstNameEdit"), QStringLiteral("حسن"));
    clickSave(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const Customer saved = f.workspace->customers().get(id);
    EXPECT_EQ(saved.individual.firstName, QStringLiteral("حسن"));
    EXPECT_EQ(saved.individual.lastName, QStringLiteral("رحیمی‌پور"));
    EXPECT_EQ(saved.version, 3);
}

TEST(ConcurrentChange, keep_editing_leaves_the_users_text_on_screen_and_the_other_users_data_stored)
{
    GuiFixture f;
    const qint64 id = addPerson(f);
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual, id);
    dialog.show();
    auto other = otherUser(f);
    Customer theirs = *other->customers().get(id);
    theirs.individual.lastName = QStringLiteral("رحیمی‌پور");
    other->transaction([&] { other->customers().update(theirs); });

    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("کریمی"));
    const auto answer = answerNextBox("keepEditingButton");
    clickSave(dialog);
    ASSERT_TRUE(answer->shown);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("lastNameEdit"))->text(), QStringLiteral("کریمی"));
    EXPECT_FALSE(child<QLabel>(dialog, QStringLiteral("formError"))->isHidden());
    EXPECT_EQ(f.workspace->customers().get(id).individual.lastName, QStringLiteral("رحیمی‌پور"));

    // Saving again is refused again (and asks again) until the user reloads.
    const auto again = answerNextBox("keepEditingButton");
    clickSave(dialog);
    EXPECT_TRUE(again->shown);
    EXPECT_EQ(f.workspace->customers().get(id).individual.lastName, QStringLiteral("رحیمی‌پور"));
}

TEST(ConcurrentChange, contact_dialog_offers_to_reload)
{
    GuiFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت کیمیا پارس"));
    ContactPerson c;
    c.customerId = company;
    c.firstName = QStringLiteral("رضا");
    c.lastName = QStringLiteral("صادقی");
    const qint64 id = f.workspace->contacts().add(c);
    ContactDialog dialog(*f.workspace, company, id);
    dialog.show();
    auto other = otherUser(f);
    ContactPerson theirs = *other->contacts().get(id);
    theirs.jobTitle = QStringLiteral("مدیر خرید");
    other->transaction([&] { other->contacts().update(theirs); });

    retype(dialog, QStringLiteral("jobTitleEdit"), QStringLiteral("کارپرداز"));
    const auto answer = answerNextBox("reloadButton");
    clickSave(dialog);
    ASSERT_TRUE(answer->shown);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("jobTitleEdit"))->text(), QStringLiteral("مدیر خرید"));
    EXPECT_EQ(dialog.loadedVersion(), 2);
    EXPECT_EQ(f.store->contacts().get(id)->jobTitle, QStringLiteral("مدیر خرید"));
}

TEST(ConcurrentChange, a_card_moved_by_someone_else_is_not_moved_again_and_reload_shows_where_it_is)
{
    GuiFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت کیمیا پارس"));
    Deal d;
    d.customerId = company;
    d.title = QStringLiteral("تجهیز انبار");
    d.amount = 1'000'000;
    d.ownerId = f.rep.id;
    const qint64 dealId = f.workspace->deals().create(d, f.rep.id);
    PipelineBoard board(*f.workspace, CustomerKind::Legal);
    board.show();
    const QList<qint64> stages = board.stageIds();
    ASSERT_GE(stages.size(), 3);
    ASSERT_EQ(board.cardTitles(stages[0]).size(), 1);

    // The other user moves it to the third stage; this board still shows it in the first.
    auto other = otherUser(f);
    DealService(*other, f.clock).moveToStage(dealId, stages[2], f.rep.id);

    const auto answer = answerNextBox("reloadButton");
    board.moveDeal(dealId, stages[1]);
    ASSERT_TRUE(answer->shown);
    EXPECT_EQ(f.store->deals().get(dealId)->stageId, stages[2]); // not moved over their move
    EXPECT_TRUE(board.cardTitles(stages[0]).isEmpty()); // reloaded
    EXPECT_EQ(board.cardTitles(stages[2]), QStringList { QStringLiteral("تجهیز انبار") });
    EXPECT_FALSE(board.errorText().isEmpty());

    // From what is shown now the move goes through.
    board.moveDeal(dealId, stages[1]);
    EXPECT_EQ(f.store->deals().get(dealId)->stageId, stages[1]);
    EXPECT_EQ(f.store->deals().get(dealId)->version, 3);
}

TEST(ConcurrentChange, order_dialog_refuses_a_status_change_on_an_order_changed_elsewhere)
{
    GuiFixture f;
    const qint64 customer = addPerson(f);
    Order o;
    o.customerId = customer;
    o.lines = { OrderLine { 0, QStringLiteral("یخچال"), 1, 650'000'000 } };
    const qint64 orderId = f.workspace->orders().create(o, f.rep.id);
    OrderDialog dialog(*f.workspace, orderId);
    dialog.show();
    auto other = otherUser(f);
    OrderService(*other, f.clock).setTrackingCode(orderId, QStringLiteral("778899"));

    const auto keep = answerNextBox("keepEditingButton");
    EXPECT_FALSE(dialog.changeStatusTo(OrderStatus::Confirmed));
    ASSERT_TRUE(keep->shown);
    EXPECT_FALSE(dialog.statusError().isEmpty());
    EXPECT_EQ(f.store->orders().get(orderId)->status, OrderStatus::Registered);
    EXPECT_EQ(dialog.order().version, 1); // still what was shown

    const auto reload = answerNextBox("reloadButton");
    EXPECT_FALSE(dialog.changeStatusTo(OrderStatus::Confirmed));
    ASSERT_TRUE(reload->shown);
    EXPECT_EQ(dialog.order().version, 2);
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("trackingCodeEdit"))->text(), QStringLiteral("778899"));
    EXPECT_TRUE(dialog.changeStatusTo(OrderStatus::Confirmed));
    const Order stored = *f.store->orders().get(orderId);
    EXPECT_EQ(stored.status, OrderStatus::Confirmed);
    EXPECT_EQ(stored.trackingCode, QStringLiteral("778899"));
}

TEST(ConcurrentChange, request_dialog_refuses_a_note_on_a_request_changed_elsewhere)
{
    GuiFixture f;
    const qint64 customer = addPerson(f);
    ServiceRequest r;
    r.customerId = customer;
    r.subject = QStringLiteral("خرابی دستگاه");
    const qint64 id = f.workspace->requests().open(r);
    RequestDialog dialog(*f.workspace, id);
    dialog.show();
    auto other = otherUser(f);
    ServiceRequestService(*other, f.clock).setStatus(id, RequestStatus::InProgress, f.rep.id);

    const auto answer = answerNextBox("reloadButton");
    EXPECT_FALSE(dialog.addNote(QStringLiteral("تماس گرفتم")));
    ASSERT_TRUE(answer->shown);
    EXPECT_EQ(dialog.request().status, RequestStatus::InProgress); // reloaded
    EXPECT_EQ(f.store->serviceRequests().get(id)->notes.size(), 1); // only the other user's status note
    EXPECT_TRUE(dialog.addNote(QStringLiteral("تماس گرفتم")));
    EXPECT_EQ(f.store->serviceRequests().get(id)->notes.size(), 2);
}

TEST(ConcurrentChange, today_view_refuses_to_complete_a_follow_up_moved_elsewhere)
{
    GuiFixture f;
    const qint64 customer = addPerson(f);
    Activity a;
    a.customerId = customer;
    a.type = ActivityType::Call;
    a.ownerId = f.rep.id;
    a.at = f.clock.now().addDays(-2);
    a.followUpAt = f.clock.now().addSecs(-3600);
    const qint64 id = f.workspace->activities().log(a);
    TodayView today(*f.workspace);
    today.show();
    ASSERT_EQ(today.followUpCount(), 1);
    auto other = otherUser(f);
    ActivityService(*other, f.clock).rescheduleFollowUp(id, f.clock.now().addSecs(-600));

    const auto answer = answerNextBox("keepEditingButton");
    EXPECT_FALSE(today.markDone(0));
    ASSERT_TRUE(answer->shown);
    EXPECT_FALSE(f.store->activities().get(id)->followUpDone);
    today.refresh();
    EXPECT_TRUE(today.markDone(0));
    EXPECT_TRUE(f.store->activities().get(id)->followUpDone);
}

// The question as a Persian user sees it (untranslated strings stay English
// until the lead's translation pass). Disabled by default; run with
// --gtest_also_run_disabled_tests --gtest_filter=ConcurrentChangeScreenshot* alone
// (it installs the Persian translators; files go to /tmp/shots).
TEST(ConcurrentChangeScreenshot, DISABLED_the_reload_question_in_persian)
{
    GuiFixture f;
    LanguageSetup::apply(UiSettings::Language::Persian);
    LanguageSetup::applyPersianFont();
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    const qint64 id = addPerson(f);
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual, id);
    dialog.show();
    auto other = otherUser(f);
    Customer theirs = *other->customers().get(id);
    theirs.individual.lastName = QStringLiteral("رحیمی‌پور");
    other->transaction([&] { other->customers().update(theirs); });
    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("کریمی"));
    onNextDialog<ConcurrentChangeBox>([](ConcurrentChangeBox *box) {
        QTest::qWait(50);
        EXPECT_TRUE(box->grab().save(QStringLiteral("/tmp/shots/concurrent-change-box.png")));
        QTest::mouseClick(child<QPushButton>(*box, QStringLiteral("keepEditingButton")), Qt::LeftButton);
    });
    clickSave(dialog);
    QTest::qWait(50);
    EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/shots/concurrent-change-kept.png")));
}

TEST(ConcurrentChange, a_database_busy_past_the_wait_is_explained_and_nothing_crashes)
{
    GuiFixture f;
    const qint64 id = addPerson(f);
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual, id);
    dialog.show();
    // Another writer holds the write lock; this connection waits 0.2 s here
    // instead of the app's 10 s, so the test is quick.
    auto other = otherUser(f);
    other->database().begin();
    f.store->database().exec("PRAGMA busy_timeout = 200");
    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("کریمی"));
    clickSave(dialog);
    other->database().rollback();

    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("databaseErrorBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("busy for more than 10 seconds"))) << box->text().toStdString();
    EXPECT_EQ(f.workspace->customers().get(id).individual.lastName, QStringLiteral("رحیمی"));
    // Once the other writer is done, the same form saves.
    box->close();
    clickSave(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(f.workspace->customers().get(id).individual.lastName, QStringLiteral("کریمی"));
}
