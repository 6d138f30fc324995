// The pipeline boards: their own stages per customer kind, totals, moves by
// drop, keyboard and API, won / lost, the pipeline guard and the owner filter.
#include "PipelineBoard.h"

#include "DealDialog.h"
#include "DealDrag.h"
#include "DealDropZone.h"
#include "GuiFixture.h"
#include "LostReasonDialog.h"
#include "StageCardList.h"

#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

struct BoardFixture : GuiFixture
{
    Pipeline b2b = *store->pipelines().defaultFor(CustomerKind::Legal);
    Pipeline b2c = *store->pipelines().defaultFor(CustomerKind::Individual);
    qint64 company = addLegal(QStringLiteral("شرکت پارس پمپ"));
    qint64 person = addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"));

    qint64 openStage(const Pipeline &p, int n) const
    {
        int i = 0;
        for (const Stage &s : p.stages)
            if (s.outcome == StageOutcome::Open && i++ == n)
                return s.id;
        return 0;
    }

    qint64 deal(qint64 customer, qint64 stageId, const QString &title, qint64 amount, qint64 owner = 0,
                QDate close = QDate(2025, 1, 20))
    {
        Deal d;
        d.customerId = customer;
        d.stageId = stageId;
        d.title = title;
        d.amount = amount;
        d.expectedClose = close;
        d.ownerId = owner ? owner : rep.id;
        return workspace->deals().create(d, rep.id);
    }

    qint64 addUser(const QString &username, const QString &name)
    {
        User u;
        u.username = username;
        u.fullName = name;
        store->transaction([&] { u.id = store->users().add(u); });
        workspace->reloadUsers();
        return u.id;
    }
};

std::unique_ptr<QMimeData> cardData(qint64 deal, qint64 pipeline, qint64 stage)
{
    return std::unique_ptr<QMimeData>(DealDrag::encode({ deal, pipeline, stage }));
}

// Sends a drop of `data` to the middle of `target` (a list's viewport, where
// the mouse would be); true when accepted.
bool drop(QWidget *target, const QMimeData *data)
{
    if (auto *view = qobject_cast<QAbstractScrollArea *>(target))
        target = view->viewport();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    return dropEvent.isAccepted();
}

} // namespace

TEST(PipelineBoard, b2b_and_b2c_boards_show_their_own_open_stages_first_on_the_right)
{
    BoardFixture f;
    PipelineBoard legal(*f.workspace, CustomerKind::Legal);
    PipelineBoard individual(*f.workspace, CustomerKind::Individual);
    EXPECT_EQ(legal.pipelineId(), f.b2b.id);
    EXPECT_EQ(individual.pipelineId(), f.b2c.id);
    ASSERT_EQ(legal.stageIds().size(), 5);
    ASSERT_EQ(individual.stageIds().size(), 3);
    for (qint64 id : legal.stageIds()) {
        EXPECT_FALSE(individual.stageIds().contains(id));
        EXPECT_NE(legal.findChild<QWidget *>(QStringLiteral("stageColumn_%1").arg(id)), nullptr);
        EXPECT_NE(legal.findChild<QListWidget *>(QStringLiteral("stageList_%1").arg(id)), nullptr);
        EXPECT_EQ(individual.findChild<QWidget *>(QStringLiteral("stageColumn_%1").arg(id)), nullptr);
    }
    EXPECT_TRUE(legal.headerText(legal.stageIds()[1]).startsWith(QStringLiteral("نیازسنجی و شناخت مرکز خرید")));
    EXPECT_TRUE(individual.headerText(individual.stageIds()[1]).startsWith(QStringLiteral("تماس گرفته شد")));
    ASSERT_NE(legal.findChild<DealDropZone *>(QStringLiteral("wonZone")), nullptr);
    ASSERT_NE(legal.findChild<DealDropZone *>(QStringLiteral("lostZone")), nullptr);
    EXPECT_TRUE(legal.findChild<DealDropZone *>(QStringLiteral("wonZone"))->text().contains(QStringLiteral("قرارداد")));
    EXPECT_TRUE(
        individual.findChild<DealDropZone *>(QStringLiteral("lostZone"))->text().contains(QStringLiteral("منصرف شد")));

    legal.resize(1400, 700);
    legal.show();
    auto *first = legal.findChild<QWidget *>(QStringLiteral("stageColumn_%1").arg(legal.stageIds()[0]));
    auto *second = legal.findChild<QWidget *>(QStringLiteral("stageColumn_%1").arg(legal.stageIds()[1]));
    EXPECT_GT(first->mapTo(&legal, QPoint()).x(), second->mapTo(&legal, QPoint()).x());
}

TEST(PipelineBoard, header_shows_count_total_and_weighted_total_in_persian_digits)
{
    BoardFixture f;
    const qint64 lead = f.openStage(f.b2b, 0);
    const qint64 offer = f.openStage(f.b2b, 3); // 60 %
    f.deal(f.company, offer, QStringLiteral("۴۰ پمپ صنعتی"), 100'000'000);
    f.deal(f.company, offer, QStringLiteral("قطعات یدکی"), 25'000'000);
    PipelineBoard board(*f.workspace, CustomerKind::Legal);
    const QString header = board.headerText(offer);
    EXPECT_TRUE(header.contains(QStringLiteral("۶۰٪"))) << header.toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral("۲ "))) << header.toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral("۱۲۵٬۰۰۰٬۰۰۰ ریال"))) << header.toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral("۷۵٬۰۰۰٬۰۰۰ ریال"))) << header.toStdString();
    EXPECT_TRUE(board.headerText(lead).contains(QStringLiteral("۰ "))) << board.headerText(lead).toStdString();
    auto *label = board.findChild<QLabel *>(QStringLiteral("stageHeader_%1").arg(offer));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("۷۵٬۰۰۰٬۰۰۰ ریال")));
    // Soonest expected close first.
    f.deal(f.company, offer, QStringLiteral("فوری"), 1'000, 0, QDate(2024, 12, 1));
    board.reload(); // created without dealChanged
    EXPECT_EQ(board.cardTitles(offer).first(), QStringLiteral("فوری"));
}

TEST(PipelineBoard, moving_a_card_records_the_move_with_who_made_it_and_refreshes_the_columns)
{
    BoardFixture f;
    const qint64 other = f.addUser(QStringLiteral("rep2"), QStringLiteral("علی محمدی"));
    const qint64 lead = f.openStage(f.b2b, 0);
    const qint64 needs = f.openStage(f.b2b, 1);
    const qint64 id = f.deal(f.company, lead, QStringLiteral("تجهیز کارخانه"), 50'000'000, other);
    PipelineBoard board(*f.workspace, CustomerKind::Legal);
    EXPECT_EQ(board.cardTitles(lead), QStringList { QStringLiteral("تجهیز کارخانه") });
    QSignalSpy changed(f.workspace.get(), &Workspace::dealChanged);

    board.moveDeal(id, needs);
    EXPECT_TRUE(board.cardTitles(lead).isEmpty());
    EXPECT_EQ(board.cardTitles(needs), QStringList { QStringLiteral("تجهیز کارخانه") });
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].toLongLong(), id);
    EXPECT_EQ(changed[0][1].toLongLong(), f.company);
    const auto history = f.store->deals().history(id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[1].stageId, needs);
    EXPECT_EQ(history[1].changedBy, f.rep.id);
    EXPECT_EQ(history[1].enteredAt, f.clock.now());
    EXPECT_TRUE(board.headerText(needs).contains(QStringLiteral("۵۰٬۰۰۰٬۰۰۰ ریال")));
    EXPECT_TRUE(board.errorText().isEmpty());

    // A real drop on another column goes the same way.
    auto *offerList = board.findChild<QListWidget *>(QStringLiteral("stageList_%1").arg(f.openStage(f.b2b, 3)));
    const auto data = cardData(id, f.b2b.id, needs);
    ASSERT_TRUE(drop(offerList, data.get()));
    QTRY_COMPARE_WITH_TIMEOUT(board.cardTitles(f.openStage(f.b2b, 3)).size(), 1, 5000);
    EXPECT_EQ(f.store->deals().history(id).size(), 3);
    // Its own column does not take it back.
    const auto again = cardData(id, f.b2b.id, f.openStage(f.b2b, 3));
    EXPECT_FALSE(drop(offerList, again.get()));
}

TEST(PipelineBoard, keyboard_moves_the_selected_card_a_column_left_or_right)
{
    BoardFixture f;
    const qint64 lead = f.openStage(f.b2c, 0);
    const qint64 called = f.openStage(f.b2c, 1);
    const qint64 id = f.deal(f.person, lead, QStringLiteral("دستگاه تصفیه آب"), 180'000'000);
    PipelineBoard board(*f.workspace, CustomerKind::Individual);
    board.show();
    auto *leadList = board.findChild<StageCardList *>(QStringLiteral("stageList_%1").arg(lead));
    ASSERT_NE(leadList, nullptr);
    leadList->setFocus();
    ASSERT_TRUE(leadList->selectDeal(id));

    // Right to left: the next stage is on the left.
    QTest::keyClick(leadList, Qt::Key_Left, Qt::ControlModifier);
    EXPECT_TRUE(board.cardTitles(lead).isEmpty());
    EXPECT_EQ(board.cardTitles(called), QStringList { QStringLiteral("دستگاه تصفیه آب") });
    auto *calledList = board.findChild<StageCardList *>(QStringLiteral("stageList_%1").arg(called));
    EXPECT_EQ(calledList->currentDealId(), id); // the card stays selected in its new column

    QTest::keyClick(calledList, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(board.cardTitles(lead), QStringList { QStringLiteral("دستگاه تصفیه آب") });
    // Past the first stage there is nowhere to go.
    auto *list = board.findChild<StageCardList *>(QStringLiteral("stageList_%1").arg(lead));
    list->selectDeal(id);
    QTest::keyClick(list, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(f.store->deals().history(id).size(), 3);
}

TEST(PipelineBoard, mark_lost_closes_the_deal_with_its_reason_and_the_lost_zone_asks_for_it)
{
    BoardFixture f;
    const qint64 lead = f.openStage(f.b2b, 0);
    const qint64 a = f.deal(f.company, lead, QStringLiteral("پروژه الف"), 10'000'000);
    const qint64 b = f.deal(f.company, lead, QStringLiteral("پروژه ب"), 20'000'000);
    PipelineBoard board(*f.workspace, CustomerKind::Legal);

    board.markLost(a, LostReason::Competitor);
    Deal lost = f.workspace->deals().get(a);
    EXPECT_EQ(lost.status, DealStatus::Lost);
    EXPECT_EQ(lost.lostReason, LostReason::Competitor);
    EXPECT_EQ(lost.stageId, f.b2b.firstWithOutcome(StageOutcome::Lost)->id);
    EXPECT_EQ(board.cardTitles(lead), QStringList { QStringLiteral("پروژه ب") });

    // Dropped on "Lost": a dialog asks why; cancel changes nothing.
    auto *zone = board.findChild<DealDropZone *>(QStringLiteral("lostZone"));
    const auto data = cardData(b, f.b2b.id, lead);
    ASSERT_TRUE(drop(zone, data.get()));
    LostReasonDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = board.findChild<LostReasonDialog *>()) != nullptr, 5000);
    dialog->findChild<QPushButton *>(QStringLiteral("lostCancelButton"))->click();
    EXPECT_EQ(f.workspace->deals().get(b).status, DealStatus::Open);
    QTRY_VERIFY_WITH_TIMEOUT(board.findChild<LostReasonDialog *>() == nullptr, 5000);

    ASSERT_TRUE(drop(zone, data.get()));
    QTRY_VERIFY_WITH_TIMEOUT((dialog = board.findChild<LostReasonDialog *>()) != nullptr, 5000);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("lostReasonCombo"));
    ASSERT_EQ(combo->count(), 7);
    EXPECT_EQ(combo->itemText(0), QStringLiteral("قیمت"));
    dialog->setReason(LostReason::Budget);
    dialog->findChild<QPushButton *>(QStringLiteral("lostOkButton"))->click();
    EXPECT_EQ(f.workspace->deals().get(b).status, DealStatus::Lost);
    EXPECT_EQ(f.workspace->deals().get(b).lostReason, LostReason::Budget);
    EXPECT_TRUE(board.cardTitles(lead).isEmpty());
}

TEST(PipelineBoard, won_zone_closes_the_deal_as_won)
{
    BoardFixture f;
    const qint64 lead = f.openStage(f.b2c, 2);
    const qint64 id = f.deal(f.person, lead, QStringLiteral("یخچال"), 90'000'000);
    PipelineBoard board(*f.workspace, CustomerKind::Individual);
    const auto data = cardData(id, f.b2c.id, lead);
    ASSERT_TRUE(drop(board.findChild<QWidget *>(QStringLiteral("wonZone")), data.get()));
    QTRY_COMPARE_WITH_TIMEOUT(f.workspace->deals().get(id).status, DealStatus::Won, 5000);
    EXPECT_TRUE(board.cardTitles(lead).isEmpty());
    EXPECT_EQ(f.store->deals().history(id).last().changedBy, f.rep.id);
}

TEST(PipelineBoard, cards_of_another_pipeline_cannot_be_dropped)
{
    BoardFixture f;
    const qint64 b2cLead = f.openStage(f.b2c, 0);
    const qint64 b2bLead = f.openStage(f.b2b, 0);
    const qint64 b2bNeeds = f.openStage(f.b2b, 1);
    const qint64 personal = f.deal(f.person, b2cLead, QStringLiteral("ماشین لباسشویی"), 40'000'000);
    const qint64 corporate = f.deal(f.company, b2bLead, QStringLiteral("سامانه گرمایش"), 70'000'000);
    PipelineBoard board(*f.workspace, CustomerKind::Legal);

    const auto foreign = cardData(personal, f.b2c.id, b2cLead);
    const auto own = cardData(corporate, f.b2b.id, b2bLead);
    EXPECT_FALSE(board.acceptsDrop(foreign.get()));
    EXPECT_TRUE(board.acceptsDrop(own.get()));
    QMimeData text;
    text.setText(QStringLiteral("123"));
    EXPECT_FALSE(board.acceptsDrop(&text));
    EXPECT_FALSE(board.acceptsDrop(nullptr));

    auto *needsList = board.findChild<QWidget *>(QStringLiteral("stageList_%1").arg(b2bNeeds));
    EXPECT_FALSE(drop(needsList, foreign.get()));
    EXPECT_FALSE(drop(board.findChild<QWidget *>(QStringLiteral("wonZone")), foreign.get()));
    EXPECT_FALSE(drop(board.findChild<QWidget *>(QStringLiteral("lostZone")), foreign.get()));
    QApplication::processEvents();
    EXPECT_EQ(f.workspace->deals().get(personal).stageId, b2cLead);

    // The service refuses too, and the board says so.
    board.moveDeal(personal, b2bNeeds);
    EXPECT_EQ(f.workspace->deals().get(personal).stageId, b2cLead);
    EXPECT_EQ(board.errorText(), QStringLiteral("این مرحله متعلق به فرایند فروش این فرصت نیست"));
    board.moveDeal(corporate, b2cLead);
    EXPECT_EQ(f.workspace->deals().get(corporate).stageId, b2bLead);
    EXPECT_FALSE(board.errorText().isEmpty());
    board.moveDeal(corporate, b2bNeeds); // a good move clears the message
    EXPECT_TRUE(board.errorText().isEmpty());
}

TEST(PipelineBoard, owner_filter_shows_one_reps_deals_and_totals)
{
    BoardFixture f;
    const qint64 other = f.addUser(QStringLiteral("rep2"), QStringLiteral("علی محمدی"));
    const qint64 lead = f.openStage(f.b2b, 0);
    f.deal(f.company, lead, QStringLiteral("فرصت سارا"), 10'000'000);
    f.deal(f.company, lead, QStringLiteral("فرصت علی"), 30'000'000, other);
    PipelineBoard board(*f.workspace, CustomerKind::Legal);
    EXPECT_EQ(board.cardTitles(lead).size(), 2);
    auto *filter = board.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    ASSERT_NE(filter, nullptr);
    EXPECT_EQ(filter->count(), 3); // everyone + two reps
    filter->setCurrentIndex(filter->findData(f.rep.id));
    EXPECT_EQ(board.cardTitles(lead), QStringList { QStringLiteral("فرصت سارا") });
    EXPECT_TRUE(board.headerText(lead).contains(QStringLiteral("۱۰٬۰۰۰٬۰۰۰ ریال")));
    filter->setCurrentIndex(filter->findData(other));
    EXPECT_EQ(board.cardTitles(lead), QStringList { QStringLiteral("فرصت علی") });
    filter->setCurrentIndex(0);
    EXPECT_EQ(board.cardTitles(lead).size(), 2);
}

TEST(PipelineBoard, says_how_many_more_cards_a_full_column_holds)
{
    BoardFixture f;
    const qint64 lead = f.openStage(f.b2c, 0);
    for (int i = 0; i < 5; ++i)
        f.deal(f.person, lead, QStringLiteral("فرصت %1").arg(i), 1'000'000);
    PipelineBoard board(*f.workspace, CustomerKind::Individual);
    auto *more = board.findChild<QLabel *>(QStringLiteral("stageMore_%1").arg(lead));
    ASSERT_NE(more, nullptr);
    EXPECT_TRUE(more->isHidden());
    board.setCardLimit(3);
    EXPECT_EQ(board.cardTitles(lead).size(), 3);
    EXPECT_FALSE(more->isHidden());
    EXPECT_TRUE(more->text().contains(QStringLiteral("۲")));
    EXPECT_TRUE(board.headerText(lead).contains(QStringLiteral("۵ ")));
}

TEST(PipelineBoard, double_click_opens_the_customer_and_new_deal_opens_the_dialog)
{
    BoardFixture f;
    const qint64 lead = f.openStage(f.b2b, 0);
    f.deal(f.company, lead, QStringLiteral("خط تولید"), 5'000'000);
    PipelineBoard board(*f.workspace, CustomerKind::Legal);
    board.resize(1400, 700);
    board.show();
    QSignalSpy open(&board, &PipelineBoard::openCustomer);
    auto *list = board.findChild<QListWidget *>(QStringLiteral("stageList_%1").arg(lead));
    const QPoint at = list->visualItemRect(list->item(0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    ASSERT_GE(open.size(), 1);
    EXPECT_EQ(open.last()[0].toLongLong(), f.company);

    board.findChild<QPushButton *>(QStringLiteral("newDealButton"))->click();
    auto *dialog = board.findChild<DealDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
}
