#pragma once
// The desktop app's memory budget for SQLite, applied once at start before any
// connection opens (the window's and the worker threads'). The app stays open
// all day on an office PC: every page SQLite maps or caches is resident memory,
// and scrolling a million-row list touches most of the customers table. So no
// memory-mapped I/O (pages are read from the OS cache instead, which costs
// microseconds) and a 16 MiB page cache per connection (the customer lists'
// background loader uses less, CustomerListLoader).
#include "SqliteDatabase.h"

namespace peyvand::DesktopMemory {

constexpr SqliteDatabase::MemoryLimits limits { 16384, 0 };

inline void apply()
{
    SqliteDatabase::setMemoryLimits(limits);
}

} // namespace peyvand::DesktopMemory
