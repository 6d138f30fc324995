#include "SchemaV1.h"

#include "SqliteDatabase.h"

namespace peyvand::SchemaV1 {

namespace {

const char *const kTables = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE users (
  id         INTEGER PRIMARY KEY,
  username   TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (username <> ''),
  full_name  TEXT NOT NULL DEFAULT '',
  role       TEXT NOT NULL CHECK (role IN ('sales_rep','manager','support','admin')),
  active     INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);

CREATE TABLE households (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

CREATE TABLE customers (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('legal','individual')),
  owner_id     INTEGER REFERENCES users(id),
  lifecycle    TEXT NOT NULL CHECK (lifecycle IN ('lead','prospect','customer','inactive')),
  source       TEXT NOT NULL,
  do_not_call  INTEGER NOT NULL DEFAULT 0,
  do_not_sms   INTEGER NOT NULL DEFAULT 0,
  name         TEXT NOT NULL CHECK (name <> ''),
  sort_name    TEXT NOT NULL,
  national_id  TEXT,
  phone        TEXT,
  city         TEXT NOT NULL DEFAULT '',
  tags         TEXT NOT NULL DEFAULT '',
  search_text  TEXT NOT NULL DEFAULT '',
  company_name TEXT, economic_code TEXT, registration_no TEXT, registration_date TEXT,
  industry     TEXT, employees INTEGER, website TEXT,
  parent_id    INTEGER REFERENCES customers(id) ON DELETE SET NULL,
  first_name   TEXT, last_name TEXT, email TEXT, birth_date TEXT, preferences TEXT,
  loyalty_card TEXT,
  household_id INTEGER REFERENCES households(id) ON DELETE SET NULL,
  household_role TEXT, household_decides TEXT,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);
CREATE UNIQUE INDEX customers_national_id ON customers(national_id) WHERE national_id IS NOT NULL;
CREATE INDEX customers_kind_name ON customers(kind, sort_name, id);
CREATE INDEX customers_kind_created ON customers(kind, created_at, id);
CREATE INDEX customers_kind_city ON customers(kind, city, id);
CREATE INDEX customers_kind_natid ON customers(kind, national_id, id);
CREATE INDEX customers_owner ON customers(owner_id, kind, sort_name, id);
CREATE INDEX customers_parent ON customers(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX customers_household ON customers(household_id) WHERE household_id IS NOT NULL;

CREATE TABLE customer_phones (
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  number      TEXT NOT NULL,
  label       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (customer_id, position)
) WITHOUT ROWID;
CREATE INDEX customer_phones_number ON customer_phones(number);

CREATE TABLE customer_addresses (
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  label       TEXT NOT NULL DEFAULT '',
  province    TEXT NOT NULL DEFAULT '',
  city        TEXT NOT NULL DEFAULT '',
  line        TEXT NOT NULL DEFAULT '',
  postal_code TEXT,
  PRIMARY KEY (customer_id, position)
) WITHOUT ROWID;

CREATE TABLE customer_tags (
  tag         TEXT NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  PRIMARY KEY (tag, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_customer ON customer_tags(customer_id);

CREATE TABLE contacts (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  first_name  TEXT NOT NULL DEFAULT '',
  last_name   TEXT NOT NULL DEFAULT '',
  job_title   TEXT NOT NULL DEFAULT '',
  role        TEXT NOT NULL CHECK (role IN ('initiator','user','influencer','decider','buyer','gatekeeper')),
  influence   INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
  attitude    TEXT NOT NULL CHECK (attitude IN ('supporter','neutral','opponent')),
  mobile      TEXT, phone TEXT, email TEXT,
  notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_customer ON contacts(customer_id);
CREATE INDEX contacts_mobile ON contacts(mobile) WHERE mobile IS NOT NULL;

CREATE TABLE pipelines (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('legal','individual')),
  name     TEXT NOT NULL
);

CREATE TABLE stages (
  id          INTEGER PRIMARY KEY,
  pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
  outcome     TEXT NOT NULL CHECK (outcome IN ('open','won','lost')),
  UNIQUE (pipeline_id, position),
  UNIQUE (id, pipeline_id)
);

CREATE TABLE deals (
  id             INTEGER PRIMARY KEY,
  customer_id    INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  pipeline_id    INTEGER NOT NULL REFERENCES pipelines(id),
  stage_id       INTEGER NOT NULL,
  title          TEXT NOT NULL,
  amount         INTEGER NOT NULL CHECK (amount >= 0),
  expected_close TEXT,
  owner_id       INTEGER REFERENCES users(id),
  status         TEXT NOT NULL CHECK (status IN ('open','won','lost')),
  lost_reason    TEXT,
  created_at     INTEGER NOT NULL,
  closed_at      INTEGER,
  FOREIGN KEY (stage_id, pipeline_id) REFERENCES stages(id, pipeline_id)
);
CREATE INDEX deals_customer ON deals(customer_id, status);
CREATE INDEX deals_pipeline ON deals(pipeline_id, status, stage_id);
CREATE INDEX deals_owner ON deals(owner_id, status);
CREATE INDEX deals_closed ON deals(status, closed_at);
CREATE INDEX deals_expected ON deals(status, expected_close);

CREATE TABLE deal_contacts (
  deal_id    INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  PRIMARY KEY (deal_id, contact_id)
) WITHOUT ROWID;

CREATE TABLE deal_stage_history (
  id         INTEGER PRIMARY KEY,
  deal_id    INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  stage_id   INTEGER NOT NULL REFERENCES stages(id),
  entered_at INTEGER NOT NULL,
  left_at    INTEGER,
  changed_by INTEGER REFERENCES users(id)
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, entered_at);
CREATE INDEX deal_stage_history_stage ON deal_stage_history(stage_id, entered_at);

CREATE TABLE activities (
  id             INTEGER PRIMARY KEY,
  customer_id    INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  deal_id        INTEGER REFERENCES deals(id) ON DELETE SET NULL,
  contact_id     INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  type           TEXT NOT NULL CHECK (type IN ('call','meeting','email','sms','note','task')),
  direction      TEXT NOT NULL DEFAULT 'none' CHECK (direction IN ('none','in','out')),
  at             INTEGER NOT NULL,
  duration       INTEGER NOT NULL DEFAULT 0 CHECK (duration >= 0),
  outcome        TEXT NOT NULL DEFAULT '',
  notes          TEXT NOT NULL DEFAULT '',
  owner_id       INTEGER REFERENCES users(id),
  follow_up_at   INTEGER,
  follow_up_done INTEGER NOT NULL DEFAULT 0,
  created_at     INTEGER NOT NULL
);
CREATE INDEX activities_customer ON activities(customer_id, at, id);
CREATE INDEX activities_owner ON activities(owner_id, at);
CREATE INDEX activities_follow_up ON activities(owner_id, follow_up_at)
  WHERE follow_up_at IS NOT NULL AND follow_up_done = 0;

CREATE TABLE orders (
  id            INTEGER PRIMARY KEY,
  number        TEXT NOT NULL UNIQUE,
  customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  deal_id       INTEGER REFERENCES deals(id) ON DELETE SET NULL,
  status        TEXT NOT NULL CHECK (status IN
                  ('registered','confirmed','paid','shipped','delivered','cancelled','returned')),
  tracking_code TEXT,
  total         INTEGER NOT NULL CHECK (total >= 0),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX orders_customer ON orders(customer_id, created_at);
CREATE INDEX orders_status ON orders(status, updated_at);

CREATE TABLE order_lines (
  id         INTEGER PRIMARY KEY,
  order_id   INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  product    TEXT NOT NULL CHECK (product <> ''),
  quantity   INTEGER NOT NULL CHECK (quantity > 0),
  unit_price INTEGER NOT NULL CHECK (unit_price >= 0)
);
CREATE INDEX order_lines_order ON order_lines(order_id, position);

CREATE TABLE payments (
  id        INTEGER PRIMARY KEY,
  order_id  INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  amount    INTEGER NOT NULL CHECK (amount > 0),
  paid_at   INTEGER NOT NULL,
  method    TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payments_order ON payments(order_id);

CREATE TABLE order_status_history (
  id          INTEGER PRIMARY KEY,
  order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  from_status TEXT,
  to_status   TEXT NOT NULL,
  at          INTEGER NOT NULL,
  changed_by  INTEGER REFERENCES users(id),
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_status_history_order ON order_status_history(order_id, at);
)sql";

struct StageSeed
{
    const char *name;
    int probability;
    const char *outcome;
};

void seedPipeline(SqliteDatabase &db, const char *kind, const char *name, std::initializer_list<StageSeed> stages)
{
    auto p = db.prepare("INSERT INTO pipelines(kind, name) VALUES (?, ?)");
    p->bind(1, kind).bind(2, name);
    p->run();
    const qint64 pipelineId = db.lastInsertId();
    int position = 0;
    for (const StageSeed &s : stages) {
        auto q = db.prepare("INSERT INTO stages(pipeline_id, position, name, probability, outcome) VALUES (?,?,?,?,?)");
        q->bind(1, pipelineId).bind(2, ++position).bind(3, s.name).bind(4, s.probability).bind(5, s.outcome);
        q->run();
    }
}

} // namespace

void apply(SqliteDatabase &db)
{
    db.exec(kTables);
    seedPipeline(db, "legal", "فروش سازمانی (B2B)",
                 { { "سرنخ", 10, "open" },
                   { "نیازسنجی و شناخت مرکز خرید", 20, "open" },
                   { "ارائه و جلسه فنی", 40, "open" },
                   { "پیشنهاد قیمت / مناقصه", 60, "open" },
                   { "مذاکره", 80, "open" },
                   { "قرارداد", 100, "won" },
                   { "از دست رفته", 0, "lost" } });
    seedPipeline(db, "individual", "فروش به اشخاص (B2C)",
                 { { "سرنخ", 10, "open" },
                   { "تماس گرفته شد", 30, "open" },
                   { "پیشنهاد", 60, "open" },
                   { "خرید", 100, "won" },
                   { "منصرف شد", 0, "lost" } });
}

} // namespace peyvand::SchemaV1
