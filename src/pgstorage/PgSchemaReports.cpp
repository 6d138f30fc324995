#include "PgSchemaReports.h"

#include "PgConnection.h"

namespace peyvand::PgSchemaReports {

namespace {

const char *const kSql = R"sql(
CREATE TABLE activity_daily (
  day      BIGINT NOT NULL,
  owner_id BIGINT NOT NULL,
  kind     TEXT NOT NULL,
  type     TEXT NOT NULL,
  n        BIGINT NOT NULL,
  PRIMARY KEY (day, owner_id, kind, type)
);

CREATE TABLE order_daily (
  day      BIGINT NOT NULL,
  kind     TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  status   TEXT NOT NULL,
  n        BIGINT NOT NULL,
  amount   BIGINT NOT NULL,
  PRIMARY KEY (day, kind, owner_id, status)
);

CREATE FUNCTION deal_stage_history_reached() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE deals SET reached_position = (SELECT position FROM stages WHERE id = NEW.stage_id)
   WHERE id = NEW.deal_id
     AND reached_position < (SELECT CASE outcome WHEN 'lost' THEN 0 ELSE position END FROM stages
                              WHERE id = NEW.stage_id);
  RETURN NULL;
END $$;
CREATE TRIGGER deal_stage_history_reached AFTER INSERT ON deal_stage_history
  FOR EACH ROW EXECUTE FUNCTION deal_stage_history_reached();

CREATE FUNCTION activities_daily() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE activity_daily SET n = activity_daily.n - 1
     WHERE day = (OLD.at + 12600) / 86400 AND owner_id = coalesce(OLD.owner_id, 0)
       AND kind = (SELECT c.kind FROM customers c WHERE c.id = OLD.customer_id) AND type = OLD.type;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO activity_daily(day, owner_id, kind, type, n)
      SELECT (NEW.at + 12600) / 86400, coalesce(NEW.owner_id, 0), c.kind, NEW.type, 1
        FROM customers c WHERE c.id = NEW.customer_id
      ON CONFLICT (day, owner_id, kind, type) DO UPDATE SET n = activity_daily.n + 1;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER activities_daily_insert AFTER INSERT ON activities
  FOR EACH ROW EXECUTE FUNCTION activities_daily();
CREATE TRIGGER activities_daily_delete AFTER DELETE ON activities
  FOR EACH ROW EXECUTE FUNCTION activities_daily();
CREATE TRIGGER activities_daily_update AFTER UPDATE OF at, owner_id, customer_id, type ON activities
  FOR EACH ROW EXECUTE FUNCTION activities_daily();

CREATE FUNCTION orders_daily() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE order_daily SET n = order_daily.n - 1, amount = order_daily.amount - OLD.total
     WHERE day = (OLD.created_at + 12600) / 86400 AND status = OLD.status
       AND (kind, owner_id) = (SELECT c.kind, coalesce(c.owner_id, 0) FROM customers c WHERE c.id = OLD.customer_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO order_daily(day, kind, owner_id, status, n, amount)
      SELECT (NEW.created_at + 12600) / 86400, c.kind, coalesce(c.owner_id, 0), NEW.status, 1, NEW.total
        FROM customers c WHERE c.id = NEW.customer_id
      ON CONFLICT (day, kind, owner_id, status)
        DO UPDATE SET n = order_daily.n + 1, amount = order_daily.amount + excluded.amount;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER orders_daily_insert AFTER INSERT ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_daily();
CREATE TRIGGER orders_daily_delete AFTER DELETE ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_daily();
CREATE TRIGGER orders_daily_update AFTER UPDATE OF status, total, created_at, customer_id ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_daily();

-- Orders count for the customer's current owner: a reassigned customer takes its orders along.
CREATE FUNCTION customers_order_owner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE order_daily SET n = order_daily.n - x.n, amount = order_daily.amount - x.amount
    FROM (SELECT (o.created_at + 12600) / 86400 AS day, o.status, count(*) AS n, sum(o.total) AS amount
            FROM orders o WHERE o.customer_id = NEW.id GROUP BY 1, 2) AS x
   WHERE order_daily.day = x.day AND order_daily.status = x.status AND order_daily.kind = OLD.kind
     AND order_daily.owner_id = coalesce(OLD.owner_id, 0);
  INSERT INTO order_daily(day, kind, owner_id, status, n, amount)
    SELECT (o.created_at + 12600) / 86400, NEW.kind, coalesce(NEW.owner_id, 0), o.status, count(*), sum(o.total)
      FROM orders o WHERE o.customer_id = NEW.id GROUP BY 1, 4
    ON CONFLICT (day, kind, owner_id, status)
      DO UPDATE SET n = order_daily.n + excluded.n, amount = order_daily.amount + excluded.amount;
  RETURN NULL;
END $$;
CREATE TRIGGER customers_order_owner AFTER UPDATE OF owner_id ON customers
  FOR EACH ROW WHEN (coalesce(OLD.owner_id, 0) <> coalesce(NEW.owner_id, 0))
  EXECUTE FUNCTION customers_order_owner();

-- A customer's activities and orders go first, while its kind is still there
-- for the summaries (the cascade would run their triggers after the customer is gone).
CREATE FUNCTION customers_report_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM activities WHERE customer_id = OLD.id;
  DELETE FROM orders WHERE customer_id = OLD.id;
  RETURN OLD;
END $$;
CREATE TRIGGER customers_report_delete BEFORE DELETE ON customers
  FOR EACH ROW EXECUTE FUNCTION customers_report_delete();
)sql";

} // namespace

void apply(PgConnection &connection)
{
    connection.exec(QString::fromUtf8(kSql));
}

} // namespace peyvand::PgSchemaReports
