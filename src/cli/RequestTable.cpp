#include "RequestTable.h"

#include "JalaliDate.h"
#include "JsonFormat.h"
#include "TableWriter.h"

namespace peyvand::cli::RequestTable {

void print(CliContext &ctx, CommandSupport::Format format, const QList<ServiceRequest> &requests)
{
    if (format == CommandSupport::Format::Json) {
        nlohmann::json array = nlohmann::json::array();
        for (const ServiceRequest &r : requests)
            array.push_back(JsonFormat::serviceRequest(r, false));
        JsonFormat::print(ctx.out, array);
        return;
    }
    TableWriter t({ QStringLiteral("id"), QStringLiteral("customer"), QStringLiteral("priority"),
                    QStringLiteral("status"), QStringLiteral("opened"), QStringLiteral("assignee"),
                    QStringLiteral("subject") });
    for (const ServiceRequest &r : requests)
        t.addRow({ QString::number(r.id), QString::number(r.customerId), toCode(r.priority), toCode(r.status),
                   JalaliDate::formatDateTime(r.createdAt), r.assigneeId ? QString::number(r.assigneeId) : QString(),
                   r.subject });
    t.write(ctx.out);
    ctx.out << requests.size() << " request(s)\n";
}

void printOne(CliContext &ctx, CommandSupport::Format format, const ServiceRequest &r)
{
    if (format == CommandSupport::Format::Json) {
        JsonFormat::print(ctx.out, JsonFormat::serviceRequest(r, true));
        return;
    }
    ctx.out << "request " << r.id << ": " << toCode(r.status) << " (" << toPersian(r.status) << "), "
            << toCode(r.priority) << ", customer " << r.customerId << '\n'
            << "subject: " << r.subject << '\n';
    for (const RequestNote &n : r.notes)
        ctx.out << "  " << JalaliDate::formatDateTime(n.at) << "  " << n.text << '\n';
}

} // namespace peyvand::cli::RequestTable
