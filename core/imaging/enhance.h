// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QImage>
#include <QList>
#include <QPoint>

namespace alpr {

// An image made easier to read for a person comparing a plate character by
// character: the lightness stretched to its full range, then its local
// contrast equalized (CLAHE), in CIE Lab so colours stay true; a small crop
// enlarged twice with bicubic interpolation; then a mild unsharp mask. For
// viewing only: the stored image, which is the evidence, is never changed.
// Deterministic.
Result<QImage> enhanceForReading(const QImage& image);

// The plate cut out of a frame along its four corners (top left, top right,
// bottom right, bottom left, in the frame's pixels, as OpenALPR gives them)
// and warped to a straight-on rectangle of the plate's own proportions
// (height 120 pixels), bicubic. Invalid when the corners do not make a
// convex quadrilateral inside the frame. For viewing only.
Result<QImage> rectifyPlate(const QImage& frame, const QList<QPoint>& corners);

} // namespace alpr
