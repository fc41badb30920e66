#pragma once

#include <QString>

namespace chiso {

class Store;

/// The setting that marks a database as illustrative: the window shows a banner in it.
constexpr const char *IllustrativeSetting = "illustrative_database";

/// What fillDemoUnits stored.
struct DemoUnitsSummary {
    qint64 figures = 0;
    qint64 weights = 0;
    qint64 submissions = 0;
    qint64 reviews = 0; ///< the office's approvals and returns
};

/// Fills a new database (holding the bundled national figures) with illustrative figures for
/// every province, 2022–2025, generated from a fixed seed so that every run gives the same
/// figures: the 63 provinces until June 2025, the 34 from July; money and counts that add up
/// to the national figure of every month that has one, shares whose weighted mean is the
/// national share; the weights they are averaged by; every unit's monthly form, most on time,
/// some late, a few missing; July–October 2025 approved, two November forms returned (one
/// sent again); reported-against-measured pairs; and one slip (Hà Nội's revenue, 6/2024) whose sum
/// disagrees with the national figure. Every figure's source says it is illustrative, and the
/// database is marked so (IllustrativeSetting). One transaction for the figures. Throws StoreError.
DemoUnitsSummary fillDemoUnits(Store &store);

} // namespace chiso
