// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QImage>
#include <QString>
#include <QVector>

namespace alpr {

// A QR code (libqrencode), for the otpauth:// URI of a TOTP enrolment.
class QrCode final
{
public:
    // Error correction level M, 8-bit mode; Invalid if the text does not fit.
    static Result<QrCode> encode(const QString& text);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Black on white, `scale` pixels per module, with the 4-module quiet zone.
    QImage toImage(int scale = 6) const;
    // Two rows per line with Unicode half blocks, for a terminal.
    QString toText() const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace alpr
