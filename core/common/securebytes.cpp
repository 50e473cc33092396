// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/securebytes.h"

#include <QtGlobal>

#include <openssl/crypto.h>

#include <cstdlib>
#include <cstring>
#include <utility>

namespace alpr {

namespace {

char* allocateZeroed(qsizetype size)
{
    if (size <= 0)
        return nullptr;
    const auto n = static_cast<size_t>(size);
    // Falls back to the normal heap when the secure heap is off or full;
    // OPENSSL_secure_clear_free() tells the two apart when releasing.
    void* p = OPENSSL_secure_zalloc(n);
    if (!p)
        p = OPENSSL_zalloc(n);
    if (!p) {
        qFatal("Out of memory while allocating a buffer for a secret");
        std::abort();
    }
    return static_cast<char*>(p);
}

void release(char* data, qsizetype size)
{
    if (data)
        OPENSSL_secure_clear_free(data, static_cast<size_t>(size));
}

} // namespace

SecureBytes::SecureBytes(qsizetype size) : m_data(allocateZeroed(size)), m_size(size > 0 ? size : 0)
{
}

SecureBytes SecureBytes::fromRaw(const char* data, qsizetype size)
{
    SecureBytes out(size);
    if (out.m_size > 0 && data)
        std::memcpy(out.m_data, data, static_cast<size_t>(out.m_size));
    return out;
}

SecureBytes SecureBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes out = fromRaw(utf8.constData(), utf8.size());
    secureWipe(utf8);
    return out;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release(m_data, m_size);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    release(m_data, m_size);
}

SecureBytes SecureBytes::clone() const
{
    return fromRaw(m_data, m_size);
}

QByteArray SecureBytes::toByteArrayUnsafe() const
{
    if (m_size == 0)
        return {};
    return QByteArray(m_data, m_size);
}

void SecureBytes::wipe()
{
    if (m_data)
        OPENSSL_cleanse(m_data, static_cast<size_t>(m_size));
}

void SecureBytes::clear()
{
    release(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data, other.m_data, static_cast<size_t>(m_size)) == 0;
}

void secureWipe(QByteArray& bytes)
{
    // data() on a shared array would first make one more copy of the secret;
    // a shared array is only let go of here.
    if (bytes.isDetached() && !bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void secureWipe(QString& text)
{
    if (text.isDetached() && !text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace alpr
