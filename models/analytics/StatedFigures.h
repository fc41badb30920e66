#pragma once

namespace chiso {

/// Whether a percentage a source states agrees with the one computed from the figures: it
/// does when the computed value, rounded to the decimals the source used, equals it (a stated
/// 49 % against 49.4 % computed agrees; 61 % against 58.9 % does not).
bool statedAgrees(double statedPercent, double computedPercent);

} // namespace chiso
