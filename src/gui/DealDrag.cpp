#include "DealDrag.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QString>

namespace peyvand::DealDrag {

QString mimeType()
{
    return QStringLiteral("application/x-peyvand-deal");
}

QMimeData *encode(const Payload &payload)
{
    const QJsonObject object { { QStringLiteral("deal"), QString::number(payload.dealId) },
                               { QStringLiteral("pipeline"), QString::number(payload.pipelineId) },
                               { QStringLiteral("stage"), QString::number(payload.stageId) } };
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    return data;
}

std::optional<Payload> decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(data->data(mimeType())).object();
    Payload p;
    bool dealOk = false, pipelineOk = false, stageOk = false;
    p.dealId = object.value(QStringLiteral("deal")).toString().toLongLong(&dealOk);
    p.pipelineId = object.value(QStringLiteral("pipeline")).toString().toLongLong(&pipelineOk);
    p.stageId = object.value(QStringLiteral("stage")).toString().toLongLong(&stageOk);
    if (!dealOk || !pipelineOk || !stageOk || p.dealId <= 0 || p.pipelineId <= 0)
        return std::nullopt;
    return p;
}

bool accepts(const QMimeData *data, qint64 pipelineId, qint64 stageId)
{
    const auto p = decode(data);
    return p && pipelineId > 0 && p->pipelineId == pipelineId && (stageId == 0 || p->stageId != stageId);
}

} // namespace peyvand::DealDrag
