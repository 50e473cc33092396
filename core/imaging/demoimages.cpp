// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "imaging/demoimages.h"

#include "common/splitmix.h"
#include "imaging/jpegcodec.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace alpr {

namespace {

// ---------------------------------------------------------------------------
// Small helpers

constexpr int kJpegQuality = 75;

// The plate as drawn before it is warped or scaled: 2:1 like a 12x6 inch plate.
constexpr int kPlateW = 240;
constexpr int kPlateH = 120;

constexpr int kCaptionH = 22;
constexpr int kSceneH = kDemoOverviewHeight - kCaptionH;

constexpr auto mix = splitMix64;

// Deterministic random numbers for one image. Never cv::theRNG(): that one is
// per thread and shared, so results would depend on what ran before.
class Dice
{
public:
    Dice(quint64 seed, quint64 stream) : m_state(mix(seed ^ mix(stream))) {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        return mix(m_state);
    }
    double uniform(double lo, double hi)
    {
        return lo + (hi - lo) * double(next() >> 11) * (1.0 / 9007199254740992.0);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return uniform(0.0, 1.0) < p; }
    double gauss()
    {
        const double u1 = std::max(uniform(0.0, 1.0), 1e-12);
        const double u2 = uniform(0.0, 1.0);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    quint64 m_state;
};

struct Bgr
{
    int b = 0, g = 0, r = 0;
};

cv::Scalar toScalar(Bgr c)
{
    return cv::Scalar(c.b, c.g, c.r);
}

// c * f + add, per channel, clamped.
cv::Scalar shade(Bgr c, double f, double add = 0.0)
{
    return cv::Scalar(std::clamp(c.b * f + add, 0.0, 255.0), std::clamp(c.g * f + add, 0.0, 255.0),
                      std::clamp(c.r * f + add, 0.0, 255.0));
}

// A new 8-bit, 3-channel image of one colour. (cv::Mat's own fill copies the
// colour 12 bytes at a time, which is slow for the sizes drawn here.)
cv::Mat solidImage(int rows, int cols, const cv::Scalar& colour)
{
    cv::Mat img(rows, cols, CV_8UC3);
    const uchar b = cv::saturate_cast<uchar>(colour[0]), g = cv::saturate_cast<uchar>(colour[1]),
                r = cv::saturate_cast<uchar>(colour[2]);
    uchar* first = img.ptr<uchar>(0);
    for (int x = 0; x < cols; ++x) {
        first[3 * x] = b;
        first[3 * x + 1] = g;
        first[3 * x + 2] = r;
    }
    for (int y = 1; y < rows; ++y)
        std::memcpy(img.ptr<uchar>(y), first, size_t(cols) * 3);
    return img;
}

cv::Scalar lerp(const cv::Scalar& a, const cv::Scalar& b, double t)
{
    return a * (1.0 - t) + b * t;
}

// Vertical gradient from top to bottom colour over the whole of img (8-bit, 3 channels).
void fillVertical(cv::Mat& img, const cv::Scalar& top, const cv::Scalar& bottom)
{
    const int rows = img.rows;
    for (int y = 0; y < rows; ++y) {
        const cv::Scalar c = lerp(top, bottom, rows > 1 ? double(y) / (rows - 1) : 0.0);
        const uchar b = cv::saturate_cast<uchar>(c[0]), g = cv::saturate_cast<uchar>(c[1]),
                    r = cv::saturate_cast<uchar>(c[2]);
        uchar* p = img.ptr<uchar>(y);
        for (int x = 0; x < img.cols; ++x, p += 3) {
            p[0] = b;
            p[1] = g;
            p[2] = r;
        }
    }
}

// Blends colour into dst where mask (8-bit, 0..255) is set, scaled by opacity.
void blendMask(cv::Mat& dst, const cv::Mat& mask, cv::Point at, const cv::Scalar& colour,
               int opacity = 256)
{
    const cv::Rect area = cv::Rect(at, mask.size()) & cv::Rect(0, 0, dst.cols, dst.rows);
    const int cb = int(colour[0]), cg = int(colour[1]), cr = int(colour[2]);
    for (int y = area.y; y < area.y + area.height; ++y) {
        uchar* d = dst.ptr<uchar>(y) + 3 * area.x;
        const uchar* m = mask.ptr<uchar>(y - at.y) + (area.x - at.x);
        for (int x = 0; x < area.width; ++x, d += 3) {
            const int a = (m[x] * opacity) >> 8;
            if (a == 0)
                continue;
            d[0] = uchar(d[0] + (((cb - d[0]) * a + 127) / 255));
            d[1] = uchar(d[1] + (((cg - d[1]) * a + 127) / 255));
            d[2] = uchar(d[2] + (((cr - d[2]) * a + 127) / 255));
        }
    }
}

void roundedRectangle(cv::Mat& img, cv::Rect r, int radius, const cv::Scalar& colour, int thickness)
{
    const int x0 = r.x, y0 = r.y, x1 = r.x + r.width - 1, y1 = r.y + r.height - 1;
    const int lt = cv::LINE_AA;
    cv::line(img, {x0 + radius, y0}, {x1 - radius, y0}, colour, thickness, lt);
    cv::line(img, {x0 + radius, y1}, {x1 - radius, y1}, colour, thickness, lt);
    cv::line(img, {x0, y0 + radius}, {x0, y1 - radius}, colour, thickness, lt);
    cv::line(img, {x1, y0 + radius}, {x1, y1 - radius}, colour, thickness, lt);
    const cv::Size axes(radius, radius);
    cv::ellipse(img, {x0 + radius, y0 + radius}, axes, 180, 0, 90, colour, thickness, lt);
    cv::ellipse(img, {x1 - radius, y0 + radius}, axes, 270, 0, 90, colour, thickness, lt);
    cv::ellipse(img, {x1 - radius, y1 - radius}, axes, 0, 0, 90, colour, thickness, lt);
    cv::ellipse(img, {x0 + radius, y1 - radius}, axes, 90, 0, 90, colour, thickness, lt);
}

// Paints the pixels of img outside a rounded rectangle of the given corner
// radius with colour, so a rectangle of pixels becomes a rounded plate.
void roundCorners(cv::Mat& img, int radius, const cv::Scalar& colour)
{
    const cv::Vec3b c{uchar(colour[0]), uchar(colour[1]), uchar(colour[2])};
    for (int dy = 0; dy < radius; ++dy) {
        for (int dx = 0; dx < radius; ++dx) {
            const double ox = radius - dx - 0.5, oy = radius - dy - 0.5;
            if (ox * ox + oy * oy <= double(radius * radius))
                continue;
            img.at<cv::Vec3b>(dy, dx) = c;
            img.at<cv::Vec3b>(dy, img.cols - 1 - dx) = c;
            img.at<cv::Vec3b>(img.rows - 1 - dy, dx) = c;
            img.at<cv::Vec3b>(img.rows - 1 - dy, img.cols - 1 - dx) = c;
        }
    }
}

// Text drawn at the largest scale that fits maxWidth x maxHeight, centred on
// centreX with its baseline at baseY.
void putFittedText(cv::Mat& img, const std::string& text, int face, int thickness, int centreX,
                   int baseY, int maxWidth, int maxHeight, const cv::Scalar& colour)
{
    if (text.empty())
        return;
    int baseline = 0;
    const cv::Size unit = cv::getTextSize(text, face, 1.0, thickness, &baseline);
    const double scale = std::min(double(maxWidth) / std::max(unit.width, 1),
                                  double(maxHeight) / std::max(unit.height, 1));
    const cv::Size size = cv::getTextSize(text, face, scale, thickness, &baseline);
    cv::putText(img, text, {centreX - size.width / 2, baseY}, face, scale, colour, thickness,
                cv::LINE_AA);
}

QByteArray encodeJpeg(const cv::Mat& img)
{
    CV_Assert(img.type() == CV_8UC3);
    return encodeBgrJpeg(img.data, img.cols, img.rows, int(img.step), kJpegQuality);
}

// ---------------------------------------------------------------------------
// States and colours

struct StateStyle
{
    const char* code;
    const char* name;    // as printed across the top of the plate
    const char* tagline; // along the bottom; may be empty
    bool script;         // name in script type
    Bgr nameColour;
    Bgr ink; // the characters
    Bgr top; // plate background, top to bottom
    Bgr bottom;
};

// Western states first; the rest are common visitors.
// clang-format off
constexpr std::array<StateStyle, 18> kStates = {{
    {"CA", "California", "dmv.ca.gov", true, {45, 40, 200}, {105, 45, 20}, {246, 246, 244},
     {236, 237, 236}},
    {"NV", "NEVADA", "Home Means Nevada", false, {150, 80, 25}, {115, 50, 20}, {252, 232, 205},
     {244, 244, 242}},
    {"AZ", "ARIZONA", "Grand Canyon State", false, {50, 45, 150}, {60, 35, 55}, {246, 244, 240},
     {205, 228, 250}},
    {"OR", "OREGON", "", false, {120, 70, 30}, {110, 50, 25}, {246, 246, 244}, {215, 236, 222}},
    {"WA", "Washington", "", true, {150, 85, 35}, {115, 50, 20}, {250, 240, 228}, {244, 244, 242}},
    {"ID", "IDAHO", "Famous Potatoes", false, {45, 45, 160}, {95, 45, 25}, {246, 244, 236},
     {222, 236, 244}},
    {"UT", "UTAH", "Life Elevated", false, {60, 60, 130}, {70, 40, 30}, {246, 246, 246},
     {215, 228, 245}},
    {"NM", "NEW MEXICO", "Land of Enchantment", false, {40, 40, 175}, {40, 30, 150},
     {165, 238, 252}, {140, 228, 250}},
    {"CO", "COLORADO", "", false, {60, 110, 30}, {45, 80, 20}, {246, 246, 244}, {222, 238, 226}},
    {"MT", "MONTANA", "Treasure State", false, {110, 60, 30}, {90, 45, 25}, {248, 244, 236},
     {232, 236, 240}},
    {"WY", "WYOMING", "", false, {40, 40, 140}, {60, 40, 30}, {242, 246, 248}, {222, 236, 246}},
    {"HI", "Hawaii", "Aloha State", true, {60, 60, 180}, {40, 35, 35}, {248, 248, 248},
     {236, 240, 246}},
    {"AK", "ALASKA", "The Last Frontier", false, {140, 80, 20}, {130, 60, 20}, {150, 225, 248},
     {130, 215, 245}},
    {"TX", "TEXAS", "The Lone Star State", false, {40, 40, 40}, {35, 35, 35}, {246, 246, 246},
     {230, 234, 238}},
    {"BC", "BRITISH COLUMBIA", "Beautiful", false, {140, 80, 30}, {130, 60, 25},
     {246, 246, 246}, {230, 236, 240}},
    {"NY", "NEW YORK", "Excelsior", false, {110, 50, 20}, {110, 50, 20}, {240, 240, 240},
     {160, 215, 245}},
    {"FL", "FLORIDA", "Sunshine State", false, {40, 110, 40}, {40, 80, 25}, {246, 246, 246},
     {236, 240, 242}},
    {"MX", "MEXICO", "", false, {40, 40, 40}, {40, 40, 40}, {246, 246, 246}, {236, 238, 240}},
}};
// clang-format on

const StateStyle* findState(const QString& code)
{
    const QByteArray upper = code.trimmed().toUpper().toLatin1();
    for (const StateStyle& style : kStates) {
        if (upper == style.code)
            return &style;
    }
    return nullptr;
}

struct NamedColour
{
    const char* name;
    Bgr bgr;
};

constexpr std::array<NamedColour, 22> kColours = {{
    {"white", {232, 233, 235}},     {"black", {26, 26, 28}},     {"silver", {184, 184, 188}},
    {"gray", {112, 112, 116}},      {"grey", {112, 112, 116}},   {"red", {30, 28, 180}},
    {"maroon", {38, 26, 105}},      {"burgundy", {45, 25, 100}}, {"blue", {160, 72, 28}},
    {"navy", {90, 40, 20}},         {"green", {52, 112, 38}},    {"teal", {130, 120, 25}},
    {"gold", {70, 160, 200}},       {"yellow", {30, 200, 235}},  {"orange", {25, 110, 230}},
    {"brown", {40, 68, 108}},       {"tan", {140, 175, 200}},    {"beige", {160, 195, 215}},
    {"purple", {110, 40, 90}},      {"pink", {170, 140, 230}},   {"bronze", {50, 110, 150}},
    {"champagne", {165, 195, 210}},
}};

// The paint for a colour name such as "silver" or "dark blue"; an unknown or
// empty name gives one of the common car colours, chosen by the seed.
Bgr paintFor(const QString& name, quint64 seed)
{
    const QString lower = name.trimmed().toLower();
    const NamedColour* found = nullptr;
    for (const NamedColour& c : kColours) {
        if (lower == QLatin1String(c.name)) {
            found = &c;
            break;
        }
    }
    if (!found) {
        for (const NamedColour& c : kColours) {
            if (!lower.isEmpty() && lower.contains(QLatin1String(c.name))) {
                found = &c;
                break;
            }
        }
    }
    if (!found) {
        static constexpr int common[] = {0, 1, 2, 3}; // white, black, silver, gray
        return kColours[size_t(common[Dice(seed, 9).below(4)])].bgr;
    }
    Bgr c = found->bgr;
    auto scaled = [&](double f, double add) {
        c = {int(std::clamp(c.b * f + add, 0.0, 255.0)), int(std::clamp(c.g * f + add, 0.0, 255.0)),
             int(std::clamp(c.r * f + add, 0.0, 255.0))};
    };
    if (lower.contains(QLatin1String("dark")))
        scaled(0.6, 0);
    else if (lower.contains(QLatin1String("light")))
        scaled(0.7, 70);
    return c;
}

// Sticks to characters a plate can carry: A-Z, 0-9, at most ten.
std::string plateCharacters(const QString& plate)
{
    std::string out;
    for (QChar c : plate) {
        const char16_t u = c.toUpper().unicode();
        if ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
            out.push_back(char(u));
        if (out.size() == 10)
            break;
    }
    return out;
}

// ---------------------------------------------------------------------------
// The plate

constexpr int kGlyphW = 26;
constexpr int kGlyphH = 56;
constexpr int kTextTop = 40;
constexpr int kTextMaxWidth = 212;

// Tall, bold, condensed characters like a plate's, drawn once from Hershey
// strokes: drawn large, widened with a horizontal dilation and squeezed
// into a kGlyphW x kGlyphH cell. Index 0-9 digits, 10-35 letters.
struct Glyphs
{
    std::array<cv::Mat, 36> masks;

    static int index(char c) { return c <= '9' ? c - '0' : 10 + (c - 'A'); }
};

Glyphs makeGlyphs()
{
    const int face = cv::FONT_HERSHEY_SIMPLEX;
    const double scale = 4.0;
    const int thickness = 13;
    int baseline = 0;
    const cv::Size cap = cv::getTextSize("0", face, scale, thickness, &baseline);
    const int pad = 2 * thickness;
    const cv::Size canvas(cap.width * 2 + 2 * pad, cap.height + 2 * pad);
    const cv::Mat widen = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 1));

    std::array<cv::Mat, 36> drawn;
    std::array<cv::Rect, 36> boxes;
    int top = canvas.height, bottom = 0, typicalWidth = 0;
    for (int i = 0; i < 36; ++i) {
        const char c = i < 10 ? char('0' + i) : char('A' + i - 10);
        cv::Mat m = cv::Mat::zeros(canvas, CV_8UC1);
        cv::putText(m, std::string(1, c), {pad, pad + cap.height}, face, scale, cv::Scalar(255),
                    thickness, cv::LINE_AA);
        cv::dilate(m, m, widen);
        boxes[size_t(i)] = cv::boundingRect(m);
        top = std::min(top, boxes[size_t(i)].y);
        bottom = std::max(bottom, boxes[size_t(i)].y + boxes[size_t(i)].height);
        if (c == '0')
            typicalWidth = boxes[size_t(i)].width;
        drawn[size_t(i)] = m;
    }
    // Letters and digits share one vertical scale; the horizontal one makes a
    // '0' fill its cell, and wider glyphs (M, W) are squeezed to fit.
    const int rows = bottom - top;
    Glyphs glyphs;
    for (size_t i = 0; i < 36; ++i) {
        const cv::Rect box = boxes[i];
        const int cellW = std::max(typicalWidth, box.width);
        cv::Mat cell = cv::Mat::zeros(rows, cellW, CV_8UC1);
        drawn[i](cv::Rect(box.x, top, box.width, rows))
            .copyTo(cell(cv::Rect((cellW - box.width) / 2, 0, box.width, rows)));
        const int outW = std::max(1, int(std::lround(double(kGlyphW) * cellW / typicalWidth)));
        cv::Mat resized;
        cv::resize(cell, resized, cv::Size(outW, kGlyphH), 0, 0, cv::INTER_AREA);
        if (outW > kGlyphW) {
            cv::Mat fitted;
            cv::resize(resized, fitted, cv::Size(kGlyphW, kGlyphH), 0, 0, cv::INTER_AREA);
            resized = fitted;
        }
        glyphs.masks[i] = resized;
    }
    return glyphs;
}

const Glyphs& glyphs()
{
    static const Glyphs instance = makeGlyphs();
    return instance;
}

// The plate without its characters: background, border, bolts, stickers,
// state name and tagline.
cv::Mat makePlateBlank(const StateStyle& style, const std::string& name)
{
    cv::Mat plate(kPlateH, kPlateW, CV_8UC3);
    fillVertical(plate, toScalar(style.top), toScalar(style.bottom));

    // Registration stickers in the top corners.
    cv::rectangle(plate, cv::Rect(11, 9, 30, 17), cv::Scalar(70, 70, 210), cv::FILLED);
    cv::putText(plate, "JUN", {15, 22}, cv::FONT_HERSHEY_SIMPLEX, 0.33, cv::Scalar(250, 250, 250),
                1, cv::LINE_AA);
    cv::rectangle(plate, cv::Rect(kPlateW - 41, 9, 30, 17), cv::Scalar(40, 190, 235), cv::FILLED);
    cv::putText(plate, "26", {kPlateW - 33, 22}, cv::FONT_HERSHEY_SIMPLEX, 0.4,
                cv::Scalar(40, 40, 40), 1, cv::LINE_AA);

    // Mounting bolts.
    for (int x : {52, kPlateW - 53}) {
        cv::circle(plate, {x, 12}, 5, cv::Scalar(150, 150, 150), cv::FILLED, cv::LINE_AA);
        cv::circle(plate, {x, 12}, 3, cv::Scalar(90, 90, 95), cv::FILLED, cv::LINE_AA);
    }

    const int face = style.script ? cv::FONT_HERSHEY_SCRIPT_SIMPLEX : cv::FONT_HERSHEY_DUPLEX;
    const int maxHeight = style.script ? 18 : 14;
    putFittedText(plate, name, face, 2, kPlateW / 2, 34, 124, maxHeight,
                  toScalar(style.nameColour));
    putFittedText(plate, style.tagline, cv::FONT_HERSHEY_SIMPLEX, 1, kPlateW / 2, kPlateH - 9, 140,
                  8, toScalar(style.ink));

    roundedRectangle(plate, cv::Rect(4, 4, kPlateW - 8, kPlateH - 8), 7, shade(style.ink, 0.8, 30),
                     2);
    return plate;
}

const cv::Mat& knownPlateBlank(size_t index)
{
    static const std::array<cv::Mat, kStates.size()> blanks = [] {
        std::array<cv::Mat, kStates.size()> out;
        for (size_t i = 0; i < kStates.size(); ++i)
            out[i] = makePlateBlank(kStates[i], kStates[i].name);
        return out;
    }();
    return blanks[index];
}

// The plate of the scene at kPlateW x kPlateH, square corners (the caller
// rounds them against whatever is behind).
cv::Mat drawPlate(const DemoScene& scene)
{
    const StateStyle* style = findState(scene.state);
    static constexpr StateStyle fallback = {
        "", "", "", false, {110, 50, 25}, {105, 45, 20}, {246, 246, 246}, {236, 238, 240}};
    cv::Mat plate;
    if (style) {
        plate = knownPlateBlank(size_t(style - kStates.data())).clone();
    } else {
        style = &fallback;
        const std::string name = toAsciiCaption(scene.state).toUpper().left(16).toStdString();
        plate = makePlateBlank(fallback, name);
    }

    const std::string text = plateCharacters(scene.plate);
    if (text.empty())
        return plate;
    const int n = int(text.size());
    int cellW = kGlyphW, gap = 4;
    if (n * cellW + (n - 1) * gap > kTextMaxWidth) {
        gap = 3;
        cellW = (kTextMaxWidth - (n - 1) * gap) / n;
    }
    const int total = n * cellW + (n - 1) * gap;
    int x = (kPlateW - total) / 2;
    const Glyphs& g = glyphs();
    const cv::Scalar ink = toScalar(style->ink);
    const cv::Scalar emboss(110, 110, 110);
    for (char c : text) {
        cv::Mat mask = g.masks[size_t(Glyphs::index(c))];
        if (cellW != kGlyphW) {
            cv::Mat narrow;
            cv::resize(mask, narrow, cv::Size(cellW, kGlyphH), 0, 0, cv::INTER_AREA);
            mask = narrow;
        }
        blendMask(plate, mask, {x + 1, kTextTop + 2}, emboss, 90); // raised characters' shadow
        blendMask(plate, mask, {x, kTextTop}, ink);
        x += cellW + gap;
    }
    return plate;
}

// drawPlate(), remembered per thread: callers render the crop and then the
// overview of one read, which show the same plate. Read-only; valid until the
// next call on the same thread.
const cv::Mat& renderPlate(const DemoScene& scene)
{
    struct Last
    {
        QString plate;
        QString state;
        cv::Mat image;
    };
    thread_local Last last;
    if (last.image.empty() || last.plate != scene.plate || last.state != scene.state) {
        last.image = drawPlate(scene);
        last.plate = scene.plate;
        last.state = scene.state;
    }
    return last.image;
}

// ---------------------------------------------------------------------------
// Noise

// Gaussian noise, sigma 8, for the backgrounds drawn once.
const std::vector<qint8>& noiseTable()
{
    static const std::vector<qint8> table = [] {
        std::vector<qint8> t(1 << 16);
        Dice dice(0x6E6F697365ull, 1);
        for (qint8& v : t)
            v = qint8(std::clamp(std::lround(dice.gauss() * 8.0), -100l, 100l));
        return t;
    }();
    return table;
}

// Positive and negative halves of a field of sensor noise a bit larger than
// the overview, so that adding one and subtracting the other (both saturating,
// both vectorized) adds signed noise. Grey, as it mostly is in a camera's
// luma, which also keeps the JPEGs small.
struct NoiseField
{
    static constexpr int kMargin = 48;
    static constexpr double kSigma = 1.3;
    cv::Mat positive;
    cv::Mat negative;

    // Adds the noise at an offset chosen by dice to img (at most the field's size).
    void addTo(cv::Mat& img, Dice& dice) const
    {
        const cv::Rect window(dice.below(kMargin), dice.below(kMargin), img.cols, img.rows);
        cv::add(img, positive(window), img);
        cv::subtract(img, negative(window), img);
    }
};

const NoiseField& noiseField()
{
    static const NoiseField field = [] {
        NoiseField f;
        const cv::Size size(kDemoOverviewWidth + NoiseField::kMargin,
                            kSceneH + NoiseField::kMargin);
        f.positive = cv::Mat::zeros(size, CV_8UC3);
        f.negative = cv::Mat::zeros(size, CV_8UC3);
        Dice dice(0x6669656C64ull, 2);
        for (int y = 0; y < size.height; ++y) {
            uchar* p = f.positive.ptr<uchar>(y);
            uchar* n = f.negative.ptr<uchar>(y);
            for (int i = 0; i < size.width * 3; i += 3) {
                const long v = std::lround(dice.gauss() * NoiseField::kSigma);
                const uchar up = uchar(std::clamp(v, 0l, 40l));
                const uchar down = uchar(std::clamp(-v, 0l, 40l));
                p[i] = p[i + 1] = p[i + 2] = up;
                n[i] = n[i + 1] = n[i + 2] = down;
            }
        }
        return f;
    }();
    return field;
}

// ---------------------------------------------------------------------------
// The plate crop

// Light and sensor: exposure, some flare that lifts the dark parts (and
// keeps the JPEG small), then noise.
void exposeCrop(cv::Mat& img, Dice& dice)
{
    const double gain = dice.uniform(0.84, 1.06);
    const double contrast = dice.uniform(0.78, 0.88);
    const double offset = dice.uniform(-16, 8) + (1.0 - contrast) * 150.0;
    img.convertTo(img, -1, gain * contrast, offset);
    noiseField().addTo(img, dice);
}

QByteArray renderPlateCropImpl(const DemoScene& scene)
{
    Dice dice(scene.seed, 1);
    const Bgr paint = paintFor(scene.color, scene.seed);

    // The car behind the plate: paint, the shadowed bumper below.
    cv::Mat crop(kDemoPlateCropHeight, kDemoPlateCropWidth, CV_8UC3);
    const int bumperY = int(kDemoPlateCropHeight * dice.uniform(0.78, 0.9));
    {
        cv::Mat upper = crop.rowRange(0, bumperY);
        cv::Mat lower = crop.rowRange(bumperY, crop.rows);
        fillVertical(upper, shade(paint, 1.05, 8), shade(paint, 0.85));
        fillVertical(lower, shade(paint, 0.55), shade(paint, 0.35));
    }

    // Plate in its holder frame: black plastic, chrome or none.
    const int pad = 7;
    const int frameKind = dice.below(10);
    const cv::Scalar frameColour = frameKind < 6   ? cv::Scalar(28, 28, 30)
                                   : frameKind < 9 ? cv::Scalar(175, 176, 180)
                                                   : shade(paint, 0.7);
    cv::Mat holder = solidImage(kPlateH + 2 * pad + 4, kPlateW + 2 * pad, frameColour);
    cv::Mat plateArea = holder(cv::Rect(pad, pad, kPlateW, kPlateH));
    renderPlate(scene).copyTo(plateArea);
    roundCorners(plateArea, 8, frameColour);
    roundCorners(holder, 10, shade(paint, 0.9));

    // Where the plate's corners land: centred, slightly rotated, with some
    // yaw (one side taller) and pitch (top wider: the camera looks down).
    const double width = kDemoPlateCropWidth * dice.uniform(0.72, 0.79);
    const double height = width * 0.5 * dice.uniform(0.93, 1.01);
    const double yaw = dice.uniform(-0.06, 0.06);
    const double pitch = dice.uniform(0.0, 0.05);
    const double angle = dice.uniform(-3.5, 3.5) * 3.14159265358979 / 180.0;
    const cv::Point2d centre(kDemoPlateCropWidth / 2.0 + dice.uniform(-6, 6),
                             kDemoPlateCropHeight / 2.0 + dice.uniform(-4, 3));
    const double hw = width / 2, hh = height / 2;
    const std::array<cv::Point2d, 4> local = {{{-hw * (1 + pitch), -hh * (1 + yaw)},
                                               {hw * (1 + pitch), -hh * (1 - yaw)},
                                               {hw, hh * (1 - yaw)},
                                               {-hw, hh * (1 + yaw)}}};
    std::array<cv::Point2f, 4> dst;
    const double ca = std::cos(angle), sa = std::sin(angle);
    for (size_t i = 0; i < 4; ++i) {
        dst[i] = cv::Point2f(float(centre.x + local[i].x * ca - local[i].y * sa),
                             float(centre.y + local[i].x * sa + local[i].y * ca));
    }
    const std::array<cv::Point2f, 4> src = {{{float(pad), float(pad)},
                                             {float(pad + kPlateW), float(pad)},
                                             {float(pad + kPlateW), float(pad + kPlateH)},
                                             {float(pad), float(pad + kPlateH)}}};
    const cv::Mat warp = cv::getPerspectiveTransform(src.data(), dst.data());

    // A soft shadow below and right of the holder.
    std::vector<cv::Point2f> holderCorners = {{0, 0},
                                              {float(holder.cols), 0},
                                              {float(holder.cols), float(holder.rows)},
                                              {0, float(holder.rows)}};
    std::vector<cv::Point2f> warpedCorners;
    cv::perspectiveTransform(holderCorners, warpedCorners, warp);
    std::vector<cv::Point> shadow;
    for (const cv::Point2f& p : warpedCorners)
        shadow.emplace_back(int(std::lround(p.x + 2)), int(std::lround(p.y + 3)));
    cv::fillConvexPoly(crop, shadow, shade(paint, 0.45), cv::LINE_AA);

    // Warp only where the holder lands: the cost is per target pixel.
    const cv::Rect landing = cv::boundingRect(warpedCorners) & cv::Rect(0, 0, crop.cols, crop.rows);
    if (!landing.empty()) {
        cv::Mat shifted = warp.clone(); // target coordinates relative to the landing area
        shifted.row(0) -= landing.x * shifted.row(2);
        shifted.row(1) -= landing.y * shifted.row(2);
        cv::Mat target = crop(landing);
        cv::warpPerspective(holder, target, shifted, target.size(), cv::INTER_LINEAR,
                            cv::BORDER_TRANSPARENT);
    }

    const double sigma = dice.uniform(0.8, 1.25);
    cv::GaussianBlur(crop, crop, cv::Size(5, 5), sigma);
    exposeCrop(crop, dice);
    return encodeJpeg(crop);
}

// ---------------------------------------------------------------------------
// The overview

enum class Lighting
{
    Day,
    Dusk,
    Night
};
constexpr int kLayouts = 4;
constexpr int kLightings = 3;

// Demo reads are Californian: day and night follow Pacific standard time.
Lighting lightingAt(const QDateTime& capturedAt)
{
    if (!capturedAt.isValid())
        return Lighting::Day;
    const int hour = (capturedAt.toUTC().time().hour() + 24 - 8) % 24;
    if (hour >= 7 && hour < 17)
        return Lighting::Day;
    if (hour == 6 || hour == 17 || hour == 18)
        return Lighting::Dusk;
    return Lighting::Night;
}

struct Layout
{
    int horizonY;
    int vanishX;
    int laneCentreX; // at the bottom of the scene
};

Layout layoutFor(int index)
{
    Dice dice(quint64(index), 77);
    Layout l;
    l.horizonY = int(dice.uniform(62, 92));
    l.vanishX = int(dice.uniform(250, 390));
    l.laneCentreX = int(dice.uniform(290, 350));
    return l;
}

// Where a point on the road at depth t (0 at the vanishing point, 1 at the
// bottom of the scene) and bottom x lies in the frame.
cv::Point2d roadPoint(const Layout& l, double bottomX, double t)
{
    return {l.vanishX + (bottomX - l.vanishX) * t, l.horizonY + (kSceneH - l.horizonY) * t};
}

cv::Mat makeBackground(int layoutIndex, Lighting light)
{
    const Layout l = layoutFor(layoutIndex);
    Dice dice(quint64(layoutIndex), 78);
    const double bright = light == Lighting::Day ? 1.0 : light == Lighting::Dusk ? 0.72 : 0.38;
    auto lit = [&](Bgr c, double extra = 1.0) { return shade(c, bright * extra); };

    cv::Mat bg(kDemoOverviewHeight, kDemoOverviewWidth, CV_8UC3, cv::Scalar(0, 0, 0));
    cv::Mat scene = bg.rowRange(0, kSceneH);

    // Sky.
    cv::Mat sky = scene.rowRange(0, l.horizonY);
    if (light == Lighting::Day)
        fillVertical(sky, cv::Scalar(225, 200, 170), cv::Scalar(235, 228, 220));
    else if (light == Lighting::Dusk)
        fillVertical(sky, cv::Scalar(120, 90, 90), cv::Scalar(110, 150, 215));
    else
        fillVertical(sky, cv::Scalar(28, 20, 16), cv::Scalar(45, 38, 34));

    // Buildings and trees along the horizon.
    for (int x = -20; x < kDemoOverviewWidth;) {
        const int w = int(dice.uniform(40, 110));
        const int h = int(dice.uniform(14, std::min(70, l.horizonY + 5)));
        if (dice.chance(0.35)) {
            const Bgr leaf = {int(dice.uniform(35, 55)), int(dice.uniform(70, 95)),
                              int(dice.uniform(45, 60))};
            for (int i = 0; i < 4; ++i) {
                cv::circle(
                    scene, {x + w / 2 + int(dice.uniform(-w / 3, w / 3)), l.horizonY - h / 2},
                    int(dice.uniform(h / 3.0, h / 1.6)) + 4, lit(leaf), cv::FILLED, cv::LINE_AA);
            }
        } else {
            const int grey = int(dice.uniform(120, 200));
            const Bgr wall = {grey - int(dice.uniform(0, 30)), grey,
                              grey + int(dice.uniform(0, 25))};
            cv::rectangle(scene, cv::Rect(x, l.horizonY - h, w, h + 2), lit(wall), cv::FILLED);
            const cv::Scalar window =
                light == Lighting::Night ? cv::Scalar(90, 180, 220) : lit(wall, 0.55);
            const int style = dice.below(3); // punched windows, ribbon windows, none
            for (int wy = l.horizonY - h + 6; style < 2 && wy < l.horizonY - 8; wy += 12) {
                if (style == 1) {
                    if (light != Lighting::Night || dice.chance(0.4))
                        cv::rectangle(scene, cv::Rect(x + 4, wy, w - 8, 5), window, cv::FILLED);
                    continue;
                }
                for (int wx = x + 6; wx < x + w - 10; wx += 16) {
                    if (light != Lighting::Night || dice.chance(0.3))
                        cv::rectangle(scene, cv::Rect(wx, wy, 8, 5), window, cv::FILLED);
                }
            }
        }
        x += w + int(dice.uniform(-10, 15));
    }

    // Ground on both sides, then the road.
    cv::Mat ground = scene.rowRange(l.horizonY, kSceneH);
    fillVertical(ground, lit({120, 135, 130}, 0.9), lit({95, 110, 105}, 0.9));
    const double laneW = 540;
    const double roadLeft = l.laneCentreX - 2.5 * laneW;
    const double roadRight = l.laneCentreX + 1.5 * laneW;
    const int asphalt = int(dice.uniform(78, 100));
    {
        const std::vector<cv::Point> road = {{l.vanishX - 2, l.horizonY},
                                             {l.vanishX + 2, l.horizonY},
                                             {int(roadRight), kSceneH},
                                             {int(roadLeft), kSceneH}};
        cv::fillConvexPoly(scene, road, lit({asphalt, asphalt, asphalt + 3}), cv::LINE_AA);
        // Haze: the road lightens toward the horizon.
        for (int y = l.horizonY; y < kSceneH; ++y) {
            const double t = double(y - l.horizonY) / (kSceneH - l.horizonY);
            const double k = 1.0 + 0.25 * (1.0 - t) * (1.0 - t);
            cv::Mat row = scene.row(y);
            row.convertTo(row, -1, k, 0);
        }
    }
    // Sidewalk and curb to the right of the road.
    {
        const double curbX = roadRight + 40;
        const std::vector<cv::Point> walk = {{l.vanishX + 2, l.horizonY},
                                             {l.vanishX + 4, l.horizonY},
                                             {int(roadRight + 700), kSceneH},
                                             {int(curbX), kSceneH}};
        cv::fillConvexPoly(scene, walk, lit({165, 168, 170}), cv::LINE_AA);
    }

    // Lane markings: dashes between lanes, solid edge line, double yellow.
    auto stripe = [&](double bottomX, double t0, double t1, double halfWidth,
                      const cv::Scalar& colour) {
        const cv::Point2d a = roadPoint(l, bottomX - halfWidth, t0);
        const cv::Point2d b = roadPoint(l, bottomX + halfWidth, t0);
        const cv::Point2d c = roadPoint(l, bottomX + halfWidth, t1);
        const cv::Point2d d = roadPoint(l, bottomX - halfWidth, t1);
        const std::vector<cv::Point> quad = {{int(a.x * 16), int(a.y * 16)},
                                             {int(b.x * 16), int(b.y * 16)},
                                             {int(c.x * 16), int(c.y * 16)},
                                             {int(d.x * 16), int(d.y * 16)}};
        cv::fillConvexPoly(scene, quad, colour, cv::LINE_AA, 4);
    };
    const cv::Scalar white = lit({205, 208, 210});
    const cv::Scalar yellow = lit({60, 190, 225});
    const double phase = dice.uniform(0.0, 1.0);
    for (int k = -1; k <= 0; ++k) {
        const double x = l.laneCentreX + (k + 0.5) * laneW;
        // Equal spacing in depth: t = 1 / z.
        for (double z = 1.0 + phase * 1.6; z < 40.0; z += 1.6) {
            const double t0 = 1.0 / (z + 0.8), t1 = 1.0 / z;
            stripe(x, t0, std::min(t1, 1.0), 9, white);
        }
    }
    stripe(roadRight - 30, 0.0, 1.0, 10, white);
    stripe(roadLeft + 40, 0.0, 1.0, 8, yellow);
    stripe(roadLeft + 70, 0.0, 1.0, 8, yellow);

    // Wear on the asphalt: an oily band in the lane centre.
    {
        cv::Mat stain = scene.clone();
        for (int i = 0; i < 6; ++i) {
            const double t = 0.25 + 0.12 * i;
            const cv::Point2d p = roadPoint(l, l.laneCentreX, t);
            cv::ellipse(stain, cv::Point(int(p.x), int(p.y)), cv::Size(int(70 * t), int(14 * t)), 0,
                        0, 360, lit({asphalt, asphalt, asphalt}, 0.7), cv::FILLED, cv::LINE_AA);
        }
        cv::addWeighted(scene, 0.6, stain, 0.4, 0, scene);
    }

    // Street lights pool on the road at night.
    if (light == Lighting::Night) {
        // Drawn at an eighth of the size, softened, scaled up.
        cv::Mat small = cv::Mat::zeros(scene.rows / 8, scene.cols / 8, CV_8UC3);
        const cv::Point2d p = roadPoint(l, l.laneCentreX + 200, 0.55);
        cv::ellipse(small, cv::Point(int(p.x / 8), int(p.y / 8)), cv::Size(32, 9), 0, 0, 360,
                    cv::Scalar(30, 50, 70), cv::FILLED);
        cv::GaussianBlur(small, small, cv::Size(0, 0), 4);
        cv::Mat pool;
        cv::resize(small, pool, scene.size(), 0, 0, cv::INTER_LINEAR);
        cv::add(scene, pool, scene);
    }

    // Fine texture and the camera's optics.
    {
        const std::vector<qint8>& noise = noiseTable();
        size_t k = size_t(dice.below(int(noise.size())));
        for (int y = 0; y < scene.rows; ++y) {
            uchar* p = scene.ptr<uchar>(y);
            for (int x = 0; x < scene.cols; ++x) {
                const int n = noise[k++ & (noise.size() - 1)] * 3 / 20;
                for (int c = 0; c < 3; ++c, ++p)
                    *p = uchar(std::clamp(*p + n, 0, 255));
            }
        }
    }
    cv::GaussianBlur(scene, scene, cv::Size(3, 3), 0.8);
    return bg;
}

const cv::Mat& background(int layout, Lighting light)
{
    static std::array<std::once_flag, kLayouts * kLightings> once;
    static std::array<cv::Mat, kLayouts * kLightings> cache;
    const size_t i = size_t(layout * kLightings + int(light));
    std::call_once(once[i], [&] { cache[i] = makeBackground(layout, light); });
    return cache[i];
}

enum class Body
{
    Sedan,
    Coupe,
    Hatchback,
    Suv,
    Van,
    Pickup
};

Body bodyFor(const QString& name)
{
    const QString b = name.trimmed().toLower();
    if (b.contains(QLatin1String("suv")) || b.contains(QLatin1String("crossover")) ||
        b.contains(QLatin1String("jeep")))
        return Body::Suv;
    if (b.contains(QLatin1String("van")) || b.contains(QLatin1String("bus")))
        return Body::Van;
    if (b.contains(QLatin1String("pickup")) || b.contains(QLatin1String("truck")))
        return Body::Pickup;
    if (b.contains(QLatin1String("hatch")) || b.contains(QLatin1String("wagon")))
        return Body::Hatchback;
    if (b.contains(QLatin1String("coupe")) || b.contains(QLatin1String("convertible")))
        return Body::Coupe;
    return Body::Sedan;
}

// The car seen from behind, in units of the car's width, heights measured
// up from the ground.
struct BodyShape
{
    double bumperBottom, bumperTop;
    double beltY, beltHalf;       // top of the trunk or tailgate
    double glassBottom, glassTop; // rear window
    double glassHalfBottom, glassHalfTop;
    double roofY, roofHalf;
    double lightBottom, lightTop, lightInner; // tail lights, from lightInner to the side
    double plateY;                            // plate centre
};

BodyShape shapeFor(Body body)
{
    switch (body) {
    case Body::Coupe:
        return {0.09, 0.23, 0.46, 0.47, 0.50, 0.64, 0.38, 0.29, 0.70, 0.30, 0.33, 0.43, 0.29, 0.28};
    case Body::Hatchback:
        return {0.10, 0.25, 0.50, 0.47, 0.53, 0.74, 0.41, 0.34, 0.80, 0.35, 0.35, 0.50, 0.33, 0.31};
    case Body::Suv:
        return {0.14, 0.30, 0.56, 0.48, 0.60, 0.84, 0.42, 0.38, 0.92, 0.40, 0.38, 0.62, 0.40, 0.38};
    case Body::Van:
        return {0.13, 0.29, 0.56, 0.49, 0.59, 0.86, 0.43, 0.41, 0.96, 0.44, 0.36, 0.64, 0.42, 0.37};
    case Body::Pickup:
        return {0.12, 0.28, 0.56, 0.50, 0.66, 0.80, 0.30, 0.28, 0.90, 0.36, 0.34, 0.56, 0.44, 0.20};
    case Body::Sedan:
        break;
    }
    return {0.10, 0.24, 0.50, 0.47, 0.54, 0.72, 0.39, 0.30, 0.78, 0.31, 0.36, 0.46, 0.30, 0.30};
}

constexpr double kPlateWidthOfCar = 0.22;

// Where everything of one scene goes; depends only on the scene.
struct SceneGeometry
{
    int layout = 0;
    Body body = Body::Sedan;
    BodyShape shape{};
    double cx = 0, groundY = 0, width = 0; // car centre, ground line, width in pixels
    cv::Rect plate;
};

SceneGeometry geometryFor(const DemoScene& scene)
{
    Dice dice(scene.seed, 3);
    SceneGeometry g;
    g.layout = dice.below(kLayouts);
    const Layout l = layoutFor(g.layout);
    g.body = bodyFor(scene.body);
    g.shape = shapeFor(g.body);
    g.width = dice.uniform(235, 275) * (g.body == Body::Van || g.body == Body::Pickup ? 1.05 : 1.0);
    g.cx = l.laneCentreX + dice.uniform(-30, 30);
    g.groundY = kSceneH - dice.uniform(10, 20);
    const int pw = int(std::lround(g.width * kPlateWidthOfCar));
    const int ph = pw / 2;
    const int px = int(std::lround(g.cx - pw / 2.0));
    const int py = int(std::lround(g.groundY - g.shape.plateY * g.width - ph / 2.0));
    g.plate = cv::Rect(px, py, pw, ph);
    return g;
}

void drawCar(cv::Mat& img, const SceneGeometry& g, Bgr paint, Lighting light)
{
    const BodyShape& s = g.shape;
    const double lightF = light == Lighting::Day ? 1.0 : light == Lighting::Dusk ? 0.8 : 0.62;
    constexpr int shift = 4;
    auto pt = [&](double x, double y) {
        return cv::Point(int(std::lround((g.cx + x * g.width) * (1 << shift))),
                         int(std::lround((g.groundY - y * g.width) * (1 << shift))));
    };
    auto poly = [&](std::initializer_list<cv::Point> points, const cv::Scalar& colour) {
        const std::vector<cv::Point> v(points);
        // Not anti-aliased: the whole car is blurred a little afterwards.
        cv::fillPoly(img, std::vector<std::vector<cv::Point>>{v}, colour, cv::LINE_8, shift);
    };
    auto quad = [&](double x0, double y0, double x1, double y1, const cv::Scalar& colour) {
        poly({pt(x0, y0), pt(x1, y0), pt(x1, y1), pt(x0, y1)}, colour);
    };
    auto body = [&](double f, double add = 0.0) { return shade(paint, f * lightF, add * lightF); };

    // Shadow on the road and the tyres.
    cv::ellipse(img, pt(0, 0.01),
                cv::Size(int(g.width * 0.56) << shift, int(g.width * 0.05) << shift), 0, 0, 360,
                cv::Scalar(22, 22, 24), cv::FILLED, cv::LINE_AA, shift);
    for (double side : {-1.0, 1.0}) {
        quad(side * 0.33, 0.0, side * 0.47, s.bumperBottom + 0.06, cv::Scalar(24, 24, 26));
    }
    // Mirrors stick out from the doors, beside the window.
    for (double side : {-1.0, 1.0}) {
        poly({pt(side * (s.beltHalf - 0.04), s.beltY + 0.02), pt(side * 0.55, s.beltY + 0.045),
              pt(side * 0.555, s.beltY + 0.095), pt(side * (s.beltHalf - 0.01), s.beltY + 0.09)},
             body(0.75));
    }

    // Cabin: pillars and roof, then the rear window.
    const double gh = s.glassHalfBottom, gt = s.glassHalfTop;
    poly({pt(-s.beltHalf + 0.02, s.beltY), pt(s.beltHalf - 0.02, s.beltY), pt(s.roofHalf, s.roofY),
          pt(-s.roofHalf, s.roofY)},
         body(0.92));
    poly({pt(-s.roofHalf + 0.02, s.roofY - 0.025), pt(s.roofHalf - 0.02, s.roofY - 0.025),
          pt(s.roofHalf, s.roofY), pt(-s.roofHalf, s.roofY)},
         body(1.1, 20));
    if (g.body == Body::Pickup) {
        // The cab stands behind the bed; show its sides above the tailgate.
        poly({pt(-0.42, s.beltY), pt(0.42, s.beltY), pt(0.40, s.glassBottom - 0.02),
              pt(-0.40, s.glassBottom - 0.02)},
             body(0.75));
    }
    poly({pt(-gh, s.glassBottom), pt(gh, s.glassBottom), pt(gt, s.glassTop), pt(-gt, s.glassTop)},
         shade({58, 52, 48}, lightF));
    // Sky reflected in the glass.
    poly({pt(-gh * 0.35, s.glassBottom), pt(gh * 0.05, s.glassBottom), pt(gt * 0.45, s.glassTop),
          pt(gt * 0.05, s.glassTop)},
         shade({95, 90, 85}, lightF));
    quad(-0.07, s.glassTop - 0.025, 0.07, s.glassTop - 0.01,
         light == Lighting::Night ? cv::Scalar(80, 80, 255) : cv::Scalar(40, 30, 150));

    // Trunk or tailgate, with a highlight along its top edge.
    poly({pt(-0.5, s.bumperTop), pt(0.5, s.bumperTop), pt(s.beltHalf, s.beltY),
          pt(-s.beltHalf, s.beltY)},
         body(1.0));
    poly({pt(-s.beltHalf + 0.01, s.beltY - 0.018), pt(s.beltHalf - 0.01, s.beltY - 0.018),
          pt(s.beltHalf, s.beltY), pt(-s.beltHalf, s.beltY)},
         body(1.15, 25));

    // Bumper: painted, black plastic along the bottom (chrome on a pickup).
    const cv::Scalar bumper = g.body == Body::Pickup ? shade({170, 172, 176}, lightF) : body(0.82);
    poly({pt(-0.49, s.bumperBottom), pt(0.49, s.bumperBottom), pt(0.5, s.bumperBottom + 0.02),
          pt(0.5, s.bumperTop), pt(-0.5, s.bumperTop), pt(-0.5, s.bumperBottom + 0.02)},
         bumper);
    quad(-0.47, s.bumperBottom, 0.47, s.bumperBottom + 0.035, cv::Scalar(32, 32, 34));
    quad(0.22, s.bumperBottom + 0.01, 0.3, s.bumperBottom + 0.03,
         cv::Scalar(15, 15, 15)); // exhaust

    // Tail lights.
    const bool glowing = light != Lighting::Day;
    for (double side : {-1.0, 1.0}) {
        const double outer = 0.495;
        poly({pt(side * s.lightInner, s.lightBottom), pt(side * outer, s.lightBottom),
              pt(side * (outer - 0.01), s.lightTop), pt(side * s.lightInner, s.lightTop)},
             glowing ? cv::Scalar(70, 70, 250) : cv::Scalar(35, 28, 165));
        const double mid = (s.lightInner + outer) / 2;
        quad(side * s.lightInner + side * 0.015, s.lightBottom + 0.015, side * mid,
             s.lightBottom + 0.045,
             glowing ? cv::Scalar(170, 170, 255) : cv::Scalar(200, 200, 205));
    }

    // Recess the plate sits in.
    const cv::Rect recess(g.plate.x - 4, g.plate.y - 3, g.plate.width + 8, g.plate.height + 6);
    cv::rectangle(img, recess, body(0.55), cv::FILLED);
}

QByteArray renderOverviewImpl(const DemoScene& scene)
{
    const SceneGeometry g = geometryFor(scene);
    const Lighting light = lightingAt(scene.capturedAt);
    Dice dice(scene.seed, 4);
    cv::Mat frame = background(g.layout, light).clone();
    cv::Mat sceneArea = frame.rowRange(0, kSceneH);

    drawCar(sceneArea, g, paintFor(scene.color, scene.seed), light);

    // The plate: the same rendering as the crop, scaled down, in a dark frame.
    const cv::Rect plateRect = g.plate & cv::Rect(0, 0, sceneArea.cols, sceneArea.rows);
    if (plateRect == g.plate && !plateRect.empty()) {
        cv::Mat holder = solidImage(kPlateH + 12, kPlateW + 12, cv::Scalar(28, 28, 30));
        cv::Mat plateArea = holder(cv::Rect(6, 6, kPlateW, kPlateH));
        renderPlate(scene).copyTo(plateArea);
        const double retro = light == Lighting::Day ? 1.0 : 0.9; // plates reflect the flash
        if (retro != 1.0)
            plateArea.convertTo(plateArea, -1, retro, 0);
        const cv::Rect withHolder(plateRect.x - 1, plateRect.y - 1, plateRect.width + 2,
                                  plateRect.height + 2);
        cv::Mat target = sceneArea(withHolder & cv::Rect(0, 0, sceneArea.cols, sceneArea.rows));
        if (target.size() == withHolder.size()) {
            // A quarter by exact area averaging (fast), then the last bit.
            cv::Mat quarter;
            cv::resize(holder, quarter, cv::Size(holder.cols / 4, holder.rows / 4), 0, 0,
                       cv::INTER_AREA);
            cv::resize(quarter, target, target.size(), 0, 0, cv::INTER_LINEAR);
        }
    }

    // Optics and sensor: soften the car a little, add noise everywhere.
    const double carTop = g.groundY - (g.shape.roofY + 0.02) * g.width;
    const cv::Rect carBox = cv::Rect(int(g.cx - g.width * 0.6), int(carTop), int(g.width * 1.2),
                                     int(g.groundY + g.width * 0.06 - carTop)) &
                            cv::Rect(0, 0, sceneArea.cols, sceneArea.rows);
    cv::Mat car = sceneArea(carBox);
    cv::GaussianBlur(car, car, cv::Size(3, 3), dice.uniform(0.65, 0.85));
    noiseField().addTo(sceneArea, dice);

    // What the ALPR system draws: a box round the plate and its reading below.
    const std::string reading = plateCharacters(scene.plate);
    const cv::Scalar green(60, 220, 60);
    const cv::Rect box(g.plate.x - 4, g.plate.y - 4, g.plate.width + 8, g.plate.height + 8);
    cv::rectangle(sceneArea, box, green, 2);
    if (!reading.empty()) {
        std::string label = reading;
        const QString state = toAsciiCaption(scene.state).left(4);
        if (!state.isEmpty())
            label += " " + state.toStdString();
        int baseline = 0;
        const cv::Size ts = cv::getTextSize(label, cv::FONT_HERSHEY_SIMPLEX, 0.45, 1, &baseline);
        const cv::Rect tag(box.x - 1, box.y + box.height - 1, ts.width + 8, ts.height + 8);
        cv::rectangle(sceneArea, tag, green, cv::FILLED);
        cv::putText(sceneArea, label, {tag.x + 4, tag.y + ts.height + 4}, cv::FONT_HERSHEY_SIMPLEX,
                    0.45, cv::Scalar(10, 10, 10), 1, cv::LINE_AA);
    }

    // Caption bar: camera name on the left, capture time on the right.
    cv::Mat bar = frame.rowRange(kSceneH, frame.rows);
    solidImage(bar.rows, bar.cols, cv::Scalar(18, 18, 18)).copyTo(bar);
    const int face = cv::FONT_HERSHEY_SIMPLEX;
    const double scale = 0.45;
    const cv::Scalar ink(235, 235, 235);
    const QDateTime when = scene.capturedAt.toUTC();
    const std::string time =
        when.isValid()
            ? (when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC"))
                  .toStdString()
            : std::string("time unknown");
    int baseline = 0;
    const cv::Size timeSize = cv::getTextSize(time, face, scale, 1, &baseline);
    const int baseY = kSceneH + 15;
    cv::putText(frame, time, {kDemoOverviewWidth - 8 - timeSize.width, baseY}, face, scale, ink, 1,
                cv::LINE_AA);
    // No more than fits the bar anyway; then shortened to the room left.
    std::string name = toAsciiCaption(scene.cameraName.left(200)).left(100).toStdString();
    const int room = kDemoOverviewWidth - 8 - timeSize.width - 24;
    if (cv::getTextSize(name, face, scale, 1, &baseline).width > room) {
        while (!name.empty() &&
               cv::getTextSize(name + "...", face, scale, 1, &baseline).width > room)
            name.pop_back();
        name += "...";
    }
    cv::putText(frame, name, {8, baseY}, face, scale, ink, 1, cv::LINE_AA);

    return encodeJpeg(frame);
}

} // namespace

QByteArray renderPlateCrop(const DemoScene& scene)
{
    try {
        return renderPlateCropImpl(scene);
    } catch (const std::exception&) { // cv::Exception derives from std::exception
        return {};
    }
}

QByteArray renderOverview(const DemoScene& scene)
{
    try {
        return renderOverviewImpl(scene);
    } catch (const std::exception&) {
        return {};
    }
}

QRect overviewPlateRect(const DemoScene& scene)
{
    const cv::Rect r = geometryFor(scene).plate;
    return QRect(r.x, r.y, r.width, r.height);
}

QString stateDisplayName(const QString& stateCode)
{
    const StateStyle* style = findState(stateCode);
    return style ? QString::fromLatin1(style->name) : QString();
}

QString toAsciiCaption(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F) {
            out.append(c);
        } else if (c.category() == QChar::Mark_NonSpacing || c.isLowSurrogate()) {
            continue; // accents NFKD split off; the second half of a pair
        } else if (c.isSpace()) {
            out.append(u' ');
        } else if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 ||
                   u == 0x2212) {
            out.append(u'-');
        } else if (u == 0x2018 || u == 0x2019) {
            out.append(u'\'');
        } else if (u == 0x201C || u == 0x201D) {
            out.append(u'"');
        } else if (u == 0x00DF) {
            out.append(QLatin1String("ss"));
        } else {
            out.append(u'?');
        }
    }
    return out.simplified();
}

} // namespace alpr
