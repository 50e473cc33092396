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
 *   CREATE FUNCTION alpr_screening_text(text) RETURNS text
 *       AS '/abs/path/alpr_pg.so', 'alpr_screening_text'
 *       LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
 *
 * alpr_ed25519_sign(seed, message): the 64-byte signature of message under the
 *     private key whose 32-byte seed (RFC 8032 "secret key") is seed.
 * alpr_ed25519_public(seed): the 32-byte public key of that seed.
 * A seed that is not exactly 32 bytes is an error (invalid_parameter_value)
 * whose text gives its length only, never its bytes. NULL in, NULL out.
 *
 * alpr_screening_text(text): the text as the workstation's screens judge it
 *     (core/common/textnormalizer.cpp, TextNormalizer::forScreening), so that
 *     the server's screen for prohibited uses reads what a person reads: no
 *     format or default-ignorable characters; NFKC; every decimal digit an
 *     ASCII digit; accents gone; a letter that looks like a Latin letter made
 *     that letter (ICU's confusables skeleton), case kept; punctuation between
 *     two letters dropped. Same steps, same ICU, so both screens agree.
 *
 *   CREATE FUNCTION alpr_draw_positions(bigint, bigint, integer) RETURNS bigint[]
 *       AS '/abs/path/alpr_pg.so', 'alpr_draw_positions'
 *       LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
 *
 * alpr_draw_positions(seed, population, size): the positions (0-based, in
 *     draw order) an audit sample of size takes from a population, exactly
 *     as the workstation draws them (core/auditing/auditsample.cpp,
 *     drawPositions): a partial Fisher-Yates shuffle whose j-th swap takes a
 *     uniform number by rejection from the SplitMix64 sequence of the seed
 *     (the seed's 64 bits, as a bigint holds them). The shuffle keeps only the
 *     positions it has moved, so a population of millions costs no memory.
 *
 *   CREATE FUNCTION alpr_plate_tags(text) RETURNS text[]
 *       AS '/abs/path/alpr_pg.so', 'alpr_plate_tags'
 *       LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
 *
 * alpr_plate_tags(plate): what the plate index keeps of a plate (below).
 *
 * It runs in the server process: every path frees its OpenSSL objects before
 * any ereport(ERROR) (which does not return), leaves OpenSSL's error queue
 * empty, and wipes a detoasted copy of the seed.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "mb/pg_wchar.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

PG_MODULE_MAGIC;

#define ALPR_ED25519_SEED_BYTES 32
#define ALPR_ED25519_PUBLIC_BYTES 32
#define ALPR_ED25519_SIGNATURE_BYTES 64

PG_FUNCTION_INFO_V1(alpr_ed25519_sign);
PG_FUNCTION_INFO_V1(alpr_ed25519_public);
PG_FUNCTION_INFO_V1(alpr_screening_text);
PG_FUNCTION_INFO_V1(alpr_draw_positions);
PG_FUNCTION_INFO_V1(alpr_plate_tags);

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

/* Format characters and the code points Unicode says to show as nothing. */
static bool is_invisible(UChar32 c)
{
    return u_charType(c) == U_FORMAT_CHAR ||
           u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

/* Opened once per server process, then only read. NULL if ICU cannot. */
static const USpoofChecker* spoof_checker(void)
{
    static USpoofChecker* checker = NULL;
    static bool tried = false;

    if (!tried) {
        UErrorCode status = U_ZERO_ERROR;

        tried = true;
        checker = uspoof_open(&status);
        if (U_FAILURE(status))
            checker = NULL;
    }
    return checker;
}

/* Appends c to out (room for two units is the caller's). */
static void append_code_point(UChar* out, int32_t* length, UChar32 c)
{
    U16_APPEND_UNSAFE(out, *length, c);
}

/*
 * One code point of NFKC text, folded onto out: ASCII stays; another decimal
 * digit becomes an ASCII digit; an accent goes; a letter that looks like
 * plain Latin becomes it, in its case (a capital's small letter is folded:
 * confusables fold some capitals to look-alikes of other letters).
 */
static void fold(UChar32 c, UChar* out, int32_t* length)
{
    const USpoofChecker* checker = spoof_checker();
    bool upper;
    UChar one[2];
    int32_t oneLength = 0;
    UChar skeleton[32];
    int32_t skeletonLength;
    UErrorCode status = U_ZERO_ERROR;
    char ascii[32];
    int32_t asciiLength = 0;
    int32_t i;

    if (c < 0x80) {
        append_code_point(out, length, c);
        return;
    }
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
        append_code_point(out, length, '0' + u_charDigitValue(c));
        return;
    }
    if (u_charType(c) == U_NON_SPACING_MARK)
        return;
    upper = u_isupper(c);
    U16_APPEND_UNSAFE(one, oneLength, upper ? u_tolower(c) : c);
    skeletonLength = checker == NULL ? 0
                                     : uspoof_getSkeleton(checker, 0, one, oneLength, skeleton,
                                                          (int32_t)lengthof(skeleton), &status);
    for (i = 0; U_SUCCESS(status) && i < skeletonLength; ++i) {
        if (u_charType(skeleton[i]) == U_NON_SPACING_MARK)
            continue;
        if (skeleton[i] > 0x7f) {
            asciiLength = 0;
            break;
        }
        ascii[asciiLength++] = (char)(upper ? u_toupper(skeleton[i]) : skeleton[i]);
    }
    if (U_FAILURE(status) || asciiLength == 0) {
        append_code_point(out, length, c);
        return;
    }
    for (i = 0; i < asciiLength; ++i)
        out[(*length)++] = (UChar)ascii[i];
}

Datum alpr_screening_text(PG_FUNCTION_ARGS)
{
    text* input = PG_GETARG_TEXT_PP(0);
    const char* bytes = VARDATA_ANY(input);
    int32_t byteLength = (int32_t)VARSIZE_ANY_EXHDR(input);
    const UNormalizer2* nfkc;
    UErrorCode status = U_ZERO_ERROR;
    UChar* source;
    int32_t sourceLength = 0;
    UChar* folded;
    int32_t foldedLength = 0;
    size_t foldedCapacity;
    UChar* screened;
    int32_t screenedLength = 0;
    int32_t i = 0;
    char* utf8;
    int32_t utf8Length = 0;
    text* result;

    if (GetDatabaseEncoding() != PG_UTF8)
        ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                        errmsg("alpr_screening_text: the database must be in UTF8")));
    nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status))
        ereport(ERROR, (errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
                        errmsg("alpr_screening_text: ICU has no NFKC: %s", u_errorName(status))));

    source = (UChar*)palloc(sizeof(UChar) * ((size_t)byteLength + 1));
    u_strFromUTF8WithSub(source, byteLength + 1, &sourceLength, bytes, byteLength, 0xFFFD, NULL,
                         &status);
    if (U_FAILURE(status))
        ereport(ERROR, (errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
                        errmsg("alpr_screening_text: not UTF-8 text: %s", u_errorName(status))));
    foldedCapacity = (size_t)sourceLength * 2 + 64;
    folded = (UChar*)palloc(sizeof(UChar) * foldedCapacity);
    while (i < sourceLength) {
        UChar32 c;
        UChar one[2];
        int32_t oneLength = 0;
        UChar normal[64];
        int32_t normalLength;
        int32_t j = 0;

        U16_NEXT(source, i, sourceLength, c);
        if (is_invisible(c))
            continue;
        /* One character at a time, as the workstation does. */
        U16_APPEND_UNSAFE(one, oneLength, c);
        status = U_ZERO_ERROR;
        normalLength =
            unorm2_normalize(nfkc, one, oneLength, normal, (int32_t)lengthof(normal), &status);
        if (U_FAILURE(status))
            continue;
        while (j < normalLength) {
            UChar32 k;

            U16_NEXT(normal, j, normalLength, k);
            if (is_invisible(k))
                continue;
            /* fold() adds at most 32 units (a skeleton) or 2 (the code point). */
            if ((size_t)foldedLength + 32 > foldedCapacity) {
                foldedCapacity *= 2;
                folded = (UChar*)repalloc(folded, sizeof(UChar) * foldedCapacity);
            }
            fold(k, folded, &foldedLength);
        }
    }
    pfree(source);

    /*
     * Punctuation between two letters goes ("I.C.E." reads "ICE."); between
     * digits it stays. Unit by unit, as QChar judges it.
     */
    screened = (UChar*)palloc(sizeof(UChar) * ((size_t)foldedLength + 1));
    for (i = 0; i < foldedLength; ++i) {
        if (u_ispunct(folded[i]) && screenedLength > 0 && u_isalpha(screened[screenedLength - 1]) &&
            i + 1 < foldedLength && u_isalpha(folded[i + 1]))
            continue;
        screened[screenedLength++] = folded[i];
    }
    pfree(folded);

    status = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &utf8Length, screened, screenedLength, &status);
    utf8 = (char*)palloc((size_t)utf8Length + 1);
    status = U_ZERO_ERROR;
    u_strToUTF8(utf8, utf8Length + 1, &utf8Length, screened, screenedLength, &status);
    pfree(screened);
    if (U_FAILURE(status))
        ereport(ERROR, (errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
                        errmsg("alpr_screening_text: %s", u_errorName(status))));
    result = cstring_to_text_with_len(utf8, utf8Length);
    pfree(utf8);
    PG_FREE_IF_COPY(input, 0);
    PG_RETURN_TEXT_P(result);
}

/* The SplitMix64 finalizer (core/common/splitmix.h). */
static uint64 alpr_splitmix64(uint64 x)
{
    x += UINT64CONST(0x9E3779B97F4A7C15);
    x = (x ^ (x >> 30)) * UINT64CONST(0xBF58476D1CE4E5B9);
    x = (x ^ (x >> 27)) * UINT64CONST(0x94D049BB133111EB);
    return x ^ (x >> 31);
}

/* The k-th number of a seed's sequence, then k + 1. */
static uint64 alpr_next(uint64 seed, uint64* k)
{
    uint64 x = alpr_splitmix64(seed + UINT64CONST(0x9E3779B97F4A7C15) * *k);

    ++*k;
    return x;
}

/* Uniform in [0, n) by rejection, so no value is favoured. */
static uint64 alpr_below(uint64 seed, uint64* k, uint64 n)
{
    const uint64 limit = n * (PG_UINT64_MAX / n);
    uint64 x = alpr_next(seed, k);

    while (x >= limit)
        x = alpr_next(seed, k);
    return x % n;
}

/* The value at position p of the shuffled array: moved, or still p. */
static int64 alpr_position_at(const int64* keys, const int64* values, int count, int64 p)
{
    int i;

    for (i = 0; i < count; ++i)
        if (keys[i] == p)
            return values[i];
    return p;
}

static void alpr_position_set(int64* keys, int64* values, int* count, int64 p, int64 value)
{
    int i;

    for (i = 0; i < *count; ++i)
        if (keys[i] == p) {
            values[i] = value;
            return;
        }
    keys[*count] = p;
    values[*count] = value;
    ++*count;
}

Datum alpr_draw_positions(PG_FUNCTION_ARGS)
{
    const uint64 seed = (uint64)PG_GETARG_INT64(0);
    const int64 population = PG_GETARG_INT64(1);
    const int32 size = PG_GETARG_INT32(2);
    int64 k;
    int64 i;
    int64* keys;
    int64* values;
    Datum* out;
    int moved = 0;
    uint64 step = 0;

    if (population < 0 || size < 0 || size > 100000)
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("alpr_draw_positions: a population of at least 0 and a size "
                               "from 0 to 100000")));
    k = population < size ? population : size;
    /* Each swap moves at most two positions. */
    keys = palloc(sizeof(int64) * (2 * k + 1));
    values = palloc(sizeof(int64) * (2 * k + 1));
    out = palloc(sizeof(Datum) * (k + 1));
    for (i = 0; i < k; ++i) {
        const int64 j = i + (int64)alpr_below(seed, &step, (uint64)(population - i));
        const int64 at_i = alpr_position_at(keys, values, moved, i);
        const int64 at_j = alpr_position_at(keys, values, moved, j);

        alpr_position_set(keys, values, &moved, i, at_j);
        alpr_position_set(keys, values, &moved, j, at_i);
        out[i] = Int64GetDatum(at_j);
    }
    pfree(keys);
    pfree(values);
    PG_RETURN_ARRAYTYPE_P(
        construct_array(out, (int)k, INT8OID, sizeof(int64), true, TYPALIGN_DOUBLE));
}

/*
 * alpr_plate_tags(plate): the tags the department store's plate index
 * (alpr.plates_tags, a GIN index) keeps for one plate of A-Z 0-9, at most 10
 * characters: each character with its position from the start ("0:7",
 * "1:A") and from the end ("-1:3"), and each pair of neighbours ("AB"). A
 * pattern's fixed characters before its first '*' name the first kind, after
 * its last '*' the second, and between two '*' the third
 * (alpr.plate_tag_filter). Any other character gives no tag.
 */
Datum alpr_plate_tags(PG_FUNCTION_ARGS)
{
    text* plate = PG_GETARG_TEXT_PP(0);
    const char* p = VARDATA_ANY(plate);
    const int n = (int)VARSIZE_ANY_EXHDR(plate);
    Datum tags[3 * 10];
    char tag[8];
    int count = 0;
    int i;

    if (n < 1 || n > 10)
        PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
    for (i = 0; i < n; ++i) {
        if (!((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9')))
            continue;
        snprintf(tag, sizeof tag, "%d:%c", i, p[i]);
        tags[count++] = CStringGetTextDatum(tag);
        snprintf(tag, sizeof tag, "-%d:%c", n - i, p[i]);
        tags[count++] = CStringGetTextDatum(tag);
        if (i + 1 < n &&
            ((p[i + 1] >= 'A' && p[i + 1] <= 'Z') || (p[i + 1] >= '0' && p[i + 1] <= '9'))) {
            tag[0] = p[i];
            tag[1] = p[i + 1];
            tag[2] = '\0';
            tags[count++] = CStringGetTextDatum(tag);
        }
    }
    PG_RETURN_ARRAYTYPE_P(construct_array(tags, count, TEXTOID, -1, false, TYPALIGN_INT));
}
