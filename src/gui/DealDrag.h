#pragma once
// What a dragged deal card carries: the deal, its pipeline and its stage, in a
// private MIME type, so a board can refuse a card of another pipeline.
#include <QtGlobal>
#include <optional>

class QMimeData;
class QString;

namespace peyvand::DealDrag {

struct Payload
{
    qint64 dealId = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0; // where the card comes from
};

QString mimeType(); // application/x-peyvand-deal
QMimeData *encode(const Payload &payload); // the caller owns the result
std::optional<Payload> decode(const QMimeData *data);
// A card of `pipelineId` that is not already in `stageId` (0: any stage).
bool accepts(const QMimeData *data, qint64 pipelineId, qint64 stageId = 0);

} // namespace peyvand::DealDrag
