using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Combines what several CRLs say about one certificate (RFC 5280 §6.3.3 reasons_mask): a revocation decides at once;
/// Good answers accumulate the reasons their CRLs cover (a CRL adding no new reason is skipped), and decide only when
/// together they cover every reason, e.g. one CRL for keyCompromise and cACompromise and another for the rest. A Good
/// decision carries every CRL combined and every key that signed them, all of which offline validation needs.
/// </summary>
internal sealed class CrlCoverage
{
    private readonly List<byte[]> _encoded = [];
    private readonly List<X509Certificate2> _signers = [];
    private int _reasons;
    private RevocationInfo? _good;

    /// <summary>Adds one CRL's answer; returns the decision once there is one.</summary>
    /// <param name="verification">What the CRL says.</param>
    /// <param name="source">Where it came from.</param>
    public RevocationInfo? Add(CrlVerification verification, RevocationSource source)
    {
        if (verification.Status == RevocationStatus.Revoked)
        {
            return verification.ToInfo(source);
        }

        int added = verification.Reasons & RevocationReasons.AllReasonFlags & ~_reasons;
        if (added == 0)
        {
            return null;
        }

        _reasons |= added;
        _encoded.AddRange(verification.Encoded);
        if (!_signers.Contains(verification.Signer))
        {
            _signers.Add(verification.Signer);
        }

        RevocationInfo info = verification.ToInfo(source);
        if (_good is null || info.NextUpdate < _good.NextUpdate)
        {
            _good = info; // the CRL that goes stale first is the one the combined answer is as fresh as
        }

        return _reasons == RevocationReasons.AllReasonFlags ? new RevocationInfo
        {
            Status = _good.Status,
            Source = _good.Source,
            ThisUpdate = _good.ThisUpdate,
            NextUpdate = _good.NextUpdate,
            Encoded = [.. _encoded],
            CrlSigners = [.. _signers],
        } : null;
    }

    /// <summary>Adds an error line when some but not all reasons were covered.</summary>
    public void ReportIncomplete(List<string> errors)
    {
        if (_good is not null)
        {
            errors.Add("The CRLs at hand cover only some revocation reasons (onlySomeReasons), so they cannot show the certificate is good.");
        }
    }
}
