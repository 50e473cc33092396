// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QByteArray>
#include <QString>

namespace alpr {

// A byte buffer for secrets (passwords, keys). The bytes live in one heap block
// that is overwritten (OPENSSL_cleanse) before it is released: on destruction,
// on move-assignment over it, and on clear(). Move-only; copy with clone() so
// that every copy of a secret is visible in the code. There is no debug output
// operator on purpose.
//
// When the OpenSSL secure heap has been enabled (crypto::enableSecureHeap), the
// block comes from that locked, guarded heap; otherwise from the normal heap.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(qsizetype size); // zero-filled

    // Copies the UTF-8 of text and wipes the temporary encoding. The caller
    // should secureWipe() the QString as soon as it can.
    static SecureBytes fromUtf8(const QString& text);
    static SecureBytes fromRaw(const char* data, qsizetype size);

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    ~SecureBytes();

    SecureBytes clone() const;

    // nullptr when empty.
    char* data() { return m_data; }
    const char* constData() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // A plain copy, for APIs that only take QByteArray. The copy is not wiped
    // for you: call secureWipe() on it when done.
    QByteArray toByteArrayUnsafe() const;

    // Overwrites every byte with zero; the size stays.
    void wipe();
    // Overwrites, releases the block, and leaves an empty buffer.
    void clear();

    // Constant time in the content for buffers of equal size; buffers of
    // different sizes compare unequal at once (the size is not a secret).
    bool operator==(const SecureBytes& other) const;

private:
    char* m_data = nullptr;
    qsizetype m_size = 0;
};

// Overwrites the bytes in place, then clears. An array that shares its data
// with other QByteArray/QString objects is only let go of (wiping it would
// first make one more copy): the last owner wipes it. Bytes beyond size() that
// an earlier, longer content left in the block are not reached.
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

} // namespace alpr
