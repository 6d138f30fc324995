// The first page of each customer list, as the list screen asks for it.
#include "BenchHarness.h"

using namespace peyvand;
using namespace peyvand::bench;

PEYVAND_BENCH("list/first page legal by name")
{
    return Measure {
        [&ctx] {
            CustomerQuery q;
            q.kind = CustomerKind::Legal;
            q.limit = 200;
            return qint64(ctx.store->customers().list(q).size());
        },
        [&ctx] {
            return rawRows(ctx.raw,
                           "SELECT id, name, phone, national_id, city, lifecycle, owner_id FROM customers "
                           "WHERE kind = 'legal' ORDER BY sort_name, id LIMIT 200");
        },
    };
}
