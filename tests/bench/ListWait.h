#pragma once
// The customer lists of a large database load off the UI thread
// (CustomerListLoader): a query's first rows arrive first, every matching id
// (the count, the scrollbar) after them. The list cases wait for what the
// screen waits for, running the event loop as the window would.
#include <memory>

namespace peyvand {
class CustomerListModel;
class Workspace;
enum class CustomerKind;
} // namespace peyvand

namespace peyvand::bench {

struct Context;

enum class ListReady {
    FirstRows, // the new query's first rows are shown
    Counted, // and every matching id is known (count, scrollbar, far jumps)
};

// Runs the event loop until `model` is ready as asked (at once for a small
// database, where everything is read on the spot); throws after 5 minutes.
void waitForList(CustomerListModel &model, ListReady ready);

// A list model as the window makes it; in the smoke run the loader path is
// forced (as at a million customers) so CI exercises it on a small file.
std::shared_ptr<CustomerListModel> makeListModel(Context &ctx, Workspace &workspace, CustomerKind kind);

} // namespace peyvand::bench
