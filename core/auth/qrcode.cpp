// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/qrcode.h"

#include <QCoreApplication>
#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace alpr {

namespace {
constexpr int kQuietZone = 4;

struct QrDeleter
{
    void operator()(QRcode* c) const { QRcode_free(c); }
};
} // namespace

Result<QrCode> QrCode::encode(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, QrDeleter> code(QRcode_encodeData(
        int(utf8.size()), reinterpret_cast<const unsigned char*>(utf8.constData()), 0,
        QR_ECLEVEL_M));
    // The URI carries a secret: do not leave a copy behind.
    utf8.fill('\0');
    if (!code)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::QrCode", "the text is too long for a QR code"));
    QrCode out;
    out.m_size = code->width;
    out.m_modules.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        out.m_modules[i] = (code->data[i] & 1) != 0;
    std::fill(code->data, code->data + code->width * code->width, 0);
    return out;
}

QImage QrCode::toImage(int scale) const
{
    scale = qMax(1, scale);
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (dark(x, y))
                for (int dy = 0; dy < scale; ++dy) {
                    uchar* line = image.scanLine((y + kQuietZone) * scale + dy);
                    for (int dx = 0; dx < scale; ++dx)
                        line[(x + kQuietZone) * scale + dx] = 0;
                }
    return image;
}

QString QrCode::toText() const
{
    // Light modules are drawn (full block), so the code reads on a dark terminal.
    auto isDark = [this](int x, int y) {
        if (x < 0 || y < 0 || x >= m_size || y >= m_size)
            return false;
        return dark(x, y);
    };
    QString out;
    for (int y = -kQuietZone; y < m_size + kQuietZone; y += 2) {
        for (int x = -kQuietZone; x < m_size + kQuietZone; ++x) {
            const bool top = !isDark(x, y);
            const bool bottom = !isDark(x, y + 1);
            if (top && bottom)
                out += QChar(0x2588);
            else if (top)
                out += QChar(0x2580);
            else if (bottom)
                out += QChar(0x2584);
            else
                out += u' ';
        }
        out += u'\n';
    }
    return out;
}

} // namespace alpr
