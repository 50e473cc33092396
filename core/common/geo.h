// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <cmath>

namespace alpr {

inline constexpr double kEarthRadiusMetres = 6371008.8;

// Great-circle distance between two WGS84 points (haversine), in metres.
inline double distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    const double toRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRad;
    const double dLon = (lon2 - lon1) * toRad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * toRad) * std::cos(lat2 * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(a)));
}

// Half-widths in degrees of a box that holds every point within metres of latitude.
inline double latitudeSpanDegrees(double metres)
{
    return metres / (kEarthRadiusMetres * M_PI / 180.0);
}
inline double longitudeSpanDegrees(double latitude, double metres)
{
    const double c = std::cos(latitude * M_PI / 180.0);
    return c < 1e-6 ? 180.0 : latitudeSpanDegrees(metres) / c;
}

} // namespace alpr
