using Org.BouncyCastle.Asn1.X509;
using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Decides a certificate's status from a CRL (RFC 5280 §6.3.3): the CRL must cover the certificate (see
/// <see cref="CrlScopeCheck"/>: issuer or indirect cRLIssuer, distribution point, onlyContains*, reasons), be signed
/// by a key that may sign it (a certificate of the CRL issuer with cRLSign, whose path the caller validated), have no
/// unprocessed critical extension and be fresh; a delta CRL on top (deltaCRLIndicator BaseCRLNumber ≤ the base's
/// cRLNumber, a higher cRLNumber, the same scope) is applied when given, and then its freshness is the one that counts.
/// Entries with certificateHold count as revoked, removeFromCRL in a delta lifts them. A Good answer holds only for the
/// reasons it reports (<see cref="CrlVerification.Reasons"/>); <see cref="CrlCoverage"/> combines partial CRLs.
/// </summary>
internal static class CrlVerifier
{
    /// <summary>Checks <paramref name="certificate"/> in <paramref name="crl"/>, signed by whichever of <paramref name="signers"/> verifies it.</summary>
    /// <param name="crl">The base CRL.</param>
    /// <param name="deltas">Delta CRLs that may apply on top.</param>
    /// <param name="certificate">The certificate.</param>
    /// <param name="signers">The certificate's issuer, then other certificates validated for signing its CRLs.</param>
    /// <param name="time">The validation time.</param>
    /// <param name="options">Freshness options.</param>
    /// <exception cref="RevocationException">The CRL cannot decide the status; <see cref="RevocationException.Failure"/> says why.</exception>
    public static CrlVerification Check(
        ParsedCrl crl, IEnumerable<ParsedCrl> deltas, X509Certificate2 certificate, IReadOnlyList<X509Certificate2> signers, DateTimeOffset time, RevocationOptions options)
    {
        if (crl.IsDelta)
        {
            throw new RevocationException(RevocationFailure.Unsupported, "A delta CRL cannot be used without its base CRL.");
        }

        int reasons = CrlScopeCheck.Check(crl, certificate);
        return WithSigner(crl, signers, signer => Decide(crl, deltas, certificate, signer, reasons, time, options));
    }

    /// <summary>Checks the status of <paramref name="certificate"/> in <paramref name="crl"/> (plus the best matching delta), signed by <paramref name="signer"/>.</summary>
    /// <exception cref="RevocationException">The CRL cannot decide the status; <see cref="RevocationException.Failure"/> says why.</exception>
    public static CrlVerification Check(
        ParsedCrl crl, IEnumerable<ParsedCrl> deltas, X509Certificate2 certificate, X509Certificate2 signer, DateTimeOffset time, RevocationOptions options)
        => Check(crl, deltas, certificate, [signer], time, options);

    /// <summary>Checks that one of <paramref name="signers"/> issued and signed the CRL and may sign CRLs.</summary>
    /// <exception cref="RevocationException">No signer fits; the failure of the last one tried.</exception>
    public static void VerifyIssuer(ParsedCrl crl, IReadOnlyList<X509Certificate2> signers)
        => WithSigner(crl, signers, signer =>
        {
            VerifyIssuer(crl, signer);
            return true;
        });

    /// <summary>Checks that <paramref name="issuer"/> issued and signed the CRL and may sign CRLs; memoised per CRL object.</summary>
    /// <exception cref="RevocationException">Wrong issuer, no cRLSign, bad signature, or unsupported critical extensions.</exception>
    public static void VerifyIssuer(ParsedCrl crl, X509Certificate2 issuer)
    {
        if (!DistinguishedNames.Equivalent(crl.Issuer, issuer.SubjectName.RawData))
        {
            throw new RevocationException(RevocationFailure.NotForCertificate, $"The CRL is issued by '{crl.IssuerName}', not by '{issuer.Subject}'.");
        }

        if (crl.UnsupportedCriticalExtensions.Count > 0 || crl.HasUnsupportedCriticalEntryExtension)
        {
            string which = crl.UnsupportedCriticalExtensions.Count > 0 ? string.Join(", ", crl.UnsupportedCriticalExtensions) : "an entry extension";
            throw new RevocationException(RevocationFailure.Unsupported, $"The CRL has unsupported critical extensions: {which}.");
        }

        if (issuer.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } keyUsage
            && (keyUsage.KeyUsages & X509KeyUsageFlags.CrlSign) == 0)
        {
            throw new RevocationException(RevocationFailure.UnauthorizedSigner, $"The CRL issuer '{issuer.Subject}' lacks the cRLSign key usage.");
        }

        byte[] key = issuer.PublicKey.EncodedKeyValue.RawData;
        if (crl.IsVerifiedBy(key))
        {
            return;
        }

        if (!crl.Signed.VerifyWith(issuer, "CRL"))
        {
            throw new RevocationException(RevocationFailure.BadSignature, $"The CRL signature does not verify with the key of '{issuer.Subject}'.");
        }

        crl.MarkVerifiedBy(key);
    }

    /// <summary>Decides with a CRL known to cover the certificate for <paramref name="reasons"/>, once <paramref name="signer"/> is shown to have signed it.</summary>
    private static CrlVerification Decide(
        ParsedCrl crl, IEnumerable<ParsedCrl> deltas, X509Certificate2 certificate, X509Certificate2 signer, int reasons, DateTimeOffset time, RevocationOptions options)
    {
        VerifyIssuer(crl, signer);
        ParsedCrl? delta = BestDelta(crl, deltas, signer, time, options);
        var used = new UsedCrls(crl, delta, signer, reasons);
        Freshness.Check(delta is null ? "CRL" : "delta CRL", used.Governing.ThisUpdate, used.Governing.NextUpdate, time, options);

        ReadOnlySpan<byte> serial = certificate.SerialNumberBytes.Span;
        byte[] certificateIssuer = certificate.IssuerName.RawData;
        if (delta is not null && delta.TryFind(serial, certificateIssuer, out RevokedCertificate deltaEntry))
        {
            return deltaEntry.ReasonCode == RevocationReasons.RemoveFromCrl ? Good(used) : Revoked(used, deltaEntry);
        }

        if (crl.TryFind(serial, certificateIssuer, out RevokedCertificate entry) && entry.ReasonCode != RevocationReasons.RemoveFromCrl)
        {
            return Revoked(used, entry);
        }

        return Good(used);
    }

    /// <summary>Runs <paramref name="check"/> with each signer named as the CRL issuer until one is authorised and verifies the signature.</summary>
    private static T WithSigner<T>(ParsedCrl crl, IReadOnlyList<X509Certificate2> signers, Func<X509Certificate2, T> check)
    {
        RevocationException? last = null;
        foreach (X509Certificate2 signer in signers.Where(s => DistinguishedNames.Equivalent(crl.Issuer, s.SubjectName.RawData)))
        {
            try
            {
                return check(signer);
            }
            catch (RevocationException e) when (e.Failure is RevocationFailure.BadSignature or RevocationFailure.UnauthorizedSigner)
            {
                last = e;
            }
        }

        throw last ?? new RevocationException(
            RevocationFailure.NotForCertificate, $"The CRL is issued by '{crl.IssuerName}', not by {string.Join(" or ", signers.Select(s => $"'{s.Subject}'"))}.");
    }

    private static ParsedCrl? BestDelta(ParsedCrl crl, IEnumerable<ParsedCrl> deltas, X509Certificate2 issuer, DateTimeOffset time, RevocationOptions options)
    {
        ParsedCrl? best = null;
        foreach (ParsedCrl delta in deltas)
        {
            if (!delta.IsDelta || crl.CrlNumber is not { } number || delta.BaseCrlNumber > number || !(delta.CrlNumber > number)
                || !CrlScope.Same(crl.Scope, delta.Scope) || !DistinguishedNames.Equivalent(delta.Issuer, crl.Issuer))
            {
                continue;
            }

            try
            {
                VerifyIssuer(delta, issuer);
                Freshness.Check("delta CRL", delta.ThisUpdate, delta.NextUpdate, time, options);
            }
            catch (RevocationException)
            {
                continue;
            }

            if (best is null || delta.CrlNumber > best.CrlNumber)
            {
                best = delta;
            }
        }

        return best;
    }

    private static CrlVerification Good(UsedCrls used)
        => new(RevocationStatus.Good, used.Governing.ThisUpdate, used.Governing.NextUpdate, null, null, used.Delta is not null, used.Reasons, used.Encoded, used.Signer, used.SignatureAlgorithms);

    private static CrlVerification Revoked(UsedCrls used, RevokedCertificate entry)
        => new(RevocationStatus.Revoked, used.Governing.ThisUpdate, used.Governing.NextUpdate, entry.RevokedAt, RevocationReasons.Name(entry.ReasonCode), used.Delta is not null, used.Reasons, used.Encoded, used.Signer, used.SignatureAlgorithms);

    /// <summary>The CRLs a decision rests on and the key that signed them.</summary>
    private sealed record UsedCrls(ParsedCrl Crl, ParsedCrl? Delta, X509Certificate2 Signer, int Reasons)
    {
        public ParsedCrl Governing => Delta ?? Crl;

        public IReadOnlyList<byte[]> Encoded => Delta is null ? [Crl.Der] : [Crl.Der, Delta.Der];

        public IReadOnlyList<AlgorithmIdentifier> SignatureAlgorithms => Delta is null ? [Crl.Signed.Algorithm] : [Crl.Signed.Algorithm, Delta.Signed.Algorithm];
    }
}
