// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "imaging/enhance.h"

#include "imaging/imagecodec.h"

#include <QCoreApplication>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace alpr {

namespace {

// Crops narrower than this are enlarged: a plate crop is often 150-250 px.
constexpr int kEnlargeBelowWidth = 400;

// Stretches the lightness so that its 1st and 99th percentiles span the whole
// range: a dim or washed-out crop first gets its full contrast back.
void stretchLightness(cv::Mat& lightness)
{
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < lightness.rows; ++y) {
        const uchar* row = lightness.ptr<uchar>(y);
        for (int x = 0; x < lightness.cols; ++x)
            ++histogram[row[x]];
    }
    const qint64 total = qint64(lightness.rows) * lightness.cols;
    auto percentile = [&](double fraction) {
        qint64 seen = 0;
        for (int v = 0; v < 256; ++v) {
            seen += histogram[std::size_t(v)];
            if (double(seen) >= fraction * double(total))
                return v;
        }
        return 255;
    };
    const int low = percentile(0.01);
    const int high = percentile(0.99);
    if (high - low < 8)
        return; // a flat image: nothing to stretch, and noise must not be blown up
    const double scale = 255.0 / double(high - low);
    lightness.convertTo(lightness, CV_8U, scale, -double(low) * scale);
}

} // namespace

Result<QImage> enhanceForReading(const QImage& image)
{
    if (image.isNull() || image.width() < 2 || image.height() < 2)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "alpr::Enhance", "there is no image to enhance"));
    if (image.width() > kMaxImageSide || image.height() > kMaxImageSide)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::Enhance",
                                        "the image is %1 x %2 pixels, larger than %3 on a side")
                .arg(image.width())
                .arg(image.height())
                .arg(kMaxImageSide));
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    try {
        const cv::Mat source(rgb.height(), rgb.width(), CV_8UC3,
                             const_cast<uchar*>(rgb.constBits()), std::size_t(rgb.bytesPerLine()));
        cv::Mat lab;
        cv::cvtColor(source, lab, cv::COLOR_RGB2Lab);
        std::vector<cv::Mat> channels;
        cv::split(lab, channels);
        stretchLightness(channels[0]);
        cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(2.0, cv::Size(8, 4));
        clahe->apply(channels[0], channels[0]);
        cv::merge(channels, lab);
        cv::Mat equalized;
        cv::cvtColor(lab, equalized, cv::COLOR_Lab2RGB);

        if (equalized.cols < kEnlargeBelowWidth && equalized.rows * 2 <= kMaxImageSide)
            cv::resize(equalized, equalized, cv::Size(), 2.0, 2.0, cv::INTER_CUBIC);
        cv::Mat blurred;
        cv::GaussianBlur(equalized, blurred, cv::Size(0, 0), 1.2);
        cv::Mat sharpened;
        cv::addWeighted(equalized, 1.6, blurred, -0.6, 0.0, sharpened);

        QImage out(sharpened.cols, sharpened.rows, QImage::Format_RGB888);
        for (int y = 0; y < sharpened.rows; ++y)
            std::memcpy(out.scanLine(y), sharpened.ptr(y), std::size_t(sharpened.cols) * 3);
        return out;
    } catch (const cv::Exception& e) {
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("alpr::Enhance", "the image could not be enhanced: %1")
                .arg(QString::fromStdString(e.msg)));
    }
}

Result<QImage> rectifyPlate(const QImage& frame, const QList<QPoint>& corners)
{
    const auto invalid = [](const QString& why) {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::Enhance",
                                                     "the plate cannot be cut out of the frame: %1")
                             .arg(why));
    };
    if (frame.isNull() || frame.width() > kMaxImageSide || frame.height() > kMaxImageSide)
        return invalid(QCoreApplication::translate("alpr::Enhance", "there is no usable frame"));
    if (corners.size() != 4)
        return invalid(QCoreApplication::translate("alpr::Enhance", "there are not 4 corners"));
    std::vector<cv::Point2f> from;
    for (const QPoint& p : corners) {
        if (p.x() < 0 || p.y() < 0 || p.x() >= frame.width() || p.y() >= frame.height())
            return invalid(
                QCoreApplication::translate("alpr::Enhance", "a corner lies outside the frame"));
        from.emplace_back(float(p.x()), float(p.y()));
    }
    if (!cv::isContourConvex(from) || cv::contourArea(from) < 16.0)
        return invalid(QCoreApplication::translate(
            "alpr::Enhance", "the corners do not enclose a plate-shaped area"));
    // The plate's own width to height, from the mean lengths of opposite sides.
    const auto length = [](cv::Point2f a, cv::Point2f b) {
        return std::hypot(a.x - b.x, a.y - b.y);
    };
    const double width = (length(from[0], from[1]) + length(from[3], from[2])) / 2;
    const double height = (length(from[0], from[3]) + length(from[1], from[2])) / 2;
    constexpr int kHeight = 120;
    const int outWidth =
        std::clamp(int(std::lround(kHeight * width / std::max(height, 1.0))), kHeight, kHeight * 8);
    const std::vector<cv::Point2f> to{{0, 0},
                                      {float(outWidth - 1), 0},
                                      {float(outWidth - 1), float(kHeight - 1)},
                                      {0, float(kHeight - 1)}};
    const QImage rgb = frame.convertToFormat(QImage::Format_RGB888);
    try {
        const cv::Mat source(rgb.height(), rgb.width(), CV_8UC3,
                             const_cast<uchar*>(rgb.constBits()), std::size_t(rgb.bytesPerLine()));
        cv::Mat warped;
        cv::warpPerspective(source, warped, cv::getPerspectiveTransform(from, to),
                            cv::Size(outWidth, kHeight), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
        QImage out(warped.cols, warped.rows, QImage::Format_RGB888);
        for (int y = 0; y < warped.rows; ++y)
            std::memcpy(out.scanLine(y), warped.ptr(y), std::size_t(warped.cols) * 3);
        return out;
    } catch (const cv::Exception& e) {
        return invalid(QString::fromStdString(e.msg));
    }
}

} // namespace alpr
