// After-sales service requests: opened for a customer and one of its orders,
// queued by priority then age, noted, moved to in progress and resolved, with
// the customer's timeline following every step.
#include "CustomerPage.h"
#include "OpenRequestDialog.h"
#include "RequestDialog.h"
#include "RequestQueueView.h"
#include "RequestTableModel.h"
#include "SupportTestSupport.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace peyvand;
using peyvand::testing::GuiFixture;

TEST(SupportRequest, open_work_and_resolve_a_request_and_the_timeline_follows)
{
    GuiFixture f;
    const qint64 customer
        = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کاظمی"), {}, QStringLiteral("09121234567"));
    const qint64 order = peyvand::testing::addOrder(f, customer, QStringLiteral("یخچال"), 1, 900'000'000);
    const auto support = f.sessionAs(UserRole::Support, QStringLiteral("ناهید صبوری")); // requests are support's
    CustomerPage page(*support.workspace);
    page.showCustomer(customer);
    RequestQueueView queue(*support.workspace);
    QAbstractItemModelTester tester(queue.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(queue.model()->rowCount(), 0);

    OpenRequestDialog open(*support.workspace, customer, order);
    auto *save = open.findChild<QPushButton *>(QStringLiteral("saveButton"));
    EXPECT_FALSE(save->isEnabled()); // no subject yet
    auto *orderCombo = open.findChild<QComboBox *>(QStringLiteral("orderCombo"));
    EXPECT_EQ(orderCombo->currentData().toLongLong(), order);
    auto *subject = open.findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
    peyvand::testing::typeText(subject, QStringLiteral("صدای زیاد یخچال"));
    open.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(QStringLiteral("از دیروز"));
    auto *priority = open.findChild<QComboBox *>(QStringLiteral("priorityCombo"));
    priority->setCurrentIndex(priority->findData(int(Priority::Urgent)));
    ASSERT_TRUE(save->isEnabled());
    save->click();
    const qint64 id = open.requestId();
    ASSERT_NE(id, 0);
    const ServiceRequest stored = support.workspace->requests().get(id);
    EXPECT_EQ(stored.orderId, order);
    EXPECT_EQ(stored.priority, Priority::Urgent);
    EXPECT_EQ(stored.assigneeId, support.user.id);

    // The queue shows it (also under "mine"); an older normal one comes after it.
    f.clock.advanceSeconds(60);
    const qint64 other = peyvand::testing::addRequest(f, customer, QStringLiteral("نصب"), Priority::Normal);
    emit support.workspace->requestChanged(other, customer);
    ASSERT_EQ(queue.model()->rowCount(), 2);
    EXPECT_EQ(queue.model()->requestId(0), id); // urgent first
    queue.setAssigneeFilter(RequestQueueView::Mine);
    ASSERT_EQ(queue.model()->rowCount(), 1);
    EXPECT_EQ(queue.model()->requestId(0), id);
    queue.setAssigneeFilter(RequestQueueView::Unassigned);
    ASSERT_EQ(queue.model()->rowCount(), 1);
    EXPECT_EQ(queue.model()->requestId(0), other);
    queue.setAssigneeFilter(RequestQueueView::Anyone);

    // The timeline shows it was opened.
    auto *timeline
        = qobject_cast<TimelineModel *>(page.findChild<QTableView *>(QStringLiteral("timelineView"))->model());
    const auto hasKind = [&](TimelineEntry::Kind kind, qint64 request) {
        for (const TimelineEntry &e : timeline->entries())
            if (e.kind == kind && e.requestId == request)
                return true;
        return false;
    };
    EXPECT_TRUE(hasKind(TimelineEntry::Kind::RequestOpened, id));

    RequestDialog dialog(*support.workspace, id);
    ASSERT_TRUE(dialog.found());
    auto *notes = dialog.findChild<QTableWidget *>(QStringLiteral("notesTable"));
    const int notesBefore = notes->rowCount();
    f.clock.advanceSeconds(600);
    ASSERT_TRUE(dialog.addNote(QStringLiteral("تکنسین فردا می‌رود")));
    EXPECT_EQ(notes->rowCount(), notesBefore + 1);
    EXPECT_EQ(notes->item(notes->rowCount() - 1, 2)->text(), QStringLiteral("تکنسین فردا می‌رود"));
    EXPECT_EQ(notes->item(notes->rowCount() - 1, 1)->text(), support.user.fullName);

    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *resolve = dialog.findChild<QPushButton *>(QStringLiteral("resolveButton"));
    EXPECT_FALSE(start->isHidden());
    start->click();
    EXPECT_EQ(support.workspace->requests().get(id).status, RequestStatus::InProgress);
    EXPECT_TRUE(start->isHidden());
    f.clock.advanceSeconds(600);
    ASSERT_FALSE(resolve->isHidden());
    resolve->click();
    EXPECT_TRUE(dialog.error().isEmpty()) << dialog.error().toStdString();
    const ServiceRequest resolved = support.workspace->requests().get(id);
    EXPECT_EQ(resolved.status, RequestStatus::Resolved);
    EXPECT_EQ(resolved.resolvedAt, f.clock.now());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("reopenButton"))->isHidden());

    // Gone from the queue; resolved on the timeline.
    ASSERT_EQ(queue.model()->rowCount(), 1);
    EXPECT_EQ(queue.model()->requestId(0), other);
    EXPECT_TRUE(hasKind(TimelineEntry::Kind::RequestResolved, id));
}

TEST(SupportRequest, the_assignee_changes_from_the_request_page)
{
    GuiFixture f;
    User other;
    other.username = QStringLiteral("support2");
    other.fullName = QStringLiteral("نیما پاکزاد");
    other.role = UserRole::SalesRep;
    f.store->transaction([&] { other.id = f.store->users().add(other); });
    f.workspace->reloadUsers();
    const qint64 customer = f.addLegal(QStringLiteral("شرکت آب‌رسان"));
    const qint64 id = peyvand::testing::addRequest(f, customer, QStringLiteral("گارانتی"), Priority::High);
    RequestDialog dialog(*f.workspace, id);
    QSignalSpy changed(f.workspace.get(), &Workspace::requestChanged);
    ASSERT_TRUE(dialog.assign(other.id));
    EXPECT_EQ(f.workspace->requests().get(id).assigneeId, other.id);
    EXPECT_EQ(changed.count(), 1);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("assigneeCombo"));
    EXPECT_EQ(combo->currentData().toLongLong(), other.id);
}
