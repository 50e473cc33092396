// SPDX-License-Identifier: GPL-3.0-or-later
namespace alpr::gui { void placeholder() {} }
