// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
/*
 * alpr_pg.so: Ed25519 inside the PostgreSQL server, for the department store's
 * SECURITY DEFINER functions that write and sign the audit trail (pgcrypto has
 * no Ed25519). The signatures are plain RFC 8032 Ed25519, the ones the client
 * checks with crypto::ed25519Verify (core/common/crypto.h).
 *
 * No extension control file: a superuser declares the functions with the
 * module's absolute path. In the build tree and after install the module is
 * lib/alpr-workstation/alpr_pg.so, i.e. ../lib/alpr-workstation/alpr_pg.so
 * from the executables' bin/. Replace /abs/path below with that directory:
 *
 *   CREATE FUNCTION alpr_ed25519_sign(seed bytea, message bytea) RETURNS bytea
 *       AS '/abs/path/alpr_pg.so', 'alpr_ed25519_sign'
 *       LANGUAGE C STRICT PARALLEL SAFE;
 *   CREATE FUNCTION alpr_ed25519_public(seed bytea) RETURNS bytea
 *       AS '/abs/path/alpr_pg.so', 'alpr_ed25519_public'
 *       LANGUAGE C STRICT PARALLEL SAFE;
 *
 * (EXECUTE goes to PUBLIC by default; REVOKE it and grant it only to the role
 * that owns the SECURITY DEFINER functions.)
 *
 * alpr_ed25519_sign(seed, message): the 64-byte signature of message under the
 *     private key whose 32-byte seed (RFC 8032 "secret key") is seed.
 * alpr_ed25519_public(seed): the 32-byte public key of that seed.
 * A seed that is not exactly 32 bytes is an error (invalid_parameter_value)
 * whose text gives its length only, never its bytes. NULL in, NULL out.
 *
 * It runs in the server process: every path frees its OpenSSL objects before
 * any ereport(ERROR) (which does not return), leaves OpenSSL's error queue
 * empty, and wipes a detoasted copy of the seed.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

PG_MODULE_MAGIC;

#define ALPR_ED25519_SEED_BYTES 32
#define ALPR_ED25519_PUBLIC_BYTES 32
#define ALPR_ED25519_SIGNATURE_BYTES 64

PG_FUNCTION_INFO_V1(alpr_ed25519_sign);
PG_FUNCTION_INFO_V1(alpr_ed25519_public);

/* Refuses a seed of the wrong length; frees (after wiping) a detoasted copy first. */
static void check_seed(const char* function, bytea* seed, Pointer original)
{
    size_t length = VARSIZE_ANY_EXHDR(seed);

    if (length == ALPR_ED25519_SEED_BYTES)
        return;
    if ((Pointer)seed != original) {
        OPENSSL_cleanse(VARDATA_ANY(seed), length);
        pfree(seed);
    }
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("%s: the Ed25519 seed must be exactly %d bytes, not %zu", function,
                           ALPR_ED25519_SEED_BYTES, length)));
}

/* Wipes and frees the detoasted copy of the seed, if one was made. */
static void release_seed(bytea* seed, Pointer original)
{
    if ((Pointer)seed != original) {
        OPENSSL_cleanse(VARDATA_ANY(seed), VARSIZE_ANY_EXHDR(seed));
        pfree(seed);
    }
}

/* The first OpenSSL error's text (never key material), then an empty queue. */
static void take_openssl_error(char* buffer, size_t size)
{
    unsigned long code = ERR_get_error();

    if (code != 0)
        ERR_error_string_n(code, buffer, size);
    else
        snprintf(buffer, size, "no OpenSSL error recorded");
    ERR_clear_error();
}

Datum alpr_ed25519_sign(PG_FUNCTION_ARGS)
{
    Pointer original = PG_GETARG_POINTER(0);
    bytea* seed = PG_GETARG_BYTEA_PP(0);
    bytea* message = PG_GETARG_BYTEA_PP(1);
    bytea* result;
    EVP_PKEY* key = NULL;
    EVP_MD_CTX* context = NULL;
    size_t signatureLength = ALPR_ED25519_SIGNATURE_BYTES;
    bool ok = false;
    char error[256];

    check_seed("alpr_ed25519_sign", seed, original);
    /* palloc may throw: allocate before any OpenSSL object exists. */
    result = (bytea*)palloc(VARHDRSZ + ALPR_ED25519_SIGNATURE_BYTES);
    SET_VARSIZE(result, VARHDRSZ + ALPR_ED25519_SIGNATURE_BYTES);

    ERR_clear_error();
    key = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, NULL, (const unsigned char*)VARDATA_ANY(seed), ALPR_ED25519_SEED_BYTES);
    if (key != NULL)
        context = EVP_MD_CTX_new();
    if (context != NULL && EVP_DigestSignInit(context, NULL, NULL, NULL, key) == 1 &&
        EVP_DigestSign(context, (unsigned char*)VARDATA(result), &signatureLength,
                       (const unsigned char*)VARDATA_ANY(message),
                       VARSIZE_ANY_EXHDR(message)) == 1 &&
        signatureLength == ALPR_ED25519_SIGNATURE_BYTES)
        ok = true;
    if (!ok)
        take_openssl_error(error, sizeof error);
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key); /* OpenSSL wipes its copy of the key */
    release_seed(seed, original);
    PG_FREE_IF_COPY(message, 1);

    if (!ok) {
        pfree(result);
        ereport(ERROR,
                (errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
                 errmsg("alpr_ed25519_sign: OpenSSL could not sign"), errdetail("%s", error)));
    }
    PG_RETURN_BYTEA_P(result);
}

Datum alpr_ed25519_public(PG_FUNCTION_ARGS)
{
    Pointer original = PG_GETARG_POINTER(0);
    bytea* seed = PG_GETARG_BYTEA_PP(0);
    bytea* result;
    EVP_PKEY* key = NULL;
    size_t publicLength = ALPR_ED25519_PUBLIC_BYTES;
    bool ok = false;
    char error[256];

    check_seed("alpr_ed25519_public", seed, original);
    result = (bytea*)palloc(VARHDRSZ + ALPR_ED25519_PUBLIC_BYTES);
    SET_VARSIZE(result, VARHDRSZ + ALPR_ED25519_PUBLIC_BYTES);

    ERR_clear_error();
    key = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, NULL, (const unsigned char*)VARDATA_ANY(seed), ALPR_ED25519_SEED_BYTES);
    if (key != NULL &&
        EVP_PKEY_get_raw_public_key(key, (unsigned char*)VARDATA(result), &publicLength) == 1 &&
        publicLength == ALPR_ED25519_PUBLIC_BYTES)
        ok = true;
    if (!ok)
        take_openssl_error(error, sizeof error);
    EVP_PKEY_free(key);
    release_seed(seed, original);

    if (!ok) {
        pfree(result);
        ereport(ERROR, (errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
                        errmsg("alpr_ed25519_public: OpenSSL could not derive the public key"),
                        errdetail("%s", error)));
    }
    PG_RETURN_BYTEA_P(result);
}
